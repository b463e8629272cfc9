package go4j.sync;

import go4j.Panic;
import go4j.internal.runtime.Park;
import go4j.internal.runtime.SpinLock;
import go4j.internal.runtime.Sudog;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.WaitReason;

/**
 * Go's sync.WaitGroup: waits for a collection of goroutines to finish. {@code await} is Go's
 * {@code Wait} ({@code wait} belongs to {@link Object}). A WaitGroup can be reused once
 * {@code await} has returned.
 *
 * <pre>{@code
 * WaitGroup wg = new WaitGroup();
 * for (int i = 0; i < 3; i++) {
 *     wg.add(1);
 *     go(() -> {
 *         try { work(); } finally { wg.done(); }
 *     });
 * }
 * wg.await();
 * }</pre>
 */
public final class WaitGroup {
    /*
     * Invariants: counter >= 0 at all times (a delta that would make it negative panics and
     * changes nothing); waiters is non-empty only while counter > 0; when counter reaches 0
     * every waiter is completed and woken, in one critical section.
     */
    private final SpinLock lock = new SpinLock(); // guards counter and waiters
    private long counter;                           // Go's counter: add() minus done()
    private final WaitQueue waiters = new WaitQueue(); // goroutines in await()

    /**
     * Adds {@code delta}, which may be negative, to the counter. When it reaches zero, every
     * goroutine in {@link #await} is released.
     *
     * @throws Panic "sync: negative WaitGroup counter", with the counter unchanged
     */
    public void add(int delta) {
        Sudog[] woken = null;
        int n = 0;
        lock.lock();
        long c = counter + delta;
        if (c < 0) {
            lock.unlock();
            throw new Panic("sync: negative WaitGroup counter");
        }
        counter = c;
        if (c == 0 && !waiters.isEmpty()) {
            woken = new Sudog[waiters.size()];
            for (Sudog s; (s = waiters.dequeue()) != null; ) {
                s.complete(null, true);
                woken[n++] = s;
            }
        }
        lock.unlock();
        for (int i = 0; i < n; i++) {
            woken[i].wake();
        }
    }

    /** Decrements the counter by one. */
    public void done() {
        add(-1);
    }

    /**
     * Blocks until the counter is zero (Go's Wait).
     *
     * @throws go4j.Interrupted if interrupted while waiting
     */
    public void await() {
        lock.lock();
        if (counter == 0) {
            lock.unlock();
            return;
        }
        Sudog me = new Sudog(Thread.currentThread(), null);
        waiters.enqueue(me);
        lock.unlock();
        Park.await(me, waiters, lock, WaitReason.WAIT_GROUP, this, "WaitGroup.Wait");
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "WaitGroup{counter=" + counter + ", waiters=" + waiters.size() + "}";
        } finally {
            lock.unlock();
        }
    }
}
