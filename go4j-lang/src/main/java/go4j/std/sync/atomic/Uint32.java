package go4j.std.sync.atomic;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's {@code sync/atomic.Uint32}, a standard struct type (docs/compiler.md): an atomic
 * {@code uint32} (a JVM {@code int}, its bits read unsigned) in an {@link AtomicInteger}. Used through
 * its pointer: in an interface it reads as {@code *atomic.Uint32}, and equality is identity.
 *
 * <pre>{@code
 * Uint32 x = new Uint32();
 * x.Add(1);
 * x.Load();
 * }</pre>
 */
public final class Uint32 implements GoValue {
    /** {@code *atomic.Uint32}. */
    public static final RType TYPE = RType.pointer(RType.named("sync/atomic", "Uint32")
            .setUnderlying(RType.struct(List.of())));

    private final AtomicInteger v = new AtomicInteger();

    /** Zero, Go's zero value. */
    public Uint32() {
    }

    /** @return a new Uint32 holding this one's value now */
    public Uint32 $copy() {
        Uint32 c = new Uint32();
        c.$set(this);
        return c;
    }

    /** @param other the Uint32 whose value this one takes */
    public void $set(Uint32 other) {
        v.set(other.v.get());
    }

    /** @return the value plus delta, now stored */
    public int Add(int delta) {
        return v.addAndGet(delta);
    }

    /** @return whether the value was old and is now new */
    public boolean CompareAndSwap(int old, int replacement) {
        return v.compareAndSet(old, replacement);
    }

    /** @return the value */
    public int Load() {
        return v.get();
    }

    /** @param val the new value */
    public void Store(int val) {
        v.set(val);
    }

    /** @return the old value, replaced by new */
    public int Swap(int replacement) {
        return v.getAndSet(replacement);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
