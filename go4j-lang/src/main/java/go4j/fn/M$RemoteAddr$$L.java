package go4j.fn;

/**
 * A Go method {@code RemoteAddr() net.Addr}, as called through {@code net.Conn}.
 */
public interface M$RemoteAddr$$L {
    /** @return the remote address, a {@code net.Addr} */
    Object RemoteAddr();
}
