package go4j.std.sync;

import go4j.fn.M$Lock$$V;
import go4j.fn.M$Unlock$$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.Cond}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.Cond}: a goroutine in Wait parks where the deadlock detector sees it. Its
 * exported field {@code L} is any Go Locker (a {@code *sync.Mutex}, or a type of the program
 * with Lock and Unlock), called through the method interfaces; the core condition variable is
 * made on it at the first Wait, Signal or Broadcast, as Go's {@code Cond{L: &mu}} may set L
 * after the struct exists.
 *
 * <pre>{@code
 * Cond c = Pkg.NewCond(new Mutex()); // sync.NewCond(&mu)
 * }</pre>
 */
public final class Cond implements GoValue {
    /** {@code *sync.Cond}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "Cond").setUnderlying(RType.struct(List.of())));

    /** Go's {@code c.L}: the Locker, a value implementing Lock and Unlock; null until set. */
    public Object L;

    /** The core condition variable on L; made once, under this object's monitor. */
    private go4j.sync.Cond cond;

    /** A Cond with a nil L, Go's zero value. */
    public Cond() {
    }

    /** @return a Cond on the same L, with no waiters (go vet reports copying one in use) */
    public Cond $copy() {
        Cond c = new Cond();
        c.L = L;
        return c;
    }

    /** @param other the Cond whose L this one takes */
    public void $set(Cond other) {
        L = other.L;
        synchronized (this) {
            cond = null;
        }
    }

    private synchronized go4j.sync.Cond cond() {
        if (cond == null) {
            Object l = L;
            if (l == null) {
                throw new NullPointerException("sync.Cond with a nil L"); // Go's nil dereference
            }
            cond = new go4j.sync.Cond(new go4j.sync.Locker() {
                @Override
                public void lock() {
                    ((M$Lock$$V) l).Lock();
                }

                @Override
                public void unlock() {
                    ((M$Unlock$$V) l).Unlock();
                }
            });
        }
        return cond;
    }

    /** Unlocks L, waits for Signal or Broadcast, then locks L again. */
    public void Wait() {
        cond().await();
    }

    /** Wakes one goroutine waiting on c, if there is any. */
    public void Signal() {
        cond().signal();
    }

    /** Wakes all goroutines waiting on c. */
    public void Broadcast() {
        cond().broadcast();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
