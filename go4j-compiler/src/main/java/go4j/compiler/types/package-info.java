/**
 * The type checker (Go 1.19, generics included), after {@code go/types} and the compiler's
 * {@code types2}: {@link go4j.compiler.types.Checker#check} resolves a package's files and
 * fills an {@link go4j.compiler.types.Info}, or throws {@link
 * go4j.compiler.types.TypeErrors} with the messages Go 1.19's compiler prints.
 *
 * <pre>{@code
 * Node.File file = Parser.parse(Source.of("./prog.go", text));
 * Obj.Pkg main = new Obj.Pkg("main", "main", false);
 * Info info = Checker.check(main, List.of(file), new StubImporter());
 * }</pre>
 *
 * <h2>Design note</h2>
 *
 * <ul>
 *   <li>The model ({@link go4j.compiler.types.Type}, {@link go4j.compiler.types.Obj},
 *       {@link go4j.compiler.types.Scope}, {@link go4j.compiler.types.Info}) is the contract
 *       with code generation; {@code Checker} is the only writer.</li>
 *   <li>Package level: objects are resolved on first use ({@code objDecl}) in types2's order
 *       (defined types with their methods, then aliases, then the rest); the path of objects
 *       being resolved detects cycles ({@code invalid recursive type}, {@code initialization
 *       loop}). Function bodies are checked after all package-level declarations;
 *       initialization order then follows the dependencies recorded while checking each
 *       initializer and body (through functions), as spec "Package initialization" says.</li>
 *   <li>Constants: integers are {@code BigInteger}; floats are exact rationals while checking
 *       ({@code Constants.Rat}) and {@code BigDecimal} in {@link go4j.compiler.types.Obj.Value}
 *       (exact when the decimal terminates, else 100 digits); strings are go4j strings (one
 *       char per UTF-8 byte). Complex constants are minimal (real part only).</li>
 *   <li>Untyped expressions: {@code Info.types} first records the untyped type, then the
 *       final type context gives it ({@code updateExprType}); operands of a constant
 *       expression keep their untyped types, as in go/types. {@code nil} is recorded with the
 *       type it is assigned or compared to.</li>
 *   <li>Errors: the messages are types2's with {@code CompilerErrorMessages} set (what {@code
 *       go build} prints), plus the syntax package's branch and label checks; {@code
 *       TypeErrors.getMessage()} renders them as cmd/compile does (first ten reported, sorted,
 *       then {@code too many errors}).</li>
 *   <li>{@code Obj.Var.captured} and {@code Info.captures}: a variable referenced from a
 *       function literal nested in its declaring function is captured by every literal between
 *       the reference and the declaration. {@code addressed}: {@code &x}, {@code &x.f}, {@code
 *       &a[i]} of an array, {@code x[:]} of an array, and a pointer-method call or value on an
 *       addressable {@code x}.</li>
 *   <li>Generics: type parameters ({@code Type.TypeParam}), generic types and their instances
 *       ({@code Type.Named} with {@code typeParams}, or {@code orig} and {@code typeArgs}: one
 *       instance object per argument list, {@code Subst.instantiate}), constraints' type sets
 *       ({@code TypeSet}) and core types, inference ({@code Infer}, go/types' infer.go and
 *       unify.go). Deferred checks (constraint satisfaction) run at the end of their statement,
 *       as types2's do. Once the package checks, each instance with concrete type arguments
 *       has its body checked again with the type parameters bound to them, into an Info of its
 *       own ({@code Info.bodies}), which code generation compiles (ADR 0011).</li>
 * </ul>
 */
package go4j.compiler.types;
