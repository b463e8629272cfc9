package go4j.fn;

/**
 * A Go method {@code Addr() net.Addr} (or any {@code Addr()} with one reference result), as
 * called through {@code net.Listener}.
 */
public interface M$Addr$$L {
    /** @return the address, a {@code net.Addr} */
    Object Addr();
}
