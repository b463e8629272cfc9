package go4j.fn;

/**
 * The function-value interface of {@code func(i, j int) bool} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (sort.Slice's less).
 */
@FunctionalInterface
public interface F$JJ$Z {
    /**
     * Calls the function.
     *
     * @param i an index
     * @param j an index
     * @return the function's result
     */
    boolean call(long i, long j);
}
