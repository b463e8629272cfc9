package go4j.fn;

/**
 * A Go method {@code Seek(offset int64, whence int) (int64, error)}, as called through {@code io.Seeker}.
 */
public interface M$Seek$JJ$A {
    /**
     * @param offset the offset
     * @param whence io.SeekStart, SeekCurrent or SeekEnd
     * @return {@code {Long abs, Object err}}
     */
    Object[] Seek(long offset, long whence);
}
