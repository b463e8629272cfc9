package go4j.sync;


import go4j.internal.base.SpinLock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Go's sync.Pool: a set of temporary objects that may be reused, to take load off the garbage
 * collector. Safe for use by many goroutines at once. {@link #get} takes an item put earlier,
 * or makes one with the pool's {@code New} function (the constructor's supplier), or returns
 * null when there is none; {@link #put} offers one back.
 *
 * <p>As in Go, any item in the pool may be removed at any time without notification: the
 * pool drops what it holds across garbage collections (an item survives one collection in a
 * victim cache and is gone after the second, Go's policy; see docs/adr/0003-sync-pool.md for
 * what a collection means on the JVM). So a Pool is a cache, not a free list, and the objects
 * it holds should be interchangeable. A put happens-before the get that returns the same item.
 *
 * <pre>{@code
 * Pool<StringBuilder> buffers = new Pool<>(StringBuilder::new);
 * StringBuilder b = buffers.get();
 * b.setLength(0);           // an item comes back as it was put: reset it
 * b.append("hello");
 * System.out.println(b);
 * buffers.put(b);
 * }</pre>
 *
 * @param <T> the items' type
 */
public final class Pool<T> {
    /*
     * Implementation overview. Go keeps a private slot and a lock-free deque per P; here a
     * small fixed array of stripes, each a LIFO stack under a SpinLock, and a goroutine uses
     * the stripe its thread id hashes to (a goroutine has no stable carrier to key on, and
     * go4j's scheduler is not consulted from user-level code). A get looks at its own stripe,
     * then steals from the others, then tries the victim caches, then calls New, as Go's
     * getSlow does; the look at another stripe is a racy read of its size first, so an empty
     * pool costs no lock per stripe (a stale zero only makes a get miss an item, which the
     * contract allows).
     *
     * GC: each stripe has a primary stack and a victim stack. PoolCleanup, woken once per
     * garbage collection cycle, calls cleanup(): the victims are dropped and the primaries
     * become the victims (Go's poolCleanup, run there during stop-the-world; here stripe by
     * stripe under each stripe's lock, concurrently with gets and puts, which the contract
     * allows). A pool registers with PoolCleanup at its first put (Go: pinSlow appends to
     * allPools), weakly, so an unused pool is collected with whatever it holds.
     *
     * Invariants (per stripe, under its lock): items[0..n) and victim[0..vn) hold non-null
     * items, the rest of both arrays null (nothing dropped is kept reachable).
     */

    /** One shard of the pool (Go's poolLocal). */
    private static final class Stripe {
        final SpinLock lock = new SpinLock(); // guards everything below; held for a push or a pop only
        Object[] items = EMPTY;               // the primary stack, most recent put on top
        int n;                                // items on the primary stack (read racily by get)
        Object[] victim = EMPTY;              // items from before the last GC cycle
        int vn;                               // items on the victim stack (read racily by get)
    }

    private static final Object[] EMPTY = {};
    private static final VarHandle REGISTERED;

    static {
        try {
            REGISTERED = MethodHandles.lookup().findVarHandle(Pool.class, "registered", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Stripes per pool: a power of two, twice the processors, at least 2. */
    private static final int STRIPES = Math.max(2, Integer.highestOneBit(Runtime.getRuntime().availableProcessors() * 4 - 1));

    private final Supplier<? extends T> newFn;       // Go's New; null: get returns null on a miss
    private final Stripe[] stripes = new Stripe[STRIPES]; // created at construction, never replaced
    @SuppressWarnings("unused") // through REGISTERED
    private volatile boolean registered;                 // with PoolCleanup (at the first put), once

    /** A pool whose {@link #get} returns null when it has nothing (Go's Pool with a nil New). */
    public Pool() {
        this(null);
    }

    /**
     * A pool whose {@link #get} calls {@code newFn} when it has nothing (Go's {@code New});
     * null means no such function.
     *
     * @param newFn makes an item for a get that finds the pool empty; may be null
     */
    public Pool(Supplier<? extends T> newFn) {
        this.newFn = newFn;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** The calling thread's stripe index (a goroutine's virtual thread id, mixed). */
    private static int home() {
        long id = Thread.currentThread().threadId();
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 32) & (STRIPES - 1);
    }

    /**
     * Adds {@code x} to the pool (Go's {@code Put}); null is ignored, as Go ignores nil.
     *
     * @param x the item to keep for a later get
     */
    public void put(T x) {
        if (x == null) {
            return;
        }
        if (!registered && REGISTERED.compareAndSet(this, false, true)) {
            PoolCleanup.register(this); // once: a pool registered twice would age twice per cycle
        }
        Stripe s = stripes[home()];
        s.lock.lock();
        if (s.n == s.items.length) {
            s.items = Arrays.copyOf(s.items, Math.max(4, 2 * s.n));
        }
        s.items[s.n++] = x;
        s.lock.unlock();
    }

    /**
     * Removes an item from the pool and returns it (Go's {@code Get}); when the pool has
     * none, the result of {@code New}, or null without one. The item may be any one put
     * earlier and not yet dropped: no order is promised.
     *
     * @return an item from the pool, else {@code New}'s result, else null
     */
    @SuppressWarnings("unchecked")
    public T get() {
        int home = home();
        for (int i = 0; i < STRIPES; i++) {
            Stripe s = stripes[(home + i) & (STRIPES - 1)];
            if (s.n > 0) {
                Object x = pop(s, false);
                if (x != null) {
                    return (T) x;
                }
            }
        }
        for (int i = 0; i < STRIPES; i++) {
            Stripe s = stripes[(home + i) & (STRIPES - 1)];
            if (s.vn > 0) {
                Object x = pop(s, true);
                if (x != null) {
                    return (T) x;
                }
            }
        }
        return newFn == null ? null : newFn.get();
    }

    /** Pops from the primary or the victim stack of {@code s}; null if it is empty. */
    private static Object pop(Stripe s, boolean victim) {
        s.lock.lock();
        Object x = null;
        if (!victim && s.n > 0) {
            x = s.items[--s.n];
            s.items[s.n] = null;
        } else if (victim && s.vn > 0) {
            x = s.victim[--s.vn];
            s.victim[s.vn] = null;
        }
        s.lock.unlock();
        return x;
    }

    /**
     * One garbage collection cycle passed (Go's poolCleanup for this pool): drop the victims,
     * and the primaries become the victims. Called by {@link PoolCleanup}.
     */
    void cleanup() {
        for (Stripe s : stripes) {
            s.lock.lock();
            s.victim = s.n == 0 ? EMPTY : s.items;
            s.vn = s.n;
            s.items = EMPTY;
            s.n = 0;
            s.lock.unlock();
        }
    }

    @Override
    public String toString() {
        int n = 0, vn = 0;
        for (Stripe s : stripes) {
            s.lock.lock();
            n += s.n;
            vn += s.vn;
            s.lock.unlock();
        }
        return "Pool{items=" + n + ", victims=" + vn + "}";
    }
}
