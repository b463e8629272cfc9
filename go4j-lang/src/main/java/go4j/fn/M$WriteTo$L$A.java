package go4j.fn;

/**
 * A Go method {@code WriteTo(w io.Writer) (n int64, err error)}, as called through
 * {@code io.WriterTo}: {@code io.Copy} lets a source that has it do the copy.
 */
public interface M$WriteTo$L$A {
    /**
     * @param w an {@code io.Writer}
     * @return {@code {Long n, Object err}}, n an int64
     */
    Object[] WriteTo(Object w);
}
