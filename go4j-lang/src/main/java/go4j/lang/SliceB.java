package go4j.lang;

import java.util.Arrays;

/**
 * A Go slice of {@code uint8} ({@code byte}) and {@code int8} over a {@code byte[]} (see {@link Slice} for the invariants and the
 * helpers' conventions; a nil slice is {@code null}).
 *
 * <pre>{@code
 * SliceB b = SliceB.fromString("hi"); // []byte("hi")
 * b = SliceB.appendString(b, "!");    // append(b, "!"...)
 * String s = SliceB.toGoString(b);    // "hi!"
 * }</pre>
 */
public final class SliceB extends Slice {
    /** The default Go element size in bytes, for {@code append}'s growth: {@code byte} and {@code int8}. */
    public static final int ELEM_SIZE = 1;

    /** The backing array; elements {@code [offset, offset + cap)} belong to this slice. */
    public final byte[] array;

    /**
     * A header over {@code array}; no checks, the caller keeps {@link Slice}'s invariants.
     *
     * @param array  the backing array
     * @param offset the first element's index
     * @param len    the length
     * @param cap    the capacity
     */
    public SliceB(byte[] array, int offset, int len, int cap) {
        super(offset, len, cap);
        this.array = array;
    }

    // ---- making ----

    /**
     * Go's {@code make([]T, len, cap)}.
     *
     * @param len the length
     * @param cap the capacity
     * @return the slice, of zero values
     * @throws GoPanic {@code makeslice: len out of range}, {@code makeslice: cap out of range}
     */
    public static SliceB make(long len, long cap) {
        int c = checkMake(len, cap);
        return new SliceB(new byte[c], 0, (int) len, c);
    }

    /**
     * Go's {@code make([]T, len)}.
     *
     * @param len the length, which is the capacity too
     * @return the slice
     * @throws GoPanic {@code makeslice: len out of range}
     */
    public static SliceB make(long len) {
        return make(len, len < 0 ? 0 : len);
    }

    /**
     * A composite literal {@code []T{values...}}: a slice over {@code values} itself, whose
     * length and capacity are its length.
     *
     * @param values the elements, owned by the slice from now on
     * @return the slice (empty, not nil, for no values)
     */
    public static SliceB of(byte... values) {
        return new SliceB(values, 0, values.length, values.length);
    }

    // ---- elements ----

    /**
     * Go's {@code s[i]}.
     *
     * @param s the slice, null for nil
     * @param i the index
     * @return the element
     * @throws GoPanic {@code index out of range [i] with length n}
     */
    public static byte get(SliceB s, long i) {
        if (s == null || Long.compareUnsigned(i, s.len) >= 0) {
            throw outOfRange(s, i);
        }
        return s.array[s.offset + (int) i];
    }

    /**
     * Go's {@code s[i] = v}.
     *
     * @param s the slice, null for nil
     * @param i the index
     * @param v the value
     * @throws GoPanic {@code index out of range [i] with length n}
     */
    public static void set(SliceB s, long i, byte v) {
        if (s == null || Long.compareUnsigned(i, s.len) >= 0) {
            throw outOfRange(s, i);
        }
        s.array[s.offset + (int) i] = v;
    }

    /** Out of the hot paths above, so that they stay small enough to inline. */
    private static GoPanic outOfRange(SliceB s, long i) {
        return RuntimeError.index(i, len(s));
    }

    // ---- append ----

    /**
     * Go's {@code append(s, v)} for elements of {@link #ELEM_SIZE} bytes.
     *
     * @param s the slice, null for nil
     * @param v the element
     * @return the slice with {@code v} appended: {@code s}'s array if it has room, else a new one
     */
    public static SliceB append(SliceB s, byte v) {
        return append(s, v, ELEM_SIZE);
    }

    /**
     * Go's {@code append(s, v)}.
     *
     * @param s        the slice, null for nil
     * @param v        the element
     * @param elemSize Go's size of the element type in bytes
     * @return the slice with {@code v} appended
     */
    public static SliceB append(SliceB s, byte v, int elemSize) {
        if (s != null && s.len < s.cap) {
            s.array[s.offset + s.len] = v;
            return new SliceB(s.array, s.offset, s.len + 1, s.cap);
        }
        SliceB g = grow(s, 1, elemSize);
        g.array[g.len - 1] = v;
        return g;
    }

    /**
     * Go's {@code append(s, v1, v2, ...)} for elements of {@link #ELEM_SIZE} bytes.
     *
     * @param s      the slice, null for nil
     * @param values the elements, copied
     * @return the slice with the values appended; {@code s} itself for none
     */
    public static SliceB appendValues(SliceB s, byte[] values) {
        return appendValues(s, values, ELEM_SIZE);
    }

    /**
     * Go's {@code append(s, v1, v2, ...)}.
     *
     * @param s        the slice, null for nil
     * @param values   the elements, copied
     * @param elemSize Go's size of the element type in bytes
     * @return the slice with the values appended; {@code s} itself for none
     */
    public static SliceB appendValues(SliceB s, byte[] values, int elemSize) {
        return appendRange(s, values, 0, values.length, elemSize);
    }

    /**
     * Go's {@code append(s, t...)} for elements of {@link #ELEM_SIZE} bytes.
     *
     * @param s the slice, null for nil
     * @param t the slice to append, null for nil; it may share {@code s}'s array
     * @return the slice with {@code t}'s elements appended; {@code s} itself for none
     */
    public static SliceB appendSlice(SliceB s, SliceB t) {
        return appendSlice(s, t, ELEM_SIZE);
    }

