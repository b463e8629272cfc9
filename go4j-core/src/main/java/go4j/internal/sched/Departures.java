package go4j.internal.sched;

import go4j.internal.base.Settings;

/**
 * Where gmp's policy departs from Go's proc.go, in one place, each with a switch (a system
 * property read once, so the JIT folds it) that turns it off and leaves Go's policy there.
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
 * </ul>
 * {@code -Dgo4j.sched.goPolicy=true} turns all four off.
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

    private static boolean on(String property) {
        return !GO_POLICY && !"false".equals(Settings.get(property, null));
    }

    /** The departures in effect, for schedtrace and tests: e.g. "quietWakes stealGrace ringRule splitGate". */
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
        return sb.isEmpty() ? "none (Go's policy)" : sb.substring(1);
    }
}
