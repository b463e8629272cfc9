package go4j.internal.runtime;

import go4j.internal.base.SpinLock;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A FIFO queue of waiting goroutines (Go's {@code waitq} of sudogs): a doubly linked list so
 * that a select or an interrupted waiter can withdraw from the middle in O(1).
 *
 * <p>Two faces. The channel engine ({@link HChan}, {@link Selectgo}) works on the sudogs
 * themselves (the package-private methods). Everything else that makes goroutines wait
 * ({@code go4j.sync}'s Mutex, RWMutex, WaitGroup and Cond) uses the narrow API, as Go's
 * {@code sync} uses {@code runtime_Semacquire}/{@code Semrelease} and {@code notifyList}:
 * {@link #await} to wait for a grant, {@link #grantOne()}/{@link #grantAll()} to grant under
 * the owner's lock, and {@link Woken#wake} after releasing it. The owner keeps its own state
 * (a count, a flag) beside the queue, under the same lock, and a grant means whatever the
 * owner says (the mutex is yours, the counter reached zero).
 *
 * <p>Invariants: guarded by the owner's lock, except {@link #isEmptyRacy()}, which lock-free
 * fast paths use and which may be stale. A sudog is in at most one queue, and
 * {@code queued} is true exactly while it is linked. A waiter leaves the queue exactly once:
 * granted (completed, then woken after the lock is released) or withdrawn by itself (on
 * interrupt, under the lock, only if not completed first).
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

    /** An empty queue; its owner guards it with the owner's lock. */
    public WaitQueue() {
    }

    void enqueue(Sudog s) {
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
    Sudog dequeue() {
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
     * belong to the caller: nobody else reads the links of a dequeued sudog. Its
     * {@link Sudog#wake()} wakes the whole chain.
     */
    Sudog dequeueAll() {
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
    void remove(Sudog s) {
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

    // ---- the narrow API: waiting for a grant ----

    /**
     * What a waiter that leaves the queue without a grant asks of the queue's owner: called
     * with the owner's lock held, after the waiter left, to undo what its wait implied (a
     * mutex clears its waiters flag when the queue emptied; a waiting writer lets readers in).
     * Returns the goroutines that this grants in turn, to wake after the lock is released
     * (null if none). It takes the owner, so that an owner keeps one in a static constant:
     * nothing is allocated for it while the lock is held (see {@link SpinLock}).
     *
     * @param <O> the owner's type
     */
    @FunctionalInterface
    public interface Left<O> {
        /**
         * Undoes what the departed waiter's wait implied; the owner's lock is held.
         *
         * @param owner the queue's owner
         * @return the goroutines this grants, to wake after the lock is released, or null
         */
        Woken left(O owner);
    }

    /**
     * Waits in this queue for a grant; {@code lock}, which guards this queue, is held on entry
     * and released on return. The calling goroutine joins the tail of the queue, releases the
     * lock and parks (spinning first when {@code reason} says so, see {@link Park}) until
     * {@link #grantOne()} or {@link #grantAll()} takes it: true.
     *
     * <p>Interrupted first: retakes the lock, leaves the queue, calls {@code left} (may be
     * null) under it, and returns false with the interrupt flag still set; the caller throws
     * {@code go4j.Interrupted}. A goroutine of a torn-down program unwinds with {@link Goexit}
     * instead (see {@link Park#exitIfKilled}). A grant that came first wins: then the wait
     * returns true, the flag still set.
     *
     * @param <O>    the owner's type
     * @param lock   the owner's lock guarding this queue, held
     * @param reason what dumps and deadlock detection report while the goroutine waits
     * @param owner  the queue's owner: what the thread parks on (a JDK thread dump names it),
     *               and what {@code left} is called with
     * @param left   called under the lock when the goroutine leaves ungranted; null: nothing
     *               to undo
     * @return true if granted; false if interrupted first
     */
    public <O> boolean await(SpinLock lock, WaitReason reason, O owner, Left<? super O> left) {
        return await(lock, reason, owner, left, null);
    }

    /**
     * {@link #await(SpinLock, WaitReason, Object, Left)}, running {@code afterUnlock} once the
     * goroutine is queued and the lock released, before it parks: Go's {@code notifyListAdd}
     * then {@code notifyListWait}, which a condition variable needs to release its own lock
     * with no lost wake-up between the release and the park. If {@code afterUnlock} throws,
     * the goroutine leaves the queue (as on an interrupt; a grant that came first is spent,
     * and {@code left} is not called) and the exception propagates.
     *
     * @param <O> the owner's type
     * @param lock the owner's lock guarding this queue, held
     * @param reason what dumps and deadlock detection report while the goroutine waits
     * @param owner the queue's owner, what the thread parks on
     * @param left called under the lock when the goroutine leaves ungranted; may be null
     * @param afterUnlock run once queued and unlocked, before parking; may be null
     * @return true if granted; false if interrupted first
     */
    public <O> boolean await(SpinLock lock, WaitReason reason, O owner, Left<? super O> left, Runnable afterUnlock) {
        Sudog me = enqueueSelf(null, lock, owner, left);
        if (afterUnlock != null) {
            try {
                afterUnlock.run();
            } catch (Throwable e) {
                withdraw(me, lock, owner, left); // a grant that came meanwhile is spent
                throw e;
            }
        }
        return park(me, lock, reason, owner, left);
    }

    /**
     * The first half of every wait in a queue, the channel engine's too: with {@code lock}
     * held, queues a sudog of the calling goroutine carrying {@code elem}, then releases the
     * lock. If the allocation fails, nothing may be left half done under the lock (see
     * {@link SpinLock}): the owner undoes ({@code left}, may be null), the lock is released,
     * and the error propagates.
     */
    <O> Sudog enqueueSelf(Object elem, SpinLock lock, O owner, Left<? super O> left) {
        Sudog me;
        try {
            me = new Sudog(Thread.currentThread(), elem);
        } catch (Throwable e) {
            leave(null, lock, owner, left);
            throw e;
        }
        enqueue(me);
        lock.unlock();
        return me;
    }

    /**
     * The second half of every wait in a queue, the channel engine's too: {@code me} is queued
     * here and {@code lock} released. Parks until {@code me} is completed: true. Interrupted
     * first: retakes the lock and, unless {@code me} was completed meanwhile (then the
     * operation happened: true), leaves the queue and lets the owner undo ({@code left}, may
     * be null), and returns false, or unwinds a goroutine of a torn-down program
     * ({@link Park#exitIfKilled}). Either way the interrupt flag stays set.
     */
    <O> boolean park(Sudog me, SpinLock lock, WaitReason reason, O owner, Left<? super O> left) {
        if (Park.awaitDone(me, reason, owner, lock.order) || withdraw(me, lock, owner, left)) {
            return true;
        }
        Park.exitIfKilled();
        return false;
    }

    /**
     * Retakes {@code lock} and, unless {@code me} was granted meanwhile (true), leaves the
     * queue and lets the owner undo (false); the lock is released either way.
     */
    private <O> boolean withdraw(Sudog me, SpinLock lock, O owner, Left<? super O> left) {
        lock.lock();
        if (me.done) {
            lock.unlock();
            return true;
        }
        leave(me, lock, owner, left);
        return false;
    }

    /** Takes {@code me} out (if still queued), lets the owner undo, releases the lock, wakes. */
    private <O> void leave(Sudog me, SpinLock lock, O owner, Left<? super O> left) {
        if (me != null) {
            remove(me);
        }
        Woken w = null;
        try {
            w = left == null ? null : left.left(owner);
        } finally {
            lock.unlock();
        }
        Woken.wake(w);
    }

    /**
     * Grants the goroutine that has waited longest (owner's lock held): it leaves the queue,
     * and its {@link #await} returns true once woken. Returns it, to wake after the lock is
     * released, or null if the queue is empty.
     *
     * @return the granted goroutine, or null if none waited
     */
    public Woken grantOne() {
        Sudog s = dequeue();
        if (s != null) {
            s.complete(null, true);
        }
        return s;
    }

    /**
     * Grants every waiting goroutine, in queue order (owner's lock held). Allocates nothing
     * (see {@link SpinLock}). Returns them, to wake after the lock is released, or null if
     * none.
     *
     * @return the granted goroutines as a chain, or null if none waited
     */
    public Woken grantAll() {
        Sudog first = dequeueAll();
        for (Sudog s = first; s != null; s = s.next) {
            s.complete(null, true);
        }
        return first;
    }

    /**
     * Nobody is waiting (owner's lock held).
     *
     * @return whether the queue is empty
     */
    public boolean isEmpty() {
        return head == null;
    }

    /**
     * A lock-free, possibly stale look: is anyone waiting?
     *
     * @return whether the queue looked empty
     */
    public boolean isEmptyRacy() {
        return HEAD.getAcquire(this) == null;
    }

    /**
     * The number of waiting goroutines (owner's lock held).
     *
     * @return how many goroutines wait
     */
    public int size() {
        int n = 0;
        for (Sudog s = head; s != null; s = s.next) {
            n++;
        }
        return n;
    }
}
