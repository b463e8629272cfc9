package go4j.internal.runtime;

import go4j.internal.jfr.Events;
import jdk.jfr.Event;

import java.util.concurrent.locks.LockSupport;

/**
 * The one place goroutines park in go4j primitives. Every wait goes through here so that dumps
 * and deadlock detection see its {@link WaitReason} and its wait object, and JFR sees channel
 * blocking.
 *
 * <p>Interrupts: a park returns early when the thread's interrupt flag is set, leaving the
 * flag set; the caller then withdraws its sudog under its lock, or finds the operation already
 * completed and keeps the result. Nothing is lost or duplicated either way. A goroutine whose
 * program was torn down (after a deadlock or a panic) is interrupted the same way, and
 * {@link #exitIfKilled} then unwinds it with {@link Goexit} instead of an exception user code
 * might catch.
 *
 * <p>Cost of the accounting on each park: {@link G#beginWait} and {@link G#endWait} (a few
 * plain stores, no shared counter, no clock call) and one JFR enabled-flag check.
 *
 * <p>Spin, then park. Parking a virtual thread and resuming it (the JDK's continuation yield
 * and run) costs more than a whole channel hand-off between two goroutines running on two
 * carriers (docs/benchmarks.md, "What bounds ping-pong"). So a wait whose reason is
 * {@link WaitReason#spin} (channel, select, mutex) first spins up to {@link #SPIN_NANOS}
 * watching its wake-up flag, when the scheduler says the other side may be running on another
 * carrier ({@link go4j.internal.sched.Scheduler#spinBeforePark}); only then does it park. A waker that finds the
 * waiter not parked skips the unpark ({@link Sudog#wakeOne}). On the JDK scheduler, where a
 * woken goroutine usually runs on another carrier, most waits of a ping-pong end in the spin
 * (docs/benchmarks.md, "Spinning before parking"). The gmp scheduler runs a woken goroutine on the
 * waker's own carrier, so its goroutines never spin (only platform threads do): a spinning
 * goroutine would keep its communicating partners spread over carriers (see its
 * spinBeforePark). The spin is not part of the wait as dumps and deadlock detection see it:
 * the goroutine is still running.
 *
 * <p>Waking many at once. A parked goroutine's frames stay as the JIT compiled them when it
 * parked, and it resumes in that code. In a program whose goroutines all park before any is
 * woken (a close or a cancel that wakes 100,000 at once), the JIT has seen only the way into
 * a park when it compiles these methods; a branch after the park that shares its bytecode
 * with one before it (a {@code while (!done)} loop) is then compiled as "never taken" with a
 * trap, and every one of those goroutines deoptimizes, one by one, on its wake-up. So the
 * checks after a park are bytecodes of their own, which the JIT has no profile for and
 * compiles both ways (docs/benchmarks.md, "Waking many at once").
 */
public final class Park {
    private Park() {
    }

    /**
     * How long a wait spins before it parks (property {@code go4j.parkSpinNanos}; 0 turns spinning
     * off). A little more than a cross-carrier hand-off takes, far less than a park and a resume.
     */
    static final long SPIN_NANOS = Long.getLong("go4j.parkSpinNanos", 2_000);

    /**
     * Spins until {@code w} (a {@link Sudog} or a {@link SelectWaiter}) is woken or the spin
     * budget is used; true if woken.
     */
    private static boolean spinUntilWoken(Object w) {
        Sudog s = w instanceof Sudog x ? x : null;
        SelectWaiter sel = s == null ? (SelectWaiter) w : null;
        long deadline = 0;
        for (int i = 1; ; i++) {
            Thread.onSpinWait();
            if (s != null ? s.done : sel.fired != null) {
                return true;
            }
            if ((i & 15) == 0) { // a clock read costs more than a pause: every 16 pauses
                long now = System.nanoTime();
                if (deadline == 0) {
                    deadline = now + SPIN_NANOS;
                } else if (now - deadline >= 0) {
                    return false;
                }
            }
        }
    }

    /**
     * Whether this wait spins first. Adaptive, per goroutine: a spin that ends without the
     * wake-up (the partner was not running: it waits in a run queue behind the spinner, as
     * in a long pipeline of goroutines) makes the goroutine park at once for its next 1, 3,
     * 7, ... up to {@link #MAX_SPIN_BACKOFF} waits; a spin that succeeds resets that, so
     * that a chain of goroutines (a prime sieve), whose partners wait in run queues, stops
     * spinning (docs/benchmarks.md, "Spinning before parking").
     */
    private static boolean spinFirst(WaitReason reason, G g) {
        if (!reason.spin || SPIN_NANOS <= 0 || !Schedulers.current().spinBeforePark()) {
            return false;
        }
        if (g != null && g.spinSkip > 0) {
            g.spinSkip--;
            return false;
        }
        return true;
    }

    /** Records how a spin ended (see {@link #spinFirst}); returns {@code woken}. */
    private static boolean spun(G g, boolean woken) {
        if (g != null) {
            if (woken) {
                g.spinBackoff = 0;
            } else {
                g.spinBackoff = Math.min(2 * g.spinBackoff + 1, MAX_SPIN_BACKOFF);
                g.spinSkip = g.spinBackoff;
            }
        }
        return woken;
    }

    static final int MAX_SPIN_BACKOFF = 63;

