package go4j.std.sort;

import go4j.fn.F$J$Z;
import go4j.fn.F$JJ$Z;
import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.ErrorString;
import go4j.lang.GoPanic;
import go4j.lang.RType;
import go4j.lang.RuntimeError;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceD;
import go4j.lang.SliceF;
import go4j.lang.SliceI;
import go4j.lang.SliceJ;
import go4j.lang.SliceL;
import go4j.lang.SliceZ;
import go4j.lang.Typed;

import java.util.Arrays;
import java.util.Locale;

/**
 * Go's {@code sort} package (stub {@code go4j/std/sort/sort.go}). {@code []int} is a
 * {@link SliceJ}, {@code []string} a {@link SliceL} of Strings (whose Latin-1 order is Go's
 * byte order), {@code []float64} a {@link SliceD}; {@code Slice}'s {@code x} is an interface
 * value holding a slice (a {@link Typed}), and its {@code less} a compiled
 * {@code func(i, j int) bool} value ({@link F$JJ$Z}). A {@code sort.Interface} value's
 * {@code Len}, {@code Less} and {@code Swap} are called through the method interfaces
 * go4j-lang predefines ({@link M$Len$$J}, {@link M$Less$JJ$Z}, {@link M$Swap$JJ$V}), which
 * compiled types implement.
 *
 * <p>Sort, Stable, Slice and SliceStable all sort stably, by insertion sort in blocks merged
 * in place, with only {@code Less} and {@code Swap}: Go's Sort is not stable, but sorts 12
 * elements or fewer by insertion, so for those (and whenever no two elements tie) the result
 * is Go's.
 *
 * <pre>{@code
 * SliceJ xs = SliceJ.of(3, 1, 2);
 * Pkg.Ints(xs);                    // 1 2 3
 * Pkg.SearchInts(xs, 2);           // 1
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** What the sorting algorithm needs: Go's Less and Swap over indexes. */
    interface Seq {
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    // ---- sort.Interface ----

    /**
     * A sort.Interface value as a Seq. Compiled types implement the method interfaces of their
     * methods, which go4j-lang predefines for Len, Less and Swap, so the calls are direct.
     */
    private static Seq seq(Object data) {
        M$Less$JJ$Z less = (M$Less$JJ$Z) data;
        M$Swap$JJ$V swap = (M$Swap$JJ$V) data;
        return new Seq() {
            @Override
            public boolean less(int i, int j) {
                return less.Less(i, j);
            }

            @Override
            public void swap(int i, int j) {
                swap.Swap(i, j);
            }
        };
    }

    /** data.Len(); a nil interface panics as Go's nil dereference. */
    private static int len(Object data) {
        if (data == null) {
            throw RuntimeError.nilDeref();
        }
        return (int) ((M$Len$$J) data).Len();
    }

    /** Sorts data (stably: see the class comment). */
    public static void Sort(Object data) {
        stable(seq(data), len(data));
    }

    /** Sorts data stably. */
    public static void Stable(Object data) {
        Sort(data);
    }

    /** @return whether data is sorted */
    public static boolean IsSorted(Object data) {
        return isSorted(seq(data), len(data));
    }

    /**
     * @param data a sort.Interface value
     * @return data ordered the other way round
     */
    public static Object Reverse(Object data) {
        return new Reverse(data);
    }

    // ---- Slice ----

    /** A slice in an interface value, and its less function, as a Seq. */
    private static Seq sliceSeq(Slice s, Object less) {
        F$JJ$Z f = (F$JJ$Z) less;
        return new Seq() {
            @Override
            public boolean less(int i, int j) {
                return f.call(i, j);
            }

            @Override
            public void swap(int i, int j) {
                swapElems(s, i, j);
            }
        };
    }

    private static void swapElems(Slice s, int i, int j) {
        int a = s.offset + i;
        int b = s.offset + j;
        switch (s) {
            case SliceJ x -> {
                long t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceI x -> {
                int t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceB x -> {
                byte t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceD x -> {
                double t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceF x -> {
                float t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceZ x -> {
                boolean t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
            case SliceL x -> {
                Object t = x.array[a];
                x.array[a] = x.array[b];
                x.array[b] = t;
            }
        }
    }

    /**
     * The slice in x, null for a nil one.
     *
     * @throws GoPanic with the text of Go's reflect panic when x holds no slice (an
     *                 {@code *errors.errorString} where Go's is a {@code *reflectlite.ValueError})
     */
    private static Slice slice(Object x) {
        Object v = x instanceof Typed t ? t.value() : x;
        if (v == null && x instanceof Typed) {
            return null;
        }
        if (!(v instanceof Slice s)) {
            String kind = x == null ? "invalid" : RType.typeOf(x).kind().name().toLowerCase(Locale.ROOT);
            throw new GoPanic(ErrorString.of("reflect: call of Swapper on " + kind + " Value"));
        }
        return s;
    }

    /** Sorts the slice x by less (stably: see the class comment). */
    public static void Slice(Object x, Object less) {
        Slice s = slice(x);
        if (s != null) {
            stable(sliceSeq(s, less), s.len);
        }
    }

    /** Sorts the slice x stably by less. */
    public static void SliceStable(Object x, Object less) {
        Slice(x, less);
    }

    /** @return whether the slice x is sorted by less */
    public static boolean SliceIsSorted(Object x, Object less) {
        Slice s = slice(x);
        return s == null || isSorted(sliceSeq(s, less), s.len);
    }

    // ---- slices of basic types ----

    /** Sorts x increasingly, NaNs first, as Go orders float64s. */
    public static void Float64s(SliceD x) {
        if (x == null) {
            return;
        }
        int from = x.offset;
        int to = x.offset + x.len;
        Arrays.sort(x.array, from, to); // NaNs last: move them to the front
        int nans = 0;
        while (nans < x.len && Double.isNaN(x.array[to - 1 - nans])) {
            nans++;
        }
        if (nans > 0) {
            System.arraycopy(x.array, from, x.array, from + nans, x.len - nans);
            Arrays.fill(x.array, from, from + nans, Double.NaN);
        }
    }

    /** Sorts x increasingly. */
    public static void Ints(SliceJ x) {
        if (x != null) {
            Arrays.sort(x.array, x.offset, x.offset + x.len);
        }
    }

    /** Sorts x in increasing byte order. */
    public static void Strings(SliceL x) {
        if (x != null) {
            Arrays.sort(x.array, x.offset, x.offset + x.len);
        }
    }

    /** @return whether x is sorted, NaNs first */
    public static boolean Float64sAreSorted(SliceD x) {
        for (int i = 1; i < Slice.len(x); i++) {
            double a = x.array[x.offset + i - 1];
            double b = x.array[x.offset + i];
            if (b < a || Double.isNaN(b) && !Double.isNaN(a)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether x is sorted increasingly */
    public static boolean IntsAreSorted(SliceJ x) {
        for (int i = 1; i < Slice.len(x); i++) {
            if (x.array[x.offset + i] < x.array[x.offset + i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** @return whether x is sorted in increasing byte order */
    public static boolean StringsAreSorted(SliceL x) {
        for (int i = 1; i < Slice.len(x); i++) {
            if (((String) x.array[x.offset + i]).compareTo((String) x.array[x.offset + i - 1]) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- searching ----

    /**
     * @param f a {@code func(int) bool} value, false then true over [0, n)
     * @return the smallest i in [0, n) for which f(i) is true, n if none
     */
    public static long Search(long n, Object f) {
        long lo = 0;
        long hi = n;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (((F$J$Z) f).call(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return where x is, or would be inserted, in the sorted a */
    public static long SearchFloat64s(SliceD a, double x) {
        int lo = 0;
        int hi = (int) Slice.len(a);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.array[a.offset + mid] >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return where x is, or would be inserted, in the sorted a */
    public static long SearchInts(SliceJ a, long x) {
        int lo = 0;
        int hi = (int) Slice.len(a);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.array[a.offset + mid] >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return where x is, or would be inserted, in the sorted a */
    public static long SearchStrings(SliceL a, String x) {
        int lo = 0;
        int hi = (int) Slice.len(a);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (((String) a.array[a.offset + mid]).compareTo(x) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ---- the algorithm ----

    /** Insertion-sorted blocks of this size are then merged. */
    private static final int BLOCK = 12;

    /** Sorts [0, n) of s stably. */
    static void stable(Seq s, int n) {
        for (int lo = 0; lo < n; lo += BLOCK) {
            insertion(s, lo, Math.min(lo + BLOCK, n));
        }
        for (int width = BLOCK; width < n; width *= 2) {
            for (int lo = 0; lo + width < n; lo += 2 * width) {
                merge(s, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
    }

    private static void insertion(Seq s, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && s.less(j, j - 1); j--) {
                s.swap(j, j - 1);
            }
        }
    }

    /**
     * Merges the sorted runs [lo, mid) and [mid, hi) in place, stably: the longer run's middle
     * element splits it, its place in the other run (after equal elements of the left run,
     * before those of the right) splits that one, a rotation brings the two inner parts
     * together, and each side is merged again.
     */
    private static void merge(Seq s, int lo, int mid, int hi) {
        if (lo >= mid || mid >= hi) {
            return;
        }
        if (hi - lo == 2) {
            if (s.less(mid, lo)) {
                s.swap(lo, mid);
            }
            return;
        }
        int cut1;
        int cut2;
        if (mid - lo >= hi - mid) {
            cut1 = lo + (mid - lo) / 2;
            cut2 = lowerBound(s, mid, hi, cut1); // first in the right run not less than cut1
        } else {
            cut2 = mid + (hi - mid) / 2;
            cut1 = upperBound(s, lo, mid, cut2); // first in the left run greater than cut2
        }
        rotate(s, cut1, mid, cut2);
        int newMid = cut1 + (cut2 - mid);
        merge(s, lo, cut1, newMid);
        merge(s, newMid, cut2, hi);
    }

    /** The first index in [lo, hi) whose element is not less than element x. */
    private static int lowerBound(Seq s, int lo, int hi, int x) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (s.less(m, x)) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** The first index in [lo, hi) whose element is greater than element x. */
    private static int upperBound(Seq s, int lo, int hi, int x) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (s.less(x, m)) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    /** Rotates [a, c) so that [b, c) comes before [a, b), by three reversals. */
    private static void rotate(Seq s, int a, int b, int c) {
        reverse(s, a, b);
        reverse(s, b, c);
        reverse(s, a, c);
    }

    private static void reverse(Seq s, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            s.swap(lo, hi);
        }
    }

    private static boolean isSorted(Seq s, int n) {
        for (int i = n - 1; i > 0; i--) {
            if (s.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }
}
