package go4j.fn;

/**
 * The function-value interface of {@code func(any)} (docs/compiler.md): predefined here, as
 * the compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (container/ring's Do).
 */
@FunctionalInterface
public interface F$L$V {
    /**
     * Calls the function.
     *
     * @param x the argument, a reference
     */
    void call(Object x);
}
