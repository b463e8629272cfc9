package go4j.fn;

/**
 * The method interface of {@code Int63() int64} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that math/rand's sources
 * implement it and a {@code rand.Source} written in Go is called directly.
 */
public interface M$Int63$$J {
    /**
     * Go's {@code Int63() int64}.
     *
     * @return a value in [0, 1<<63)
     */
    long Int63();
}
