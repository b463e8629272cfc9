package go4j.fn;

/**
 * A Go method {@code Timeout() bool}, as called through {@code net.Error} (and the
 * interfaces Go's packages assert errors to).
 */
public interface M$Timeout$$Z {
    /** @return whether the error is a timeout one */
    boolean Timeout();
}
