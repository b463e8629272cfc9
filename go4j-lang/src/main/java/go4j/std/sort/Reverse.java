package go4j.std.sort;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * What Go's {@code sort.Reverse} returns, a {@code *sort.reverse}: a sort.Interface whose
 * Less is the wrapped one's with the indexes exchanged. Its Len, Less and Swap are public
 * instance methods, which {@link Pkg#Sort} finds; compiled code calling them through a
 * {@code sort.Interface} variable would need the compiler's method interfaces, which this
 * class cannot name.
 *
 * <pre>{@code
 * Pkg.Sort(Pkg.Reverse(new IntSlice(SliceJ.of(1, 3, 2)))); // 3 2 1
 * }</pre>
 */
public final class Reverse implements GoValue {
    /** {@code *sort.reverse}. */
    public static final RType TYPE = RType.pointer(RType.named("sort", "reverse").setUnderlying(
            RType.struct(List.of(new RType.Field("Interface", RType.iface("interface { Len() int; Less(i, j int) bool; Swap(i, j int) }"), true)))));

    private final Object data;

    Reverse(Object data) {
        this.data = data;
    }

    /** @return data's Len */
    public long Len() {
        return Pkg.len(data);
    }

    /** @return data's Less(j, i) */
    public boolean Less(long i, long j) {
        return Pkg.less(data, j, i);
    }

    /** data's Swap(i, j). */
    public void Swap(long i, long j) {
        Pkg.swap(data, i, j);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
