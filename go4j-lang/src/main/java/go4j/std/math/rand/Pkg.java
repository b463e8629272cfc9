package go4j.std.math.rand;

import go4j.lang.SliceJ;

/**
 * Go's {@code math/rand} package (stub {@code go4j/std/math/rand/rand.go}). The top-level
 * functions draw from one shared {@link Rand} over an {@link RngSource} seeded with 1, Go
 * 1.19's default, so a program that never calls Seed sees Go's numbers; they are synchronized,
 * as Go's global source is locked, so goroutines may share it.
 *
 * <pre>{@code
 * Pkg.Seed(1);
 * Pkg.Intn(100);            // 81
 * Pkg.New(Pkg.NewSource(7)).Intn(10);
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static final Rand GLOBAL = new Rand(NewSource(1));

    /** @return a new {@code *rand.rngSource} seeded with seed, as a {@code rand.Source} value */
    public static Object NewSource(long seed) {
        RngSource s = new RngSource();
        s.Seed(seed);
        return s;
    }

    /** @return a Rand drawing from src, a {@code rand.Source} value */
    public static Rand New(Object src) {
        return new Rand(src);
    }

    /** Seeds the shared source. */
    public static synchronized void Seed(long seed) {
        GLOBAL.Seed(seed);
    }

    /** @return the shared Rand's Int63 */
    public static synchronized long Int63() {
        return GLOBAL.Int63();
    }

    /** @return the shared Rand's Uint32 */
    public static synchronized int Uint32() {
        return GLOBAL.Uint32();
    }

    /** @return the shared Rand's Uint64 */
    public static synchronized long Uint64() {
        return GLOBAL.Uint64();
    }

    /** @return the shared Rand's Int31 */
    public static synchronized int Int31() {
        return GLOBAL.Int31();
    }

    /** @return the shared Rand's Int */
    public static synchronized long Int() {
        return GLOBAL.Int();
    }

    /** @return the shared Rand's Int63n */
    public static synchronized long Int63n(long n) {
        return GLOBAL.Int63n(n);
    }

    /** @return the shared Rand's Int31n */
    public static synchronized int Int31n(int n) {
        return GLOBAL.Int31n(n);
    }

    /** @return the shared Rand's Intn */
    public static synchronized long Intn(long n) {
        return GLOBAL.Intn(n);
    }

    /** @return the shared Rand's Float64 */
    public static synchronized double Float64() {
        return GLOBAL.Float64();
    }

    /** @return the shared Rand's Float32 */
    public static synchronized float Float32() {
        return GLOBAL.Float32();
    }

    /** @return the shared Rand's Perm */
    public static synchronized SliceJ Perm(long n) {
        return GLOBAL.Perm(n);
    }

    /**
     * The shared Rand's Shuffle. The lock is reentrant, so a swap function that draws numbers
     * itself may.
     */
    public static synchronized void Shuffle(long n, Object swap) {
        GLOBAL.Shuffle(n, swap);
    }
}
