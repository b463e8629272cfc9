package go4j.std.io;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;

import java.util.List;

/**
 * Go's {@code io.LimitedReader}, a standard struct type (docs/compiler.md) used through its
 * pointer: it reads from {@link #R} and stops with EOF after {@link #N} bytes. Both are Go's
 * exported fields, public here, which compiled code reads and writes.
 *
 * <pre>{@code
 * LimitedReader l = new LimitedReader(r, 3);
 * l.Read(SliceB.make(10));   // at most 3 bytes, then {0, io.EOF}
 * }</pre>
 */
public final class LimitedReader implements GoValue, Reader {
    /** {@code io.LimitedReader}. */
    static final RType STRUCT = RType.named("io", "LimitedReader").setUnderlying(RType.struct(List.of(
            new RType.Field("R", RType.named("io", "Reader").setUnderlying(RType.iface("interface { Read([]uint8) (int, error) }")), false),
            new RType.Field("N", RType.INT64, false))));
    /** {@code *io.LimitedReader}. */
    public static final RType TYPE = RType.pointer(STRUCT);

    /** Go's {@code R}: the underlying reader. */
    public Object R;
    /** Go's {@code N}: the bytes left. */
    public long N;

    /** Go's zero LimitedReader. */
    public LimitedReader() {
    }

    LimitedReader(Object r, long n) {
        R = r;
        N = n;
    }

    /** @return a copy, as copying Go's struct does */
    public LimitedReader $copy() {
        return new LimitedReader(R, N);
    }

    /** @param o the LimitedReader whose fields this one takes */
    public void $set(LimitedReader o) {
        R = o.R;
        N = o.N;
    }

    /** Go's {@code (*LimitedReader).Read}: EOF once N bytes were read. */
    @Override
    public Object[] Read(SliceB p) {
        if (N <= 0) {
            return new Object[] {0L, Pkg.EOF};
        }
        if (Slice.len(p) > N) {
            p = SliceB.slice(p, 0, N);
        }
        Object[] res = Streams.read(R, p);
        N -= Streams.n(res);
        return res;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
