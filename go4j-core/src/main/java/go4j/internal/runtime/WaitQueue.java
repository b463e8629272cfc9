package go4j.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A FIFO queue of waiting sudogs (Go's {@code waitq}): a doubly linked list so that a select
 * or an interrupted waiter can withdraw from the middle in O(1).
 *
 * <p>Invariants: guarded by the owner's lock, except {@link #isEmptyRacy()}, which lock-free
 * fast paths use and which may be stale. A sudog is in at most one queue, and
 * {@code queued} is true exactly while it is linked.
 */
public final class WaitQueue {
    private static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(WaitQueue.class, "head", Sudog.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Sudog head; // written with release so that isEmptyRacy() sees a recent value
    private Sudog tail;

    public void enqueue(Sudog s) {
        s.next = null;
        s.prev = tail;
        s.queued = true;
        if (tail == null) {
            HEAD.setRelease(this, s);
        } else {
            tail.next = s;
        }
        tail = s;
    }

    /**
     * Removes and returns the first sudog that can still be woken: a select sudog whose
     * select has already been won elsewhere (or withdrawn) is dropped on the way, as Go's
     * {@code dequeue} does. Null if none.
     */
    public Sudog dequeue() {
        for (;;) {
            Sudog s = head;
            if (s == null) {
                return null;
            }
            unlink(s);
            if (s.sel != null && !s.sel.claim()) {
                continue;
            }
            return s;
        }
    }

    /**
     * Removes every sudog that can still be woken, as repeated {@link #dequeue} calls would,
     * and returns them in queue order as a chain through their links ({@link Sudog#next}),
     * null if none. Allocates nothing, so that a lock holder may take a whole queue without
     * risking an OutOfMemoryError under its lock (see {@link SpinLock}). The chain's links
     * belong to the caller: nobody else reads the links of a dequeued sudog.
     */
    public Sudog dequeueAll() {
        Sudog first = null, last = null;
        for (Sudog s; (s = dequeue()) != null; ) {
            if (last == null) {
                first = s;
            } else {
                last.next = s;
            }
            last = s;
        }
        return first;
    }

    /** Withdraws {@code s} if it is still queued here. */
    public void remove(Sudog s) {
        if (s.queued) {
            unlink(s);
        }
    }

    private void unlink(Sudog s) {
        Sudog p = s.prev, n = s.next;
        if (p == null) {
            HEAD.setRelease(this, n);
        } else {
            p.next = n;
        }
        if (n == null) {
            tail = p;
        } else {
            n.prev = p;
        }
        s.prev = s.next = null;
        s.queued = false;
    }

    public boolean isEmpty() {
        return head == null;
    }

    /** A lock-free, possibly stale look: is anyone waiting? */
    public boolean isEmptyRacy() {
        return HEAD.getAcquire(this) == null;
    }

    /** Number of queued sudogs (owner's lock held); for diagnostics and tests. */
    public int size() {
        int n = 0;
        for (Sudog s = head; s != null; s = s.next) {
            n++;
        }
        return n;
    }
}
