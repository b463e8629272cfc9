package go4j.internal.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * One goroutine waiting in one wait queue (Go's {@code sudog}, runtime/runtime2.go).
 *
 * <p>A plain channel operation or a wait in a {@link WaitQueue} has one sudog; a {@code select}
 * has one per case, all sharing one {@link SelectWaiter}. Only the runtime sees sudogs: the
 * channel engine ({@link HChan}, {@link Selectgo}) works on them directly, everything else
 * waits through {@link WaitQueue#await} and wakes what a grant returns ({@link Woken}).
 *
 * <p>Invariants:
 * <ul>
 *   <li>The links and {@link #queued} are read and written only under the lock of the queue's
 *       owner (a channel or a semaphore).
 *   <li>A sudog is woken at most once, by whoever removes it from its queue under that lock:
 *       for a select sudog, only after winning {@link SelectWaiter#claim()}.
 *   <li>{@link #elem} and {@link #success} are written before the wake-up is published
 *       ({@link #done} or {@link SelectWaiter#fired}, both volatile) and read after it.
 *   <li>The waiting thread sets {@link #parked} (or {@link SelectWaiter#parked}) before its
 *       first park and reads the wake-up after; it is never unparked before it set it.
 * </ul>
 */
final class Sudog implements Woken {
    /** The parked thread (a goroutine's virtual thread, or a platform thread). */
    final Thread thread;
    /** The select this sudog belongs to, or null for a single operation. */
    final SelectWaiter sel;
    /** For a select: the index of the case this sudog stands for. */
    final int caseIndex;
    /** The value to send, or the slot a receiver gets its value in. */
    Object elem;
    /** True when woken by a completed transfer or a grant, false when woken by close. */
    boolean success;
    /** Set, last, by the waker of a single operation; unused for select sudogs. */
    volatile boolean done;
    /**
     * Set by the waiting thread before it first parks (single operations; a select uses
     * {@link SelectWaiter#parked}). A waker that reads it false after publishing {@link #done}
     * skips the unpark: the waiter, still spinning, will see done (see {@link #wakeOne()}).
     */
    volatile boolean parked;

    // Wait queue links, guarded by the owner's lock. Once dequeued, next chains the sudogs
    // of one grant or close (WaitQueue.dequeueAll), for whoever took them.
    Sudog prev, next;
    boolean queued;

    Sudog(Thread thread, Object elem) {
        this(thread, elem, null, 0);
    }

    Sudog(Thread thread, Object elem, SelectWaiter sel, int caseIndex) {
        this.thread = thread;
        this.elem = elem;
        this.sel = sel;
        this.caseIndex = caseIndex;
    }

    /**
     * Completes this sudog's operation: records the outcome and publishes it. Called with
     * the owner's lock held, after the sudog was dequeued (and, for select, claimed). The
     * caller wakes it after releasing the lock.
     */
    void complete(Object elem, boolean success) {
        this.elem = elem;
        this.success = success;
        if (sel == null) {
            done = true;
        } else {
            sel.fired = this;
        }
    }

    /**
     * Wakes this sudog and every one chained after it ({@link WaitQueue#dequeueAll}), in
     * order; each was completed, and the lock is released. A sudog taken alone by
     * {@link WaitQueue#dequeue} has no successor.
     */
    @Override
    public void wake() {
        Sudog s = this;
        do {
            Sudog n = s.next;
            s.next = null;
            s.wakeOne();
            s = n;
        } while (s != null);
    }

    /**
     * Unparks the waiting thread if it parked. Dekker's argument, on volatiles (sequentially
     * consistent): the waiter writes {@code parked} and then reads {@code done}; the waker
     * wrote {@code done} and then reads {@code parked}. One of the two reads sees the other's
     * write, so either the waiter sees done and never parks, or the waker sees parked and
     * unparks. A waiter still spinning costs its waker no unpark, and the waiter no spurious
     * wake-up later.
     */
    void wakeOne() {
        if (sel == null ? parked : sel.parked) {
            LockSupport.unpark(thread);
        }
    }
}
