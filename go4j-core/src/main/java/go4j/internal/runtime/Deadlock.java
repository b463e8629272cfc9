package go4j.internal.runtime;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Go's checkdead for one program: is every goroutine asleep in a go4j primitive, with no timer
 * and nothing outside go4j that could wake one?
 *
 * <p>The verdict covers every goroutine of the JVM, not only the program's: goroutines started
 * outside any Go.main, and those of other programs, may share channels with it. It is
 * "deadlocked" only when all of them are asleep, no timer of the JVM may wake one
 * ({@link Timers#mayWake()}, which, like Go's checkdead, looks at every timer), and no thread
 * outside go4j may ({@link Outside}: a non-daemon platform thread, a busy fork-join pool, a
 * daemon thread running Java code). The thread waiting in this Go.main is not counted.
 */
final class Deadlock {
    /*
     * Implementation overview. Nothing is counted on the hot path: a parking goroutine only
     * publishes its wait object (G.beginWait). The watchdog thread calls verdict() every tick:
     *
     *   0. If the goroutine found awake last time is still awake, stop (the common case in a
     *      busy program costs one check).
     *   1. s0 = the spawned count; snapshot the goroutines (the registry); pass 1: every one
     *      must be blockedOn its wait object (parked for an "asleep" reason, object not
     *      completed) and not interrupted (an interrupted goroutine leaves its wait:
     *      G.beginWait's protocol).
     *   2. Nothing outside go4j may act (Outside.look), then T: no timer that may wake a
     *      goroutine (Timers.mayWake: none firing, none armed that can wake someone; a channel
     *      timer nobody waits on does not count, Go 1.23).
     *   3. Pass 2: every goroutine is still in the same wait (same wait object and sequence
     *      number), still not completed nor interrupted; the spawned count is still s0; and
     *      outside go4j, the same (Outside.Look.confirmed: every thread still in the untimed
     *      wait it was in at step 2, none new, no busy pool, none running). When step 2 saw a
     *      thread outside go4j in an untimed wait, pass 2 waits for a later check at least
     *      SETTLE_NANOS after step 2 (the snapshot waits in Program.asleep); else it follows
     *      at once.
     *
     * Why a "yes" is right, given that only goroutines, timers and threads outside go4j can
     * complete a wait, and that Outside's rules name every outside thread that may act (its
     * class comment says which ones it cannot see): the sequence number grows at every wait,
     * so a goroutine seen in the same wait in passes 1 and 2 was in that one wait during the
     * whole interval, which contains T. Completion is monotonic, so not completed in pass 2
     * means not completed at T. An interrupt flag not set in pass 2 was not set at T either:
     * only the goroutine itself clears it, and it would have had to leave its wait first.
     * Every goroutine alive at T was in the snapshot: one registered before s0 was read is in
     * the registry snapshot (registration precedes the spawned increment), one registered
     * later moved the count. So at T every goroutine was parked on an uncompleted wait,
     * uninterrupted, no timer that could wake one was armed or firing (Timers counts a timer
     * as firing until its action ran), and no outside thread could act: each non-daemon one
     * was in one untimed wait from step 2 to after pass 2, an interval that contains T too.
     * One wake JMX cannot see: a thread unparked just before step 2 (by a goroutine that then
     * parked, or a virtual thread that then unmounted), which the OS has not run yet, still
     * reads as in its wait with the same waited count. It leaves that wait as soon as the OS
     * runs it, so the two looks are SETTLE_NANOS apart (a watchdog period), far longer than
     * the OS takes to run a woken thread on a machine that is not overloaded past that; looks
     * microseconds apart gave such false verdicts about once in a hundred tries (an
     * executor's idle worker handed a task, the JDK pool's delay scheduler handed a sleep).
     * Then nothing can run again: completing a wait, interrupting, arming a timer, starting a goroutine, starting a
     * thread or waiting on a timer's channel all need a running goroutine, a firing timer or
     * an acting outside thread. A "no" only delays the verdict to the next tick; in particular
     * a goroutine woken but not yet scheduled (its wait object completed, endWait not yet run)
     * reads as awake, which is what counters alone would get wrong.
     */
    private Deadlock() {
    }

    /** True when {@code p} is deadlocked (see the class comment). Watchdog thread only. */
    static boolean verdict(Program p) {
        return why(p) == null;
    }

    /**
     * How long the two looks at threads outside go4j in untimed waits are apart at least: far
     * longer than the OS takes to run a thread that was woken just before the first look.
     */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(Watchdog.WATCH_PERIOD_MILLIS);

    /**
     * Null when {@code p} is deadlocked (see the class comment); else what may still wake a
     * goroutine, in a few words ({@code -Dgo4j.deadlock=trace} prints it). Watchdog thread only.
     */
    static String why(Program p) {
        Asleep first = p.asleep;
        p.asleep = null;
        if (Timers.mayWake()) {
            return "a timer may fire";
        }
        G hint = p.awakeHint;
        if (hint != null) {
            if (awake(hint) && !hint.exited()) {
                return hint + " is awake";
            }
            p.awakeHint = null;
        }
        if (first != null) {
            if (System.nanoTime() - first.lookedAt < SETTLE_NANOS) {
                p.asleep = first;
                return "a second look comes " + Watchdog.WATCH_PERIOD_MILLIS + " ms after the first";
            }
            return first.confirmed(p);
        }
        Asleep a = new Asleep();
        String why = a.look(p);
        if (why != null) {
            return why;
        }
        if (a.outside.untimedWaits() > 0) {
            p.asleep = a;
            return a.outside.untimedWaits() + " thread(s) outside go4j in untimed waits: a second look confirms they stay there";
        }
        return a.confirmed(p);
    }

    /** A first look that found every goroutine asleep and nothing outside go4j acting. */
    static final class Asleep {
        private final ArrayList<G> gs = new ArrayList<>();
        private final ArrayList<Object> waits = new ArrayList<>();
        private final ArrayList<WaitReason> reasons = new ArrayList<>();
        private final ArrayList<Long> seqs = new ArrayList<>();
        private long s0;
        private Outside.Look outside;
        private long lookedAt;

        /** Steps 1 and 2 and T: null if they found {@code p} asleep, else what is awake. */
        private String look(Program p) {
            s0 = Goroutines.spawned();
            boolean own = false; // p has a goroutine in the snapshot
            for (G g : Goroutines.unsorted()) {
                if (g.exited() || g.thread == p.caller) {
                    continue; // (a goroutine waiting in a nested Go.main for p: it acts once p ends)
                }
                Object w = g.waitOn();
                long seq = g.waitSeq();
                WaitReason r = w == null ? null : g.reasonOf(w);
                if (!G.blockedOn(w, r) || g.thread.isInterrupted()) {
                    p.awakeHint = g;
                    return g + " is awake";
                }
                own |= g.program == p;
                gs.add(g);
                waits.add(w);
                reasons.add(r);
                seqs.add(seq);
            }
            if (!own) {
                return "the program has no goroutine"; // Go's "no goroutines" case, handled by the caller
            }
            outside = Outside.look(p);
            lookedAt = System.nanoTime();
            if (outside.awake() != null) {
                return outside.awake();
            }
            if (Timers.mayWake()) {
                return "a timer may fire"; // T: see the class comment
            }
            return null;
        }

        /** Step 3: null if everything {@link #look} saw asleep still is, in the same wait. */
        private String confirmed(Program p) {
            for (int i = 0; i < gs.size(); i++) {
                G g = gs.get(i);
                Object w = waits.get(i);
                if (g.waitOn() != w || g.waitSeq() != seqs.get(i) || !G.blockedOn(w, reasons.get(i))
                        || g.thread.isInterrupted()) {
                    return g + " woke";
                }
            }
            if (Goroutines.spawned() != s0) {
                return "a goroutine started";
            }
            return outside.confirmed(p);
        }
    }

    private static boolean awake(G g) {
        Object w = g.waitOn();
        return !G.blockedOn(w, w == null ? null : g.reasonOf(w)) || g.thread.isInterrupted();
    }

    /** Go's fatal error text for a deadlocked program, with the dump unless GOTRACEBACK=none. */
    static String report(Program p) {
        StringBuilder sb = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        if (Panics.TRACEBACK >= 1) {
            sb.append('\n').append(Dump.of(Goroutines.of(p)));
        }
        return sb.toString();
    }
}
