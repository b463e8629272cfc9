package go4j.internal.runtime;

import java.util.ArrayList;

/**
 * Go's checkdead for one program: are all its goroutines asleep in go4j primitives, with no
 * timer that could wake one?
 *
 * <p>The verdict covers the program's goroutines and the {@link Program#FREE} ones (started
 * outside any Go.main), which may share channels with it; it is "deadlocked" only when all of
 * them are asleep and no timer of the JVM may wake one ({@link Timers#mayWake()}, which, like
 * Go's checkdead, looks at every timer). Threads that are not
 * goroutines (platform threads, other Go.main programs) are not watched: a program that waits
 * for one of them to send is reported as deadlocked, as Go would report it (Go has no such
 * threads).
 */
final class Deadlock {
    /*
     * Implementation overview. Nothing is counted on the hot path: a parking goroutine only
     * publishes its wait object (G.beginWait). The watchdog thread calls verdict() every tick:
     *
     *   0. If the goroutine found awake last time is still awake, stop (the common case in a
     *      busy program costs one check).
     *   1. s0 = spawned counts; snapshot the goroutines (the registry); pass 1: every one must
     *      be blockedOn its wait object (parked for an "asleep" reason, object not completed)
     *      and not interrupted (an interrupted goroutine leaves its wait: G.beginWait's
     *      protocol).
     *   2. T: no timer that may wake a goroutine (Timers.mayWake: none firing, none armed
     *      that can wake someone; a channel timer nobody waits on does not count, Go 1.23).
     *   3. Pass 2: every goroutine is still in the same wait (same wait object and sequence
     *      number), still not completed nor interrupted; and the spawned counts are still s0.
     *
     * Why a "yes" is right (given only goroutines and timers can complete a wait): the
     * sequence number grows at every wait, so a goroutine seen in the same wait in passes 1
     * and 2 was in that one wait during the whole interval, which contains T. Completion is
     * monotonic, so not completed in pass 2 means not completed at T. An interrupt flag not
     * set in pass 2 was not set at T either: only the goroutine itself clears it, and it would
     * have had to leave its wait first. Every goroutine alive at T was in the snapshot: one
     * registered before s0 was read is in the registry snapshot (registration precedes the
     * spawned increment), one registered later moved the counts. So at T every goroutine was
     * parked on an uncompleted wait, uninterrupted, and no timer that could wake one was
     * armed or firing (Timers counts a timer as firing until its action ran). Then nothing can
     * run again: completing a wait, interrupting, arming a timer, starting a goroutine or
     * waiting on a timer's channel all need a running goroutine or a firing timer. A "no" only
     * delays the verdict to the next tick; in particular a goroutine woken but not yet
     * scheduled (its wait object completed, endWait not yet run) reads as awake, which is what
     * counters alone would get wrong.
     */
    private Deadlock() {
    }

    /** True when {@code p} is deadlocked (see the class comment). Watchdog thread only. */
    static boolean verdict(Program p) {
        Program free = Program.FREE;
        if (Timers.mayWake()) {
            return false;
        }
        G hint = p.awakeHint;
        if (hint != null) {
            if (awake(hint) && !hint.exited()) {
                return false;
            }
            p.awakeHint = null;
        }
        long s0 = p.spawned.sum() + free.spawned.sum();
        ArrayList<G> gs = new ArrayList<>();
        ArrayList<Object> waits = new ArrayList<>();
        ArrayList<WaitReason> reasons = new ArrayList<>();
        ArrayList<Long> seqs = new ArrayList<>();
        for (G g : Goroutines.unsorted()) {
            if ((g.program != p && g.program != free) || g.exited()) {
                continue;
            }
            Object w = g.waitOn();
            long seq = g.waitSeq();
            WaitReason r = w == null ? null : g.reasonOf(w);
            if (!G.blockedOn(w, r) || g.thread.isInterrupted()) {
                p.awakeHint = g;
                return false;
            }
            gs.add(g);
            waits.add(w);
            reasons.add(r);
            seqs.add(seq);
        }
        if (gs.isEmpty()) {
            return false; // no goroutine at all: Go's "no goroutines" case, handled by the caller
        }
        if (Timers.mayWake()) {
            return false; // T: see the class comment
        }
        for (int i = 0; i < gs.size(); i++) {
            G g = gs.get(i);
            Object w = waits.get(i);
            if (g.waitOn() != w || g.waitSeq() != seqs.get(i) || !G.blockedOn(w, reasons.get(i))
                    || g.thread.isInterrupted()) {
                return false;
            }
        }
        return p.spawned.sum() + free.spawned.sum() == s0;
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
