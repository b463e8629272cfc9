package go4j.fn;

/**
 * A Go method {@code ReadAt(p []byte, off int64) (n int, err error)}, as called through {@code io.ReaderAt}.
 */
public interface M$ReadAt$LJ$A {
    /**
     * @param p the buffer, a {@link go4j.lang.SliceB} or null
     * @param off the offset
     * @return {@code {Long n, Object err}}
     */
    Object[] ReadAt(Object p, long off);
}
