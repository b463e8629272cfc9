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

    /** @param diagnostics the errors, in the order the checker reported them */
    public TypeErrors(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        List<Diagnostic> sorted = new java.util.ArrayList<>(diagnostics);
        sorted.sort(ORDER);
        this.diagnostics = List.copyOf(sorted);
    }

    private static final java.util.Comparator<Diagnostic> ORDER = (a, b) -> a.file().equals(b.file())
            ? Integer.compare(a.offset(), b.offset()) : a.file().compareTo(b.file());

    /** @return every error, sorted by position */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * As cmd/compile: the first ten errors reported, sorted by position, then {@code too many
     * errors} at the tenth's position.
     */
    private static String render(List<Diagnostic> reported) {
        List<Diagnostic> shown = new java.util.ArrayList<>(reported.subList(0, Math.min(10, reported.size())));
        Diagnostic tenth = reported.size() >= 10 ? reported.get(9) : null;
        shown.sort(ORDER);
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : shown) {
            sb.append(d).append('\n');
        }
        if (tenth != null) {
            sb.append(tenth.file()).append(':').append(tenth.line()).append(':').append(tenth.col())
                    .append(": too many errors\n");
        }
        return sb.toString().stripTrailing();
    }
}
