package go4j.internal.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A synctest bubble (Go 1.25's {@code testing/synctest}, runtime/synctest.go's
 * {@code synctestBubble}): the goroutines started inside it, its fake clock and its timers.
 * {@link #run} is {@code synctest.Test}'s runtime half; {@link #await} is {@code synctest.Wait}.
 *
 * <p>What belongs to a bubble: the goroutines started by a member (or by the bubble's timers),
 * the channels, timers and tickers made by a member ({@link HChan#bubble},
 * {@code Timers.Entry#bubble}), the WaitGroups a member added to. A goroutine is <em>durably
 * blocked</em> when it waits for something only a member can end: a send or receive on a
 * bubble channel, a select all of whose non-nil channels are the bubble's, a nil channel or an
 * empty select, {@code sync.Cond.Wait}, {@code sync.WaitGroup.Wait} on a WaitGroup of the
 * bubble, a sleep, and {@code synctest.Wait} itself. Not durable, as in Go: a Mutex or RWMutex
 * (often held by goroutines outside the bubble), anything outside go4j (I/O, Java locks).
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@link #members} holds every goroutine of the bubble from before its thread starts
 *       until it exits; {@link #spawned} grows before each join, so two looks at it that agree
 *       bracket an interval in which no goroutine joined.
 *   <li>The clock ({@code timers.now}) moves only on the root, only forward, and only when
 *       {@link #idle} found every member durably blocked and no Wait to wake; timers fire only
 *       on the root. So the bubble's time is a function of what its goroutines do, not of how
 *       long the machine takes.
 *   <li>At most one goroutine is in {@link #await} at a time ({@link #waiting}).
 * </ul>
 */
public final class Bubble {
    /*
     * Implementation overview.
     *
     * Membership. G.bubble is set by Goroutines.start from the creator's bubble (a member, or
     * the root thread while it fires the bubble's timers: ROOT) before the thread starts. An
     * HChan and a Timers.Entry record Bubble.current() when made. Outside every bubble that
     * costs one read of the static `live` (0): Bubble.current() returns null at once.
     *
     * Durably blocked. A member that parks (Park) first stores whether this wait is durable
     * (durable(): from the wait reason and what it waits on) in G.waitDurable, then publishes
     * the wait (G.beginWait, release), then pokes the root. idle() is Deadlock's two-pass look
     * restricted to the members: pass 1 records each member's wait object and sequence number
     * and requires a durable, uncompleted, uninterrupted wait; pass 2 requires the same of the
     * same waits, and that no goroutine joined meanwhile. By Deadlock's argument every member
     * was then in such a wait at one instant T between the passes; nothing can end a durable
     * wait but a member (none runs at T), the bubble's timers (fired only by the root, which is
     * looking) or a close/send from outside the bubble, which panics. So the bubble stays
     * blocked until the root acts: "idle" is a fact, not a guess, and no timing is involved.
     *
     * The root. The thread that called run() loops: fire due timers; wait for idle (parking
     * between looks; a member that parks durably, exits or panics unparks it); then, in Go's
     * order: a timer due now is fired first; else a goroutine in Wait is woken; else, if the
     * main goroutine has exited, the bubble is deadlocked ("main bubble goroutine has exited
     * but blocked goroutines remain"); else the clock jumps to the earliest timer that can wake
     * someone, or, with none, the bubble is deadlocked ("all goroutines in bubble are
     * blocked"). When no member is left, run() returns.
     *
     * Failure. A panic escaping a member, or a deadlock, ends the bubble: its remaining members
     * are killed as a torn-down program's are (they unwind at their next wait, finally blocks
     * run), so that nothing of a failed test outlives it, and run() reports it.
     */

    /** The instant a bubble's clock starts at: midnight UTC 2000-01-01, as in Go. */
    public static final Instant EPOCH = Instant.ofEpochSecond(946_684_800); // not parsed: every program loads this class

    /** Bubbles running now; while 0, {@link #current()} is null after this one read. */
    static volatile int live;
    private static final Object LIVE_LOCK = new Object();
    private static final AtomicLong IDS = new AtomicLong();
    /** The bubble whose root the current thread is, while it runs the bubble. */
    private static final ThreadLocal<Bubble> ROOT = new ThreadLocal<>();
    private static final long ROOT_PARK_NANOS = 10_000_000; // a safety net only: pokes wake the root

    /** The bubble's number, as Go's dumps print it ({@code synctest bubble 1}). */
    public final long id = IDS.incrementAndGet();
    /** The clock and the timers. */
    final Timers.Fake timers = new Timers.Fake();
    private final Thread root = Thread.currentThread();
    private final Set<G> members = ConcurrentHashMap.newKeySet();
    private final LongAdder spawned = new LongAdder();
    private volatile G main;               // the goroutine run() started; set once
    private volatile boolean mainDone;     // main has exited (Go's bubble.done)
    private volatile Throwable failure;    // the first panic that escaped a member
    private volatile boolean rootWaiting;  // the root is (about to be) parked: pokes unpark it
    private final Object waitLock = new Object(); // guards waiting
    private boolean waiting;               // guarded by waitLock: a goroutine is in await()
    private volatile Sudog waiter;         // that goroutine's wait, once it parks

    private Bubble() {
    }

    /**
     * The bubble of the calling goroutine (or of the root thread firing its timers), or null.
     *
     * @return the caller's bubble, or null outside every bubble
     */
    public static Bubble current() {
        if (live == 0) {
            return null;
        }
        G g = G.current();
        if (g != null && g.bubble != null) {
            return g.bubble;
        }
        return ROOT.get();
    }

    // ---- run: Go's synctestRun ----

    /** How a bubble ended, for the public layer to turn into Go's panics. */
    public record Outcome(String deadlock, String dump, Throwable failure, boolean interrupted) {
    }

    /**
     * Runs {@code body} as the main goroutine of a new bubble on the calling thread's behalf
     * and returns once every goroutine of the bubble has exited, or the bubble failed. The
     * caller must not be in a bubble (the public layer checks).
     *
     * @param body the bubble's main goroutine
     * @return null when every goroutine exited; else the deadlock or the panic
     */
    public static Outcome run(Runnable body) {
        Bubble b = new Bubble();
        synchronized (LIVE_LOCK) {
            live++;
        }
        ROOT.set(b);
        try {
            Goroutines.go(() -> b.mainBody(body));
            return b.loop();
        } finally {
            ROOT.remove();
            synchronized (LIVE_LOCK) {
                live--;
            }
        }
    }

    private void mainBody(Runnable body) {
        main = G.current(); // here, not from go()'s result: main may end before go() returns
        body.run(); // a panic is caught by Goroutines.run, which hands it to panicked()
    }

    private Outcome loop() {
        for (;;) {
            while (timers.fireOne()) {
                // every timer due now, in deadline order
            }
            awaitIdle();
            if (failure != null) {
                return fail(null);
            }
            if (root.isInterrupted()) {
                return fail(null); // the caller gives up (a test's timeout): end the bubble
            }
            if (noMembers()) {
                return null;
            }
            if (timers.fireOne()) {
                continue; // armed meanwhile and due now: Go fires it before anything else
            }
            Sudog w = waiter;
            if (w != null) {
                waiter = null;
                w.complete(null, true);
                w.wakeOne();
                continue;
            }
            if (mainDone) {
                // Time stops once the main goroutine has exited.
                return fail("deadlock: main bubble goroutine has exited but blocked goroutines remain");
            }
            long next = timers.nextWake();
            if (next < 0) {
                return fail("deadlock: all goroutines in bubble are blocked");
            }
            if (next > timers.now) {
                timers.now = next;
            }
        }
    }

    /** Ends a failed bubble: the dump of its members (for a deadlock), then they are killed. */
    private Outcome fail(String deadlock) {
        List<G> gs = sortedMembers();
        String dump = deadlock == null ? null : Dump.of(gs);
        boolean interrupted = Thread.interrupted(); // so that kill can wait for them to unwind
        try {
            Goroutines.kill(gs, 2_000);
        } finally {
            if (interrupted) {
                root.interrupt();
            }
        }
        return new Outcome(deadlock, dump, failure, failure == null && deadlock == null && interrupted);
    }

    private List<G> sortedMembers() {
        List<G> gs = new ArrayList<>(members);
        gs.sort((a, c) -> Long.compare(a.id, c.id));
        return gs;
    }

    /** Parks the root until every member is durably blocked, none is left, or one panicked. */
    private void awaitIdle() {
        while (failure == null && !root.isInterrupted() && !idle()) {
            rootWaiting = true;
            VarHandle.fullFence(); // the flag before the looks: see poke()
            try {
                if (failure != null || idle() || root.isInterrupted()) {
                    return;
                }
                LockSupport.parkNanos(this, ROOT_PARK_NANOS);
            } finally {
                rootWaiting = false;
            }
        }
    }

    /** Wakes the root if it waits for the bubble to go idle (a member parked, exited or panicked). */
    void poke() {
        // Dekker with awaitIdle: a member publishes its wait, fences, reads the flag; the root
        // sets the flag, fences, looks at the waits. One of them sees the other's write.
        VarHandle.fullFence();
        if (rootWaiting) {
            LockSupport.unpark(root);
        }
    }

    /** True when no member is left, or every member is durably blocked (see the overview). */
    private boolean idle() {
        long s0 = spawned.sum();
        List<G> gs = new ArrayList<>(members);
        Object[] waits = new Object[gs.size()];
        long[] seqs = new long[gs.size()];
        for (int i = 0; i < gs.size(); i++) {
            G g = gs.get(i);
            Object w = g.waitOn();
            if (!durablyBlocked(g, w)) {
                return false;
            }
            waits[i] = w;
            seqs[i] = g.waitSeq();
        }
        for (int i = 0; i < gs.size(); i++) {
            G g = gs.get(i);
            if (g.waitOn() != waits[i] || g.waitSeq() != seqs[i] || !durablyBlocked(g, waits[i])) {
                return false;
            }
        }
        return spawned.sum() == s0;
    }

    /**
     * No member left, judged as idle() judges (by iterating the set): ConcurrentHashMap's
     * size() and isEmpty() read a counter that a remove() lowers only after it has unlinked the
     * element, so right after the last member left, isEmpty() can still be false while idle()
     * saw none: the root then took the members for blocked and reported a deadlock of nobody.
     */
    private boolean noMembers() {
        return !members.iterator().hasNext();
    }

    private static boolean durablyBlocked(G g, Object w) {
        if (g.exited()) {
            // Leaving, not blocked: Goroutines.exited marks it before left() removes it (and sets
            // mainDone for main). Counted as blocked, the root could judge in that window, with
            // main gone but mainDone unset, and report a deadlock of goroutines that were
            // exiting; left() pokes the root instead.
            return false;
        }
        if (w == null || g.reasonOf(w) == null || !g.waitDurable || g.thread.isInterrupted()) {
            return false;
        }
        if (w instanceof Sudog s) {
            return !s.done;
        }
        if (w instanceof SelectWaiter sel) {
            return sel.fired == null;
        }
        return true; // G.FOREVER
    }

    /**
     * Whether a wait of bubble member {@code g} for {@code reason} on {@code blocker} (what
     * the thread parks on) and {@code waitObject} can be ended only from inside the bubble.
     */
    static boolean durable(G g, WaitReason reason, Object blocker, Object waitObject) {
        switch (reason) {
            case SLEEP, CHAN_RECEIVE_NIL, CHAN_SEND_NIL, SELECT_NO_CASES, SYNC_COND, SYNCTEST_WAIT:
                return true;
            case CHAN_RECEIVE, CHAN_SEND:
                return blocker instanceof HChan h && h.bubble == g.bubble;
            case SELECT:
                return !(waitObject instanceof SelectWaiter sel) || sel.durable;
            case WAIT_GROUP: {
                boolean d = g.durableHint;
                g.durableHint = false;
                return d;
            }
            default:
                return false; // Mutex, RWMutex, semaphores: not durable, as in Go
        }
    }

    // ---- members ----

    /** Goroutines.start: {@code g} joins its creator's bubble, before its thread starts. */
    void join(G g) {
        spawned.increment();
        members.add(g);
    }

    /** Goroutines.exited: {@code g} has left the live goroutines. */
    void left(G g) {
        members.remove(g);
        if (g == main) {
            mainDone = true;
        }
        poke();
    }

    /** A panic escaped {@code g}, a member: the bubble fails with the first one. */
    void panicked(G g, Throwable t) {
        synchronized (waitLock) {
            if (failure == null) {
                failure = t;
            }
        }
        poke();
    }

    /**
     * The members, for dumps.
     *
     * @return a snapshot of the bubble's live goroutines
     */
    public Collection<G> members() {
        return sortedMembers();
    }

    // ---- Wait: Go's synctestWait ----

    /**
     * Go's {@code synctest.Wait}, for goroutine {@code g} of this bubble: returns once every
     * other goroutine of the bubble is durably blocked. Null when it returned so; else Go's
     * panic text ("wait already in progress"); {@code "interrupted"} if the thread was
     * interrupted first.
     *
     * @param g the calling goroutine, a member
     * @return null, or why it did not wait
     */
    public String await(G g) {
        synchronized (waitLock) {
            if (waiting) {
                return "wait already in progress";
            }
            waiting = true;
        }
        try {
            Sudog s = new Sudog(Thread.currentThread(), null);
            waiter = s;
            if (!Park.awaitDone(s, WaitReason.SYNCTEST_WAIT, this, 0)) {
                waiter = null;
                Park.exitIfKilled();
                return "interrupted";
            }
            return null;
        } finally {
            synchronized (waitLock) {
                waiting = false;
            }
        }
    }

    /**
     * Says that the calling goroutine's next {@link WaitReason#WAIT_GROUP} wait is on a
     * WaitGroup of bubble {@code owner}: durable if the caller is in that bubble.
     *
     * @param owner the bubble the WaitGroup belongs to; null for none
     */
    public static void nextWaitOn(Bubble owner) {
        if (live == 0) {
            return;
        }
        G g = G.current();
        if (g != null && g.bubble != null) {
            g.durableHint = owner != null && g.bubble == owner;
        }
    }

    /**
     * The bubble of goroutine {@code g}, or null.
     *
     * @param g a goroutine, or null
     * @return its bubble
     */
    public static Bubble of(G g) {
        return g == null ? null : g.bubble;
    }

    @Override
    public String toString() {
        return "synctest bubble " + id;
    }
}
