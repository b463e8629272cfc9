package go4j.internal.sched;

import java.util.concurrent.atomic.LongAdder;

/**
 * Whether a spinner may split a ring that its M would get through itself: take half of it
 * although the ring does not outlast its M by {@link Departures#RING_STEAL_FACTOR}
 * (a departure from Go: {@link Departures#SPLIT_GATE}).
 *
 * <p>Such a ring holds a group of goroutines handing off among themselves. Whether two
 * carriers run the group faster than one depends on what its members share: a chain of
 * stages, each pair with a channel of its own (a prime sieve, a pipeline), meets only at the
 * cut and can run up to twice as fast split; goroutines sharing one channel (4 producers and 4
 * consumers, 100 and 100, a selector and its producers) fight over its lock on two carriers
 * and run slower than on one P (docs/adr/0005-scheduler-departures-from-go.md has the numbers).
 *
 * <p>So the gate asks the question directly, with what the scheduler itself counts: the
 * continuations its Ms run ({@link GmpScheduler#tasksRun}). The spinner that wants to split
 * measured that rate over its grace sleep, with the group on one P; one split at a time is
 * made, and at the first look at least {@link #JUDGE_NANOS} later (sysmon's tick, or a
 * spinner asking for the next split) the rate since the split is compared with it. A split
 * that did not raise the rate by {@link #GAIN_PERCENT}% bans splits: for 1 ms, then twice as
 * long each time a split fails again, up to {@code JUDGE_NANOS << MAX_BAN_SHIFT}; a split that
 * paid resets the doubling. A ban stops further splits; it does not undo one.
 *
 * <p>Invariants: the state changes only under this object's monitor, entered by spinners
 * after their grace sleep (every 20 µs or more) and by sysmon while a split is judged, never
 * on a hand-off. At most one split is reserved or being judged at a time ({@link #judging}).
 */
final class SplitGate {
    /** How long after a split its rate is measured before it is judged. */
    static final long JUDGE_NANOS = 1_000_000;
    /** A split paid if the Ms ran at least this much more continuations per ns after it than before. */
    static final long GAIN_PERCENT = 25;
    /** The longest ban is JUDGE_NANOS times 2 to this power (256 ms). */
    static final int MAX_BAN_SHIFT = 8;

    private final LongAdder bans; // bans imposed, for Stats

    private volatile boolean judging; // a split is reserved or made and not judged yet; written under the monitor
    private long splitAt;             // System.nanoTime() of that split
    private long splitTasks;          // tasksRun() at that split
    private double rateBefore;        // continuations per ns before it, measured by the splitter
    private boolean banned;           // no split before banUntil
    private long banUntil;
    private int banShift;             // the next ban lasts JUDGE_NANOS << banShift

    SplitGate(LongAdder bans) {
        this.bans = bans;
    }

    /**
     * Reserves the split, if one is allowed at {@code now} (judging the last one first if it
     * is due); {@code tasks} is tasksRun() now, {@code rateBefore} the continuations per ns the
     * Ms ran just before, unsplit. True: the caller may take half a ring, and must call
     * {@link #cancel} if it found nothing to take.
     */
    synchronized boolean tryReserve(long now, long tasks, double rateBefore) {
        judgeIfDue(now, tasks);
        if (judging) {
            return false;
        }
        if (banned) {
            if (now - banUntil < 0) {
                return false;
            }
            banned = false;
        }
        judging = true;
        splitAt = now;
        splitTasks = tasks;
        this.rateBefore = rateBefore;
        return true;
    }

    /** The reserved split took nothing: forget it. */
    synchronized void cancel() {
        judging = false;
    }

    /** Whether a split waits to be judged (sysmon then calls {@link #judge}). */
    boolean judging() {
        return judging;
    }

    /** Judges the split made, if its time has come; {@code tasks} is tasksRun() now. */
    synchronized void judge(long now, long tasks) {
        judgeIfDue(now, tasks);
    }

    private void judgeIfDue(long now, long tasks) {
        long elapsed = now - splitAt;
        if (!judging || elapsed < JUDGE_NANOS) {
            return;
        }
        judging = false;
        if (!paid(rateBefore, tasks - splitTasks, elapsed)) {
            banned = true;
            banUntil = now + (JUDGE_NANOS << banShift);
            banShift = Math.min(banShift + 1, MAX_BAN_SHIFT);
            bans.increment();
        } else {
            banShift = 0;
        }
    }

    /** Whether running {@code tasksAfter} continuations in {@code elapsed} ns beat {@code rateBefore} by GAIN_PERCENT. */
    static boolean paid(double rateBefore, long tasksAfter, long elapsed) {
        return tasksAfter * 100.0 > rateBefore * elapsed * (100 + GAIN_PERCENT);
    }
}
