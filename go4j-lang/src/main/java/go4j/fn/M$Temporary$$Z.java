package go4j.fn;

/**
 * A Go method {@code Temporary() bool}, as called through {@code net.Error} (and the
 * interfaces Go's packages assert errors to).
 */
public interface M$Temporary$$Z {
    /** @return whether the error is a temporary one */
    boolean Temporary();
}
