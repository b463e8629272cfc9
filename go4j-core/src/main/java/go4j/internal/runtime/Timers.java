package go4j.internal.runtime;

import go4j.internal.base.RuntimeThread;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * go4j's one timer facility (Go's per-P timer heaps, as one heap): a single daemon thread,
 * {@code go4j-timers}, sleeps until the earliest deadline of a 4-ary min-heap and fires what
 * is due. Timers and tickers ({@code go4j.time}), {@code time.Sleep}, context deadlines and
 * {@code afterFunc} all live here; nobody gets a thread of their own.
 *
 * <p>Two ways in:
 * <ul>
 *   <li>{@link #schedule(long, Runnable)}: a one-shot action and its {@link Handle}
 *       ({@code cancel}, {@code pending}), for context deadlines and sleeps.
 *   <li>{@link Entry}: a re-armable heap entry with {@link #arm}/{@link #disarm} and a
 *       sequence number that lets its owner squelch a firing that raced with a re-arm, for
 *       Go's {@code runtimeTimer} in {@code go4j.time}.
 * </ul>
 *
 * <p>Actions run on the timer thread and must be short and non-blocking: a {@code trySend},
 * closing a channel, starting a goroutine. A disarmed or canceled timer leaves the heap at
 * once, so stopped timers cost nothing.
 *
 * <p>Inside a synctest {@link Bubble}, the clock is the bubble's fake clock and an entry made
 * there lives in the bubble's own heap ({@link Fake}), which the bubble's root fires when it
 * advances its clock; the timer thread never sees it. Outside bubbles the cost is one read of
 * a static field ({@link Bubble#live}) in {@link #nanotime()} and in each entry's constructor.
 */
public final class Timers {
    /*
     * Implementation overview.
     *
     * Clock: nanotime() is System.nanoTime() minus the value at class initialization, so it
     * starts near 0 and only grows; deadlines are absolute nanotime values compared with
     * plain < (no wrap-around for 292 years), saturating at Long.MAX_VALUE (never fires).
     *
     * The heap: Go's 4-ary heap (runtime/time.go, timerHeapN = 4) of Entry, ordered by
     * Entry.when, each entry knowing its slot (Entry.index) so that disarm and re-arm are
     * O(log n) wherever the entry sits. LOCK guards heap, size, and every entry's when and
     * index. Under LOCK nobody runs user code, takes another lock, or parks (the timer thread
     * waits on AVAILABLE, which releases LOCK).
     *
     * Invariants (LOCK held):
     *   - heap[0..size) is a 4-ary min-heap by when; heap[i].index == i; every other slot is
     *     null; an entry not in the heap has index == -1;
     *   - only the timer thread waits on AVAILABLE. sleepUntil is the deadline it waits for
     *     (Long.MAX_VALUE: for a non-empty heap), or Long.MIN_VALUE while it is awake and will
     *     look at heap[0] before waiting again. arm() signals only when the new deadline is
     *     earlier than sleepUntil: adding a later timer, or removing one, costs no wake-up
     *     (the thread wakes at the old deadline, finds nothing due and waits again).
     *
     * Firing: the timer thread removes a due heap[0] under LOCK, reads its seq, releases
     * LOCK and calls entry.fire(seq, when, now) with no lock held. Between the removal and
     * the call the entry's owner may disarm or re-arm it; every arm/disarm bumps seq, so the
     * owner, holding its own lock around both its arm/disarm calls and its fire, sees a stale
     * firing as seq != entry.seq() and drops it (Go's t.seq, for channel timers). FIRING
     * counts the entries between removal and the end of fire(), so that deadlock detection
     * never sees a moment when a due timer is neither in the heap nor done.
     *
     * Lock order: an owner's lock, then LOCK. The timer thread never holds LOCK while calling
     * fire(), and targetCollected() is called with no lock held, so there is no cycle.
     *
     * Bubbles: an entry made inside a synctest bubble (Entry.bubble != null) is armed and
     * disarmed in that bubble's Fake heap, under the Fake's lock instead of LOCK, and its
     * deadlines are on the bubble's clock. Its owner's locking protocol is the same.
     *
     * Memory: an Entry is referenced by the heap only while armed. go4j.time keeps the user's
     * objects (the Timer, its channel) out of the entry: it refers to the channel through a
     * weakTarget(), a WeakReference on REAPED. When the channel is collected while the entry
     * is still reachable (in the heap), the reference is enqueued and the reaper thread calls
     * entry.targetCollected(), which disarms it: an unreferenced, never-stopped timer is
     * garbage (Go 1.23). A stopped entry nobody refers to goes with its reference, unnoticed.
     */
    private Timers() {
    }

    private static final long EPOCH = System.nanoTime();
    private static final int ARITY = 4; // Go's timerHeapN
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Condition AVAILABLE = LOCK.newCondition();
    private static final AtomicInteger FIRING = new AtomicInteger(); // entries removed, fire() not yet returned

    private static Entry[] heap = new Entry[64]; // guarded by LOCK
    private static int size;                     // guarded by LOCK
    private static Thread timerThread;           // guarded by LOCK; started on first arm
    private static long sleepUntil = Long.MIN_VALUE; // guarded by LOCK: see the invariants

    /** Weak targets of entries, enqueued once collected; drained by the reaper thread. */
    private static final class Reaper {
        static final ReferenceQueue<Object> REAPED = new ReferenceQueue<>();

        static {
            Thread t = new RuntimeThread(Reaper::run, "go4j-timer-reaper");
            t.start();
        }

        private static void run() {
            for (;;) {
                Reference<?> r;
                try {
                    r = REAPED.remove();
                } catch (InterruptedException e) {
                    continue; // nobody interrupts this thread on purpose
                }
                try {
                    ((WeakTarget<?>) r).owner.targetCollected();
                } catch (Throwable t) {
                    Thread self = Thread.currentThread();
                    self.getUncaughtExceptionHandler().uncaughtException(self, t);
                }
            }
        }
    }

    private static final class WeakTarget<T> extends WeakReference<T> {
        final Entry owner; // the entry to tell; the reference lives in it, so this is no leak

        WeakTarget(T referent, Entry owner) {
            super(referent, Reaper.REAPED);
            this.owner = owner;
        }
    }

    // ---- the clock ----

    /**
     * Go's nanotime: monotonic nanoseconds since go4j's timers started; never negative.
     *
     * @return nanoseconds since go4j's timer epoch
     */
    public static long nanotime() {
        if (Bubble.live != 0) { // outside bubbles: this one read
            Bubble b = Bubble.current();
            if (b != null) {
                return b.timers.now;
            }
        }
        return System.nanoTime() - EPOCH;
    }

    /** The real clock, whatever bubble the caller is in: the timer thread's. */
    private static long realNanotime() {
        return System.nanoTime() - EPOCH;
    }

    /**
     * Go's {@code time.Now()} as an Instant: the wall clock, or inside a synctest bubble the
     * bubble's fake clock (2000-01-01T00:00:00Z when the bubble starts).
     *
     * @return the current time
     */
    public static Instant wallNow() {
        if (Bubble.live != 0) {
            Bubble b = Bubble.current();
            if (b != null) {
                return Bubble.EPOCH.plusNanos(b.timers.now);
            }
        }
        return Instant.now();
    }

    /**
     * The wall-clock time at which {@code e}, due at {@code when}, was meant to fire (Go's
     * {@code sendTime}: now minus the lateness); on the bubble's clock for a bubble's entry.
     *
     * @param e the entry
     * @param when its deadline, a {@link #nanotime()} value
     * @return the time the timer fired for
     */
    public static Instant instantAt(Entry e, long when) {
        if (e.bubble != null) {
            return Bubble.EPOCH.plusNanos(when);
        }
        return Instant.now().minusNanos(Math.max(0, realNanotime() - when));
    }

    /**
     * True when the caller may not operate on {@code e}: it was made in a synctest bubble and
     * the caller is not in that bubble (Go panics: "stop of synctest timer from outside bubble").
     *
     * @param e the entry
     * @return whether the caller is outside {@code e}'s bubble
     */
    public static boolean outsideBubble(Entry e) {
        return e.bubble != null && Bubble.current() != e.bubble;
    }

    /**
     * The deadline {@code delayNanos} from now: now when {@code delayNanos <= 0}, and
     * {@link Long#MAX_VALUE} (never) when the sum overflows, as Go's {@code when(d)}.
     *
     * @param delayNanos the delay from now, in nanoseconds
     * @return the deadline as a {@link #nanotime()} value
     */
    public static long when(long delayNanos) {
        long now = nanotime();
        if (delayNanos <= 0) {
            return now;
        }
        long t = now + delayNanos;
        return t < 0 ? Long.MAX_VALUE : t;
    }

    // ---- re-armable entries ----

    /**
     * A heap entry: Go's {@code timer} as the heap sees it. Subclasses say what firing does.
     * Owners that need to squelch stale firings call {@link #arm} and {@link #disarm} only
     * while holding their own lock, and compare {@link #seq()} with the firing's seq under it.
     */
    public abstract static class Entry {
        private static final VarHandle SEQ;

        static {
            try {
                SEQ = MethodHandles.lookup().findVarHandle(Entry.class, "seq", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        long when;       // guarded by LOCK (a bubble's entry: its Fake's lock): the deadline while in the heap
        int index = -1;  // guarded likewise: slot in the heap, -1 when not in it (a Fake's: its arm number, the tie-break)
        final Bubble bubble; // the synctest bubble it was made in; null outside bubbles
        @SuppressWarnings("unused") // written through SEQ under LOCK, read anywhere
        private volatile long seq;  // bumped by every arm and disarm

        /** For subclasses: a new entry is in no heap and has never been armed. */
        protected Entry() {
            this.bubble = Bubble.current();
        }

        /** An entry of the real clock's heap, whoever makes it (the runtime's own timers). */
        Entry(Bubble bubble) {
            this.bubble = bubble;
        }

        /**
         * Runs on the timer thread, with no lock held, once the entry's deadline passed.
         *
         * @param seq  the entry's {@link #seq()} when it was taken off the heap
         * @param when the deadline it fired for
         * @param now  {@link #nanotime()} when it was taken off the heap
         */
        protected abstract void fire(long seq, long when, long now);

        /**
         * Whether this entry, when it fires, may wake a goroutine blocked in a go4j primitive
         * (for deadlock detection). Called under the heap's lock: must be a quick, lock-free
         * look.
         *
         * @return whether firing may wake a blocked goroutine; true by default
         */
        protected boolean canWake() {
            return true;
        }

        /**
         * Called on the reaper thread, with no lock held, when the referent of a
         * {@link #weakTarget} of this entry has been collected while the entry was reachable.
         * Nothing by default.
         */
        protected void targetCollected() {
        }

        /**
         * The sequence number: changes with every {@link #arm} and {@link #disarm}.
         *
         * @return the current sequence number
         */
        public final long seq() {
            return (long) SEQ.getVolatile(this);
        }

        /**
         * True while the entry waits in the heap.
         *
         * @return whether the entry is in the heap
         */
        public final boolean queued() {
            if (bubble != null) {
                return bubble.timers.queued(this);
            }
            LOCK.lock();
            try {
                return index >= 0;
            } finally {
                LOCK.unlock();
            }
        }
    }

    /**
     * Puts {@code e} in the heap to fire at {@code when} (a {@link #nanotime()} value), or
     * moves it there if it is already in; returns whether it was in the heap.
     *
     * @param e the entry to arm
     * @param when its deadline, a {@link #nanotime()} value
     * @return whether {@code e} was already in the heap
     */
    public static boolean arm(Entry e, long when) {
        if (e.bubble != null) {
            return e.bubble.timers.arm(e, when);
        }
        LOCK.lock();
        try {
            Entry.SEQ.setVolatile(e, e.seq + 1);
            e.when = when;
            boolean was = e.index >= 0;
            int i;
            if (was) {
                i = e.index;
                siftUp(i);
                siftDown(e.index);
            } else {
                if (size == heap.length) {
                    heap = Arrays.copyOf(heap, size * 2);
                }
                i = size++;
                heap[i] = e;
                e.index = i;
                siftUp(i);
            }
            if (timerThread == null) {
                startTimerThread();
            } else if (heap[0] == e && when < sleepUntil) {
                AVAILABLE.signal();
            }
            return was;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Takes {@code e} out of the heap; returns whether it was in it.
     *
     * @param e the entry to disarm
     * @return whether {@code e} was in the heap
     */
    public static boolean disarm(Entry e) {
        if (e.bubble != null) {
            return e.bubble.timers.disarm(e);
        }
        LOCK.lock();
        try {
            Entry.SEQ.setVolatile(e, e.seq + 1);
            if (e.index < 0) {
                return false;
            }
            removeAt(e.index);
            return true;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * A weak reference to {@code referent} held by {@code owner}: if the referent is collected
     * while {@code owner} is still reachable (armed in the heap, say), the reaper thread calls
     * {@code owner.targetCollected()}. The owner must keep the returned reference.
     *
     * @param <T> the referent's type
     * @param referent the object to watch
     * @param owner the entry told when the referent is collected
     * @return the weak reference, which {@code owner} must keep
     */
    public static <T> WeakReference<T> weakTarget(T referent, Entry owner) {
        return new WeakTarget<>(referent, owner);
    }

    // ---- one-shot actions ----

    /** A pending one-shot action (from {@link #schedule}). */
    public static final class Handle extends Entry {
        private static final int PENDING = 0;  // in the heap or about to fire; initial
        private static final int FIRED = 1;    // fire() won: the action runs. Final.
        private static final int CANCELED = 2; // cancel() won: the action never runs. Final.

        private final Runnable action;
        private final AtomicInteger state = new AtomicInteger(PENDING);

        private Handle(Runnable action) {
            this.action = action;
        }

        private Handle(Runnable action, Bubble bubble) {
            super(bubble);
            this.action = action;
        }

        /**
         * Stops the timer; true if it was pending and will now not run.
         *
         * @return whether this call stopped a pending timer
         */
        public boolean cancel() {
            if (state.compareAndSet(PENDING, CANCELED)) {
                disarm(this);
                return true;
            }
            return false;
        }

        /**
         * True while the timer has neither fired nor been canceled.
         *
         * @return whether the timer is still pending
         */
        public boolean pending() {
            return state.get() == PENDING;
        }

        @Override
        protected void fire(long seq, long when, long now) {
            if (state.compareAndSet(PENDING, FIRED)) {
                action.run();
            }
        }
    }

    /**
     * Runs {@code action} on the timer thread after {@code delayNanos} (at once if {@code <= 0}).
     *
     * @param delayNanos the delay, in nanoseconds
     * @param action what to run
     * @return the handle that can cancel it
     */
    public static Handle schedule(long delayNanos, Runnable action) {
        return scheduleAt(when(delayNanos), action);
    }

    /**
     * Runs {@code action} on the timer thread at {@code when}, a {@link #nanotime()} value.
     *
     * @param when the deadline, a {@link #nanotime()} value
     * @param action what to run
     * @return the handle that can cancel it
     */
    public static Handle scheduleAt(long when, Runnable action) {
        java.util.Objects.requireNonNull(action, "action");
        Handle h = new Handle(action);
        arm(h, when);
        return h;
    }

    /**
     * Runs {@code action} on the timer thread after {@code delayNanos} of real time, also when
     * called inside a synctest bubble: for the runtime's own timers (the JDK scheduler's
     * gosched kick), which must not wait for the bubble's clock.
     *
     * @param delayNanos the delay, in nanoseconds of real time
     * @param action what to run
     * @return the handle that can cancel it
     */
    public static Handle scheduleReal(long delayNanos, Runnable action) {
        java.util.Objects.requireNonNull(action, "action");
        Handle h = new Handle(action, null);
        long now = realNanotime();
        long when = delayNanos <= 0 ? now : now + delayNanos < 0 ? Long.MAX_VALUE : now + delayNanos;
        arm(h, when);
        return h;
    }

    // ---- introspection ----

    /**
     * Number of timers waiting in the heap (fired, canceled and stopped ones are gone).
     *
     * @return how many entries are in the heap
     */
    public static int pending() {
        LOCK.lock();
        try {
            return size;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Whether some timer may still wake a goroutine blocked in a go4j primitive, for deadlock
     * detection (Go's checkdead looks at the timer heaps). True while a timer is firing, or
     * when the heap holds a timer whose firing can wake someone: an {@code afterFunc}, a
     * sleep, a context deadline, or a channel timer with a goroutine blocked on its channel.
     * As in Go 1.23, a timer or ticker whose channel nobody waits on does not count.
     *
     * @return whether a timer may still wake a blocked goroutine
     */
    public static boolean mayWake() {
        if (FIRING.get() > 0) {
            return true;
        }
        LOCK.lock();
        try {
            for (int i = 0; i < size; i++) {
                if (heap[i].canWake()) {
                    return true;
                }
            }
            return FIRING.get() > 0;
        } finally {
            LOCK.unlock();
        }
    }

    // ---- the timer thread ----

    private static void startTimerThread() {
        Thread t = new RuntimeThread(Timers::run, "go4j-timers");
        t.start();
        timerThread = t;
    }

    private static void run() {
        for (;;) {
            Entry e;
            long seq, when, now;
            LOCK.lock();
            try {
                for (;;) {
                    if (size == 0) {
                        sleepUntil = Long.MAX_VALUE;
                        AVAILABLE.awaitUninterruptibly();
                        sleepUntil = Long.MIN_VALUE;
                        continue;
                    }
                    now = realNanotime();
                    long head = heap[0].when;
                    if (head <= now) {
                        e = heap[0];
                        break;
                    }
                    // No reference to the entry while waiting: if it is disarmed meanwhile,
                    // nothing here may keep it (and what it refers to) from being collected.
                    sleepUntil = head;
                    try {
                        AVAILABLE.awaitNanos(head - now);
                    } catch (InterruptedException ignored) {
                        // Nobody interrupts this thread on purpose; just look again.
                    }
                    sleepUntil = Long.MIN_VALUE;
                }
                when = e.when;
                seq = e.seq;
                removeAt(0);
                FIRING.incrementAndGet();
            } finally {
                LOCK.unlock();
            }
            try {
                e.fire(seq, when, now);
            } catch (Throwable t) {
                // Report like an uncaught exception, but keep the timer thread alive.
                Thread self = Thread.currentThread();
                self.getUncaughtExceptionHandler().uncaughtException(self, t);
            } finally {
                FIRING.decrementAndGet();
            }
        }
    }

    // ---- a synctest bubble's timers ----

    /**
     * A synctest bubble's clock and timer heap (Go's {@code bubble.timers} and
     * {@code bubble.now}). Only the bubble's root advances {@link #now} and fires entries,
     * and only while every goroutine of the bubble is durably blocked, so nothing races a
     * firing but the owners' stop and reset, which the seq protocol already squelches.
     *
     * <p>Invariants (lock held): {@code heap} holds exactly the armed entries of the bubble,
     * ordered by (when, index); an entry in it has its arm number as index (>= 0), any other
     * index -1; {@code now}
     * never decreases and no entry in the heap is due before the root fires it.
     */
    static final class Fake {
        private final ReentrantLock lock = new ReentrantLock(); // guards heap, armed and the entries' when and index
        private final TreeSet<Entry> heap = new TreeSet<>(Fake::compare); // armed entries, earliest first
        private int armed;               // guarded by lock: arms so far (an entry's index while in the heap)
        /** Nanoseconds since 2000-01-01T00:00:00Z; written by the root only, read by anyone. */
        volatile long now;

        private static int compare(Entry a, Entry b) {
            int c = Long.compare(a.when, b.when);
            return c != 0 ? c : Integer.compare(a.index, b.index); // equal deadlines fire in arm order
        }

        boolean arm(Entry e, long when) {
            lock.lock();
            try {
                Entry.SEQ.setVolatile(e, e.seq + 1);
                boolean was = e.index >= 0;
                if (was) {
                    heap.remove(e);
                }
                e.when = when;
                e.index = armed++ & Integer.MAX_VALUE; // (2^31 arms in one bubble would only reorder ties)
                heap.add(e);
                return was;
            } finally {
                lock.unlock();
            }
        }

        boolean disarm(Entry e) {
            lock.lock();
            try {
                Entry.SEQ.setVolatile(e, e.seq + 1);
                if (e.index < 0) {
                    return false;
                }
                heap.remove(e);
                e.index = -1;
                return true;
            } finally {
                lock.unlock();
            }
        }

        boolean queued(Entry e) {
            lock.lock();
            try {
                return e.index >= 0;
            } finally {
                lock.unlock();
            }
        }

        /**
         * Takes the earliest entry due at {@link #now} out of the heap and fires it (root only,
         * no lock held while it fires); false when none is due.
         */
        boolean fireOne() {
            Entry e;
            long seq, when, t = now;
            lock.lock();
            try {
                if (heap.isEmpty() || heap.first().when > t) {
                    return false;
                }
                e = heap.pollFirst();
                e.index = -1;
                seq = e.seq;
                when = e.when;
            } finally {
                lock.unlock();
            }
            e.fire(seq, when, t);
            return true;
        }

        /**
         * The deadline of the earliest entry whose firing may wake a goroutine (Go 1.23: a
         * channel timer nobody waits on does not count), or -1 when there is none.
         */
        long nextWake() {
            lock.lock();
            try {
                for (Entry e : heap) {
                    if (e.canWake()) {
                        return e.when;
                    }
                }
                return -1;
            } finally {
                lock.unlock();
            }
        }

        /** Entries armed. */
        int size() {
            lock.lock();
            try {
                return heap.size();
            } finally {
                lock.unlock();
            }
        }
    }

    // ---- heap maintenance (LOCK held) ----

    private static void removeAt(int i) {
        Entry e = heap[i];
        e.index = -1;
        int last = --size;
        if (i != last) {
            Entry moved = heap[last];
            heap[i] = moved;
            moved.index = i;
            heap[last] = null;
            siftUp(i);
            siftDown(moved.index);
        } else {
            heap[last] = null;
        }
        if (heap.length > 64 && size < heap.length / 4) {
            heap = Arrays.copyOf(heap, heap.length / 2);
        }
    }

    private static void siftUp(int i) {
        Entry e = heap[i];
        long w = e.when;
        while (i > 0) {
            int p = (i - 1) / ARITY;
            Entry pe = heap[p];
            if (w >= pe.when) {
                break;
            }
            heap[i] = pe;
            pe.index = i;
            i = p;
        }
        heap[i] = e;
        e.index = i;
    }

    private static void siftDown(int i) {
        Entry e = heap[i];
        long w = e.when;
        for (;;) {
            int first = i * ARITY + 1;
            if (first >= size) {
                break;
            }
            int c = -1;
            long cw = w;
            for (int j = first, end = Math.min(first + ARITY, size); j < end; j++) {
                if (heap[j].when < cw) {
                    cw = heap[j].when;
                    c = j;
                }
            }
            if (c < 0) {
                break;
            }
            Entry ce = heap[c];
            heap[i] = ce;
            ce.index = i;
            i = c;
        }
        heap[i] = e;
        e.index = i;
    }

    /** For tests: the heap invariant holds. */
    static boolean verify() {
        LOCK.lock();
        try {
            for (int i = 0; i < size; i++) {
                if (heap[i].index != i || i > 0 && heap[i].when < heap[(i - 1) / ARITY].when) {
                    return false;
                }
            }
            for (int i = size; i < heap.length; i++) {
                if (heap[i] != null) {
                    return false;
                }
            }
            return true;
        } finally {
            LOCK.unlock();
        }
    }
}
