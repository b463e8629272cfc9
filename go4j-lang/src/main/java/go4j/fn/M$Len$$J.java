package go4j.fn;

/**
 * The method interface of {@code Len() int} (docs/compiler.md): predefined here, as the compiler
 * generates such interfaces per program otherwise, so that sort.Reverse and sort.IntSlice, StringSlice, Float64Slice implement it and
 * calls through an interface reach them.
 */
public interface M$Len$$J {
    /**
     * Go's {@code Len() int}.
     *
     * @return the number of elements
     */
    long Len();
}
