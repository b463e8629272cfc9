package go4j.internal.sched;

import java.util.ArrayDeque;

/**
 * The global run queue (Go's {@code sched.runq} and its {@code globrunq*} functions): where
 * a continuation goes when it is readied from outside any M, when a P's ring overflows (half
 * the ring), on {@code Gosched}, and when a retired or idle P is drained; Ms take a fair
 * share of it when their P has nothing ({@link #getLocked}) and one every
 * {@code globalCheckTicks} schedules anyway, so that it never starves.
 *
 * <p>Invariants: guarded by the scheduler's lock ({@link GmpScheduler#lock}, Go's sched.lock);
 * every method is called with it held. {@link #size} equals the queue's size after every
 * change, and {@link #taken} only grows; both are volatile so that spinning Ms and sysmon read
 * them without the lock (racily, as Go reads {@code sched.runqsize}). A method that grows the
 * queue can fail (an OutOfMemoryError): it sets {@link #size} again in a finally, and its
 * caller releases the lock in one.
 */
final class GlobalQueue {
    private final ArrayDeque<Runnable> q = new ArrayDeque<>();
    /** The queue's size; written under the lock, read racily. */
    volatile int size;
    /** Continuations ever taken from the queue (sysmon's progress check); written under the lock. */
    volatile long taken;

    /** Go's globrunqput: {@code r} at the tail. Wakes nobody. */
    void putLocked(Runnable r) {
        q.addLast(r);
        size = q.size();
    }

    /** Go's globrunqputbatch: {@code batch} at the tail, in order. */
    void putBatchLocked(Runnable[] batch) {
        try {
            for (Runnable b : batch) {
                q.addLast(b);
            }
        } finally {
            size = q.size(); // also after a batch that stopped half way
        }
    }

    /**
     * Go's globrunqget: takes a fair share of the queue for P {@code p} (its {@code 1 /
     * gomaxprocs}, at most {@code max} when > 0, at most half a ring); returns one and puts the
     * rest on p's ring, which must be empty. Null if the queue is empty.
     */
    Runnable getLocked(P p, int max, int gomaxprocs) {
        int sz = q.size();
        if (sz == 0) {
            return null;
        }
        int n = Math.min(sz, sz / gomaxprocs + 1);
        if (max > 0 && n > max) {
            n = max;
        }
        if (n > p.runq.length / 2) {
            n = p.runq.length / 2;
        }
        taken = taken + n;
        Runnable r = q.pollFirst();
        for (int i = 1; i < n; i++) {
            int t = p.tail;
            if (t - (int) PQueue.HEAD.getAcquire(p) >= p.runq.length) {
                break; // cannot happen (the ring is empty); leave the rest global
            }
            p.runq[t & p.mask] = q.pollFirst();
            PQueue.TAIL.setRelease(p, t + 1);
        }
        size = q.size();
        return r;
    }

    /**
     * Moves everything queued on P {@code from} (not owned by the caller: retired, or idle)
     * here, as a consumer of its ring. Returns how many moved.
     */
    int drainLocked(P from) {
        int moved = 0;
        try {
            Runnable next = (Runnable) PHot.RUNNEXT.getAndSet(from, null);
            if (next != null) {
                q.addLast(next);
                moved++;
            }
            for (;;) {
                int h = (int) PQueue.HEAD.getAcquire(from);
                int t = (int) PQueue.TAIL.getAcquire(from);
                int n = t - h;
                if (n <= 0) {
                    break;
                }
                if (n > from.runq.length) {
                    continue; // inconsistent read
                }
                Runnable[] batch = new Runnable[n];
                for (int i = 0; i < n; i++) {
                    batch[i] = from.runq[(h + i) & from.mask];
                }
                if (PQueue.HEAD.compareAndSet(from, h, t)) {
                    for (Runnable b : batch) {
                        q.addLast(b);
                    }
                    moved += n;
                }
            }
        } finally {
            size = q.size();
        }
        return moved;
    }

    boolean isEmpty() {
        return q.isEmpty();
    }
}
