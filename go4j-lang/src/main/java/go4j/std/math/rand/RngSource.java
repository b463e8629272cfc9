package go4j.std.math.rand;

import go4j.fn.M$Int63$$J;
import go4j.fn.M$Seed$J$V;
import go4j.fn.M$Uint64$$J;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go 1.19's {@code rand.rngSource}, what {@code rand.NewSource} returns: the additive lagged
 * Fibonacci generator of Mitchell and Reeds, {@code x[n] = x[n-607] + x[n-273]} modulo 2^64,
 * whose 607 words of state a seed fills from a Lehmer generator
 * ({@code x = 48271 * x mod (2^31 - 1)}) XORed with a fixed table. Programs' output depends on
 * the exact numbers, so every step is Go's.
 *
 * <p>Go's table, {@code rngCooked}, is the state of the same generator, seeded differently
 * ({@link #cooked}), after 7.8e12 steps. Rather than carry 607 opaque constants, this class
 * computes it when loaded, jumping the 7.8e12 steps at once: the generator is linear, so the
 * word {@code n} steps on is a fixed combination of the current window, whose coefficients
 * are those of {@code x^n} modulo the characteristic polynomial {@code x^607 - x^334 - 1}
 * (over the integers modulo 2^64), found by repeated squaring.
 *
 * <pre>{@code
 * RngSource s = new RngSource();
 * s.Seed(1);
 * s.Int63(); // 5577006791947779410, Go's first rand.Int63()
 * }</pre>
 */
public final class RngSource implements GoValue, M$Int63$$J, M$Uint64$$J, M$Seed$J$V {
    /** {@code *rand.rngSource}. */
    public static final RType TYPE = RType.pointer(RType.named("rand", "rngSource").setUnderlying(RType.struct(List.of())));

    private static final int LEN = 607;
    private static final int TAP = 273;
    private static final long MASK = Long.MAX_VALUE;
    private static final int INT32MAX = Integer.MAX_VALUE;
    /** How many steps Go's gen_cooked.go runs the generator for its table. */
    private static final long COOKED_STEPS = 7_800_000_000_000L;

    private static final long[] COOKED = cooked();

    private int tap;
    private int feed;
    private final long[] vec = new long[LEN];

    /** An unseeded source; {@link #Seed} it before use, as NewSource does. */
    RngSource() {
    }

    /** One step of the Lehmer generator, by Schrage's method so that nothing overflows 32 bits. */
    static int seedrand(int x) {
        final int a = 48271;
        final int q = 44488;
        final int r = 3399;
        int hi = x / q;
        int lo = x % q;
        x = a * lo - r * hi;
        if (x < 0) {
            x += INT32MAX;
        }
        return x;
    }

    /**
     * Seeds the generator: a deterministic state for each seed modulo 2^31 - 1 (0 stands for
     * 89482311, as in Go).
     */
    @Override
    public void Seed(long seed) {
        tap = 0;
        feed = LEN - TAP;
        seed %= INT32MAX;
        if (seed < 0) {
            seed += INT32MAX;
        }
        if (seed == 0) {
            seed = 89482311;
        }
        int x = (int) seed;
        for (int i = -20; i < LEN; i++) {
            x = seedrand(x);
            if (i >= 0) {
                long u = (long) x << 40;
                x = seedrand(x);
                u ^= (long) x << 20;
                x = seedrand(x);
                u ^= x;
                vec[i] = u ^ COOKED[i];
            }
        }
    }

    /** @return the next 64 bits: one step of the generator */
    @Override
    public long Uint64() {
        if (--tap < 0) {
            tap += LEN;
        }
        if (--feed < 0) {
            feed += LEN;
        }
        long x = vec[feed] + vec[tap];
        vec[feed] = x;
        return x;
    }

    /** @return the next value in [0, 1<<63) */
    @Override
    public long Int63() {
        return Uint64() & MASK;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    // ---- Go's rngCooked ----

    /**
     * Go's {@code rngCooked}: the generator's register after gen_cooked.go's procedure, which
     * fills it from the Lehmer generator seeded with 1 (three draws a word, shifted by 20, 10
     * and 0 bits), then steps 7.8e12 times.
     *
     * <p>Writing {@code s[k]} for the word step {@code k} writes ({@code k >= 1}), the
     * register's initial words continue the sequence backwards: position {@code p} holds
     * {@code s[j]} for the {@code j} in [-606, 0] with {@code j = 334 - p} modulo 607, and after
     * {@code N} steps it holds {@code s[m]} for the largest {@code m <= N} with
     * {@code m = 334 - p} modulo 607. So the result is the window {@code s[N-606..N]}, each word
     * {@code s[N-606+t]} the combination, with the coefficients of {@code x^N mod P}, of
     * {@code s[-606+t .. t]}.
     */
    static long[] cooked() {
        long[] s = new long[2 * LEN - 1]; // s[-606 .. 606], s[j] at index j + 606
        int x = 1;
        for (int i = -20; i < LEN; i++) {
            x = seedrand(x);
            if (i >= 0) {
                long u = (long) x << 20;
                x = seedrand(x);
                u ^= (long) x << 10;
                x = seedrand(x);
                u ^= x;
                int r = Math.floorMod(LEN - TAP - i, LEN); // position i holds s[j], j = r or r - 607 in [-606, 0]
                s[(r == 0 ? 0 : r - LEN) + LEN - 1] = u;
            }
        }
        for (int k = 1; k < LEN; k++) {
            s[LEN - 1 + k] = s[LEN - 1 + k - LEN] + s[LEN - 1 + k - TAP];
        }
        long[] c = powMod(COOKED_STEPS);
        long[] out = new long[LEN];
        for (int t = 0; t < LEN; t++) {
            long w = 0;
            for (int i = 0; i < LEN; i++) {
                w += c[i] * s[t + i];
            }
            long m = COOKED_STEPS - 606 + t;
            out[Math.floorMod(LEN - TAP - m, LEN)] = w;
        }
        return out;
    }

    /** @return the coefficients of x^n modulo x^607 - x^334 - 1 */
    private static long[] powMod(long n) {
        long[] result = new long[LEN];
        result[0] = 1;
        for (int bit = 63 - Long.numberOfLeadingZeros(n); bit >= 0; bit--) {
            result = mulMod(result, result);
            if ((n >>> bit & 1) != 0) {
                result = shiftMod(result);
            }
        }
        return result;
    }

    /** @return a * b modulo the characteristic polynomial */
    private static long[] mulMod(long[] a, long[] b) {
        long[] p = new long[2 * LEN - 1];
        for (int i = 0; i < LEN; i++) {
            long ai = a[i];
            if (ai != 0) {
                for (int j = 0; j < LEN; j++) {
                    p[i + j] += ai * b[j];
                }
            }
        }
        return reduce(p);
    }

    /** @return a * x modulo the characteristic polynomial */
    private static long[] shiftMod(long[] a) {
        long[] p = new long[2 * LEN - 1];
        System.arraycopy(a, 0, p, 1, LEN);
        return reduce(p);
    }

    /** Reduces p by x^607 = x^334 + 1, from the top term down. */
    private static long[] reduce(long[] p) {
        for (int k = p.length - 1; k >= LEN; k--) {
            p[k - TAP] += p[k];
            p[k - LEN] += p[k];
        }
        long[] r = new long[LEN];
        System.arraycopy(p, 0, r, 0, LEN);
        return r;
    }
}
