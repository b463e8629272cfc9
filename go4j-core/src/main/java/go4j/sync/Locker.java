package go4j.sync;

/**
 * Go's sync.Locker: an object that can be locked and unlocked. {@link Mutex} and
 * {@link RWMutex} (its write side) are Lockers; {@link RWMutex#rlocker()} is one over the read
 * side. A {@link Cond} waits on a Locker.
 *
 * <pre>{@code
 * static void withLock(Locker l, Runnable body) {
 *     l.lock();
 *     try {
 *         body.run();
 *     } finally {
 *         l.unlock();
 *     }
 * }
 * }</pre>
 */
public interface Locker {
    /** Locks, blocking until the lock is available. */
    void lock();

    /** Unlocks. */
    void unlock();
}
