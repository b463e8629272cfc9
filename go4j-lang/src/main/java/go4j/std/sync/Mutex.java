package go4j.std.sync;

import go4j.fn.M$Lock$$V;
import go4j.fn.M$Unlock$$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.Mutex}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.Mutex}: a goroutine waiting for it parks and the deadlock detector sees it,
 * and unlocking it unlocked is Go's fatal error {@code sync: unlock of unlocked mutex}.
 *
 * <p>A {@code sync.Locker}: it implements the method interfaces of Lock and Unlock. Go code
 * uses a Mutex through its pointer, so in an interface it reads as
 * {@code *sync.Mutex} and equality is identity. A copy ({@link #$copy}, what {@code go vet}
 * warns about) is locked exactly when the original is.
 *
 * <pre>{@code
 * Mutex mu = new Mutex();
 * mu.Lock();
 * mu.Unlock();
 * }</pre>
 */
public final class Mutex implements GoValue, M$Lock$$V, M$Unlock$$V {
    /** {@code *sync.Mutex}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "Mutex").setUnderlying(RType.struct(List.of())));

    private go4j.sync.Mutex m = new go4j.sync.Mutex();

    /** An unlocked Mutex, Go's zero value. */
    public Mutex() {
    }

    /** @return a new Mutex, locked if this one is (as copying Go's struct copies its state) */
    public Mutex $copy() {
        Mutex c = new Mutex();
        c.$set(this);
        return c;
    }

    /** @param other the Mutex whose state (locked or not) this one takes */
    public void $set(Mutex other) {
        go4j.sync.Mutex fresh = new go4j.sync.Mutex();
        if (other.m.tryLock()) {
            other.m.unlock(); // it was unlocked: so is the copy
        } else {
            fresh.lock();
        }
        m = fresh;
    }

    /** Locks, parking the goroutine until the mutex is free. */
    @Override
    public void Lock() {
        m.lock();
    }

    /** @return whether the mutex was free and is now locked by the caller */
    public boolean TryLock() {
        return m.tryLock();
    }

    /** Unlocks; a Mutex is not owned, so any goroutine may. */
    @Override
    public void Unlock() {
        m.unlock();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