    /**
     * Parks until {@code s} is completed ({@code s.done}); false if the thread was interrupted
     * first. The caller holds no lock. {@code chanId} names the channel in JFR's channel-block
     * event (any number for a wait that is not on a channel).
     */
    static boolean awaitDone(Sudog s, WaitReason reason, Object blocker, long chanId) {
        if (s.done) {
            return true;
        }
        G g = G.current();
        if (spinFirst(reason, g) && spun(g, spinUntilWoken(s))) {
            return true;
        }
        Bubble b = g == null ? null : g.bubble; // null outside synctest bubbles: one field read
        if (b != null) {
            g.waitDurable = Bubble.durable(g, reason, blocker, s); // before beginWait publishes the wait
        }
        g = G.beginWait(g, reason, s);
        if (b != null) {
            b.poke();
        }
        Event block = reason.channel ? Events.channelBlockBegin() : null;
        try {
            Thread self = Thread.currentThread();
            s.parked = true; // before the read of done below: see Sudog.wake
            // The checks before the first park and after each park are separate bytecodes on
            // purpose (see "Waking many at once" in the class comment): do not fold them into
            // one loop.
            if (s.done) {
                return true;
            }
            if (self.isInterrupted()) {
                return s.done;
            }
            for (;;) {
                LockSupport.park(blocker);
                if (s.done) {
                    return true;
                }
                if (self.isInterrupted()) {
                    return s.done;
                }
            }
        } finally {
            G.endWait(g);
            if (block != null) {
                Events.channelBlockEnd(block, reason.text, chanId, g == null ? 0 : g.id, g == null ? 0 : g.program.seq);
            }
        }
    }

    /** Parks until a case of {@code sel} fired; false if interrupted first. */
    static boolean awaitFired(SelectWaiter sel, WaitReason reason, Object blocker) {
        if (sel.fired != null) {
            return true;
        }
        G g = G.current();
        if (spinFirst(reason, g) && spun(g, spinUntilWoken(sel))) {
            return true;
        }
        Bubble b = g == null ? null : g.bubble;
        if (b != null) {
            g.waitDurable = Bubble.durable(g, reason, blocker, sel);
        }
        g = G.beginWait(g, reason, sel);
        if (b != null) {
            b.poke();
        }
        Event block = Events.channelBlockBegin();
        try {
            Thread self = Thread.currentThread();
            sel.parked = true; // before the read of fired below: see Sudog.wake
            // Separate checks before the first park and after each park: see awaitDone.
            if (sel.fired != null) {
                return true;
            }
            if (self.isInterrupted()) {
                return sel.fired != null;
            }
            for (;;) {
                LockSupport.park(blocker);
                if (sel.fired != null) {
                    return true;
                }
                if (self.isInterrupted()) {
                    return sel.fired != null;
                }
            }
        } finally {
            G.endWait(g);
            if (block != null) {
                Events.channelBlockEnd(block, reason.text, 0, g == null ? 0 : g.id, g == null ? 0 : g.program.seq);
            }
        }
    }

    /**
     * Parks the calling goroutine until the monotonic time {@code when} ({@link Timers}), as
     * a timer wakes it: true. False if the thread was interrupted first and the timer was
     * stopped before it fired (the sleep did not end); the caller throws
     * {@code go4j.Interrupted} after {@link #exitIfKilled}. A sleep whose timer fired
     * meanwhile is over: true, the flag still set. The wait's reason is
     * {@link WaitReason#SLEEP}: awake, for deadlock detection.
     *
     * @param when the deadline, a {@link Timers#nanotime()} value
     * @return true if the sleep ended; false if interrupted first
     */
    public static boolean sleepUntil(long when) {
        Sudog s = new Sudog(Thread.currentThread(), null);
        Timers.Handle h = Timers.scheduleAt(when, () -> {
            s.complete(null, true);
            s.wakeOne();
        });
        return awaitDone(s, WaitReason.SLEEP, s, 0) || !h.cancel();
    }

    /**
     * Parks forever (a nil channel, an empty select): returns only when the thread is
     * interrupted, which leaves the flag set; the caller throws {@code go4j.Interrupted} (a
     * goroutine of a torn-down program unwinds instead, see {@link #exitIfKilled}).
     */
    static void forever(WaitReason reason) {
        G g = G.current();
        Bubble b = g == null ? null : g.bubble;
        if (b != null) {
            g.waitDurable = true; // a nil channel, an empty select: nothing outside can end it either
        }
        g = G.beginWait(g, reason, G.FOREVER);
        if (b != null) {
            b.poke();
        }
        try {
            Thread self = Thread.currentThread();
            // Separate checks before the first park and after each park: see awaitDone.
            if (!self.isInterrupted()) {
                do {
                    LockSupport.park(reason);
                } while (!self.isInterrupted());
            }
        } finally {
            G.endWait(g);
        }
        exitIfKilled();
    }

    /**
     * Called where a blocking operation was interrupted, before it throws
     * {@code go4j.Interrupted}: a goroutine whose program was torn down (its interrupt is the
     * teardown's) throws {@link Goexit} here instead, so that it unwinds.
     */
    public static void exitIfKilled() {
        G g = G.current();
        if (g != null && g.killed) {
            throw new Goexit();
        }
    }
}
