package go4j.internal.runtime;

/**
 * Goroutines a grant completed under their owner's lock, to be made runnable once that lock
 * is released (Go's {@code goready}, which chan.go and sema.go call after {@code unlock}).
 * What {@link WaitQueue#grantOne()} and {@link WaitQueue#grantAll()} hand back: the only part
 * of a waiting goroutine that code outside the runtime holds.
 *
 * <pre>{@code
 * lock.lock();
 * Woken w = waiters.grantAll();
 * lock.unlock();
 * Woken.wake(w);
 * }</pre>
 */
public sealed interface Woken permits Sudog {
    /** Makes every goroutine of this grant runnable; call once, with no lock held. */
    void wake();

    /**
     * {@link #wake()}, or nothing if {@code w} is null (nobody was granted).
     *
     * @param w the goroutines to wake, or null
     */
    static void wake(Woken w) {
        if (w != null) {
            w.wake();
        }
    }
}
