package go4j.fn;

/**
 * A Go method {@code LocalAddr() net.Addr}, as called through {@code net.Conn}.
 */
public interface M$LocalAddr$$L {
    /** @return the local address, a {@code net.Addr} */
    Object LocalAddr();
}
