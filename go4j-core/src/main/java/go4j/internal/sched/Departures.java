package go4j.internal.sched;

import go4j.internal.base.Settings;

/**
 * Where gmp's policy departs from Go's proc.go, in one place: each departure's switch (a
 * system property read once, so the JIT folds it) that turns it off and leaves Go's policy
 * there, and the departure's own logic (the quiet wake-ups' sampling, the ring rule); the
 * grace sleep lives in GmpScheduler.stealAfterGrace, the split gate in {@link SplitGate}.
 * Why each exists, what it buys and costs, measured: docs/adr/0005-scheduler-departures-from-go.md.
 *
 * <ul>
 *   <li>{@link #QUIET_WAKES} ({@code go4j.sched.quietWakes}): a wake-up onto a P that holds
 *       nothing else wakes no idle M (Go's {@code ready()} always calls {@code wakep()}); one in
 *       16 such wake-ups is timed, and a late pick turns the P back to waking Ms for a while.</li>
 *   <li>{@link #STEAL_GRACE} ({@code go4j.sched.stealGrace}): a spinning M steals from another
 *       P only after looking at the global queue for {@code idleSpinNanos} and then sleeping
 *       {@code runnextGraceNanos}, and only from a P whose M is still running; it takes the
 *       runnext only of a P whose M stayed in one continuation meanwhile. Go steals half of a
 *       ring at once, and a runnext after a 3 µs sleep.</li>
 *   <li>{@link #RING_RULE} ({@code go4j.sched.ringRule}): after the grace, half of a ring is
 *       taken only if it holds more than {@code RING_STEAL_FACTOR} times the continuations its
 *       M ran meanwhile (else its goroutines hand off among themselves, faster on one P).</li>
 *   <li>{@link #SPLIT_GATE} ({@code go4j.sched.splitGate}): an exception to the ring rule: one
 *       such ring at a time is split anyway, and splits are banned for a while when the
 *       split groups ran no faster on two Ps than on one ({@link SplitGate}).</li>
 *   <li>{@link #QUIET_RESPIN} ({@code go4j.sched.quietRespin}): a spinning M that found work
 *       wakes another M to spin only if more work is in sight (Go's {@code resetspinning} wakes
 *       one always, in case more comes). A goroutine woken from outside go4j (a platform
 *       thread, an I/O library's thread) woke two Ms, one of them for nothing, and on two cores
 *       that second M competed for the CPU with the thread that woke the goroutine. Not part
 *       of the policy trials: it stays on under Go's policy.</li>
 * </ul>
 * {@code -Dgo4j.sched.goPolicy=true} turns all five off. Whether the first four or Go's policy
 * run at a given moment is {@link PolicyTrials}' choice ({@code go4j.sched.policyTrials}), made by
 * measuring.
 */
final class Departures {
    private Departures() {
    }

    /** {@code go4j.sched.goPolicy=true}: every departure off, Go's policy throughout. */
    static final boolean GO_POLICY = "true".equals(Settings.get("go4j.sched.goPolicy", null));

    static final boolean QUIET_WAKES = on("go4j.sched.quietWakes");
    static final boolean STEAL_GRACE = on("go4j.sched.stealGrace");
    static final boolean RING_RULE = STEAL_GRACE && on("go4j.sched.ringRule");
    static final boolean SPLIT_GATE = RING_RULE && on("go4j.sched.splitGate");
    static final boolean QUIET_RESPIN = on("go4j.sched.quietRespin");

    private static boolean on(String property) {
        return !GO_POLICY && !"false".equals(Settings.get(property, null));
    }

    /** The departures in effect, for schedtrace and tests: e.g. "quietWakes stealGrace ringRule splitGate quietRespin policyTrials". */
    static String describe() {
        StringBuilder sb = new StringBuilder();
        if (QUIET_WAKES) {
            sb.append(" quietWakes");
        }
        if (STEAL_GRACE) {
            sb.append(" stealGrace");
        }
        if (RING_RULE) {
            sb.append(" ringRule");
        }
        if (SPLIT_GATE) {
            sb.append(" splitGate");
        }
        if (QUIET_RESPIN) {
            sb.append(" quietRespin");
        }
        if (PolicyTrials.ON) {
            sb.append(" policyTrials");
        }
        return sb.isEmpty() ? "none (Go's policy)" : sb.substring(1);
    }

