package go4j.internal.sched;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Stealing (Go's stealWork, findrunnable's last resort): what a spinning M with nothing to run
 * takes from the global queue and from other Ps. Go's way ({@link #stealLikeGo}) when
 * {@link Departures#STEAL_GRACE} is off; go4j's grace, ring rule and split gate otherwise.
 *
 * <p>Invariants: a spinner takes from another P only as a consumer (runqsteal's CAS on the
 * victim's head, or a CAS of its runnext to null; see {@link P}), and counts as spinning
 * (nmspinning) for as long as it looks, grace sleep included, so that the victim's wakep()
 * wakes nobody meanwhile.
 */
final class Steal {
    private final GmpScheduler s;

    Steal(GmpScheduler s) {
        this.s = s;
    }

    /**
     * Go's stealWork, with go4j's grace for rings: looks at the global queue for up to
     * {@link Config#idleSpinNanos}; then, if another P's M is running a continuation while that P
     * holds a runnext or a non-empty ring, parks for {@link Config#runnextGraceNanos}, still
     * counted as spinning (Go's usleep(3) in runqgrab: the victim will probably run them
     * itself, and while we count as spinning its wakep() wakes nobody), and then takes half
     * the ring, or the runnext, of a victim whose M is still in the same continuation (a
     * goroutine computing, or blocked in a system call), or half the ring of one whose ring
     * holds more than {@link Departures#RING_STEAL_FACTOR} times the continuations its M ran meanwhile,
     * or half of any ring when the {@link SplitGate} allows a split. Go steals a ring at once;
     * see {@link Departures#RING_STEAL_FACTOR} and {@link SplitGate} for why go4j does not. Null if
     * nothing was found or m's P was taken meanwhile.
     */
    Runnable stealWork(M m, P p) {
        if (!Departures.STEAL_GRACE || s.policy.goPolicy) {
            return stealLikeGo(m, p);
        }
        long start = System.nanoTime();
        for (;;) {
            Runnable r = stealGlobal(p);
            if (r != null || p.status != P.OWNED || s.shutdown) {
                return r;
            }
            if (System.nanoTime() - start >= s.cfg.idleSpinNanos()) {
                break;
            }
            for (int i = 0; i < 8; i++) {
                Thread.onSpinWait();
            }
        }
        return stealAfterGrace(m, p);
    }

    /**
     * Go's stealWork, without go4j's grace ({@link Departures#STEAL_GRACE} off): four passes
     * over the other Ps in random order, taking half of a ring at once, and on the last pass a
     * runnext, after a 3 µs sleep when its P's M is running (Go's usleep(3) in runqgrab: its
     * owner will probably run it itself); the global queue before each look. Null if nothing
     * was found or m's P was taken meanwhile.
     */
    private Runnable stealLikeGo(M m, P p) {
        P[] ps = s.allp;
        int n = ps.length;
        for (int pass = 0; pass < 4; pass++) {
            int off = m.rand(n);
            for (int k = 0; k < n; k++) {
                Runnable r = stealGlobal(p);
                if (r != null || p.status != P.OWNED || s.shutdown) {
                    return r;
                }
                P v = ps[(off + k) % n];
                if (v == p) {
                    continue;
                }
                if ((r = P.runqsteal(p, v)) != null) {
                    s.stats.ringSteals.increment();
                    return r;
                }
                Runnable next = v.runnext;
                if (pass == 3 && next != null) {
                    M vm = v.m;
                    if (vm != null && vm.curTaskRacy() != null) {
                        LockSupport.parkNanos(s, 3_000);
                        next = v.runnext;
                    }
                    if (next != null && PHot.RUNNEXT.compareAndSet(v, next, null)) {
                        s.stats.runnextSteals.increment();
                        return next;
                    }
                }
            }
        }
        return null;
    }

    /** A batch of the global queue, if it holds anything. */
    private Runnable stealGlobal(P p) {
        if (s.globrunq.size == 0) {
            return null;
        }
        s.lock.lock();
        Runnable r = s.globrunqgetLocked(p, 0);
        s.lock.unlock();
        return r;
    }

    /** The last resort of stealWork: a victim's ring or runnext, after the grace period (see {@link #stealWork}). */
    private Runnable stealAfterGrace(M m, P p) {
        P[] ps = s.allp;
        int n = ps.length;
        long[] seen = null;
        for (int i = 0; i < n; i++) {
            P v = ps[i];
            M vm = v.m; // racy: a stale M only makes the heuristic read the wrong counter
            if (v != p && (v.runnext != null || v.ringNonEmptyRacy()) && vm != null && vm.curTaskRacy() != null) {
                if (seen == null) {
                    seen = new long[n];
                    Arrays.fill(seen, -1L);
                }
                seen[i] = vm.ntasksRacy();
            }
        }
        if (seen == null) {
            return null;
        }
        s.stats.graceSleeps.increment();
        long tasksBefore = Departures.SPLIT_GATE ? s.tasksRun() : 0;
        long sleptAt = System.nanoTime();
        LockSupport.parkNanos(s, s.cfg.runnextGraceNanos());
        if (p.status != P.OWNED || s.shutdown) {
            return null;
        }
        Runnable r = stealGlobal(p); // work that arrived while we slept and woke nobody
        if (r != null || s.allp != ps) {
            return r;
        }
        int off = m.rand(n);
        for (int k = 0; k < n; k++) {
            int i = (off + k) % n;
            P v = ps[i];
            M vm = v.m;
            if (seen[i] < 0 || vm == null || vm.curTaskRacy() == null) {
                continue;
            }
            long ran = vm.ntasksRacy() - seen[i];
            int size = v.ringSizeRacy();
            // A ring its M gets through itself holds a group handing off among themselves:
            // split it only if the gate says s.splits have been paying.
            boolean split = Departures.RING_RULE && ran != 0 && !Departures.ringOutlastsItsM(size, ran);
            if (split && (size == 0 || !Departures.SPLIT_GATE || !reserveSplit(tasksBefore, sleptAt))) {
                if (size > 0) {
                    s.stats.ringsKept.increment(); // what Go's policy would have taken (PolicyTrials)
                }
                continue;
            }
            if ((r = P.runqsteal(p, v)) != null) {
                (split ? s.stats.splitSteals : s.stats.ringSteals).increment();
                return r;
            }
            if (split) {
                s.splits.cancel(); // the ring emptied meanwhile
                continue;
            }
            Runnable next = v.runnext;
            if (ran == 0 && next != null && PHot.RUNNEXT.compareAndSet(v, next, null)) {
                s.stats.runnextSteals.increment();
                return next;
            }
        }
        return null;
    }

    /** Asks the split gate, with the Ms' rate over the grace just slept (see {@link SplitGate}). */
    private boolean reserveSplit(long tasksBefore, long sleptAt) {
        long now = System.nanoTime();
        long tasks = s.tasksRun();
        return s.splits.tryReserve(now, tasks, (double) (tasks - tasksBefore) / Math.max(1, now - sleptAt));
    }
}
