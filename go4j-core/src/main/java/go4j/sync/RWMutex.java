package go4j.sync;

import go4j.Interrupted;

import go4j.internal.base.SpinLock;
import go4j.Panic;
import go4j.internal.runtime.Panics;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.WaitReason;
import go4j.internal.runtime.Woken;

/**
 * Go's sync.RWMutex: many readers or one writer. As in Go, a blocked {@link #lock} keeps new
 * readers out, so writers are not starved, and {@link #unlock} lets the readers that queued
 * meanwhile in before the next writer. As a {@link Locker} it is its write side;
 * {@link #rlocker()} is a Locker over its read side. In try-with-resources, {@link #rlocked()}
 * and {@link #locked()} are Go's {@code mu.RLock(); defer mu.RUnlock()} and
 * {@code mu.Lock(); defer mu.Unlock()}.
 *
 * <pre>{@code
 * static final RWMutex mu = new RWMutex();
 * static final HashMap<String, String> table = new HashMap<>(); // guarded by mu
 *
 * static String lookup(String key) {
 *     try (var _ = mu.rlocked()) {   // many readers at once
 *         return table.get(key);
 *     }
 * }
 * // by hand: mu.rlock(); try { ... } finally { mu.runlock(); }
 * }</pre>
 */
public final class RWMutex implements Locker {
    /*
     * Invariants (all under lock): writer implies readers == 0; a non-empty writeq implies
     * the lock is held (by readers or a writer); a non-empty readq implies writer or a
     * non-empty writeq. Granting happens under the lock: a granted waiter already holds its
     * share (readers was incremented, or writer set, for it).
     */
    private final SpinLock lock = new SpinLock(); // guards everything below
    private int readers;                           // active readers
    private boolean writer;                        // a writer holds the lock
    private final WaitQueue readq = new WaitQueue();  // readers waiting
    private final WaitQueue writeq = new WaitQueue(); // writers waiting
    private final Locker rlocker = new Locker() {     // rlocker(): one per RWMutex, as Go's (*rlocker)(rw)
        @Override
        public void lock() {
            rlock();
        }

        @Override
        public void unlock() {
            runlock();
        }

        @Override
        public String toString() {
            return "rlocker of " + RWMutex.this;
        }
    };

    /** An unlocked mutex, Go's zero {@code sync.RWMutex}. */
    public RWMutex() {
    }

    /** Locks for reading; blocks while a writer holds or waits for the lock. */
    public void rlock() {
        lock.lock();
        if (!writer && writeq.isEmpty()) {
            readers++;
            lock.unlock();
            return;
        }
        if (!readq.await(lock, WaitReason.RW_MUTEX_R, this, null)) {
            throw new Interrupted("RWMutex.RLock");
        }
    }

    /**
     * Tries to lock for reading without blocking.
     *
     * @return true if the caller now holds a read lock, false if a writer holds or waits for it
     */
    public boolean tryRLock() {
        lock.lock();
        try {
            if (!writer && writeq.isEmpty()) {
                readers++;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Undoes one {@link #rlock}.
     *
     * @throws Panic "sync: RUnlock of unlocked RWMutex", with the lock unchanged: Go's fatal error,
     *               which inside {@code Go.main} ends the process with exit status 2 (see
     *               {@link Mutex#unlock})
     */
    public void runlock() {
        lock.lock();
        if (readers == 0) {
            lock.unlock();
            throw Panics.fatal(new Panic("sync: RUnlock of unlocked RWMutex"));
        }
        Woken next = null;
        if (--readers == 0) {
            next = writeq.grantOne();
            writer = next != null;
        }
        lock.unlock();
        Woken.wake(next);
    }

    /** Locks for writing; blocks until no reader or writer holds the lock. */
    @Override
    public void lock() {
        lock.lock();
        if (!writer && readers == 0) {
            writer = true;
            lock.unlock();
            return;
        }
        if (!writeq.await(lock, WaitReason.RW_MUTEX, this, WRITER_LEFT)) {
            throw new Interrupted("RWMutex.Lock");
        }
    }

    /**
     * Tries to lock for writing without blocking.
     *
     * @return true if the caller now holds the write lock, false if anyone holds the lock
     */
    public boolean tryLock() {
        lock.lock();
        try {
            if (!writer && readers == 0) {
                writer = true;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Unlocks for writing: waiting readers go first, then the next writer.
     *
     * @throws Panic "sync: Unlock of unlocked RWMutex", with the lock unchanged: Go's fatal error,
     *               which inside {@code Go.main} ends the process with exit status 2 (see
     *               {@link Mutex#unlock})
     */
    @Override
    public void unlock() {
        lock.lock();
        if (!writer) {
            lock.unlock();
            throw Panics.fatal(new Panic("sync: Unlock of unlocked RWMutex"));
        }
        writer = false;
        Woken woken = grantReaders();
        if (woken == null) {
            woken = writeq.grantOne();
            writer = woken != null; // the next writer holds it now
        }
        lock.unlock();
        Woken.wake(woken);
    }

    /**
     * Locks for reading, as {@link #rlock}, and returns the read lock as held: closing it is
     * {@link #runlock}. For try-with-resources, Go's {@code mu.RLock(); defer mu.RUnlock()}.
     * (Its write side is {@link #locked()}, from {@link Locker}.) Closing twice runlocks twice:
     * Go's fatal error {@code sync: RUnlock of unlocked RWMutex} if no other reader holds it.
     *
     * <pre>{@code
     * static String get(RWMutex mu, HashMap<String, String> cache, String key) {
     *     try (var _ = mu.rlocked()) {
     *         return cache.get(key);
     *     }
     * }
     * }</pre>
     *
     * @return a handle whose {@code close()} read-unlocks
     * @throws go4j.Interrupted if interrupted while blocked; no read lock was taken
     */
    public Locker.Held rlocked() {
        rlock();
        return this::runlock;
    }

    /**
     * A {@link Locker} whose {@code lock} and {@code unlock} are this mutex's {@link #rlock} and
     * {@link #runlock} (Go's {@code RLocker}); every call returns the same one.
     *
     * @return the read side of this mutex as a Locker
     */
    public Locker rlocker() {
        return rlocker;
    }

    /**
     * Grants the lock to every queued reader (lock held): whom to wake once the lock is
     * released, null if none.
     */
    private Woken grantReaders() {
        readers += readq.size();
        return readq.grantAll();
    }

    /**
     * A writer left the queue ungranted (lock held): readers held back only by it may go now.
     */
    private static final WaitQueue.Left<RWMutex> WRITER_LEFT = RWMutex::writerLeft;

    private Woken writerLeft() {
        return writer || !writeq.isEmpty() ? null : grantReaders();
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "RWMutex{readers=" + readers + ", writer=" + writer + "}";
        } finally {
            lock.unlock();
        }
    }
}
