package go4j.lang;

import go4j.fn.M$Write$L$A;

import java.io.PrintStream;

/**
 * Go's {@code io.Writer} written in Java, as small as {@code fmt.Fprint*} needs:
 * {@code Write(p []byte) (n int, err error)}, whose two results are an {@code Object[]}
 * {@code {Long n, GoError err}} as the standard-package convention returns several results.
 * It is the method interface compiled code calls {@code Write} through ({@link M$Write$L$A},
 * whose parameter is erased to Object), so that {@code fmt} takes a Java writer and a writer
 * compiled from Go alike. {@link #STDOUT} and {@link #STDERR} are where {@code os.Stdout} and
 * {@code os.Stderr} write: each Write goes to the JVM's current
 * {@code System.out} / {@code System.err} as raw bytes and is flushed, as Go writes straight to
 * the file descriptor, so that the order of the two streams is the program's.
 *
 * <pre>{@code
 * Writer.STDOUT.Write(Str.toBytes("hi\n"));
 * }</pre>
 */
@FunctionalInterface
public interface Writer extends M$Write$L$A {
    /**
     * Writes {@code p}'s bytes.
     *
     * @param p the bytes, a nil slice writes nothing
     * @return {@code {Long n, GoError err}}: the bytes written and the error (null for none)
     */
    Object[] Write(SliceB p);

    /** The call through Go's {@code io.Writer}: {@code p} is a {@code []byte}. */
    @Override
    default Object[] Write(Object p) {
        return Write((SliceB) p);
    }

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
