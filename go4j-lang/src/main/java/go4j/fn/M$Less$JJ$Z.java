package go4j.fn;

/**
 * The method interface of {@code Less(i, j int) bool} (docs/compiler.md): predefined here, as the compiler
 * generates such interfaces per program otherwise, so that sort.Reverse and sort.IntSlice, StringSlice, Float64Slice implement it and
 * calls through an interface reach them.
 */
public interface M$Less$JJ$Z {
    /**
     * Go's {@code Less(i, j int) bool}.
     *
     * @param i an index
     * @param j an index
     * @return whether element i sorts before element j
     */
    boolean Less(long i, long j);
}
