package go4j.internal.base;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The short lock every go4j primitive guards its state with (Go's {@code runtime.mutex}).
 *
 * <p>Invariants: the holder never parks, never runs user code and never calls
 * {@code LockSupport.unpark} while holding it, so every critical section is a few dozen
 * instructions. Nothing in a critical section can throw without the lock being released
 * first: no allocation but through a path that unlocks when it fails (the runtime's
 * {@code WaitQueue.enqueueSelf}, a try/finally), so an OutOfMemoryError
 * never leaves a lock held
 * and its channel, mutex or scheduler wedged. (A StackOverflowError is the exception: it can
 * strike at any call, and the JDK's reserved stack area covers only its own locks.)
 * {@link #order} is unique and fixed: {@code select} locks several channels in
 * increasing order, which is what keeps it deadlock-free.
 *
 * <p>Not final so that a channel can be its own lock (the runtime's {@code HChan}), as Go's
 * hchan holds its mutex by value: one object less per channel. Its methods are final.
 */
public class SpinLock {
    /*
     * Implementation overview. A test-and-test-and-set lock. Spin policy: the holder is
     * mid-way through a short critical section on another carrier, so spinning a little is
     * right; after SPINS pauses we yield, because on a 2-core machine the holder's carrier
     * may have been descheduled by the OS and spinning only steals its CPU. For a virtual
     * thread Thread.yield() lets another goroutine use the carrier meanwhile.
     *
     * Between two looks at the lock word the waiter pauses 1, 2, 4, ... up to MAX_PAUSES
     * times (exponential backoff, Anderson's): each look pulls the lock's cache line away
     * from the holder, and a channel is its own lock (HChan), so the line also holds the
     * fields the holder is writing. Looking at every pause made the holder's critical section
     * wait for its line again and again (docs/benchmarks.md, "Waiting behind the runtime").
     *
     * Except on a lock taken where the JDK pins the virtual thread (virtualYield false: the
     * gmp scheduler's lock, taken inside Executor.execute, which VirtualThread calls with its
     * continuation pinned). There a virtual thread's Thread.yield() cannot unmount: it tries
     * a freeze, fails, and returns, so it only costs. Worse, each such failed yield is a
     * return of Continuation.yield0 with "pinned" that the JIT profiles: in a program that
     * parks many goroutines before any resumes, those returns can be all the profile has
     * seen, C2 then compiles yield0 to trap on a resumption, and every goroutine parked in
     * that code deoptimizes when it is woken (docs/benchmarks.md, "Waking many at once").
     * Platform threads (Ms, sysmon, timers) still yield to the OS.
     */
    private static final AtomicLong ORDER = new AtomicLong();
    private static final int SPINS = Integer.getInteger("go4j.lockSpins", 64);
    private static final int MAX_PAUSES = 32;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SpinLock.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Global lock order, used when several locks are taken at once. */
    public final long order = ORDER.incrementAndGet();
    @SuppressWarnings("unused") // accessed through STATE: 0 free, 1 held
    private volatile int state;
    private final boolean virtualYield; // a virtual thread waiting long may Thread.yield (see above)

    /** A lock whose waiters, after spinning a while, yield (a virtual thread its carrier). */
    public SpinLock() {
        this(true);
    }

    /**
     * A lock whose virtual-thread waiters yield only if {@code virtualYield}.
     *
     * @param virtualYield false for a lock taken where the JDK pins the virtual thread (inside
     *                     {@code Executor.execute} of a virtual-thread scheduler): a waiting
     *                     virtual thread then only spins; platform threads still yield
     */
    public SpinLock(boolean virtualYield) {
        this.virtualYield = virtualYield;
    }
    /** Takes the lock, spinning while another thread holds it. */

    public final void lock() {
        if (!STATE.compareAndSet(this, 0, 1)) {
            lockSlow();
        }
    }

    private void lockSlow() {
        int spins = 0, pauses = 1;
        for (;;) {
            if ((int) STATE.getOpaque(this) == 0 && STATE.compareAndSet(this, 0, 1)) {
                return;
            }
            if ((spins += pauses) < SPINS) {
                for (int i = 0; i < pauses; i++) {
                    Thread.onSpinWait();
                }
                pauses = Math.min(2 * pauses, MAX_PAUSES);
            } else {
                spins = 0;
                pauses = 1;
                if (virtualYield || !Thread.currentThread().isVirtual()) {
                    Thread.yield();
                }
            }
        }
    }

    /** Releases the lock; the caller must hold it. */
    public final void unlock() {
        STATE.setRelease(this, 0);
    }
}
