package go4j.fn;

/**
 * The function-value interface of {@code func(int) bool} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (sort.Search).
 */
@FunctionalInterface
public interface F$J$Z {
    /**
     * Calls the function.
     *
     * @param i the index
     * @return the function's result
     */
    boolean call(long i);
}
