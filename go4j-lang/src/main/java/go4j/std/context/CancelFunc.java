package go4j.std.context;

import go4j.lang.GoValue;
import go4j.lang.RType;

/**
 * The box of a {@code context.CancelFunc} in an interface (docs/compiler.md: a named type's
 * box holds the value in its field {@code v}), so that {@code %T} prints
 * {@code context.CancelFunc}. The value itself is a {@code func()}, a {@link go4j.fn.F$$V}.
 */
public final class CancelFunc implements GoValue {
    /** {@code context.CancelFunc}. */
    public static final RType TYPE = RType.named("context", "CancelFunc").setUnderlying(RType.func("func()"));

    /** The boxed func value, an {@link go4j.fn.F$$V}. */
    public final Object v;

    /** @param v the func value */
    public CancelFunc(Object v) {
        this.v = v;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
