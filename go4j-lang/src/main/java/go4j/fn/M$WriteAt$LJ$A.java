package go4j.fn;

/**
 * A Go method {@code WriteAt(p []byte, off int64) (n int, err error)}, as called through {@code io.WriterAt}.
 */
public interface M$WriteAt$LJ$A {
    /**
     * @param p the bytes, a {@link go4j.lang.SliceB} or null
     * @param off the offset
     * @return {@code {Long n, Object err}}
     */
    Object[] WriteAt(Object p, long off);
}
