package go4j.lang;

/**
 * A Go slice header: a window {@code [offset, offset + len)} of a backing JVM array, which may
 * be used up to {@code offset + cap}. The subclasses fix the element kind (compiler.md,
 * "Values"): {@link SliceJ} {@code long[]}, {@link SliceI} {@code int[]}, {@link SliceB}
 * {@code byte[]}, {@link SliceD} {@code double[]}, {@link SliceF} {@code float[]},
 * {@link SliceZ} {@code boolean[]}, {@link SliceL} {@code Object[]}.
 *
 * <p>Invariants: a header is immutable ({@code s = append(s, x)} makes a new one, sharing the
 * array while it has room, as Go's does); {@code 0 <= len <= cap} and
 * {@code offset + cap <= array.length}; a nil slice is {@code null}, and every static helper
 * takes it as Go takes a nil slice (length and capacity 0).
 *
 * <p>Every subclass has the same static helpers, named after Go's builtins and expressions:
 * {@code make(len[, cap])}, {@code of(values...)} (a composite literal), {@code get(s, i)},
 * {@code set(s, i, v)}, {@code append(s, v[, elemSize])},
 * {@code appendValues(s, values[, elemSize])}, {@code appendSlice(s, t[, elemSize])},
 * {@code slice(s, lo, hi[, max])}, {@code sliceArray(a, lo, hi[, max])}, {@code copy(dst, src)}.
 * An omitted bound is the caller's to fill in ({@code 0}, {@code len(s)}), which gives Go's
 * panic texts. {@code elemSize} is Go's {@code unsafe.Sizeof} of the element type: append's new
 * capacity depends on it through Go's allocation size classes, so passing it makes
 * {@code cap()} print what Go prints; each class has a default ({@code ELEM_SIZE}: 8 for
 * {@code int}, 4 for {@code int32}, 1 for {@code byte}, 16 for {@code string} and interfaces).
 *
 * <pre>{@code
 * SliceJ s = null;                      // var s []int
 * for (int i = 0; i < 5; i++) {
 *     s = SliceJ.append(s, i);          // s = append(s, i)
 * }
 * Slice.len(s);                         // 5
 * Slice.cap(s);                         // 8
 * SliceJ.get(SliceJ.slice(s, 1, 3), 0); // s[1:3][0] == 1
 * }</pre>
 */
public abstract sealed class Slice permits SliceJ, SliceI, SliceB, SliceD, SliceF, SliceZ, SliceL {
    /** The first element's index in the array. */
    public final int offset;
    /** Go's {@code len(s)}. */
    public final int len;
    /** Go's {@code cap(s)}. */
    public final int cap;

    /** The largest JVM array length; Go's larger lengths panic as its allocation limit does. */
    static final int MAX_LEN = Integer.MAX_VALUE - 8;

    Slice(int offset, int len, int cap) {
        this.offset = offset;
        this.len = len;
        this.cap = cap;
    }

    /**
     * Go's {@code len(s)}.
     *
     * @param s a slice, null for nil
     * @return its length
     */
    public static long len(Slice s) {
        return s == null ? 0 : s.len;
    }

    /**
     * Go's {@code cap(s)}.
     *
     * @param s a slice, null for nil
     * @return its capacity
     */
    public static long cap(Slice s) {
        return s == null ? 0 : s.cap;
    }

    // ---- make ----

    /**
     * Checks {@code make([]T, len, cap)}'s arguments as Go's makeslice does: the length first.
     *
     * @return {@code cap} as an int
     */
    static int checkMake(long len, long cap) {
        if (len < 0 || len > MAX_LEN) {
            throw RuntimeError.makeLen();
        }
        if (cap < len || cap > MAX_LEN) {
            throw RuntimeError.makeCap();
        }
        return (int) cap;
    }

    // ---- append's growth: Go 1.19's growslice ----

    /**
     * Go's allocation size classes up to 32 KiB ({@code runtime/sizeclasses.go}): an append
     * that grows a slice allocates the smallest class that fits, and the slack becomes
     * capacity.
     */
    private static final int[] SIZE_CLASSES = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
        320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
        9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
        27264, 28672, 32768,
    };
    private static final int MAX_SMALL_SIZE = 32768;
    private static final int PAGE_SIZE = 8192;

    /**
     * Go's {@code roundupsize}: the bytes the allocator gives for a request of {@code size}.
     *
     * @param size the requested bytes
     * @return the smallest size class that fits, or {@code size} rounded up to whole pages
     */
    static long roundupsize(long size) {
        if (size < MAX_SMALL_SIZE) {
            int lo = 0;
            int hi = SIZE_CLASSES.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (SIZE_CLASSES[mid] < size) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return SIZE_CLASSES[lo];
        }
        return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
    }

    /**
     * The capacity of the array an append allocates, as Go 1.19's growslice computes it:
     * double below 256 elements, then grow by a quarter plus 192 until {@code needed} fits,
     * then round the bytes up to a size class.
     *
     * @param oldCap   the slice's capacity
     * @param needed   the length the append needs
     * @param elemSize Go's element size in bytes
     * @return the new capacity, at least {@code needed}
     * @throws GoPanic {@code growslice: cap out of range} past the JVM's array limit
     */
    static int grownCap(int oldCap, long needed, int elemSize) {
        if (needed > MAX_LEN) {
            throw RuntimeError.growCap();
        }
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else if (oldCap < 256) {
            newcap = doublecap;
        } else {
            while (newcap < needed) {
                newcap += (newcap + 3 * 256) / 4;
            }
        }
        if (elemSize <= 0) {
            return (int) needed; // zero-size elements: Go allocates nothing and grows to the need
        }
        long c = roundupsize(newcap * elemSize) / elemSize;
        return (int) Math.min(c, MAX_LEN);
    }

    // ---- bounds ----

    /**
     * Checks {@code s[lo:hi]} against a capacity (or a string's or array's length), in Go's
     * order: the high bound first.
     *
     * @param isSlice whether a slice is sliced (Go says "capacity") rather than an array
     */
    static void checkSlice(long lo, long hi, int cap, boolean isSlice) {
        if (Long.compareUnsigned(hi, cap) > 0) {
            throw isSlice ? RuntimeError.sliceAcap(hi, cap) : RuntimeError.sliceAlen(hi, cap);
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw RuntimeError.sliceB(lo, hi);
        }
    }

    /** Checks {@code s[lo:hi:max]} as Go does: max, then hi, then lo. */
    static void checkSlice3(long lo, long hi, long max, int cap, boolean isSlice) {
        if (Long.compareUnsigned(max, cap) > 0) {
            throw isSlice ? RuntimeError.slice3Acap(max, cap) : RuntimeError.slice3Alen(max, cap);
        }
        if (Long.compareUnsigned(hi, max) > 0) {
            throw RuntimeError.slice3B(hi, max);
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw RuntimeError.slice3C(lo, hi);
        }
    }
}
