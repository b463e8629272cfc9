package go4j.internal.sched;

/**
 * The processors (Go's procresize, and retake with {@link Sysmon}): changing GOMAXPROCS, and
 * taking a P from an M stuck in one continuation. A P taken away is retired for good (TAKEN)
 * and a fresh P stands in its place in allp, because the old M may still push into the old one
 * until it notices (see {@link P}); the retired Ps that an M still holds are the orphans, which
 * sysmon drains into the global queue.
 *
 * <p>Invariants: allp is replaced, never mutated, under the scheduler lock; its length changes
 * only in procresize, which {@link #resizing} serializes. Everything that can fail is allocated
 * before the scheduler lock is taken.
 */
final class Procs {
    private final GmpScheduler s;

    Procs(GmpScheduler s) {
        this.s = s;
    }

    /** Serializes procresize, which allocates the new Ps before it takes the scheduler s.lock. */
    private final Object resizing = new Object();

    /** Bytes a P takes at least: its ring of references and the object around it (an estimate). */
    private long bytesPerP() {
        return 4L * s.cfg.runqSize() + 256;
    }

    /**
     * Go's procresize: grows or shrinks s.allp; returns the previous GOMAXPROCS. Everything that
     * can fail (the new Ps, the new s.allp array) is allocated before the scheduler s.lock is taken,
     * so a failure leaves the scheduler as it was, and nothing under the s.lock can throw.
     *
     * @throws IllegalArgumentException if {@code n} Ps do not fit in the heap (GOMAXPROCS is
     *                                  unchanged); Go 1.19 accepts GOMAXPROCS(100000), and so
     *                                  does go4j in a default heap
     */
    int procresize(int n) {
        synchronized (resizing) {
            int old = s.gomaxprocs; // only procresize changes it, under resizing
            P[] np;
            try {
                if (n > old && (long) (n - old) * bytesPerP() > Runtime.getRuntime().maxMemory()) {
                    throw new OutOfMemoryError("more than the maximum heap");
                }
                np = new P[n];
                for (int i = old; i < n; i++) {
                    np[i] = new P(i, s.cfg.runqSize());
                }
            } catch (OutOfMemoryError e) {
                throw new IllegalArgumentException("gomaxprocs(" + n + "): not enough memory for " + n
                        + " processors, each with a run queue of " + s.cfg.runqSize() + " (about "
                        + bytesPerP() + " bytes); GOMAXPROCS stays " + old, e);
            }
            boolean work;
            s.lock.lock();
            try {
                P[] ps = s.allp; // as retake left it: it replaces Ps, never the length
                System.arraycopy(ps, 0, np, 0, Math.min(old, n));
                for (int i = old; i < n; i++) {
                    s.pidleputLocked(np[i]);
                }
                for (int i = n; i < old; i++) {
                    retireLocked(ps[i]);
                }
                if (n < old) {
                    pruneIdleLocked();
                }
                s.allp = np;
                s.gomaxprocs = n;
                work = s.globrunq.size > 0;
            } finally {
                s.lock.unlock();
            }
            if (work || n > old) {
                s.wakep();
            }
            return old;
        }
    }

    /**
     * Removes P q for good (s.lock held): owned ones become s.orphans; idle ones are only marked,
     * and the caller then calls {@link #pruneIdleLocked} once, so that shrinking by n Ps walks
     * the idle list once, not n times (GOMAXPROCS 100,000 back to 2 took 30 s that way).
     */
    private void retireLocked(P q) {
        if (q.status == P.OWNED) {
            s.orphans.add(q);
            s.norphans = s.orphans.size();
        }
        q.status = P.TAKEN;
        s.globrunq.drainLocked(q);
    }

    /** Unlinks the retired (TAKEN) Ps from the idle list and recounts it (s.lock held). */
    private void pruneIdleLocked() {
        P kept = null;
        int n = 0;
        for (P x = s.pidle, next; x != null; x = next) {
            next = x.link;
            if (x.status == P.TAKEN) {
                x.link = null;
            } else {
                x.link = kept;
                kept = x;
                n++;
            }
        }
        // The walk reversed the list; reverse it back, so that the order Ps are taken in stays.
        P list = null;
        for (P x = kept, next; x != null; x = next) {
            next = x.link;
            x.link = list;
            list = x;
        }
        s.pidle = list;
        s.npidle = n;
    }

    /**
     * sysmon's hand-off (Go's retake + handoffp): m has been in one continuation since sysmon
     * saw task count {@code ntasks}; take its P, put a fresh one in its place and start an M
     * on the work. False if nothing was done (things moved on, or no M can be had).
     */
    boolean retake(P p, M m, long ntasks) {
        // Allocated before the s.lock, so that nothing under it can fail; wasted if things moved on.
        P fresh = new P(p.id, s.cfg.runqSize());
        P[] np = s.allp.clone();
        s.lock.lock();
        P[] ps = s.allp;
        if (p.status != P.OWNED || p.m != m || m.ntasksRacy() != ntasks || m.curTaskRacy() == null
                || p.id >= ps.length || ps[p.id] != p || ps.length != np.length || !s.canStartMLocked()) {
            s.lock.unlock();
            return false;
        }
        boolean work;
        try {
            s.orphans.add(p); // first: the one step that can fail, before anything changed
            p.status = P.TAKEN;
            s.norphans = s.orphans.size();
            s.stats.retakes.increment();
            System.arraycopy(ps, 0, np, 0, ps.length); // s.allp as it is now
            np[p.id] = fresh;
            s.allp = np;
            s.pidleputLocked(fresh);
            s.globrunq.drainLocked(p);
        } finally {
            work = s.globrunq.size > 0;
            s.lock.unlock();
        }
        if (work) {
            s.startm(null, false);
        }
        return true;
    }

    /** sysmon: moves what stuck Ms pushed into their retired Ps to the global queue. */
    void drainOrphans() {
        int moved = 0;
        s.lock.lock();
        try {
            for (P q : s.orphans) {
                moved += s.globrunq.drainLocked(q);
            }
        } finally {
            s.lock.unlock();
        }
        if (moved > 0) {
            s.wakep();
        }
    }

    /** Whether P p has goroutines waiting behind its M, or the global queue has any (racy). */
    boolean hasWaitingWork(P p) {
        return s.globrunq.size > 0 || p.runnext != null || p.ringNonEmptyRacy();
    }
}
