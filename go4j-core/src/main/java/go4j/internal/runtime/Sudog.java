package go4j.internal.runtime;

import go4j.internal.base.SpinLock;
import java.util.concurrent.locks.LockSupport;

/**
 * One goroutine waiting in one wait queue (Go's {@code sudog}, runtime/runtime2.go).
 *
 * <p>A plain channel operation or semaphore acquire has one sudog; a {@code select} has one
 * per case, all sharing one {@link SelectWaiter}.
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
public final class Sudog {
    /** The parked thread (a goroutine's virtual thread, or a platform thread). */
    public final Thread thread;
    /** The select this sudog belongs to, or null for a single operation. */
    public final SelectWaiter sel;
    /** For a select: the index of the case this sudog stands for. */
    public final int caseIndex;
    /** The value to send, or the slot a receiver gets its value in. */
    public Object elem;
    /** True when woken by a completed transfer, false when woken by close. */
    public boolean success;
    /** Set, last, by the waker of a single operation; unused for select sudogs. */
    public volatile boolean done;
    /**
     * Set by the waiting thread before it first parks (single operations; a select uses
     * {@link SelectWaiter#parked}). A waker that reads it false after publishing {@link #done}
     * skips the unpark: the waiter, still spinning, will see done (see {@link #wake()}).
     */
    public volatile boolean parked;

    // Wait queue links, guarded by the owner's lock.
    Sudog prev, next;
    boolean queued;

    public Sudog(Thread thread, Object elem) {
        this(thread, elem, null, 0);
    }

    public Sudog(Thread thread, Object elem, SelectWaiter sel, int caseIndex) {
        this.thread = thread;
        this.elem = elem;
        this.sel = sel;
        this.caseIndex = caseIndex;
    }

    /**
     * A new sudog for the calling thread, allocated while {@code held} is held: if the
     * allocation fails, releases {@code held} before the error propagates, so that an
     * OutOfMemoryError never leaves a go4j lock held (see {@link SpinLock}).
     */
    public static Sudog newHolding(SpinLock held, Object elem) {
        try {
            return new Sudog(Thread.currentThread(), elem);
        } catch (Throwable e) {
            held.unlock();
            throw e;
        }
    }

    /** The next sudog of a chain made by {@link WaitQueue#dequeueAll}, or null. */
    public Sudog next() {
        return next;
    }

    /**
     * Wakes every sudog of a chain made by {@link WaitQueue#dequeueAll} and completed, in
     * order; call after releasing the lock (as {@link #wake}).
     */
    public static void wakeAll(Sudog chain) {
        while (chain != null) {
            Sudog n = chain.next;
            chain.next = null;
            chain.wake();
            chain = n;
        }
    }

    /** Still in a wait queue (owner's lock held). */
    public boolean queued() {
        return queued;
    }

    /**
     * Completes this sudog's operation: records the outcome and publishes it. Called with
     * the owner's lock held, after the sudog was dequeued (and, for select, claimed). The
     * caller unparks {@link #thread} after releasing the lock.
     */
    public void complete(Object elem, boolean success) {
        this.elem = elem;
        this.success = success;
        if (sel == null) {
            done = true;
        } else {
            sel.fired = this;
        }
    }

    /**
     * Unparks the waiting thread if it parked; call after {@link #complete} and after
     * releasing the lock. Dekker's argument, on volatiles (sequentially consistent): the
     * waiter writes {@code parked} and then reads {@code done}; the waker wrote {@code done}
     * and then reads {@code parked}. One of the two reads sees the other's write, so either
     * the waiter sees done and never parks, or the waker sees parked and unparks. A waiter
     * still spinning costs its waker no unpark, and the waiter no spurious wake-up later.
     */
    public void wake() {
        if (sel == null ? parked : sel.parked) {
            LockSupport.unpark(thread);
        }
    }
}
