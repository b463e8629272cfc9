package go4j.fn;

/**
 * A Go method {@code Network() string}, as called through {@code net.Addr}.
 */
public interface M$Network$$L {
    /** @return the network name, a Go string ({@code "tcp"}) */
    Object Network();
}
