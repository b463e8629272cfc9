package go4j.fn;

/**
 * The function-value interface of {@code func(i, j int)} (docs/compiler.md): predefined here,
 * as the compiler generates such interfaces per program otherwise, so that the standard
 * packages call the func values they are given directly (math/rand's Shuffle).
 */
@FunctionalInterface
public interface F$JJ$V {
    /**
     * Calls the function.
     *
     * @param i an index
     * @param j an index
     */
    void call(long i, long j);
}
