package go4j.fn;

/**
 * The method interface of {@code Uint64() uint64} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that math/rand's source
 * implements {@code rand.Source64}.
 */
public interface M$Uint64$$J {
    /**
     * Go's {@code Uint64() uint64}.
     *
     * @return 64 random bits
     */
    long Uint64();
}
