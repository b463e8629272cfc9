package go4j.fn;

/**
 * A Go method {@code Write(p []byte) (n int, err error)} (or any {@code Write} of one
 * reference parameter and several results), as called through {@code io.Writer}: what
 * {@code fmt.Fprint*} calls on a writer compiled from Go, and what {@code *os.File}
 * implements.
 */
public interface M$Write$L$A {
    /**
     * @param p the bytes, a {@link go4j.lang.SliceB} or null
     * @return {@code {Long n, Object err}}
     */
    Object[] Write(Object p);
}
