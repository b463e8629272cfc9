package go4j.compiler.syntax;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The syntax errors of one source file, each as Go's compiler prints it ({@code
 * ./prog.go:5:2: syntax error: unexpected newline, expecting comma or }}).
 *
 * <p>Invariant: {@link #diagnostics()} is non-empty and in source order (but for a last
 * {@code too many errors}, as Go prints it); the exception's message is the diagnostics'
 * lines joined by newlines, what {@code go run} prints after its {@code #
 * command-line-arguments} header.
 *
 * <pre>{@code
 * try {
 *     Parser.parse(Source.of("./prog.go", "package main\nx := 1\n"));
 * } catch (SyntaxError e) {
 *     System.err.println(e.getMessage()); // ./prog.go:2:1: syntax error: non-declaration statement outside function body
 * }
 * }</pre>
 */
public final class SyntaxError extends RuntimeException {

    /**
     * One error.
     *
     * @param offset   the byte offset the error is reported at
     * @param position Go's {@code file:line:col} of the offset
     * @param message  the message without the position ({@code syntax error: unexpected }})
     */
    public record Diagnostic(int offset, String position, String message) {
        @Override
        public String toString() {
            return position + ": " + message;
        }
    }

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics the errors, non-empty, in the order to print them */
    public SyntaxError(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a syntax error needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * @param src     the source the error is in
     * @param offset  the byte offset of the error
     * @param message the message, as Go words it
     * @return a syntax error of one diagnostic
     */
    static SyntaxError at(Source src, int offset, String message) {
        return new SyntaxError(List.of(new Diagnostic(offset, src.position(offset), message)));
    }

    /** @return the errors, in the order Go prints them */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
