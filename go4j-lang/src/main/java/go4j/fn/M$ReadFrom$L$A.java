package go4j.fn;

/**
 * A Go method {@code ReadFrom(r io.Reader) (n int64, err error)}, as called through
 * {@code io.ReaderFrom}: {@code io.Copy} lets a destination that has it do the copy.
 */
public interface M$ReadFrom$L$A {
    /**
     * @param r an {@code io.Reader}
     * @return {@code {Long n, Object err}}, n an int64
     */
    Object[] ReadFrom(Object r);
}
