package go4j.sync;

import go4j.Interrupted;

import go4j.internal.base.SpinLock;
import go4j.Panic;
import go4j.internal.runtime.Panics;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.WaitReason;
import go4j.internal.runtime.Woken;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Go's sync.Mutex: a mutual exclusion lock, not owned by a goroutine (any goroutine may
 * unlock it) and not reentrant. The zero value, {@code new Mutex()}, is unlocked. A
 * {@link Locker}, so a {@link Cond} can wait on it. {@link #locked()} (from {@link Locker})
 * makes Go's {@code mu.Lock(); defer mu.Unlock()} a try-with-resources.
 *
 * <pre>{@code
 * static final Mutex mu = new Mutex();
 * static int count; // guarded by mu
 *
 * static void increment() {
 *     try (var _ = mu.locked()) { // mu.Lock(); defer mu.Unlock()
 *         count++;
 *     }
 * }
 *
 * static void incrementByHand() {
 *     mu.lock();
 *     try {
 *         count++;
 *     } finally {
 *         mu.unlock();
 *     }
 * }
 * }</pre>
 */
public final class Mutex implements Locker {
    /*
     * Implementation overview. state: bit 0 LOCKED, bit 1 WAITERS (the queue is non-empty).
     * Uncontended lock and unlock are one CAS each. A goroutine that finds the mutex locked
     * takes the queue lock, sets WAITERS, re-checks, enqueues and parks. Unlock with WAITERS
     * set hands the mutex directly to the first waiter (LOCKED stays set): FIFO, no barging
     * past a parked goroutine, so no starvation (Go's starvation mode, always on for parked
     * waiters; a goroutine that never parked may still win the race to a free mutex).
     *
     * Invariants: WAITERS is set iff the queue is non-empty, both changed only under
     * queueLock (a waiter that leaves ungranted clears WAITERS if it was the last). A granted
     * waiter owns the mutex.
     */
    private static final int LOCKED = 1, WAITERS = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Mutex.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    private final SpinLock queueLock = new SpinLock(); // guards waiters and the WAITERS bit
    private final WaitQueue waiters = new WaitQueue(); // parked lockers, FIFO

    /** An unlocked mutex, Go's zero {@code sync.Mutex}. */
    public Mutex() {
    }

    /**
     * Locks the mutex, blocking until it is available.
     *
     * @throws go4j.Interrupted if interrupted while blocked; the mutex was not taken
     */
    @Override
    public void lock() {
        if (!STATE.compareAndSet(this, 0, LOCKED)) {
            lockSlow();
        }
    }

    private void lockSlow() {
        queueLock.lock();
        for (;;) {
            int s = state;
            if ((s & LOCKED) == 0) {
                if (STATE.compareAndSet(this, s, s | LOCKED)) {
                    queueLock.unlock();
                    return;
                }
            } else if (STATE.compareAndSet(this, s, s | WAITERS)) {
                break;
            }
        }
        if (!waiters.await(queueLock, WaitReason.MUTEX, this, LEFT_UNGRANTED)) {
            throw new Interrupted("Mutex.Lock");
        }
    }

    /** A locker left the queue ungranted (queueLock held): WAITERS follows the queue. */
    private static final WaitQueue.Left<Mutex> LEFT_UNGRANTED = Mutex::leftUngranted;

    private Woken leftUngranted() {
        if (waiters.isEmpty()) {
            STATE.getAndBitwiseAnd(this, ~WAITERS);
        }
        return null;
    }

    /**
     * Tries to lock without blocking; true if it did.
     *
     * @return true if the mutex was free and is now held by the caller, false if it was locked
     */
    public boolean tryLock() {
        int s = state;
        return (s & LOCKED) == 0 && STATE.compareAndSet(this, s, s | LOCKED);
    }

    /**
     * Unlocks the mutex, handing it to the longest-waiting goroutine if any.
     *
     * @throws Panic "sync: unlock of unlocked mutex", with the mutex unchanged. In Go this is
     *               a fatal error that {@code recover} cannot stop: inside {@code Go.main} it
     *               is reported as Go reports it and ends the process with exit status 2
     *               (with {@code go4j.exitOnPanic=false}, ends the program: Go.main throws it)
     */
    @Override
    public void unlock() {
        if (STATE.compareAndSet(this, LOCKED, 0)) {
            return;
        }
        int s = state;
        if ((s & LOCKED) == 0) {
            throw Panics.fatal(new Panic("sync: unlock of unlocked mutex"));
        }
        queueLock.lock();
        for (;;) {
            s = state;
            if ((s & LOCKED) == 0) {
                queueLock.unlock();
                throw Panics.fatal(new Panic("sync: unlock of unlocked mutex"));
            }
            if ((s & WAITERS) != 0) {
                break;
            }
            // No waiters, and none can enqueue while we hold queueLock, but the lock-free paths
            // (another unlock, lock, tryLock) still move LOCKED: a CAS, never a blind write, or
            // this unlock could undo a lock taken since the read (two unlocks would both succeed).
            if (STATE.compareAndSet(this, s, 0)) {
                queueLock.unlock();
                return;
            }
        }
        // WAITERS is set: every lock-free path fails while it is, so the state is ours to write.
        Woken next = waiters.grantOne(); // next now owns the mutex
        if (waiters.isEmpty()) {
            STATE.setVolatile(this, LOCKED); // hand over, no more waiters
        }
        queueLock.unlock();
        Woken.wake(next);
    }

    @Override
    public String toString() {
        int s = state;
        return "Mutex{" + ((s & LOCKED) != 0 ? "locked" : "unlocked") + ((s & WAITERS) != 0 ? ", waiters" : "") + "}";
    }
}
