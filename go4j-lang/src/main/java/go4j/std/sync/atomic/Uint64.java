package go4j.std.sync.atomic;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code sync/atomic.Uint64}, a standard struct type (docs/compiler.md): an atomic
 * {@code uint64} (a JVM {@code long}, its bits read unsigned) in an {@link AtomicLong}. Used through
 * its pointer: in an interface it reads as {@code *atomic.Uint64}, and equality is identity.
 *
 * <pre>{@code
 * Uint64 x = new Uint64();
 * x.Add(1);
 * x.Load();
 * }</pre>
 */
public final class Uint64 implements GoValue {
    /** {@code *atomic.Uint64}. */
    public static final RType TYPE = RType.pointer(RType.named("sync/atomic", "Uint64")
            .setUnderlying(RType.struct(List.of())));

    private final AtomicLong v = new AtomicLong();

    /** Zero, Go's zero value. */
    public Uint64() {
    }

    /** @return a new Uint64 holding this one's value now */
    public Uint64 $copy() {
        Uint64 c = new Uint64();
        c.$set(this);
        return c;
    }

    /** @param other the Uint64 whose value this one takes */
    public void $set(Uint64 other) {
        v.set(other.v.get());
    }

    /** @return the value plus delta, now stored */
    public long Add(long delta) {
        return v.addAndGet(delta);
    }

    /** @return whether the value was old and is now new */
    public boolean CompareAndSwap(long old, long replacement) {
        return v.compareAndSet(old, replacement);
    }

    /** @return the value */
    public long Load() {
        return v.get();
    }

    /** @param val the new value */
    public void Store(long val) {
        v.set(val);
    }

    /** @return the old value, replaced by new */
    public long Swap(long replacement) {
        return v.getAndSet(replacement);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
