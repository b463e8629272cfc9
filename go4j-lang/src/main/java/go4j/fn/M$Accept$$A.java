package go4j.fn;

/**
 * A Go method {@code Accept() (net.Conn, error)}, as called through {@code net.Listener}:
 * what {@code http.Server.Serve} calls on a listener written in Go.
 */
public interface M$Accept$$A {
    /** @return {@code {Object conn, Object err}} */
    Object[] Accept();
}
