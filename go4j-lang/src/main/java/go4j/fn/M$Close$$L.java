package go4j.fn;

/**
 * A Go method {@code Close() error} (or any {@code Close()} with one reference result), as
 * called through {@code io.Closer}: a response body, a connection, a listener.
 */
public interface M$Close$$L {
    /** @return the error, null for none */
    Object Close();
}
