package go4j.std.sort;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceL;

/**
 * Go's {@code sort.StringSlice}, a standard named type whose underlying type is
 * {@code []string} (docs/compiler.md): a value is a {@link SliceL}, and this class is its
 * box in an interface, with the slice in {@link #v}. Go's methods are static, the receiver
 * first; the instance methods {@code Len}, {@code Less} and {@code Swap} implement the method
 * interfaces go4j-lang predefines, for {@code sort.Sort(sort.StringSlice(x))} and any call through
 * a {@code sort.Interface}.
 *
 * <pre>{@code
 * SliceL x = SliceL.of("b", "a");
 * Pkg.Sort(Pkg.Reverse(new StringSlice(x))); // decreasing
 * }</pre>
 */
public final class StringSlice implements GoValue, M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V {
    /** {@code sort.StringSlice}. */
    public static final RType TYPE = RType.named("sort", "StringSlice").setUnderlying(RType.slice(RType.STRING));

    /** The boxed slice. */
    public final SliceL v;

    /** @param v the slice */
    public StringSlice(SliceL v) {
        this.v = v;
    }

    /** @return len(x) */
    public static long Len(SliceL x) {
        return Slice.len(x);
    }

    /** @return whether x[i] sorts before x[j], in byte order */
    public static boolean Less(SliceL x, long i, long j) {
        Object a = SliceL.get(x, i);
        Object b = SliceL.get(x, j);
        return ((String) a).compareTo((String) b) < 0;
    }

    /** Swaps x[i] and x[j]. */
    public static void Swap(SliceL x, long i, long j) {
        Object t = SliceL.get(x, i);
        SliceL.set(x, i, SliceL.get(x, j));
        SliceL.set(x, j, t);
    }

    /** Sorts x in increasing order. */
    public static void Sort(SliceL x) {
        Pkg.Strings(x);
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
