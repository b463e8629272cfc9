package go4j.std.sort;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * What Go's {@code sort.Reverse} returns, a {@code *sort.reverse}: a sort.Interface whose
 * Less is the wrapped one's with the indexes exchanged. It implements the method interfaces
 * of Len, Less and Swap, so compiled code calls them through a {@code sort.Interface} too.
 *
 * <pre>{@code
 * Pkg.Sort(Pkg.Reverse(new IntSlice(SliceJ.of(1, 3, 2)))); // 3 2 1
 * }</pre>
 */
public final class Reverse implements GoValue, M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V {
    /** {@code *sort.reverse}. */
    public static final RType TYPE = RType.pointer(RType.named("sort", "reverse").setUnderlying(
            RType.struct(List.of(new RType.Field("Interface", RType.iface("interface { Len() int; Less(i, j int) bool; Swap(i, j int) }"), true)))));

    /** The wrapped sort.Interface, Go's embedded field (public, as fmt reads struct fields). */
    public final Object Interface;

    Reverse(Object data) {
        this.Interface = data;
    }

    /** @return the wrapped Len */
    @Override
    public long Len() {
        return ((M$Len$$J) Interface).Len();
    }

    /** @return the wrapped Less(j, i) */
    @Override
    public boolean Less(long i, long j) {
        return ((M$Less$JJ$Z) Interface).Less(j, i);
    }

    /** The wrapped Swap(i, j). */
    @Override
    public void Swap(long i, long j) {
        ((M$Swap$JJ$V) Interface).Swap(i, j);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
