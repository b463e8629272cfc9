package go4j.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A goroutine (Go's {@code g}): its id, its program, its thread and, while it is parked in a
 * go4j primitive, why, on what, and since when.
 *
 * <p>A goroutine's thread carries its G in the thread's uncaught-exception handler slot, a
 * per-thread field the JDK lets any code set to an object of its own. As a handler, a G
 * passes the exception on as if no handler were set (to the thread group: the default
 * handler, else the JDK's report); go4j's own report of a panic is made before that, in
 * {@link Goroutines}. A goroutine whose code sets a handler of its own (or null) stays a
 * goroutine: {@link #current} then finds it in the registry, which keeps it until its body
 * has ended, also after a teardown. A G handed to another thread as that thread's handler
 * does not make it a goroutine.
 *
 * <p>Invariants:
 * <ul>
 *   <li>On its thread, {@link #current} returns this G from the thread's start to its end;
 *       once the goroutine's code has replaced the handler, until its body has ended.
 *   <li>{@link #exited} goes from false to true once, when the goroutine leaves the count
 *       of live goroutines ({@link Goroutines}): its body ended, or its program was torn down.
 *   <li>{@link #waitOn} is non-null exactly while the goroutine is between {@link #beginWait}
 *       and {@link #endWait}; {@link #waitSeq} grows by one at each beginWait, before
 *       {@code waitOn} is published. Two reads of (waitOn, waitSeq) that agree bracket one
 *       unbroken wait, even when a wait object is reused. Deadlock detection relies on that
 *       (see {@link Deadlock}).
 *   <li>Only the goroutine itself writes the wait fields; dumps and deadlock detection read
 *       them from other threads: {@code waitOn} is written last with release on entry and
 *       first on exit, so a reader that sees it non-null (acquire) also sees that wait's
 *       reason and start time.
 *   <li>{@link #killed} goes from false to true once, when its program is torn down; the
 *       goroutine then unwinds at its next wait (see {@link Park#exitIfKilled}).
 * </ul>
 */
public final class G implements Thread.UncaughtExceptionHandler, Runnable {
    /*
     * Implementation overview. The wait fields are the whole cost deadlock detection and dumps
     * put on a park: at the start of a wait four stores (reason and start time plain, the
     * sequence number opaque, the wait object release: all plain MOVs on x86) and a read of
     * `killed`; at its end one release store; all on a line no other thread writes. The start
     * time comes from the coarse clock (a static field the watchdog thread ticks), not
     * System.nanoTime, which costs ~30 ns on this machine. No shared counter is touched: the
     * detector scans the goroutines instead (Deadlock).
     *
     * Why the handler slot and not a ThreadLocal: a ThreadLocal's first set gives every
     * goroutine a ThreadLocalMap (a 16-slot table and a WeakReference entry, ~150 bytes, and
     * one more reference for the GC to process); the slot is a field the creator sets before
     * the thread starts. Measured with the bench's workloads in fresh JVMs, alternating
     * (docs/benchmarks.md, "Memory"): on gmp, skynet 1,187 -> 997 ms and memory per blocked
     * goroutine 1,335 -> 1,015 bytes (medians of 4 pairs). A ScopedValue was no better than
     * the ThreadLocal (its per-thread cache is a 32-slot array), nor was a map from thread to
     * G, which is now only the fallback for a goroutine that set a handler of its own.
     */
    private static final VarHandle WAIT_ON;
    private static final VarHandle WAIT_SEQ;
    private static final VarHandle EXITED;

    static {
        try {
            WAIT_ON = MethodHandles.lookup().findVarHandle(G.class, "waitOn", Object.class);
            WAIT_SEQ = MethodHandles.lookup().findVarHandle(G.class, "waitSeq", long.class);
            EXITED = MethodHandles.lookup().findVarHandle(G.class, "exited", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Go's goroutine id: 1 for a main goroutine, then increasing within its program. */
    public final long id;
    /** True for the goroutine {@code Go.main} runs. */
    public final boolean main;
    /** The program this goroutine belongs to ({@link Program#FREE} outside any Go.main). */
    final Program program;
    /** The virtual thread running this goroutine; set before it starts ({@link #attach}). */
    Thread thread;
    /** The id of the goroutine that started this one (0: none, or not a goroutine). */
    long parentId;

    private Object waitOn;          // the current wait's own object; accessed through WAIT_ON
    private WaitReason waitReason;  // why; meaningful while waitOn != null
    private long waitSince;         // Clock.coarseNanos() at beginWait; meaningful while waitOn != null
    private long waitSeq;           // number of waits begun; through WAIT_SEQ (opaque), written before waitOn
    volatile boolean killed;        // the program was torn down: unwind at the next wait
    private volatile boolean exited; // no longer live (Goroutines.exited); through EXITED
    int spinSkip;                   // Park: waits left to park without spinning (own thread only)
    int spinBackoff;                // Park: the skip after the next failed spin (own thread only)
    int goschedTicks;               // JdkScheduler.gosched: calls so far (own thread only)
    Runnable body;                  // the goroutine's function, from Goroutines.start until run() takes it
    /** The synctest bubble this goroutine belongs to (null outside bubbles); set before it starts. */
    Bubble bubble;
    boolean waitDurable;            // the current wait is durably blocking in its bubble (own thread writes, before waitOn)
    boolean durableHint;            // the next WAIT_GROUP wait is on a WaitGroup of the bubble (own thread only)

    G(long id, boolean main, Program program) {
        this.id = id;
        this.main = main;
        this.program = program;
    }

    /**
     * The goroutine running on the current thread, or null on a thread go4j did not start.
     *
     * @return the calling goroutine, or null
     */
    public static G current() {
        Thread t = Thread.currentThread();
        if (t.getUncaughtExceptionHandler() instanceof G g && g.thread == t) {
            return g; // (a G handed to another thread as its handler does not make it a goroutine)
        }
        // Not a goroutine, or one whose own code set its handler: the registry knows.
        return Goroutines.byThread(t);
    }

    /** True once this goroutine has left the live goroutines (see {@link Goroutines}). */
    boolean exited() {
        return exited;
    }

    /** Marks this goroutine exited; true for the one call that did. */
    boolean markExited() {
        return EXITED.compareAndSet(this, false, true);
    }

    /**
     * Its thread's task (so that no wrapper is allocated per goroutine): runs the body as
     * {@link Goroutines} runs a goroutine. Only that thread calls it, once.
     */
    @Override
    public void run() {
        Runnable b = body;
        body = null; // not kept alive by a G that outlives its goroutine (a program's main)
        Goroutines.run(this, b);
    }

    /** Makes {@code t}, not yet started, this goroutine's thread (see the class comment). */
    void attach(Thread t) {
        thread = t;
        t.setUncaughtExceptionHandler(this);
    }

    /** As if the thread had no handler: its thread group's (the default handler, else the JDK's report). */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        ThreadGroup group = t.getThreadGroup();
        if (group != null) {
            group.uncaughtException(t, e);
            return;
        }
        // A terminated thread has no group: what the root group would do.
        Thread.UncaughtExceptionHandler dflt = Thread.getDefaultUncaughtExceptionHandler();
        if (dflt != null) {
            dflt.uncaughtException(t, e);
        } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /**
     * The thread this goroutine runs on.
     *
     * @return the goroutine's thread
     */
    public Thread thread() {
        return thread;
    }

    /**
     * The program this goroutine belongs to.
     *
     * @return the goroutine's program
     */
    public Program program() {
        return program;
    }

    /** The current wait's object, or null when the goroutine is not parked in go4j (acquire). */
    Object waitOn() {
        return WAIT_ON.getAcquire(this);
    }

    /**
     * Why this goroutine is parked, or null when it is running or runnable.
     *
     * @return the wait reason, or null
     */
    public WaitReason waitReason() {
        Object w = WAIT_ON.getAcquire(this);
        return w == null ? null : reasonOf(w);
    }

    /**
     * When the current wait began, in {@link Clock#coarseNanos()}; meaningful while parked.
     *
     * @return the wait's start time
     */
    public long waitSince() {
        return waitSince;
    }

    /**
     * Marks the calling goroutine as parked for {@code reason} until {@code waitObject}
     * completes ({@link Sudog#done}, {@link SelectWaiter#fired}; any other object never
     * completes). Returns the goroutine (null on a foreign thread) for {@link #endWait(G)}.
     * A reused wait object must have been reset (not completed) before this call.
     *
     * <p>The protocol deadlock detection relies on: for a reason that is {@link
     * WaitReason#asleep}, the goroutine calls {@link #endWait} only once {@code waitObject}
     * has been completed by someone else, or after its thread was interrupted. (A wait that
     * ends on its own, like a sleep, must use a reason that is not asleep.)
     *
     * @param reason why the goroutine parks
     * @param waitObject what completes the wait
     * @return the calling goroutine, or null on a foreign thread
     */
    public static G beginWait(WaitReason reason, Object waitObject) {
        return beginWait(current(), reason, waitObject);
    }

    /** {@link #beginWait(WaitReason, Object)} when the caller has {@link #current()} at hand. */
    static G beginWait(G g, WaitReason reason, Object waitObject) {
        if (g != null) {
            // Orders this wait's field writes after the previous endWait's release store, so a
            // reader never pairs the previous wait object with this wait's reason (reasonOf).
            VarHandle.storeStoreFence();
            g.waitReason = reason;
            g.waitSince = Clock.coarseNanos();
            // Opaque, not plain: a plain counter may live in a register across a loop of
            // waits that never park (their object already completed), and the detector would
            // then see one endless wait.
            WAIT_SEQ.setOpaque(g, g.waitSeq + 1);
            WAIT_ON.setRelease(g, waitObject);
            if (g.killed) {
                // Torn down while running: make the wait return at once, so the goroutine unwinds.
                Thread.currentThread().interrupt();
            }
        }
        return g;
    }

    /** The wait object of waits that only an interrupt ends (nil channel, empty select). */
    static final Object FOREVER = new Object();

    /**
     * {@link #beginWait(WaitReason, Object)} for a wait that no goroutine can complete.
     *
     * @param reason why the goroutine parks
     * @return the calling goroutine, or null on a foreign thread
     */
    public static G beginWait(WaitReason reason) {
        return beginWait(reason, FOREVER);
    }

    /**
     * Ends the wait begun by {@link #beginWait}.
     *
     * @param g what {@link #beginWait} returned; null does nothing
     */
    public static void endWait(G g) {
        if (g != null) {
            WAIT_ON.setRelease(g, null);
        }
    }

    /**
     * True when this goroutine is parked in a go4j wait that only another goroutine can end
     * and that has not been completed yet; {@code waitObject} is what {@link #waitOn()}
     * returned. A sleeping goroutine is awake in this sense.
     */
    static boolean blockedOn(Object waitObject, WaitReason reason) {
        if (waitObject == null || reason == null || !reason.asleep) {
            return false;
        }
        if (waitObject instanceof Sudog s) {
            return !s.done;
        }
        if (waitObject instanceof SelectWaiter w) {
            return w.fired == null;
        }
        return true; // FOREVER or another marker: nil channel, empty select
    }

    /**
     * True while this goroutine is in the wait {@link Leaks} found leaked: Go's "(leaked)".
     *
     * @return whether the current wait can never end
     */
    public boolean leaked() {
        return Leaks.isLeaked(this);
    }

    /** The number of waits begun; read after {@link #waitOn()}, it identifies that wait. */
    long waitSeq() {
        return (long) WAIT_SEQ.getOpaque(this);
    }

    /** The reason of the wait on {@code waitObject}, read after {@link #waitOn()} returned it. */
    WaitReason reasonOf(Object waitObject) {
        WaitReason r = waitReason;
        VarHandle.loadLoadFence(); // the re-read below must not move before the read above
        return WAIT_ON.getAcquire(this) == waitObject ? r : null;
    }

    @Override
    public String toString() {
        return "goroutine " + id;
    }
}
