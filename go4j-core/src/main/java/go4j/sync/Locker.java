package go4j.sync;

/**
 * Go's sync.Locker: an object that can be locked and unlocked. {@link Mutex} and
 * {@link RWMutex} (its write side) are Lockers; {@link RWMutex#rlocker()} is one over the read
 * side. A {@link Cond} waits on a Locker. {@link #locked()} makes Go's
 * {@code l.Lock(); defer l.Unlock()} a try-with-resources.
 *
 * <pre>{@code
 * static void withLock(Locker l, Runnable body) {
 *     try (var _ = l.locked()) { // l.Lock(); defer l.Unlock()
 *         body.run();
 *     }
 * }
 * }</pre>
 */
public interface Locker {
    /** Locks, blocking until the lock is available. */
    void lock();

    /** Unlocks. */
    void unlock();

    /**
     * Locks, blocking until the lock is available, and returns the lock as held: closing it
     * unlocks. Meant for try-with-resources, which is Go's {@code l.Lock(); defer l.Unlock()}:
     * the lock is released however the block ends. If {@link #lock()} throws (an interrupted
     * wait), nothing is held and the block does not run.
     *
     * <pre>{@code
     * static final Mutex mu = new Mutex();
     * static int balance; // guarded by mu
     *
     * static void deposit(int amount) {
     *     try (var _ = mu.locked()) {
     *         balance += amount;
     *     }
     * }
     * }</pre>
     *
     * @return a handle whose {@code close()} unlocks
     * @throws go4j.Interrupted if interrupted while blocked; the lock was not taken
     */
    default Held locked() {
        lock();
        return this::unlock;
    }

    /**
     * A lock held by the caller, from {@link #locked()} (or {@link RWMutex#rlocked()}):
     * {@link #close()} unlocks it. Closing is unlocking and nothing more, as in Go, where
     * the lock is not owned: closing twice unlocks twice, which for a {@link Mutex} is Go's
     * fatal error {@code sync: unlock of unlocked mutex} (unless another goroutine locked it
     * in between, whose lock it then releases).
     *
     * <pre>{@code
     * Mutex mu = new Mutex();
     * int count = 0; // guarded by mu
     * Locker.Held held = mu.locked();
     * try {
     *     count++;
     * } finally {
     *     held.close(); // the same as mu.unlock()
     * }
     * }</pre>
     */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        /** Unlocks the lock: its Locker's {@code unlock()} (for a read lock, {@code runlock()}). */
        @Override
        void close();
    }
}
