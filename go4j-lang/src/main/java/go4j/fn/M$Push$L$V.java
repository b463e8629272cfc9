package go4j.fn;

/**
 * The method interface of {@code Push(x any)} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that container/heap calls a
 * {@code heap.Interface}'s Push directly.
 */
public interface M$Push$L$V {
    /**
     * Go's {@code Push(x any)}.
     *
     * @param x the value, an interface value
     */
    void Push(Object x);
}
