package go4j.std.container.heap;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Pop$$L;
import go4j.fn.M$Push$L$V;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.RuntimeError;

/**
 * Go's {@code container/heap} package (stub {@code go4j/std/container/heap/heap.go}): a binary
 * min-heap over a {@code heap.Interface} value, whose methods are called through the method
 * interfaces go4j-lang predefines ({@link M$Len$$J}, {@link M$Less$JJ$Z}, {@link M$Swap$JJ$V},
 * {@link M$Push$L$V}, {@link M$Pop$$L}), which compiled types implement. The sifting is Go's,
 * call for call, so that ties come out in Go's order.
 *
 * <pre>{@code
 * Pkg.Push(h, 3L);  // heap.Push(h, 3)
 * Pkg.Pop(h);       // the least element
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Establishes the heap ordering, in O(n). */
    public static void Init(Object h) {
        int n = len(h);
        for (int i = n / 2 - 1; i >= 0; i--) {
            down(h, i, n);
        }
    }

    /** Pushes x onto the heap. */
    public static void Push(Object h, Object x) {
        ((M$Push$L$V) nonNil(h)).Push(x);
        up(h, len(h) - 1);
    }

    /** @return the least element, removed from the heap */
    public static Object Pop(Object h) {
        int n = len(h) - 1;
        swap(h, 0, n);
        down(h, 0, n);
        return ((M$Pop$$L) h).Pop();
    }

    /** @return element i, removed from the heap */
    public static Object Remove(Object h, long i) {
        int n = len(h) - 1;
        if (n != i) {
            swap(h, (int) i, n);
            if (!down(h, (int) i, n)) {
                up(h, (int) i);
            }
        }
        return ((M$Pop$$L) h).Pop();
    }

    /** Re-establishes the ordering after element i changed its value. */
    public static void Fix(Object h, long i) {
        if (!down(h, (int) i, len(h))) {
            up(h, (int) i);
        }
    }

    private static Object nonNil(Object h) {
        if (h == null) {
            throw RuntimeError.nilDeref();
        }
        return h;
    }

    private static int len(Object h) {
        return (int) ((M$Len$$J) nonNil(h)).Len();
    }

    private static boolean less(Object h, int i, int j) {
        return ((M$Less$JJ$Z) h).Less(i, j);
    }

    private static void swap(Object h, int i, int j) {
        ((M$Swap$JJ$V) h).Swap(i, j);
    }

    private static void up(Object h, int j) {
        while (true) {
            int i = (j - 1) / 2; // parent; Go's division truncates, so the root is its own
            if (i == j || !less(h, j, i)) {
                return;
            }
            swap(h, i, j);
            j = i;
        }
    }

    /** Sifts element i0 down within [0, n); @return whether it moved. */
    private static boolean down(Object h, int i0, int n) {
        int i = i0;
        while (true) {
            int j1 = 2 * i + 1;
            if (j1 >= n || j1 < 0) { // j1 < 0 after int overflow
                break;
            }
            int j = j1;
            int j2 = j1 + 1;
            if (j2 < n && less(h, j2, j1)) {
                j = j2; // the smaller child
            }
            if (!less(h, j, i)) {
                break;
            }
            swap(h, i, j);
            i = j;
        }
        return i > i0;
    }
}
