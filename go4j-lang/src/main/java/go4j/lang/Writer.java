package go4j.lang;

import java.io.PrintStream;

/**
 * Go's {@code io.Writer}, as small as {@code fmt.Fprint*} needs: {@code Write(p []byte) (n int,
 * err error)}, whose two results are an {@code Object[]} {@code {Long n, GoError err}} as the
 * standard-package convention returns several results. {@link #STDOUT} and {@link #STDERR} are
 * {@code os.Stdout} and {@code os.Stderr}: each Write goes to the JVM's current
 * {@code System.out} / {@code System.err} as raw bytes and is flushed, as Go writes straight to
 * the file descriptor, so that the order of the two streams is the program's.
 *
 * <pre>{@code
 * Writer.STDOUT.Write(Str.toBytes("hi\n"));
 * }</pre>
 */
public interface Writer {
    /**
     * Writes {@code p}'s bytes.
     *
     * @param p the bytes, a nil slice writes nothing
     * @return {@code {Long n, GoError err}}: the bytes written and the error (null for none)
     */
    Object[] Write(SliceB p);

    /** {@code os.Stdout}. */
    Writer STDOUT = p -> Writer.write(System.out, p);

    /** {@code os.Stderr}. */
    Writer STDERR = p -> Writer.write(System.err, p);

    /**
     * Writes {@code p} on {@code out} and flushes it.
     *
     * @param out the stream
     * @param p   the bytes, null for none
     * @return {@code {Long n, null}}
     */
    private static Object[] write(PrintStream out, SliceB p) {
        int n = (int) SliceB.len(p);
        if (n > 0) {
            out.write(p.array, p.offset, n);
        }
        out.flush();
        return new Object[] {(long) n, null};
    }
}
