package go4j.std.sync;

import go4j.fn.M$Lock$$V;
import go4j.fn.M$Unlock$$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.RWMutex}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.RWMutex}, with its parking, deadlock detection and fatal errors
 * ({@code sync: RUnlock of unlocked RWMutex}, {@code sync: Unlock of unlocked RWMutex}).
 *
 * <p>A {@code sync.Locker}: it implements the method interfaces of Lock and Unlock.
 *
 * <p>Used through its pointer: in an interface it reads as {@code *sync.RWMutex}, and
 * equality is identity. A copy ({@link #$copy}) starts unlocked: go4j-core's RWMutex does
 * not tell how many readers hold it, and copying a lock in use is a bug {@code go vet} reports.
 *
 * <pre>{@code
 * RWMutex rw = new RWMutex();
 * rw.RLock();
 * rw.RUnlock();
 * }</pre>
 */
public final class RWMutex implements GoValue, M$Lock$$V, M$Unlock$$V {
    /** {@code *sync.RWMutex}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "RWMutex").setUnderlying(RType.struct(List.of())));

    private go4j.sync.RWMutex m = new go4j.sync.RWMutex();

    /** An unlocked RWMutex, Go's zero value. */
    public RWMutex() {
    }

    /** @return a new, unlocked RWMutex */
    public RWMutex $copy() {
        return new RWMutex();
    }

    /** @param other ignored: this RWMutex becomes a new, unlocked one */
    public void $set(RWMutex other) {
        m = new go4j.sync.RWMutex();
    }

    /** Locks for writing. */
    @Override
    public void Lock() {
        m.lock();
    }

    /** Locks for reading. */
    public void RLock() {
        m.rlock();
    }

    /** Undoes one RLock. */
    public void RUnlock() {
        m.runlock();
    }

    /** @return whether the write lock was free and is now held */
    public boolean TryLock() {
        return m.tryLock();
    }

    /** @return whether a read lock was taken */
    public boolean TryRLock() {
        return m.tryRLock();
    }

    /** Unlocks for writing. */
    @Override
    public void Unlock() {
        m.unlock();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
