package go4j.std.math.rand;

import go4j.fn.F$JJ$V;
import go4j.fn.M$Int63$$J;
import go4j.fn.M$Seed$J$V;
import go4j.fn.M$Uint64$$J;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.RuntimeError;
import go4j.lang.SliceJ;

import java.util.List;

/**
 * Go's {@code rand.Rand}, a standard struct type (docs/compiler.md) used through its pointer:
 * the derived distributions (Intn, Float64, Perm, Shuffle, ...) over a {@code rand.Source},
 * each drawing from the source exactly as Go 1.19 does, since programs' output depends on
 * which numbers come out. The source is an interface value, called through the method
 * interfaces go4j-lang predefines, so a Source written in Go works too; a
 * {@code rand.Source64} gives Uint64 directly, as in Go.
 *
 * <pre>{@code
 * Rand r = Pkg.New(Pkg.NewSource(1));
 * r.Intn(100); // 81, as in Go
 * }</pre>
 */
public final class Rand implements GoValue {
    /** {@code *rand.Rand}. */
    public static final RType TYPE = RType.pointer(RType.named("rand", "Rand").setUnderlying(RType.struct(List.of())));

    private Object src;

    /** Go's zero Rand, whose source is nil: using it is a nil dereference, as in Go. */
    public Rand() {
    }

    /** @param src a {@code rand.Source} value */
    Rand(Object src) {
        this.src = src;
    }

    /** @return a Rand over the same source, as copying Go's struct copies its pointer */
    public Rand $copy() {
        return new Rand(src);
    }

    /** @param other the Rand whose source this one takes */
    public void $set(Rand other) {
        src = other.src;
    }

    private Object src() {
        if (src == null) {
            throw RuntimeError.nilDeref();
        }
        return src;
    }

    /** Seeds the source. */
    public void Seed(long seed) {
        ((M$Seed$J$V) src()).Seed(seed);
    }

    /** @return a value in [0, 1<<63) */
    public long Int63() {
        return ((M$Int63$$J) src()).Int63();
    }

    /** @return 32 random bits, the top ones of Int63 (a Go uint32, in an int) */
    public int Uint32() {
        return (int) (Int63() >>> 31);
    }

    /** @return 64 random bits: the source's own Uint64 if it is a Source64 */
    public long Uint64() {
        if (src() instanceof M$Uint64$$J s64) {
            return s64.Uint64();
        }
        return Int63() >>> 31 | Int63() << 32;
    }

    /** @return a value in [0, 1<<31) */
    public int Int31() {
        return (int) (Int63() >> 32);
    }

    /** @return a non-negative int, Int63 (Go's int is 64 bits) */
    public long Int() {
        return Int63();
    }

    /**
     * @return a value in [0, n), rejecting the draws above the largest multiple of n so that
     *         all values are equally likely
     * @throws GoPanic for n <= 0, with Go's text
     */
    public long Int63n(long n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Int63n");
        }
        if ((n & (n - 1)) == 0) {
            return Int63() & (n - 1);
        }
        long max = Long.MAX_VALUE - Long.remainderUnsigned(Long.MIN_VALUE, n);
        long v = Int63();
        while (v > max) {
            v = Int63();
        }
        return v % n;
    }

    /**
     * @return a value in [0, n), by Int31 with rejection as Int63n
     * @throws GoPanic for n <= 0, with Go's text
     */
    public int Int31n(int n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Int31n");
        }
        if ((n & (n - 1)) == 0) {
            return Int31() & (n - 1);
        }
        int max = (int) ((1L << 31) - 1 - (1L << 31) % n);
        int v = Int31();
        while (v > max) {
            v = Int31();
        }
        return v % n;
    }

    /**
     * Go's unexported int31n, Lemire's multiply-and-shift method, which Shuffle uses (and
     * Int31n does not, for Go 1 compatibility).
     */
    private int int31nFast(int n) {
        long v = Integer.toUnsignedLong(Uint32());
        long prod = v * n;
        long low = prod & 0xFFFF_FFFFL;
        if (low < n) {
            long thresh = Integer.toUnsignedLong(-n) % n; // Go's uint32(-n) % uint32(n)
            while (low < thresh) {
                v = Integer.toUnsignedLong(Uint32());
                prod = v * n;
                low = prod & 0xFFFF_FFFFL;
            }
        }
        return (int) (prod >>> 32);
    }

    /**
     * @return a value in [0, n): Int31n for n that fits 31 bits, else Int63n
     * @throws GoPanic for n <= 0, with Go's text
     */
    public long Intn(long n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Intn");
        }
        if (n <= Integer.MAX_VALUE) {
            return Int31n((int) n);
        }
        return Int63n(n);
    }

    /** @return a value in [0.0, 1.0): Int63 / 2^63, drawn again in the rare case it rounds to 1 */
    public double Float64() {
        while (true) {
            double f = Int63() / 0x1p63;
            if (f != 1) {
                return f;
            }
        }
    }

    /** @return a value in [0.0, 1.0): Float64 rounded, drawn again if that gives 1 */
    public float Float32() {
        while (true) {
            float f = (float) Float64();
            if (f != 1) {
                return f;
            }
        }
    }

    /** @return a permutation of [0, n), built by Go's inside-out shuffle */
    public SliceJ Perm(long n) {
        SliceJ m = SliceJ.make(n);
        for (int i = 0; i < n; i++) {
            int j = (int) Intn(i + 1);
            m.array[i] = m.array[j];
            m.array[j] = i;
        }
        return m;
    }

    /**
     * Shuffles n elements by Fisher-Yates, from the last one down, calling swap.
     *
     * @param swap a {@code func(i, j int)} value
     * @throws GoPanic for n < 0, with Go's text
     */
    public void Shuffle(long n, Object swap) {
        if (n < 0) {
            throw new GoPanic("invalid argument to Shuffle");
        }
        F$JJ$V f = (F$JJ$V) swap;
        long i = n - 1;
        for (; i > Integer.MAX_VALUE - 1; i--) {
            f.call(i, Int63n(i + 1));
        }
        for (; i > 0; i--) {
            f.call(i, int31nFast((int) (i + 1)));
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