    /**
     * Go's {@code append(s, t...)}.
     *
     * @param s        the slice, null for nil
     * @param t        the slice to append, null for nil; it may share {@code s}'s array
     * @param elemSize Go's size of the element type in bytes
     * @return the slice with {@code t}'s elements appended; {@code s} itself for none
     */
    public static SliceB appendSlice(SliceB s, SliceB t, int elemSize) {
        return t == null ? s : appendRange(s, t.array, t.offset, t.len, elemSize);
    }

    /** Appends {@code n} elements of {@code src} from {@code from}; arraycopy allows overlap. */
    private static SliceB appendRange(SliceB s, byte[] src, int from, int n, int elemSize) {
        if (n == 0) {
            return s;
        }
        int len = s == null ? 0 : s.len;
        SliceB g;
        if (s != null && (long) s.len + n <= s.cap) {
            g = new SliceB(s.array, s.offset, s.len + n, s.cap);
        } else {
            g = grow(s, n, elemSize);
        }
        System.arraycopy(src, from, g.array, g.offset + len, n);
        return g;
    }

    /** A copy of {@code s} in a new array with room for {@code n} more, its length grown by n. */
    private static SliceB grow(SliceB s, int n, int elemSize) {
        int len = s == null ? 0 : s.len;
        int c = grownCap(s == null ? 0 : s.cap, (long) len + n, elemSize);
        byte[] a = new byte[c];
        if (len > 0) {
            System.arraycopy(s.array, s.offset, a, 0, len);
        }
        return new SliceB(a, 0, len + n, c);
    }

    // ---- slicing ----

    /**
     * Go's {@code s[lo:hi]}.
     *
     * @param s  the slice, null for nil
     * @param lo the low bound
     * @param hi the high bound
     * @return the slice, sharing {@code s}'s array; nil for a nil {@code s}
     * @throws GoPanic {@code slice bounds out of range [:hi] with capacity c}, {@code [lo:hi]}
     */
    public static SliceB slice(SliceB s, long lo, long hi) {
        int cap = s == null ? 0 : s.cap;
        checkSlice(lo, hi, cap, true);
        if (s == null) {
            return null;
        }
        return new SliceB(s.array, s.offset + (int) lo, (int) (hi - lo), cap - (int) lo);
    }

    /**
     * Go's {@code s[lo:hi:max]}.
     *
     * @param s   the slice, null for nil
     * @param lo  the low bound
     * @param hi  the high bound
     * @param max the capacity bound
     * @return the slice, sharing {@code s}'s array; nil for a nil {@code s}
     * @throws GoPanic {@code slice bounds out of range [::max] with capacity c},
     *     {@code [:hi:max]}, {@code [lo:hi:]}
     */
    public static SliceB slice(SliceB s, long lo, long hi, long max) {
        int cap = s == null ? 0 : s.cap;
        checkSlice3(lo, hi, max, cap, true);
        if (s == null) {
            return null;
        }
        return new SliceB(s.array, s.offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /**
     * Go's {@code a[lo:hi]} of an array ({@code [N]T}, a JVM array).
     *
     * @param a  the array
     * @param lo the low bound
     * @param hi the high bound
     * @return a slice over {@code a} itself
     * @throws GoPanic {@code slice bounds out of range [:hi] with length n}, {@code [lo:hi]}
     */
    public static SliceB sliceArray(byte[] a, long lo, long hi) {
        checkSlice(lo, hi, a.length, false);
        return new SliceB(a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /**
     * Go's {@code a[lo:hi:max]} of an array.
     *
     * @param a   the array
     * @param lo  the low bound
     * @param hi  the high bound
     * @param max the capacity bound
     * @return a slice over {@code a} itself
     * @throws GoPanic {@code slice bounds out of range [::max] with length n}, {@code [:hi:max]},
     *     {@code [lo:hi:]}
     */
    public static SliceB sliceArray(byte[] a, long lo, long hi, long max) {
        checkSlice3(lo, hi, max, a.length, false);
        return new SliceB(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    // ---- copy ----

    /**
     * Go's {@code copy(dst, src)}; the two may overlap.
     *
     * @param dst the destination, null for nil
     * @param src the source, null for nil
     * @return the number of elements copied, the smaller length
     */
    public static long copy(SliceB dst, SliceB src) {
        int n = (int) Math.min(len(dst), len(src));
        if (n > 0) {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    /**
     * The elements as a new array, for tests and for the standard packages.
     *
     * @param s the slice, null for nil
     * @return a copy of {@code s[0:len(s)]}
     */
    public static byte[] toArray(SliceB s) {
        return s == null ? new byte[0] : Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
    }

    // ---- strings ----

    /**
     * Go's {@code []byte(s)}.
     *
     * @param s a Go string (one char per byte)
     * @return a new slice of its bytes, length and capacity {@code len(s)}
     */
    public static SliceB fromString(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new SliceB(b, 0, b.length, b.length);
    }

    /**
     * Go's {@code string(b)}.
     *
     * @param b the bytes, null for nil
     * @return a Go string of a copy of them
     */
    public static String toGoString(SliceB b) {
        return b == null ? "" : new String(b.array, b.offset, b.len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Go's {@code append(b, s...)}.
     *
     * @param b the slice, null for nil
     * @param s a Go string
     * @return the slice with {@code s}'s bytes appended; {@code b} itself for ""
     */
    public static SliceB appendString(SliceB b, String s) {
        return appendRange(b, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, s.length(), ELEM_SIZE);
    }

    /**
     * Go's {@code copy(b, s)}.
     *
     * @param b the destination, null for nil
     * @param s a Go string
     * @return the number of bytes copied
     */
    public static long copyString(SliceB b, String s) {
        int n = (int) Math.min(len(b), s.length());
        for (int i = 0; i < n; i++) {
            b.array[b.offset + i] = (byte) s.charAt(i);
        }
        return n;
    }
}
