package go4j.sync;

import go4j.internal.base.SpinLock;
import go4j.Interrupted;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.WaitReason;
import go4j.internal.runtime.Woken;

import java.util.Objects;

/**
 * Go's sync.Cond: a condition variable, a rendezvous point for goroutines waiting for or
 * announcing an event. Each Cond has a {@link Locker} ({@link #locker()}, Go's {@code c.L}),
 * held while the condition is observed or changed and when {@link #await} is called.
 * {@code await} is Go's {@code Wait} ({@code wait} belongs to {@link Object}).
 *
 * <p>As in Go, {@link #await} returns only when a {@link #signal} or {@link #broadcast} woke
 * it (no spurious wake-ups), but the condition may have changed again by the time it holds
 * the lock, so wait in a loop. A signal or broadcast happens-before the return of every await
 * it wakes. Signal and broadcast may be called with or without the lock held.
 *
 * <pre>{@code
 * Mutex mu = new Mutex();
 * Cond changed = new Cond(mu);
 * Queue<String> queue = new ArrayDeque<>(); // guarded by mu; whoever adds to it signals changed
 * mu.lock();
 * try {
 *     while (queue.isEmpty()) {
 *         changed.await(); // unlocks mu while it waits, locks it again before returning
 *     }
 *     String item = queue.poll();
 * } finally {
 *     mu.unlock();
 * }
 * }</pre>
 *
 * <p>An interrupt ends a wait the way it ends every go4j wait: the goroutine leaves the queue
 * (it consumes no signal), and {@code await} locks the Locker again, so that the caller's
 * {@code finally { unlock(); }} stays balanced, then throws {@link Interrupted} with the
 * interrupt flag still set. This is also what {@code java.util.concurrent.locks.Condition}
 * does.
 */
public final class Cond {
    /*
     * Implementation overview. Go's notifyList (runtime/sema.go) hands each waiter a ticket
     * before it unlocks L and wakes tickets in order; here the ticket is the waiter's place in
     * a FIFO wait queue, taken under the queue lock before L is unlocked (WaitQueue.await
     * unlocks L only once the goroutine is queued). So a signal or
     * broadcast that starts after the unlock (a goroutine that saw the condition change under
     * L, then signaled) always finds the waiter queued, whether or not it has parked yet: no
     * lost wake-up between the unlock and the park. Signal completes the longest-queued sudog,
     * broadcast all of them, each under the queue lock; the woken goroutine then locks L like
     * any other locker (no priority over goroutines already waiting for L, as in Go).
     *
     * Invariants: waiters holds exactly the goroutines between their enqueue in await and
     * their grant or withdrawal; a granted goroutine has left the queue; each is granted at
     * most once, under queueLock. await holds L again whenever it returns or throws, unless
     * the unlock of L itself threw (misuse) or the goroutine's program was torn down.
     */
    private final Locker l;                            // Go's c.L
    private final Runnable unlockL;                    // l::unlock, made once
    private final SpinLock queueLock = new SpinLock(); // guards waiters; never held while L is touched
    private final WaitQueue waiters = new WaitQueue(); // goroutines in await, in arrival order

    /**
     * A condition variable on {@code l} (Go's {@code NewCond}).
     *
     * @param l the Locker that {@link #await} unlocks and locks again, Go's {@code c.L}
     * @throws NullPointerException if {@code l} is null
     */
    public Cond(Locker l) {
        this.l = Objects.requireNonNull(l, "l");
        this.unlockL = l::unlock;
    }

    /**
     * The Locker held while observing or changing the condition (Go's {@code c.L}).
     *
     * @return the Locker the condition variable was made with
     */
    public Locker locker() {
        return l;
    }

    /**
     * Unlocks the Locker, waits until {@link #signal} or {@link #broadcast} wakes this
     * goroutine, then locks the Locker again before returning (Go's {@code Wait}). The caller
     * must hold the Locker.
     *
     * @throws go4j.Panic what the Locker's {@code unlock} throws when it is not held (for a
     *         {@link Mutex}, "sync: unlock of unlocked mutex"); the goroutine did not wait
     * @throws Interrupted if interrupted while waiting, after locking the Locker again; the
     *         wait consumed no signal
     */
    public void await() {
        queueLock.lock();
        // Queued before L is unlocked (Go's notifyListAdd), so no wake-up is lost; if the
        // unlock throws (L not held), the goroutine leaves the queue and the error propagates.
        boolean granted = waiters.await(queueLock, WaitReason.SYNC_COND, this, null, unlockL);
        relock();
        if (!granted) {
            throw new Interrupted("Cond.Wait");
        }
    }

    /**
     * Locks L after a wait, whatever interrupts arrive meanwhile: await must return holding L.
     * The interrupt flag is cleared while locking (go4j's locks give up when it is set) and
     * set again afterwards if it was set. A goroutine whose program is being torn down
     * unwinds instead (its lock throws Goexit, which is not caught here).
     */
    private void relock() {
        boolean interrupted = Thread.interrupted();
        try {
            for (;;) {
                try {
                    l.lock();
                    return;
                } catch (Interrupted e) {
                    interrupted = true;
                    Thread.interrupted();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Wakes the goroutine that has waited longest, if any (Go's {@code Signal}). The caller may
     * hold the Locker but need not.
     */
    public void signal() {
        // A waiter whose enqueue happens-before this call is seen by the racy look; one that
        // is concurrent with it may be woken or not, as in Go (whose fast path is the same).
        if (waiters.isEmptyRacy()) {
            return;
        }
        queueLock.lock();
        Woken w = waiters.grantOne();
        queueLock.unlock();
        Woken.wake(w);
    }

    /**
     * Wakes every waiting goroutine (Go's {@code Broadcast}). The caller may hold the Locker
     * but need not.
     */
    public void broadcast() {
        if (waiters.isEmptyRacy()) {
            return;
        }
        queueLock.lock();
        Woken w = waiters.grantAll(); // nothing allocated under the lock (see SpinLock)
        queueLock.unlock();
        Woken.wake(w);
    }

    @Override
    public String toString() {
        queueLock.lock();
        try {
            return "Cond{waiters=" + waiters.size() + "}";
        } finally {
            queueLock.unlock();
        }
    }
}
