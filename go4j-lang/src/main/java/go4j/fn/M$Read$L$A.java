package go4j.fn;

/**
 * A Go method {@code Read(p []byte) (n int, err error)} (or any {@code Read} of one reference
 * parameter and several results), as called through {@code io.Reader}: what {@code io.ReadAll},
 * {@code io.Copy} and net/http call on a reader compiled from Go, and what go4j's readers
 * implement ({@link go4j.lang.Reader}).
 */
public interface M$Read$L$A {
    /**
     * @param p the buffer, a {@link go4j.lang.SliceB} or null
     * @return {@code {Long n, Object err}}
     */
    Object[] Read(Object p);
}
