package go4j.fn;

/** A compiled {@code func() T} value of a reference result ({@code sync.Pool}'s {@code New}). */
@FunctionalInterface
public interface F$$L {
    /** @return the function's result */
    Object call();
}
