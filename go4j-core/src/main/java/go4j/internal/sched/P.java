package go4j.internal.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A P (Go's {@code p}, runtime/runtime2.go): the right to run goroutines, with a local run
 * queue of {@link Config#runqSize} slots and a {@code runnext} slot. GOMAXPROCS Ps exist; an M
 * must hold one to run goroutines.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Only one thread ever <em>produces</em> into a P (writes {@code tail}, ring slots past
 *       {@code tail}, or a non-null {@code runnext}): the M that owns it. Ownership passes from
 *       M to M only through the idle list under the scheduler lock, when the ring is empty.
 *       When a P is taken away from its M ({@link #TAKEN}: sysmon, gomaxprocs), the P object is
 *       retired for good and a fresh P replaces it, because the old M may still push into it
 *       until it notices; whoever drains a retired P does so as a consumer.</li>
 *   <li>Any thread may <em>consume</em>: take {@code [head, tail)} by CAS on {@code head}, or
 *       take {@code runnext} by CAS to null. A slot is read before the CAS that claims it and
 *       the value is used only if the CAS succeeds; the producer rewrites a slot only after
 *       {@code head} has moved past it, so a successful CAS proves the value read was current.</li>
 *   <li>{@code 0 <= tail - head <= runqSize} (indices wrap as unsigned 32-bit, as in Go).</li>
 *   <li>{@link #status}, {@link #m} and {@link #link} change only under the scheduler lock.</li>
 * </ul>
 */
final class P extends PHot {
    /** Go's {@code runq}/{@code runqhead}/{@code runqtail} live in the superclasses, one cache line each. */
    P(int id, int runqSize) {
        super(id, runqSize);
    }

    // ---- the local run queue (Go's runqput, runqget, runqgrab, runqsteal, on a P as in
    // proc.go; the global queue and stealing from other Ps are GmpScheduler's) ----

    /**
     * Puts r on p's local queue (owner only): into runnext when {@code next}, kicking the old
     * runnext to the tail; to the global queue with half the ring when the ring is full.
     */
    static void runqput(GmpScheduler s, P p, Runnable r, boolean next) {
        if (next) {
            Runnable old;
            do {
                old = p.runnext;
            } while (!PHot.RUNNEXT.compareAndSet(p, old, r));
            if (old == null) {
                return;
            }
            r = old;
        }
        for (;;) {
            int h = (int) PQueue.HEAD.getAcquire(p); // synchronize with consumers
            int t = p.tail;
            if (t - h < p.runq.length) {
                p.runq[t & p.mask] = r;
                PQueue.TAIL.setRelease(p, t + 1); // publishes the slot to consumers
                return;
            }
            if (runqputslow(s, p, r, h, t)) {
                return;
            }
            // a consumer moved head meanwhile: there is room now
        }
    }

    /** Go's runqputslow: moves r and half of the full ring to the global queue. */
    private static boolean runqputslow(GmpScheduler s, P p, Runnable r, int h, int t) {
        int n = (t - h) / 2;
        Runnable[] batch = new Runnable[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = p.runq[(h + i) & p.mask];
        }
        if (!PQueue.HEAD.compareAndSet(p, h, h + n)) {
            return false;
        }
        batch[n] = r;
        s.globrunqputBatch(batch);
        return true;
    }

    /** Go's runqget (owner only): runnext first (inheriting the time slice), then the ring's head. */
    static Runnable runqget(M m, P p) {
        Runnable next = p.runnext;
        if (next != null && PHot.RUNNEXT.compareAndSet(p, next, null)) {
            m.inherit = true;
            Departures.pickedFromRunnext(p, next);
            return next;
        }
        m.inherit = false;
        for (;;) {
            int h = (int) PQueue.HEAD.getAcquire(p);
            int t = p.tail;
            if (t == h) {
                return null;
            }
            Runnable r = p.runq[h & p.mask];
            if (PQueue.HEAD.compareAndSet(p, h, h + 1)) {
                return r;
            }
        }
    }

    /**
     * Go's runqgrab: claims up to half of victim's ring into {@code batch} (a ring of the same
     * size) starting at {@code batchHead}; returns how many.
     */
    private static int runqgrab(P victim, Runnable[] batch, int batchHead) {
        int bmask = batch.length - 1;
        for (;;) {
            int h = (int) PQueue.HEAD.getAcquire(victim); // synchronize with other consumers
            int t = (int) PQueue.TAIL.getAcquire(victim); // synchronize with the producer
            int n = t - h;
            n = n - n / 2;
            if (n <= 0) {
                return 0;
            }
            if (n > victim.runq.length / 2) {
                continue; // h and t read inconsistently
            }
            for (int i = 0; i < n; i++) {
                batch[(batchHead + i) & bmask] = victim.runq[(h + i) & victim.mask];
            }
            if (PQueue.HEAD.compareAndSet(victim, h, h + n)) {
                return n;
            }
        }
    }

    /** Go's runqsteal: half of victim's ring into p's (empty) ring; returns one of them to run. */
    static Runnable runqsteal(P p, P victim) {
        int t = p.tail;
        int n = runqgrab(victim, p.runq, t);
        if (n == 0) {
            return null;
        }
        n--;
        int last = (t + n) & p.mask;
        Runnable r = p.runq[last];
        p.runq[last] = null;
        if (n == 0) {
            return r;
        }
        int h = (int) PQueue.HEAD.getAcquire(p);
        if (t - h + n >= p.runq.length) {
            throw new AssertionError("runqsteal: runq overflow");
        }
        PQueue.TAIL.setRelease(p, t + n);
        return r;
    }

    @Override
    public String toString() {
        return "P" + id + "[" + statusName() + "]";
    }

    String statusName() {
        return switch (status) {
            case IDLE -> "idle";
            case OWNED -> "owned";
            default -> "taken";
        };
    }
}

/** Fields read by everyone and written rarely. */
abstract class PCold {
    /** In the scheduler's idle list; no M. Next: OWNED (an M acquires it). */
    static final int IDLE = 0;
    /** Held by {@link #m}. Next: IDLE (its M releases it) or TAKEN (sysmon, gomaxprocs). */
    static final int OWNED = 1;
    /** Retired: taken from its M, or removed by gomaxprocs. Final. */
    static final int TAKEN = 2;

    final int id;              // index in allp
    final Runnable[] runq;     // the ring; slots written only by the producing M
    final int mask;            // runq.length - 1
    volatile int status;       // IDLE, OWNED, TAKEN; written under the scheduler lock
    M m;                       // the owning M while OWNED; under the scheduler lock
    P link;                    // next in the idle list; under the scheduler lock

    // sysmon's private notes (only the sysmon thread touches these)
    long sysTasks;             // the owner's task count when sysmon last saw it change
    long sysTasksWhen;         // when that was
    int sysTick;               // schedtick when sysmon last saw it change
    long sysTickWhen;          // when that was
    int sysHead;               // head when sysmon last saw it (or the global take count) change
    long sysGlobal;            // the global queue's taken count then
    long sysProgressWhen;      // when sysmon last saw anyone consume this P's ring or the global queue

    PCold(int id, int runqSize) {
        this.id = id;
        this.runq = new Runnable[runqSize];
        this.mask = runqSize - 1;
    }

    /** Drops the ring's stale references (owner only, ring empty), so finished goroutines can be collected. */
    void clearRing() {
        Arrays.fill(runq, null);
    }
}

abstract class PPad1 extends PCold {
    long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16;

    PPad1(int id, int n) {
        super(id, n);
    }
}

/** Go's runqhead and runqtail: untouched while a hand-off chain runs through runnext. */
abstract class PQueue extends PPad1 {
    static final VarHandle HEAD;
    static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(PQueue.class, "head", int.class);
            TAIL = l.findVarHandle(PQueue.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile int head; // next slot to consume; advanced by CAS by any consumer
    int tail;          // next slot to produce; written (release) only by the producing M

    /** The ring holds something (racy, from any thread: acquire read of tail, then head). */
    final boolean ringNonEmptyRacy() {
        return (int) TAIL.getAcquire(this) != head;
    }

    /** How many goroutines the ring holds (racy, from any thread; stale, or off while it changes). */
    final int ringSizeRacy() {
        return (int) TAIL.getAcquire(this) - head;
    }

    PQueue(int id, int n) {
        super(id, n);
    }
}

abstract class PPad2 extends PQueue {
    long q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16;

    PPad2(int id, int n) {
        super(id, n);
    }
}

/** Written on every hand-off by the owning M. */
abstract class PHot extends PPad2 {
    static final VarHandle RUNNEXT;
    static final VarHandle SCHEDTICK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            RUNNEXT = l.findVarHandle(PHot.class, "runnext", Runnable.class);
            SCHEDTICK = l.findVarHandle(PHot.class, "schedtick", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile Runnable runnext; // Go's runnext: the goroutine to run next; set by the owner, taken by CAS
    int schedtick;             // tasks started not through runnext; owner writes (opaque), sysmon reads
    volatile boolean preempt;  // set by sysmon: the next pick must not follow runnext
    // The owner's notes on its quiet wake-ups (Departures.quietWake); only the owner touches them.
    int loudLeft;              // wake-ups left that wake an M although the P held nothing else
    int loudRun;               // the loudLeft given at the last late pick (doubles while picks stay late)
    int quietUntilTimed;       // quiet wake-ups until the next timed one
    Runnable quietTimed;       // the timed quietly woken goroutine, until the owner picks it
    long quietTimedAt;         // System.nanoTime() when it was put in runnext
    long r01, r02, r03, r04, r05, r06, r07, r08, r09, r10;

    PHot(int id, int n) {
        super(id, n);
    }
}
