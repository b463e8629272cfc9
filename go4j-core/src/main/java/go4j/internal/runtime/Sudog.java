package go4j.internal.runtime;

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

    // Wait queue links, guarded by the owner's lock.
    Sudog prev, next;
    boolean queued;
    /** Free for the owner: the semaphore ticket count, a channel for a select case, ... */
    public Object owner;

    public Sudog(Thread thread, Object elem) {
        this(thread, elem, null, 0);
    }

    public Sudog(Thread thread, Object elem, SelectWaiter sel, int caseIndex) {
        this.thread = thread;
        this.elem = elem;
        this.sel = sel;
        this.caseIndex = caseIndex;
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

    /** Unparks the waiting thread; call after releasing the lock. */
    public void wake() {
        LockSupport.unpark(thread);
    }
}
