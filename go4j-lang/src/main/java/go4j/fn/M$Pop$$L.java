package go4j.fn;

/**
 * The method interface of {@code Pop() any} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that container/heap calls a
 * {@code heap.Interface}'s Pop directly.
 */
public interface M$Pop$$L {
    /**
     * Go's {@code Pop() any}.
     *
     * @return the removed value, an interface value
     */
    Object Pop();
}
