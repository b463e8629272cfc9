package go4j.compiler.types;

import java.util.List;

/**
 * The type errors of a package, as Go's compiler prints them: one {@code file:line:col:
 * message} line per error, sorted by position, at most ten before {@code too many errors}.
 *
 * <pre>{@code
 * try {
 *     Info info = Checker.check(pkg, files, importer);
 * } catch (TypeErrors e) {
 *     System.err.println(e.getMessage()); // ./prog.go:12:5: undefined: x
 * }
 * }</pre>
 */
public final class TypeErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One diagnostic.
     *
     * @param file   the file name as positions print it
     * @param line   the 1-based line
     * @param col    the 1-based column, in bytes
     * @param offset the byte offset (for sorting)
     * @param msg    Go's message text (may hold further tab-indented lines)
     */
    public record Diagnostic(String file, int line, int col, int offset, String msg) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + col + ": " + msg;
        }
    }

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics the errors, sorted by position */
    public TypeErrors(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return every error, sorted by position */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String render(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Diagnostic d : ds) {
            if (n == 10) {
                sb.append(d.file()).append(':').append(d.line()).append(':').append(d.col())
                        .append(": too many errors\n");
                break;
            }
            sb.append(d).append('\n');
            n++;
        }
        return sb.toString().stripTrailing();
    }
}
