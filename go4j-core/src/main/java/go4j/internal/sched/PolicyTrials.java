package go4j.internal.sched;

import go4j.internal.base.Settings;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Which policy the scheduler runs now, go4j's departures ({@link Departures}) or Go's own, chosen
 * by trying Go's from time to time and keeping whichever made the Ms run continuations faster:
 * a policy that measures the running machine and program instead of a constant tuned on one
 * CPU (issue 16). The departures keep a group of goroutines that hand off among themselves on
 * one carrier; Go's policy spreads work over every P at once, which pays for a chain of stages
 * (a pipeline, a prime sieve) whose halves meet only at the cut. Neither wins everywhere, and
 * which one wins a given program differs from one CPU to the next (docs/adr/0014-policy-trials.md).
 *
 * <p>When to try: Go's policy only after spinners left {@link #RINGS_KEPT_TO_TRY} rings to their
 * M since the last trial began (the departures held work back); the departures, while Go's
 * policy runs, whenever the gap has passed. A trial, driven by sysmon's ticks, measures the
 * continuations all Ms ran per ns ({@link GmpScheduler#tasksRun}) over three windows of
 * {@link #WINDOW_NANOS} (longer, up to {@link #MAX_WINDOW_NANOS}, until each holds
 * {@link #MIN_TASKS}): the current policy, the other one, the current one again (bracketing
 * the trial, so that a program speeding up or slowing down on its own does not pass for the
 * trial's doing). The first tick after each change is not counted: the Ms are still moving
 * goroutines about. Moments when every P is idle count in a window ({@link #pause}).
 *
 * <p>How it is judged: the other policy wins a trial if it beat both brackets by
 * {@link #GAIN_PERCENT}%, and is kept after {@link #WINS_NEEDED} wins in a row (the confirming
 * trial at once); the gap then starts again at {@link #FIRST_GAP_NANOS}. After the gap:
 * <ul>
 *   <li>a trial lost by the margin (both brackets ran that much faster) doubles it, up to
 *       {@link #MAX_GAP_NANOS}, so that a program the current policy clearly suits pays for a
 *       trial window (4 to 64 ms) at most once in {@code MAX_GAP_NANOS};</li>
 *   <li>a trial within the margin either way leaves it as it is: look again as soon. (Windows
 *       of a program waiting on I/O, or still being compiled, differ by more than a quarter
 *       under one policy; lost there, trials came ever more rarely and never won twice in a
 *       row.) The price: a program whose policies run within a quarter of each other spends
 *       about a tenth of its time under the other one (a third with 64 ms windows), and two
 *       lucky windows in a row switch it, at a cost below the margin either way;</li>
 *   <li>a trial with a window that ran fewer than {@link #MIN_TASKS} continuations in
 *       {@link #MAX_WINDOW_NANOS} (too little going on to tell) resets it to
 *       {@link #FIRST_GAP_NANOS}.</li>
 * </ul>
 *
 * <p>Invariants: only the sysmon thread calls {@link #tick}, {@link #pause}, {@link #resumed} and
 * {@link #abandon}, and writes the state below;
 * {@link #goPolicy} is the one field others read (racily, on every wake-up and
 * steal): a stale read only applies the previous policy to one decision. Off with one P (the
 * policies differ only in waking and stealing between Ps), with both departures that differ
 * off, or with {@code -Dgo4j.sched.policyTrials=false}.
 */
final class PolicyTrials {
    /** {@code go4j.sched.policyTrials=false} turns the trials off: the departures stay. */
    static final boolean ON = (Departures.QUIET_WAKES || Departures.STEAL_GRACE)
            && !"false".equals(Settings.get("go4j.sched.policyTrials", null));

    /** Each measured window. */
    static final long WINDOW_NANOS = 4_000_000;
    /** The gap before the first trial, and after one whose policy was kept. */
    static final long FIRST_GAP_NANOS = 20_000_000;
    /** The longest gap between trials. */
    static final long MAX_GAP_NANOS = 1_280_000_000;
    /** The other policy wins a trial if it ran this much more continuations per ns than both brackets. */
    static final int GAIN_PERCENT = 25;
    /**
     * The other policy is kept only after winning this many trials in a row: on a loaded
     * machine a 4 ms window is sometimes slowed by another process, and a lucky window alone
     * must not switch the policy.
     */
    static final int WINS_NEEDED = 2;
    /**
     * Go's policy is tried only after spinners left this many rings to their M since the last
     * trial began (the ring rule or the split gate held them back, where Go would have split them):
     * with none, as in a ping-pong, Go's policy has nothing to spread, and each trial costs a
     * futex wake-up per hand-off for its window.
     */
    static final int RINGS_KEPT_TO_TRY = 8;
    /**
     * A window goes on past {@link #WINDOW_NANOS} until the Ms ran this many continuations in
     * it: a program driven by I/O runs a few dozen a millisecond, and its 4 ms windows differed
     * 3x from one to the next under the same policy.
     */
    static final long MIN_TASKS = 1_000;
    /** The longest window; one that ran fewer than {@link #MIN_TASKS} by then has too few to judge by. */
    static final long MAX_WINDOW_NANOS = 16 * WINDOW_NANOS;

    private static final int WAIT = 0, SETTLE = 1, MEASURE = 2;

    /** Go's policy instead of the departures, for now: read on every wake-up and steal, written by sysmon. */
    volatile boolean goPolicy;

    private final LongAdder ringsKept; // rings spinners left to their M after the grace (Steal)
    private long ringsKeptSeen;        // its sum when the last trial began
    private final LongAdder judged;   // trials judged, for Stats
    private final LongAdder switches; // ... that the other policy won
    private long gap = FIRST_GAP_NANOS;
    private int wins;           // trials in a row that the other policy won
    private long nextTrial;     // when the next trial starts (phase WAIT)
    private int window;         // 0: current policy, 1: the other, 2: current again
    private int phase = WAIT;
    private long pausedAt;      // when sysmon found every P idle during a trial, or 0
    private long windowStart;   // System.nanoTime() when the measured part of the window began
    private long windowTasks;   // tasksRun() then
    private final double[] rates = new double[3];

    PolicyTrials(LongAdder ringsKept, LongAdder judged, LongAdder switches, long now) {
        this.ringsKept = ringsKept;
        this.judged = judged;
        this.switches = switches;
        this.nextTrial = now + FIRST_GAP_NANOS;
    }

    /**
     * Sysmon's tick, while some P is busy; {@code tasksRun} reads {@link GmpScheduler#tasksRun}
     * (under the scheduler lock: when a window begins, and on each tick from
     * {@link #WINDOW_NANOS} until it ends), {@code procs} is GOMAXPROCS.
     */
    void tick(long now, LongSupplier tasksRun, int procs) {
        if (procs < 2) {
            abandon(now);
            return;
        }
        if (droppedAfterLongPause(now)) {
            return;
        }
        pausedAt = 0;
        switch (phase) {
            case WAIT -> {
                if (now - nextTrial < 0) {
                    return;
                }
                long kept = ringsKept.sum();
                if (!goPolicy && wins == 0 && kept - ringsKeptSeen < RINGS_KEPT_TO_TRY) {
                    nextTrial = now + gap; // the departures held too few rings back: nothing to try
                    return;
                }
                ringsKeptSeen = kept;
                window = 0;
                begin(now, tasksRun.getAsLong());
            }
            case SETTLE -> begin(now, tasksRun.getAsLong());
            default -> {
                long elapsed = now - windowStart;
                if (elapsed < WINDOW_NANOS) {
                    return;
                }
                long ran = tasksRun.getAsLong() - windowTasks;
                if (ran < MIN_TASKS && elapsed < MAX_WINDOW_NANOS) {
                    return;
                }
                rates[window] = ran < MIN_TASKS ? 0 : (double) ran / elapsed;
                if (window < 2) {
                    window++;
                    goPolicy = !goPolicy; // to the other policy, then back
                    phase = SETTLE;
                    return;
                }
                decide(now);
            }
        }
    }

    /**
     * Sysmon found every P idle and parks until one gets busy. A trial under way goes on: the
     * idle time counts in its window, as it counts in the program's speed (a program waiting
     * on I/O is idle for moments many times a millisecond, and trials dropped at each never
     * finished). A pause longer than {@link #MAX_WINDOW_NANOS} drops it ({@link #tick},
     * {@link #resumed}).
     *
     * @return whether a trial is under way (sysmon then parks for at most MAX_WINDOW_NANOS)
     */
    boolean pause(long now) {
        if (phase == WAIT) {
            return false;
        }
        if (pausedAt == 0) {
            pausedAt = now;
        }
        return true;
    }

    /**
     * Sysmon woke from a park that {@link #pause} said a trial was under way for (sysmon parks
     * at most {@link #MAX_WINDOW_NANOS} then, so that a trial never outlives a long pause with
     * the other policy in force): drops the trial if the pause was too long.
     */
    void resumed(long now) {
        droppedAfterLongPause(now);
    }

    /** A pause longer than the longest window drops the trial: the program went idle, the window says nothing of either policy. */
    private boolean droppedAfterLongPause(long now) {
        if (pausedAt == 0 || now - pausedAt <= MAX_WINDOW_NANOS) {
            return false;
        }
        abandon(now); // clears pausedAt
        return true;
    }

    /** A trial under way is dropped, with the current policy restored. */
    void abandon(long now) {
        pausedAt = 0;
        if (phase != WAIT) {
            if (window == 1) {
                goPolicy = !goPolicy;
            }
            phase = WAIT;
            nextTrial = now + gap;
        }
    }

    private void begin(long now, long tasks) {
        windowStart = now;
        windowTasks = tasks;
        phase = MEASURE;
    }

    private void decide(long now) {
        judged.increment();
        double lo = Math.min(rates[0], rates[2]), hi = Math.max(rates[0], rates[2]);
        if (lo == 0 || rates[1] == 0) {
            wins = 0; // a win, then nothing to judge by, then a win: not two in a row
            gap = FIRST_GAP_NANOS; // too little going on to tell: look again soon
        } else if (!won(rates[1], hi)) {
            wins = 0;
            if (won(lo, rates[1])) {
                gap = Math.min(2 * gap, MAX_GAP_NANOS); // lost by the margin: look again later and later
            } // within the margin either way: the gap stays, look again as soon
        } else if (++wins < WINS_NEEDED) {
            phase = WAIT;
            nextTrial = now; // confirm at once; the gap stays for when it is lost
            return;
        } else {
            wins = 0;
            goPolicy = !goPolicy;
            switches.increment();
            gap = FIRST_GAP_NANOS;
        }
        phase = WAIT;
        nextTrial = now + gap;
    }

    /** Whether a trial rate beat the bracketing rate by GAIN_PERCENT. */
    static boolean won(double trial, double base) {
        return trial * 100 > base * (100 + GAIN_PERCENT);
    }
}
