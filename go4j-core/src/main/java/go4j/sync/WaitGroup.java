package go4j.sync;

import go4j.Interrupted;

import go4j.internal.base.SpinLock;
import go4j.Func;
import go4j.Go;
import go4j.Panic;
import go4j.internal.runtime.Goexit;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.Bubble;
import go4j.internal.runtime.WaitReason;
import go4j.internal.runtime.Woken;

import java.util.Objects;

/**
 * Go's sync.WaitGroup: waits for a collection of goroutines to finish. {@code await} is Go's
 * {@code Wait} ({@code wait} belongs to {@link Object}). A WaitGroup can be reused once
 * {@code await} has returned. {@link #go} is Go 1.25's {@code wg.Go}: add, start, done.
 *
 * <pre>{@code
 * static void fetchAll(List<String> urls, Function<String, String> fetch, Runnable work) {
 *     WaitGroup wg = new WaitGroup();
 *     for (String url : urls) {
 *         wg.go(() -> fetch.apply(url));
 *     }
 *     wg.add(1);                   // the same by hand
 *     go(() -> {
 *         try { work.run(); } finally { wg.done(); }
 *     });
 *     wg.await();
 * }
 * }</pre>
 */
public final class WaitGroup {
    /*
     * Invariants: 0 <= counter <= Integer.MAX_VALUE at all times (a delta that would take it
     * out of that range panics and changes nothing); waiters is non-empty only while
     * counter > 0; when counter reaches 0 every waiter is completed and woken, in one critical
     * section.
     *
     * Go keeps the counter as an int32 (the high half of a uint64 state word): an Add past
     * math.MaxInt32 wraps it negative and panics "sync: negative WaitGroup counter". go4j
     * panics with the same message for the same deltas, but leaves the counter as it was
     * (as for any delta that would make it negative), where Go leaves it wrapped.
     */
    private final SpinLock lock = new SpinLock(); // guards counter and waiters
    private int counter;                            // Go's counter (int32): add() minus done()
    private final WaitQueue waiters = new WaitQueue(); // goroutines in await()
    private volatile Bubble bubble;                 // the synctest bubble that first added; null outside bubbles

    /** A wait group whose counter is zero, Go's zero {@code sync.WaitGroup}. */
    public WaitGroup() {
    }

    /**
     * Adds {@code delta}, which may be negative, to the counter. When it reaches zero, every
     * goroutine in {@link #await} is released.
     *
     * @throws Panic "sync: negative WaitGroup counter", with the counter unchanged, if the
     *               counter would become negative, or exceed {@link Integer#MAX_VALUE} (Go's
     *               int32 counter wraps negative there)
     *
     * @param delta how much to add to the counter; negative to subtract
     */
    public void add(int delta) {
        if (bubble == null) {
            // Go 1.25: a WaitGroup that a bubble's goroutine added to belongs to the bubble, and
            // waiting on it is durably blocking there. Outside bubbles: two reads of null.
            Bubble b = Bubble.current();
            if (b != null) {
                bubble = b;
            }
        }
        Woken woken = null;
        lock.lock();
        long c = (long) counter + delta;
        if (c < 0 || c > Integer.MAX_VALUE) {
            lock.unlock();
            throw new Panic("sync: negative WaitGroup counter");
        }
        counter = (int) c;
        if (c == 0) {
            woken = waiters.grantAll(); // nothing allocated under the lock
        }
        lock.unlock();
        Woken.wake(woken);
    }

    /** Decrements the counter by one. */
    public void done() {
        add(-1);
    }

    /**
     * Runs {@code f} in a new goroutine and adds that task to the group (Go 1.25's
     * {@code Go}): {@code add(1)} now, {@link #done} when {@code f} returns or ends its
     * goroutine by {@code goexit}.
     *
     * <p>When {@code f} throws: outside {@code Go.main}, {@code done} is called too, and the
     * exception then escapes the goroutine as any other does (the process lives on, so a
     * waiter must not hang). Inside {@code Go.main} the exception is a panic that ends the
     * program, and {@code done} is not called: done first would let a waiting main goroutine
     * return, and the program end as if nothing had failed, before the panic is reported (the
     * race of golang/go#74702, which Go fixed the same way, golang/go#76126).
     *
     * @param f the task to run in the new goroutine
     * @throws NullPointerException if {@code f} is null; nothing was added
     */
    public void go(Runnable f) {
        Objects.requireNonNull(f, "f");
        add(1);
        try {
            Go.go(() -> {
                boolean finished = false;
                try {
                    f.run();
                    finished = true;
                } catch (Goexit e) {
                    finished = true; // Go: "f completed normally, or abruptly using goexit"
                    throw e;
                } finally {
                    if (finished || Program.current() == Program.FREE) {
                        done();
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            done(); // no goroutine started
            throw e;
        }
    }

    /**
     * {@link #go(Runnable)} for a function that may throw checked exceptions
     * ({@code wg.go(() -> Files.delete(path))}): every lambda and method reference passed to
     * {@code go} comes here. A checked exception escaping {@code f} is a panic like any other
     * exception, with the same rules for {@code done}.
     *
     * @param f the goroutine's code; it may throw checked exceptions
     * @throws NullPointerException if {@code f} is null; nothing was added
     */
    public void go(Func f) {
        go((Runnable) f);
    }

    /**
     * Blocks until the counter is zero (Go's Wait).
     *
     * @throws go4j.Interrupted if interrupted while waiting
     */
    public void await() {
        lock.lock();
        if (counter == 0) {
            lock.unlock();
            return;
        }
        Bubble.nextWaitOn(bubble); // outside bubbles: one read
        if (!waiters.await(lock, WaitReason.WAIT_GROUP, this, null)) {
            throw new Interrupted("WaitGroup.Wait");
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "WaitGroup{counter=" + counter + ", waiters=" + waiters.size() + "}";
        } finally {
            lock.unlock();
        }
    }
}
