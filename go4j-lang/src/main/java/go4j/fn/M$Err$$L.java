package go4j.fn;

/**
 * A Go method {@code Err() error} (or any {@code Err()} with one reference result), as called
 * through an interface such as {@code context.Context}.
 */
public interface M$Err$$L {
    /** @return the error, an interface value; null for nil */
    Object Err();
}
