package go4j.fn;

/**
 * The method interface of {@code Swap(i, j int)} (docs/compiler.md): predefined here, as the compiler
 * generates such interfaces per program otherwise, so that sort.Reverse and sort.IntSlice, StringSlice, Float64Slice implement it and
 * calls through an interface reach them.
 */
public interface M$Swap$JJ$V {
    /**
     * Go's {@code Swap(i, j int)}.
     *
     * @param i an index
     * @param j an index
     */
    void Swap(long i, long j);
}
