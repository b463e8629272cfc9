package go4j.internal.sched;

import go4j.internal.base.Settings;
import go4j.internal.base.SpinLock;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * go4j's G/M/P scheduler (Go's runtime/proc.go), as the executor of virtual threads: a G is a
 * virtual thread, whose continuation the JDK hands to {@link #execute} whenever it becomes
 * runnable (start, unpark, yield); Ms are platform carrier threads; Ps hold run queues.
 *
 * <p>Invariants (the ones the code below leans on; P's and M's own are in their classes):
 * <ul>
 *   <li>An M runs continuations only while it holds a P ({@code m.p != null}); a P is OWNED by
 *       at most one M. {@link #npidle} counts the IDLE Ps in {@link #pidle}.</li>
 *   <li>No lost wake-up: whenever runnable work exists and a P is idle, some M is spinning or
 *       will look again before parking (Go's "delicate dance": a spinning M that gives up
 *       decrements {@link #nmspinning} and then re-checks the queues it could take from,
 *       {@code workAvailable()}; a submitter publishes its work and then reads
 *       {@link #nmspinning}). Work pushed to an M's own P needs no
 *       wake-up for liveness: that M runs it when its current continuation ends; if that
 *       takes a sysmon tick, sysmon wakes a spinner that steals it, and after retakeNanos
 *       takes the P away. A quiet wake-up (quietWake) relies on exactly this; its sampling
 *       only restores parallelism sooner, it is not needed for progress.</li>
 *   <li>At most one M spins when {@code 2 * nmspinning >= gomaxprocs - npidle} is false, i.e.
 *       no more than half the busy Ps' worth (Go's rule).</li>
 *   <li>Every continuation handed to {@link #execute} ends up in exactly one place: a P's
 *       {@code runnext}, a P's ring, or the global queue; draining a retired P moves, never copies.</li>
 * </ul>
 */
public final class GmpScheduler implements Scheduler, Executor {
    /*
     * Implementation overview.
     *
     * execute(r) is where the JDK asks us to run a continuation. Thread.currentCarrierThread()
     * tells us where we are:
     *   - on an M whose P is still OWNED: a goroutine (or the M itself, right after a
     *     continuation yielded) made r runnable. If r is another goroutine, it goes into this
     *     P's runnext (Go's ready(): the woken G runs next, on this carrier, without any
     *     cross-thread wake-up), pushing the previous runnext to the ring's tail; then wakep(),
     *     unless the P held nothing else: a "quiet" wake-up. Go wakes an idle M on every
     *     ready(); in a hand-off chain (ping-pong, a producer and its consumer) that M finds
     *     nothing to steal and parks again, and the futex wake-up and the idle M's spinning
     *     slow the chain down (Departures.QUIET_WAKES; ADR 0005 has the numbers).
     *     If the waker keeps running instead of parking, timed quiet wake-ups notice it and
     *     turn the P back to waking Ms (quietWake), and sysmon wakes a spinner at its next
     *     tick, which steals the woken G by the runnext grace rule; a new goroutine still
     *     wakes an idle M at once (started(), Go's newproc).
     *     If r is the continuation this M is running (Thread.yield, or an unpark that raced
     *     with the park), it goes to the ring's tail, or to the global queue when gosched()
     *     asked for it (Go's Gosched puts the G on the global queue).
     *   - anywhere else (timer threads, platform threads, I/O): the global queue, then wakep().
     *
     * schedule(m) is Go's schedule()/findrunnable(): every globalCheckTicks ticks one G from the
     * global queue first (fairness); then runnext and the ring; then a batch from the global
     * queue; then spin for idleSpinNanos watching the global queue; then, if a victim holds a
     * runnext or a ring while its M runs, sleep runnextGraceNanos still counted as spinning
     * and steal half its ring or its runnext if that M is still in the same continuation,
     * or half its ring if it is longer than RING_STEAL_FACTOR times what the M ran meanwhile,
     * or, when the SplitGate allows (splits lately made the Ms run faster), half of any
     * ring (Go steals a ring at once); then give the P back and park.
     *
     * wakep() wakes an idle M only when a P is idle and no M is spinning; the woken M starts
     * out spinning, so a burst of hand-offs costs one futex wake, not one per hand-off. A
     * spinner that finds work stops spinning and calls wakep() again (Go's resetspinning).
     *
     * Spinners read the global queue's size every round, but other Ps' head/tail, runnext
     * and their Ms' task counters (written on every hand-off) only twice per spin, so that
     * spinning does not slow down the chains it watches; and the grace wait is a sleep, not a
     * burn, as Go's usleep(3) is.
     *
     * Taking a P away (sysmon when an M is stuck in one continuation, gomaxprocs when shrinking)
     * retires the P object (TAKEN) and puts a fresh P in allp: the old M may still push into
     * the old P until it notices, so the old P must never get a second producer. The taker,
     * sysmon (every tick) and finally the old M drain retired Ps into the global queue.
     *
     * Locking: one SpinLock (Go's sched.lock) guards the global queue, the idle P and idle M
     * lists, P status changes, allp replacement and the M count. As every SpinLock, it is never
     * held while parking, unparking (an M, sysmon: always after the unlock) or running a
     * continuation. Nothing under it may fail with the lock left held: what can be allocated first is (procresize's Ps, retake's fresh P, a new M's place in
     * allm is undone if it fails), and the sections that grow the global queue or the orphan
     * list release the lock in a finally. (An OutOfMemoryError while the global queue grows
     * can still lose the continuations of the batch being moved at that moment: the JVM is out
     * of memory; the scheduler stays usable.)
     */

    private static final VarHandle NMSPINNING;

    static {
        try {
            NMSPINNING = MethodHandles.lookup().findVarHandle(GmpScheduler.class, "nmspinning", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Config cfg;
    private final Thread.Builder.OfVirtual builder;
    // Go's sched.lock: guards the fields marked "lock". Mostly taken inside execute(), where
    // the JDK pins the calling virtual thread, so a virtual thread waiting for it spins and
    // never Thread.yields (see SpinLock). So does a goroutine that takes it unpinned
    // (started()'s wakep, gomaxprocs), where a yield would only let its M run another
    // goroutine meanwhile: the lock is held for a few dozen instructions.
    final SpinLock lock = new SpinLock(false);
    final Sysmon sysmon;
    final long startNanos = System.nanoTime();

    final GlobalQueue globrunq = new GlobalQueue();                   // lock: Go's sched.runq
    P pidle;                                                          // lock: idle P stack
    private M midle;                                                  // lock: idle M stack
    private int nmidle;                                               // lock: Ms in midle
    private int mcount;                                               // lock: Ms ever created
    private final List<M> allm = new ArrayList<>();                   // lock: every M
    final List<P> orphans = new ArrayList<>();                        // lock: retired Ps whose M has not let go

    volatile int npidle;     // Ps in pidle; written under lock, read racily
    volatile P[] allp;       // the GOMAXPROCS live Ps; replaced (never mutated) under lock
    volatile int gomaxprocs; // allp.length; written under lock
    volatile int norphans;   // orphans.size(); written under lock
    volatile int nmspinning; // Ms spinning; CAS
    volatile boolean shutdown; // tests only: Ms and sysmon exit when idle
    final Stats stats = new Stats(); // slow-path event counts
    final SplitGate splits = new SplitGate(stats.splitBans); // whether a spinner may split a ring its M gets through
    final Procs procs = new Procs(this); // procresize, retake: Go's processors
    final Steal steal = new Steal(this); // stealWork: what a spinning M takes from others
    final PolicyTrials policy = new PolicyTrials(stats.ringsKept, stats.policyTrials, stats.policySwitches, startNanos); // Go's policy or the departures, for now

    /**
     * Creates the scheduler with {@code procs} Ps, or throws {@link UnsupportedOperationException}
     * saying why the JDK hook is unreachable.
     *
     * @param procs the number of Ps (GOMAXPROCS)
     * @return the new scheduler
     */
    public static GmpScheduler create(int procs) {
        return create(procs, Config.fromSystemProperties(), schedtraceSetting());
    }

    static GmpScheduler create(int procs, Config cfg, int schedtraceMillis) {
        if (Hooks.FAILURE != null) {
            throw new UnsupportedOperationException(Hooks.FAILURE);
        }
        if (Door.CHOSEN == null) {
            throw new UnsupportedOperationException(Door.FAILURE);
        }
        return new GmpScheduler(procs, cfg, schedtraceMillis);
    }

    private GmpScheduler(int procs, Config cfg, int schedtraceMillis) {
        if (procs < 1) {
            throw new IllegalArgumentException("gomaxprocs must be >= 1: " + procs);
        }
        this.cfg = cfg;
        P[] ps = new P[procs];
        for (int i = procs - 1; i >= 0; i--) {
            ps[i] = new P(i, cfg.runqSize());
            pidleputLocked(ps[i]); // not yet shared: the lock is not needed
        }
        this.allp = ps;
        this.gomaxprocs = procs;
        this.builder = Door.CHOSEN.builder(this);
        this.sysmon = new Sysmon(this, schedtraceMillis);
        sysmon.start();
        if (Boolean.getBoolean("go4j.sched.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("go4j sched: " + stats)));
        }
    }

    /** GODEBUG=schedtrace=N (environment or -Dgo4j.godebug): N, else 0. */
    static int schedtraceSetting() {
        String v = Settings.get("go4j.godebug", "GODEBUG");
        if (v == null) {
            return 0;
        }
        for (String kv : v.split(",")) {
            kv = kv.trim();
            if (kv.startsWith("schedtrace=")) {
                try {
                    return Math.max(0, Integer.parseInt(kv.substring("schedtrace=".length()).trim()));
                } catch (NumberFormatException e) {
                    return 0; // Go ignores a malformed value too
                }
            }
        }
        return 0;
    }

    // ---- the Scheduler interface ----

    @Override
    public String name() {
        return "gmp";
    }

    @Override
    public Thread newThread(Runnable task) {
        return builder.unstarted(task);
    }

    @Override
    public int gomaxprocs() {
        return gomaxprocs;
    }

    @Override
    public int setGomaxprocs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("gomaxprocs must be >= 1: " + n);
        }
        return procs.procresize(n);
    }

    /**
     * Go's Gosched: the calling goroutine goes to the global run queue, and this M runs
     * something else. VirtualThread.yield unmounts and then, on this same M, calls
     * {@link #execute} with the continuation this M was running: {@link M#yieldTask} marks
     * it for the global queue.
     */
    @Override
    public void gosched() {
        Thread c = Hooks.currentCarrier();
        if (c instanceof M m && m.sched == this && Thread.currentThread() != c) {
            m.yieldTask = m.curTask();
            Thread.yield();
            if (Hooks.currentCarrier() == m) {
                // Still (or again) on m: our mark was consumed, or the yield did not happen
                // (a pinned frame); either way no other goroutine's mark can be there now.
                m.yieldTask = null;
            }
        } else {
            Thread.yield();
        }
    }

    /**
     * A goroutine on an M never spins: it parks, and whoever wakes it puts it in the waker's
     * runnext (Go's model, where a channel wait never spins either). A spinning goroutine
     * keeps its M busy, so the goroutines of a communicating group stay spread over the Ms
     * and every hand-off crosses carriers; parked, they gather on one P, where a hand-off is
     * a park and a resume on one carrier (see the ring rule in {@link Steal#stealWork}).
     * The measurements against the previous spin rule: docs/benchmarks.md, "Spinning before
     * parking" and "Rings". A platform thread does spin: whoever wakes it
     * runs elsewhere.
     */
    @Override
    public boolean spinBeforePark() {
        if (gomaxprocs < 2) {
            return false;
        }
        return !(Hooks.currentCarrier() instanceof M m && m.sched == this);
    }

    /** A goroutine was started: let an idle M pick it up if it did not go to an idle P (Go's newproc). */
    @Override
    public void started() {
        try {
            wakep();
        } catch (Throwable e) { // OutOfMemoryError: unable to create native thread
            // The goroutine is queued and will run on the Ms there are; sysmon's net wakes
            // one for it if its P's M stays busy. Nothing for the spawner to handle.
        }
    }

    @Override
    public String schedtrace(long uptimeMillis) {
        return schedtraceFigures(uptimeMillis).toString();
    }

    @Override
    public Schedtrace schedtraceNow() {
        return schedtraceFigures((System.nanoTime() - startNanos) / 1_000_000);
    }

    /** The figures of Go's SCHED line, read under the lock so that they describe one moment. */
    private Schedtrace schedtraceFigures(long uptimeMillis) {
        lock.lock();
        try {
            P[] ps = allp;
            int[] runqsizes = new int[ps.length];
            for (int i = 0; i < ps.length; i++) {
                runqsizes[i] = ps[i].ringSizeRacy();
            }
            return new Schedtrace(uptimeMillis, gomaxprocs, npidle,
                    mcount + 1, // + sysmon, as Go counts it
                    nmspinning, nmidle, globrunq.size, runqsizes);
        } finally {
            lock.unlock();
        }
    }

    /**
     * No continuation runs on an M or waits in a queue, and no virtual thread of this scheduler
     * has a timed park pending (the JDK times those on its own executors, see
     * {@link Hooks#delayedTaskSchedulers}; a canceled one, left queued until its time, does not
     * count). With every goroutine asleep, such a virtual thread is one go4j did not start.
     */
    @Override
    public boolean quiescent() {
        if (globrunq.size > 0 || timedParkPending()) {
            return false;
        }
        for (P p : allp) {
            if (p.runnext != null || p.ringNonEmptyRacy()) {
                return false;
            }
        }
        lock.lock();
        try {
            for (M m : allm) { // also the Ms of retired Ps, still in a continuation
                if (m.curTaskRacy() != null) {
                    return false;
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static boolean timedParkPending() {
        for (ScheduledExecutorService e : Hooks.delayedTaskSchedulers()) {
            if (e instanceof ScheduledThreadPoolExecutor stpe) {
                for (Runnable r : stpe.getQueue()) {
                    if (!(r instanceof Future<?> f) || !f.isCancelled()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- execute: where the JDK hands us runnable continuations ----

    @Override
    public void execute(Runnable r) {
        Thread c = Hooks.currentCarrier();
        if (c instanceof M m && m.sched == this) {
            P p = m.p;
            if ((p == null || p.status != P.OWNED) && npidle > 0) {
                p = reacquireP(m); // our P was taken while this continuation ran
            }
            if (p != null && p.status == P.OWNED) {
                if (r != m.curTask()) {
                    // Go's ready(): the woken goroutine runs next, here. Go also wakes an idle
                    // M each time; we do not when this P held nothing else (see quietWake).
                    boolean quiet = Departures.QUIET_WAKES && !policy.goPolicy && p.runnext == null && !p.ringNonEmptyRacy() && Departures.quietWake(m, p, r);
                    P.runqput(this, p, r, true);
                    if (!quiet) {
                        wakep();
                    }
                    return;
                }
                if (r != m.yieldTask) {
                    stats.selfResubmits.increment();
                    P.runqput(this, p, r, false); // Thread.yield, or an unpark that raced with the park
                    return;
                }
                m.yieldTask = null; // gosched: to the global queue, no wake-up (as in Go)
                globrunqput(r);
                return;
            }
        }
        injectGlobal(r);
    }

    /**
     * Go's exitsyscall: m's P was taken (sysmon, gomaxprocs) while m went on running the same
     * continuation; let go of the old P and take an idle one, so that m's wake-ups go local
     * again instead of through the global queue until the continuation ends. Null if none.
     */
    private P reacquireP(M m) {
        if (m.p != null) {
            lostP(m);
        }
        return takeIdleP(m);
    }

    /** m, holding no P, takes an idle one: m.p becomes it, or stays null if none is idle. */
    private P takeIdleP(M m) {
        lock.lock();
        P p = pidlegetLocked();
        if (p != null) {
            p.m = m;
        }
        lock.unlock();
        if (p != null) {
            wakeSysmon();
        }
        m.p = p;
        return p;
    }

    /** A wake-up from outside any M (or from an M whose P was taken): the global queue. */
    private void injectGlobal(Runnable r) {
        if (shutdown) {
            throw new RejectedExecutionException("go4j: scheduler shut down");
        }
        stats.injected.increment();
        globrunqput(r);
        wakep();
    }

    // ---- the scheduling loop (Go's schedule, findrunnable) ----

    /** The life of an M. It starts with the P startm handed it (never with another one). */
    void schedule(M m) {
        if (!m.awaitP()) {
            return;
        }
        while (!shutdown) {
            Runnable r = findRunnable(m);
            if (r == null) {
                continue; // lost its P or shutting down: findRunnable sorts it out
            }
            if (m.spinning) {
                resetSpinning(m);
            }
            P p = m.p;
            if (!m.inherit) {
                PHot.SCHEDTICK.setOpaque(p, p.schedtick + 1);
            }
            m.runTask(r);
        }
    }

    /**
     * Finds a continuation to run, with m holding an OWNED P on return; null when m lost its P
     * (the caller loops) or the scheduler is shutting down. May park m.
     */
    private Runnable findRunnable(M m) {
        for (;;) {
            if (shutdown) {
                return null;
            }
            P p = m.p;
            if (p == null) {
                if (!acquireP(m)) {
                    return null;
                }
                continue;
            }
            if (p.status != P.OWNED) {
                lostP(m);
                continue;
            }
            if (p.preempt) {
                // sysmon saw a runnext chain keep other goroutines waiting: break it as Go does
                // a preemption, by putting the chain's next goroutine on the global queue,
                // behind whatever waits there. (To the ring's tail, it came straight back
                // whenever the ring was empty, and a goroutine on the global queue waited
                // 61 preemptions, ~0.6 s, for its turn.)
                p.preempt = false;
                Runnable next = (Runnable) PHot.RUNNEXT.getAndSet(p, null);
                if (next != null) {
                    globrunqput(next);
                }
            }
            Runnable r;
            if (p.schedtick % cfg.globalCheckTicks() == 0 && globrunq.size > 0) {
                lock.lock();
                r = globrunqgetLocked(p, 1);
                lock.unlock();
                if (r != null) {
                    m.inherit = false;
                    return r;
                }
            }
            if ((r = P.runqget(m, p)) != null) {
                return r;
            }
            if (globrunq.size > 0) {
                lock.lock();
                r = globrunqgetLocked(p, 0);
                lock.unlock();
                if (r != null) {
                    m.inherit = false;
                    return r;
                }
            }
            int procs = gomaxprocs;
            if (m.spinning || 2 * nmspinning < procs - npidle) {
                if (!m.spinning) {
                    m.spinning = true;
                    NMSPINNING.getAndAdd(this, 1);
                }
                r = steal.stealWork(m, p);
                if (r != null) {
                    m.inherit = false;
                    return r;
                }
                if (p.status != P.OWNED) {
                    continue;
                }
            }
            // Nothing to do: give the P back and park.
            lock.lock();
            if (p.status != P.OWNED) {
                lock.unlock();
                continue;
            }
            if (globrunq.size > 0) {
                r = globrunqgetLocked(p, 0);
                lock.unlock();
                m.inherit = false;
                return r;
            }
            // The ring is empty and runnext null: m found them so and nobody else produces.
            // Drop the stale references too: a continuation held by an idle P keeps its
            // goroutine's closure, and the channels in it, reachable (Leaks would not report
            // a goroutine blocked on one).
            p.clearRing();
            p.quietTimed = null;
            pidleputLocked(p);
            m.p = null;
            lock.unlock();
            if (m.spinning) {
                // Go's delicate dance: stop counting as spinning first, then look at every
                // queue once more (the StoreLoad is the CAS). A submitter that saw us
                // spinning did not wake anyone, so we must see its work here.
                m.spinning = false;
                NMSPINNING.getAndAdd(this, -1);
                if (workAvailable()) {
                    if (takeIdleP(m) != null) {
                        stats.danceRespins.increment();
                        m.spinning = true;
                        NMSPINNING.getAndAdd(this, 1);
                        continue;
                    }
                }
            }
            if (!stopm(m)) {
                return null;
            }
        }
    }

    /**
     * Work a spinner could take, for the re-checks after it stops spinning (racy): the global
     * queue, and under Go's policy any P's runnext or ring. Under go4j's departures a P's
     * runnext, and a ring no longer than Departures.RING_STEAL_FACTOR, are its M's: the grace
     * rule takes them only from an M stuck in one continuation, for which sysmon's tick wakes
     * a spinner. Counting them made a spinner that had just left them take a P back and spin
     * again, over and over while any P held one (ADR 0005). A longer ring still counts: the
     * ring rule may take it once its M has run fewer than a quarter of it during a grace.
     */
    private boolean workAvailable() {
        if (globrunq.size > 0) {
            return true;
        }
        boolean departures = Departures.STEAL_GRACE && !policy.goPolicy;
        for (P q : allp) {
            if (departures ? Departures.ringOutlastsItsM(q.ringSizeRacy(), 1) : q.ringNonEmptyRacy() || q.runnext != null) {
                return true;
            }
        }
        return false;
    }

    /** m has no P: takes an idle one, or parks until handed one. False on shutdown. */
    private boolean acquireP(M m) {
        return takeIdleP(m) != null || stopm(m);
    }

    /** Parks m in the idle list until startm hands it a P (Go's stopm). False on shutdown. */
    private boolean stopm(M m) {
        stats.mParks.increment();
        lock.lock();
        if (m.idle || m.nextp != null || m.p != null) {
            lock.unlock();
            throw new AssertionError("stopm: " + m.getName() + " is already idle or holds a P");
        }
        m.idle = true;
        m.link = midle;
        midle = m;
        nmidle++;
        lock.unlock();
        return m.awaitP();
    }

    /** m noticed its P was taken (TAKEN): drain it for good and let go of it. */
    private void lostP(M m) {
        P old = m.p;
        m.p = null;
        int moved;
        lock.lock();
        try {
            orphans.remove(old);
            norphans = orphans.size();
            moved = globrunq.drainLocked(old);
        } finally {
            lock.unlock();
        }
        if (m.spinning) {
            m.spinning = false;
            NMSPINNING.getAndAdd(this, -1);
        }
        if (moved > 0) {
            wakep();
        }
    }

    /** Go's resetspinning: m found work; if it was the last spinner, let another M look. */
    private void resetSpinning(M m) {
        m.spinning = false;
        NMSPINNING.getAndAdd(this, -1);
        // Go wakes another spinner here always; go4j only if work a spinner could take is
        // in sight (Departures.QUIET_RESPIN). The re-check follows the decrement, as in the
        // delicate dance of findRunnable: a submitter that saw us spinning and woke nobody
        // had queued its work before, so workAvailable() sees it if it is in the global
        // queue; work a goroutine queued on its own P is its M's, or sysmon's to hand on.
        if (!Departures.QUIET_RESPIN || workAvailable()) {
            wakep();
        }
    }

    // ---- waking Ms (Go's wakep, startm) ----

    /** Wakes an idle M to spin, if a P is idle and no M is spinning already. */
    void wakep() {
        if (npidle == 0 || nmspinning != 0 || !NMSPINNING.compareAndSet(this, 0, 1)) {
            return;
        }
        startm(null, true);
    }

    /**
     * Gives P {@code p} (or any idle P when null) to an idle or new M. When {@code spinning},
     * the caller has already counted the M in nmspinning; the count is undone if no M starts.
     */
    void startm(P p, boolean spinning) {
        boolean tookIdle = p == null;
        lock.lock();
        if (p == null) {
            p = pidlegetLocked();
            if (p == null) {
                lock.unlock();
                if (spinning) {
                    NMSPINNING.getAndAdd(this, -1);
                }
                return;
            }
        }
        M nm = midle;
        if (nm != null) {
            midle = nm.link;
            nm.link = null;
            nm.idle = false;
            nmidle--;
            p.m = nm;
            nm.nextSpinning = spinning;
            nm.nextp = p;
            lock.unlock();
            if (tookIdle) {
                wakeSysmon();
            }
            stats.mWakes.increment();
            LockSupport.unpark(nm);
            return;
        }
        if (mcount >= cfg.maxMs() || shutdown) {
            pidleputLocked(p);
            lock.unlock();
            if (spinning) {
                NMSPINNING.getAndAdd(this, -1);
            }
            return;
        }
        try {
            nm = new M(this, mcount);
            allm.add(nm);
        } catch (Throwable t) { // OutOfMemoryError: nothing under the lock may fail (see Locking)
            pidleputLocked(p);
            lock.unlock();
            if (spinning) {
                NMSPINNING.getAndAdd(this, -1);
            }
            throw t;
        }
        mcount++;
        p.m = nm;
        nm.nextSpinning = spinning;
        nm.nextp = p;
        lock.unlock();
        if (tookIdle) {
            wakeSysmon();
        }
        try {
            nm.start();
        } catch (Throwable t) { // OutOfMemoryError: unable to create native thread
            lock.lock();
            allm.remove(nm);
            mcount--;
            pidleputLocked(p);
            lock.unlock();
            if (spinning) {
                NMSPINNING.getAndAdd(this, -1);
            }
            throw t;
        }
    }

    /** An M could take a P for sysmon's hand-off (an idle M exists, or the M cap allows one more). */
    boolean canStartMLocked() {
        return midle != null || mcount < cfg.maxMs();
    }

    // ---- idle P list (lock held) ----

    private P pidlegetLocked() {
        P p = pidle;
        if (p != null) {
            pidle = p.link;
            p.link = null;
            p.status = P.OWNED;
            npidle = npidle - 1;
        }
        return p;
    }

    /**
     * After a P left the idle list (and the lock was released): sysmon, asleep while every P
     * was idle, watches again. Sysmon sets {@code sleeping} and then looks at the Ps; we
     * changed a P and then read {@code sleeping}: both volatile, so one of us sees the other.
     */
    private void wakeSysmon() {
        if (sysmon.sleeping) {
            LockSupport.unpark(sysmon);
        }
    }

    void pidleputLocked(P p) {
        p.status = P.IDLE;
        p.m = null;
        p.link = pidle;
        pidle = p;
        npidle = npidle + 1;
    }

    // ---- stealing is Steal's (findRunnable calls steal.stealWork) ----

    /** Continuations run so far by all of this scheduler's Ms (the split gate's measure). */
    long tasksRun() {
        long sum = 0;
        lock.lock();
        try {
            for (M m : allm) {
                sum += m.ntasksRacy();
            }
        } finally {
            lock.unlock();
        }
        return sum;
    }

    // ---- the global run queue (GlobalQueue) ----

    /** Go's globrunqputbatch, taking the lock: runqputslow's half ring and one more at the global queue's tail. */
    void globrunqputBatch(Runnable[] batch) {
        lock.lock();
        try {
            globrunq.putBatchLocked(batch); // grows the queue: can fail (see Locking)
        } finally {
            lock.unlock();
        }
    }

    /** Go's globrunqput, taking the lock: r at the global queue's tail; wakes nobody. */
    private void globrunqput(Runnable r) {
        lock.lock();
        try {
            globrunq.putLocked(r); // grows the queue: can fail (see Locking)
        } finally {
            lock.unlock();
        }
    }

    /** Go's globrunqget (lock held): see {@link GlobalQueue#getLocked}. */
    Runnable globrunqgetLocked(P p, int max) {
        return globrunq.getLocked(p, max, gomaxprocs);
    }

    // ---- tests and diagnostics ----

    /** The M the caller runs on (a goroutine's carrier, or the M itself), or null. */
    static M currentM() {
        return Hooks.currentCarrier() instanceof M m ? m : null;
    }

    /** Number of Ms created so far. */
    int mcount() {
        lock.lock();
        try {
            return mcount;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tests only: null when the books balance for a quiet scheduler (every P idle and listed
     * once, every M idle and listed once, nobody spinning, nothing queued), else what is off.
     */
    String quiescenceProblem() {
        lock.lock();
        try {
            int ps = 0;
            for (P p = pidle; p != null && ps <= gomaxprocs; p = p.link) {
                ps++;
            }
            int ms = 0;
            java.util.Set<M> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (M m = midle; m != null && seen.add(m); m = m.link) {
                ms++;
            }
            String state = "gomaxprocs=" + gomaxprocs + " npidle=" + npidle + " listedPs=" + ps
                    + " mcount=" + mcount + " nmidle=" + nmidle + " listedMs=" + ms + " nmspinning=" + nmspinning
                    + " runqsize=" + globrunq.size + " orphans=" + orphans.size();
            boolean ok = ps == gomaxprocs && npidle == gomaxprocs && ms == mcount && nmidle == mcount
                    && nmspinning == 0 && globrunq.isEmpty() && orphans.isEmpty();
            for (M m : allm) {
                ok &= m.idle && m.nextp == null;
            }
            return ok ? null : state;
        } finally {
            lock.unlock();
        }
    }

    /** Tests only: stops sysmon and every idle M. Goroutines must all have finished. */
    void shutdown() {
        shutdown = true;
        List<M> ms;
        lock.lock();
        ms = new ArrayList<>(allm);
        lock.unlock();
        LockSupport.unpark(sysmon);
        for (M m : ms) {
            LockSupport.unpark(m);
        }
        try {
            sysmon.join(5000);
            for (M m : ms) {
                m.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
