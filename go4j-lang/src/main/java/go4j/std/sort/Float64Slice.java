package go4j.std.sort;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceD;

/**
 * Go's {@code sort.Float64Slice}, a standard named type whose underlying type is
 * {@code []float64} (docs/compiler.md): a value is a {@link SliceD}, and this class is its
 * box in an interface, with the slice in {@link #v}. Go's methods are static, the receiver
 * first; the instance methods {@code Len}, {@code Less} and {@code Swap} implement the method
 * interfaces go4j-lang predefines, for {@code sort.Sort(sort.Float64Slice(x))} and any call through
 * a {@code sort.Interface}.
 *
 * <pre>{@code
 * SliceD x = SliceD.of(2.5, 1.0);
 * Pkg.Sort(Pkg.Reverse(new Float64Slice(x))); // decreasing
 * }</pre>
 */
public final class Float64Slice implements GoValue, M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V {
    /** {@code sort.Float64Slice}. */
    public static final RType TYPE = RType.named("sort", "Float64Slice").setUnderlying(RType.slice(RType.FLOAT64));

    /** The boxed slice. */
    public final SliceD v;

    /** @param v the slice */
    public Float64Slice(SliceD v) {
        this.v = v;
    }

    /** @return len(x) */
    public static long Len(SliceD x) {
        return Slice.len(x);
    }

    /** @return whether x[i] sorts before x[j], NaNs first */
    public static boolean Less(SliceD x, long i, long j) {
        double a = SliceD.get(x, i);
        double b = SliceD.get(x, j);
        return a < b || Double.isNaN(a) && !Double.isNaN(b);
    }

    /** Swaps x[i] and x[j]. */
    public static void Swap(SliceD x, long i, long j) {
        double t = SliceD.get(x, i);
        SliceD.set(x, i, SliceD.get(x, j));
        SliceD.set(x, j, t);
    }

    /** Sorts x in increasing order. */
    public static void Sort(SliceD x) {
        Pkg.Float64s(x);
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
