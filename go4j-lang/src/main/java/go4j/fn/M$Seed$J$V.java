package go4j.fn;

/**
 * The method interface of {@code Seed(seed int64)} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that math/rand's sources
 * implement {@code rand.Source}.
 */
public interface M$Seed$J$V {
    /**
     * Go's {@code Seed(seed int64)}.
     *
     * @param seed the seed
     */
    void Seed(long seed);
}