    // ---- quietWakes: GmpScheduler.execute asks quietWake; P.runqget reports picks ----

    /** One quiet wake-up in this many on average, at random strides, has the woken goroutine's wait in runnext timed. */
    static final int QUIET_SAMPLE = 16;
    /** A timed wait in runnext longer than this means its waker went on running (Go's spinner would have stolen it by then). */
    static final long QUIET_LATE_NANOS = 50_000;
    /** Wake-ups that wake an M as Go's do after a late pick; doubles (up to 64x) while picks stay late. */
    static final int LOUD_WAKES = 256;

    /**
     * Whether a wake-up onto p, which holds nothing else, may skip wakep() (owner only): a
     * "quiet" wake-up. In a hand-off the waker parks next and the woken goroutine runs here at
     * once; an M woken for it would find nothing and park again, and on this VM those futex
     * wake-ups cost a hand-off chain a third of its speed. But a waker that goes on computing
     * (a pipeline stage) would keep the woken goroutine waiting, where Go's woken M steals it
     * after its usleep. So one quiet wake-up in {@link #QUIET_SAMPLE} is timed until the
     * owner picks it ({@link P#runqget}); a pick later than {@link #QUIET_LATE_NANOS} makes
     * the next {@link #LOUD_WAKES} wake-ups (doubling while it recurs) wake an M as Go does.
     * Sysmon's net covers a waker that runs on for a whole tick meanwhile.
     */
    static boolean quietWake(M m, P p, Runnable r) {
        if (p.loudLeft > 0) {
            p.loudLeft--;
            return false;
        }
        // A countdown reloaded with a random stride (1 .. 2 * QUIET_SAMPLE - 1), so that the
        // hand-off path pays one decrement, not a random draw. Not a fixed stride: a stage's
        // wake-ups alternate with its partner's, and a fixed even stride would only ever
        // time the partner's (which never came late).
        if (--p.quietUntilTimed <= 0) {
            p.quietUntilTimed = 1 + m.rand(2 * QUIET_SAMPLE - 1);
            p.quietTimed = r;
            p.quietTimedAt = System.nanoTime();
        }
        return true;
    }

    /**
     * The owner picked {@code r} from runnext: if it was the timed quiet wake-up, was it late?
     * A timed goroutine that a spinner stole stays in {@code quietTimed} until the next draw;
     * picked here later, it counts as late, which it was (its waker ran on past the grace).
     */
    static void pickedFromRunnext(P p, Runnable r) {
        if (r == p.quietTimed) {
            p.quietTimed = null;
            if (System.nanoTime() - p.quietTimedAt > QUIET_LATE_NANOS) {
                p.loudRun = Math.min(Math.max(2 * p.loudRun, LOUD_WAKES), 64 * LOUD_WAKES);
                p.loudLeft = p.loudRun;
            } else {
                p.loudRun = 0;
            }
        }
    }

    // ---- ringRule: after the grace, which rings a spinner may split ----

    /**
     * After the grace, a spinner takes half of a victim's ring whose M moved on only if the
     * ring holds more than this many times the continuations that M ran during the grace,
     * i.e. if it would take that M several graces to get through it: compute-bound goroutines
     * queued behind each other. A ring its M gets through faster holds a group of goroutines
     * handing off among themselves (4 producers and 4 consumers, 100 and 100, a selector and
     * its producers). Go steals it at once; on the JVM that splits the group over two carriers,
     * where each hand-off between the halves wakes a parked virtual thread on the other one,
     * and the group ran faster on one P than on two (docs/benchmarks.md, "Rings"), unless its
     * goroutines share no channel across the cut, as a chain of stages does: the
     * {@link SplitGate} tells these apart by whether a split made the Ms run faster.
     */
    static final int RING_STEAL_FACTOR = 4;

    /**
     * Whether a ring of {@code size} goroutines takes its M long enough to be worth half
     * of it to a spinner, given that the M ran {@code ran} (> 0) continuations during the
     * grace (see {@link #RING_STEAL_FACTOR}).
     */
    static boolean ringOutlastsItsM(int size, long ran) {
        return size > RING_STEAL_FACTOR * ran;
    }
}
