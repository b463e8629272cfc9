package go4j.std.sort;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceJ;

/**
 * Go's {@code sort.IntSlice}, a standard named type whose underlying type is
 * {@code []int} (docs/compiler.md): a value is a {@link SliceJ}, and this class is its
 * box in an interface, with the slice in {@link #v}. Go's methods are static, the receiver
 * first; the instance methods {@code Len}, {@code Less} and {@code Swap} implement the method
 * interfaces go4j-lang predefines, for {@code sort.Sort(sort.IntSlice(x))} and any call through
 * a {@code sort.Interface}.
 *
 * <pre>{@code
 * SliceJ x = SliceJ.of(3, 1, 2);
 * Pkg.Sort(Pkg.Reverse(new IntSlice(x))); // decreasing
 * }</pre>
 */
public final class IntSlice implements GoValue, M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V {
    /** {@code sort.IntSlice}. */
    public static final RType TYPE = RType.named("sort", "IntSlice").setUnderlying(RType.slice(RType.INT));

    /** The boxed slice. */
    public final SliceJ v;

    /** @param v the slice */
    public IntSlice(SliceJ v) {
        this.v = v;
    }

    /** @return len(x) */
    public static long Len(SliceJ x) {
        return Slice.len(x);
    }

    /** @return whether x[i] sorts before x[j] */
    public static boolean Less(SliceJ x, long i, long j) {
        long a = SliceJ.get(x, i);
        long b = SliceJ.get(x, j);
        return a < b;
    }

    /** Swaps x[i] and x[j]. */
    public static void Swap(SliceJ x, long i, long j) {
        long t = SliceJ.get(x, i);
        SliceJ.set(x, i, SliceJ.get(x, j));
        SliceJ.set(x, j, t);
    }

    /** Sorts x in increasing order. */
    public static void Sort(SliceJ x) {
        Pkg.Ints(x);
    }

    /** @return len(v), for sort.Interface */
    @Override
    public long Len() {
        return Len(v);
    }

    /** @return Less(v, i, j), for sort.Interface */
    @Override
    public boolean Less(long i, long j) {
        return Less(v, i, j);
    }

    /** Swap(v, i, j), for sort.Interface. */
    @Override
    public void Swap(long i, long j) {
        Swap(v, i, j);
    }

    /** Sort(v). */
    public void Sort() {
        Sort(v);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
