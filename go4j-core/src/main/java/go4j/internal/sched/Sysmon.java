package go4j.internal.sched;


import go4j.internal.base.RuntimeThread;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Go's sysmon: a platform thread, holding no P, that watches the Ps.
 * <ul>
 *   <li>An M that has stayed in one continuation for {@link Config#retakeNanos} (blocking file
 *       I/O, a pinned frame, a CPU loop) while other goroutines wait, and nobody consumed its
 *       queue or the global queue all that time, loses its P to another M
 *       ({@link Procs#retake}), up to {@link Config#maxMs} Ms. (A goroutine spawning
 *       in a long loop while other Ms steal its work holds nobody up and keeps its P.)</li>
 *   <li>A chain of runnext hand-offs that has kept a P's other goroutines waiting for
 *       {@link Config#preemptNanos} is broken ({@code P.preempt}); Go preempts the running
 *       goroutine instead, which a JVM cannot do.</li>
 *   <li>A P whose M has stayed in one continuation since the last tick while goroutines
 *       wait in its runnext or ring gets a spinning M ({@link GmpScheduler#wakep}), which
 *       steals them by its runnext grace rule: the safety net of the quiet wake-ups of
 *       {@code GmpScheduler.execute}, which wake no M when the waker's P held nothing else.</li>
 *   <li>Whatever a stuck M pushed into its retired P is moved to the global queue.</li>
 *   <li>Global work with a P idle and no M spinning (a lost wake-up) gets an M, and is
 *       counted in {@code Stats.sysmonRescues}: expected 0, bar a submitter caught between
 *       queueing and its own wakep.</li>
 *   <li>A ring split by a spinner is judged once its time has come ({@link SplitGate}).</li>
 *   <li>With {@code GODEBUG=schedtrace=N}, Go's {@code SCHED} line goes to stderr every N ms.</li>
 * </ul>
 *
 * <p>Invariants: the {@code sys*} notes in each P are touched only by this thread. Sysmon
 * parks while every P is idle (and no trace is wanted); {@link #sleeping} is set before the
 * last look at the idle count and an M taking an idle P reads it after changing that count,
 * so one of the two always sees the other.
 */
final class Sysmon extends RuntimeThread {
    private final GmpScheduler sched;
    private final long traceNanos;   // 0: no schedtrace
    volatile boolean sleeping;       // parked until a P gets busy
    private final LongSupplier tasksRun; // sched::tasksRun, for the policy trials

    Sysmon(GmpScheduler sched, int schedtraceMillis) {
        super(null, "go4j-sysmon");
        this.sched = sched;
        this.traceNanos = schedtraceMillis * 1_000_000L;
        this.tasksRun = sched::tasksRun;
    }

    @Override
    public void run() {
        Config cfg = sched.cfg;
        long nextTrace = System.nanoTime() + traceNanos;
        while (!sched.shutdown) {
            if (traceNanos == 0 && quiet()) {
                boolean trial = PolicyTrials.ON && sched.policy.pause(System.nanoTime());
                sleeping = true;
                if (quiet() && !sched.shutdown) {
                    if (trial) {
                        LockSupport.parkNanos(this, PolicyTrials.MAX_WINDOW_NANOS + 1_000_000);
                    } else {
                        LockSupport.park(this);
                    }
                }
                sleeping = false;
                if (trial) {
                    sched.policy.resumed(System.nanoTime());
                }
                continue;
            }
            long sleep = cfg.sysmonTickNanos();
            if (traceNanos > 0) {
                sleep = Math.max(1, Math.min(sleep, nextTrace - System.nanoTime()));
            }
            LockSupport.parkNanos(this, sleep);
            long now = System.nanoTime();
            tick(cfg, now);
            if (traceNanos > 0 && now - nextTrace >= 0) {
                System.err.println(sched.schedtrace((now - sched.startNanos) / 1_000_000));
                nextTrace = now + traceNanos;
            }
        }
    }

    /** Nothing for sysmon to watch: every P idle, nothing queued globally, no retired P. */
    private boolean quiet() {
        return sched.npidle == sched.gomaxprocs && sched.globrunq.size == 0 && sched.norphans == 0;
    }

    private void tick(Config cfg, long now) {
        if (sched.globrunq.size > 0 && sched.npidle > 0 && sched.nmspinning == 0) {
            // Work queued, a P idle, nobody looking: a lost wake-up by the scheduler's
            // invariants (or a submitter between its unlock and its wakep). Rescue it, and
            // count it so that a bug shows up as a number, not as a hang.
            sched.stats.sysmonRescues.increment();
            sched.wakep();
        }
        for (P p : sched.allp) {
            M m = p.m;
            if (p.status != P.OWNED || m == null) {
                p.sysTasksWhen = now;
                p.sysTickWhen = now;
                continue;
            }
            long nt = m.ntasksRacy();
            int head = p.head;
            long taken = sched.globrunq.taken;
            if (head != p.sysHead || taken != p.sysGlobal) {
                // someone (a stealer, another P) is consuming the work queued here or
                // globally: this P holds nobody up, however long its M stays in one task
                p.sysHead = head;
                p.sysGlobal = taken;
                p.sysProgressWhen = now;
            }
            if (nt != p.sysTasks || m.curTaskRacy() == null) {
                p.sysTasks = nt;
                p.sysTasksWhen = now;
            } else if (now - Math.max(p.sysTasksWhen, p.sysProgressWhen) >= cfg.retakeNanos()
                    && sched.procs.hasWaitingWork(p) && sched.procs.retake(p, m, nt)) {
                continue;
            } else if (p.runnext != null || p.ringNonEmptyRacy()) {
                // a quiet wake-up (GmpScheduler.execute) whose waker went on running, or a
                // retake that could not happen: wake a spinner, which takes the goroutine
                // if this M is still in the same task
                sched.wakep();
            }
            int tick = (int) PHot.SCHEDTICK.getOpaque(p);
            if (tick != p.sysTick) {
                p.sysTick = tick;
                p.sysTickWhen = now;
            } else if (now - p.sysTickWhen >= cfg.preemptNanos()) {
                p.sysTickWhen = now;
                if (nt != p.sysTasks || now - p.sysTasksWhen < cfg.preemptNanos()) {
                    // tasks keep starting, all through runnext
                    if (sched.globrunq.size > 0 || p.ringNonEmptyRacy()) {
                        p.preempt = true;
                    }
                }
            }
        }
        if (sched.norphans > 0) {
            sched.procs.drainOrphans();
        }
        if (sched.splits.judging()) {
            sched.splits.judge(now, sched.tasksRun());
        }
        if (PolicyTrials.ON) {
            sched.policy.tick(now, tasksRun, sched.gomaxprocs);
        }
    }
}
