/**
 * The compiler's first phase: Go source to a syntax tree, or Go's errors for it.
 *
 * <p>{@link go4j.compiler.syntax.Source} holds a file's bytes (offsets are byte offsets, and
 * print as Go's {@code file:line:col}); {@link go4j.compiler.syntax.Scanner} turns them into
 * {@link go4j.compiler.syntax.Token}s, inserting semicolons as the spec says; {@link
 * go4j.compiler.syntax.Parser} builds the {@link go4j.compiler.syntax.Node} tree, or throws
 * {@link go4j.compiler.syntax.SyntaxError}. The phase knows nothing of types.
 *
 * <p>Design: the tree has {@code go/ast}'s shapes and offsets (a test compares it with
 * go/parser's over Go's own test programs), while the grammar's corners and every error
 * message follow {@code cmd/compile/internal/syntax}, so that {@code go4j run} reports
 * what {@code go run} reports. Generics parse (type parameter lists, instantiations,
 * constraints with {@code ~} and {@code |}), as Go 1.19 parses them, with Go's errors for
 * their mistakes; the checker does not check them yet (issue 19).
 *
 * <p>Known gaps: {@code //line} directives do not move positions; label checks ({@code
 * label L defined and not used}, a {@code break} outside a loop), which Go's parser does,
 * are left to the checker; after an error that is not a syntax error ({@code expression in
 * go must be function call}) Go goes on to type-check, we stop.
 *
 * <pre>{@code
 * Node.File f = Parser.parse(Source.of("./prog.go", "package main\n\nfunc main() {}\n"));
 * }</pre>
 */
package go4j.compiler.syntax;
