package go4j.std.sync.atomic;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Go's {@code sync/atomic.Bool}, a standard struct type (docs/compiler.md): an atomic
 * {@code bool} (a JVM {@code boolean}) in an {@link AtomicBoolean}. Used through
 * its pointer: in an interface it reads as {@code *atomic.Bool}, and equality is identity.
 *
 * <pre>{@code
 * Bool x = new Bool();
 * x.Store(true);
 * x.Load();
 * }</pre>
 */
public final class Bool implements GoValue {
    /** {@code *atomic.Bool}. */
    public static final RType TYPE = RType.pointer(RType.named("sync/atomic", "Bool")
            .setUnderlying(RType.struct(List.of())));

    private final AtomicBoolean v = new AtomicBoolean();

    /** Zero, Go's zero value. */
    public Bool() {
    }

    /** @return a new Bool holding this one's value now */
    public Bool $copy() {
        Bool c = new Bool();
        c.$set(this);
        return c;
    }

    /** @param other the Bool whose value this one takes */
    public void $set(Bool other) {
        v.set(other.v.get());
    }

    /** @return whether the value was old and is now new */
    public boolean CompareAndSwap(boolean old, boolean replacement) {
        return v.compareAndSet(old, replacement);
    }

    /** @return the value */
    public boolean Load() {
        return v.get();
    }

    /** @param val the new value */
    public void Store(boolean val) {
        v.set(val);
    }

    /** @return the old value, replaced by new */
    public boolean Swap(boolean replacement) {
        return v.getAndSet(replacement);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
