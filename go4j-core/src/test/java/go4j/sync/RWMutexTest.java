package go4j.sync;

import go4j.Chan;
import go4j.Interrupted;
import go4j.TestSupport;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go's sync.RWMutex, from its documentation and src/sync/rwmutex_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RWMutexTest {

    @Test
    void rlockerReadLocksAndRespectsTheWriteLock() {
        // src/sync/rwmutex_test.go TestRLocker, with our own goroutine and channels.
        RWMutex wl = new RWMutex();
        Locker rl = wl.rlocker();
        Chan<Boolean> wlocked = new Chan<>(1);
        Chan<Boolean> rlocked = new Chan<>(1);
        int n = 10;
        var g = spawnVoid(() -> {
            for (int i = 0; i < n; i++) {
                rl.lock();
                rl.lock();
                rlocked.send(true);
                wl.lock();
                wlocked.send(true);
            }
        });
        for (int i = 0; i < n; i++) {
            rlocked.recv();
            rl.unlock();
            assertFalse(wlocked.tryRecv() != null, "rlocker() did not read-lock it");
            rl.unlock();
            wlocked.recv();
            assertFalse(rlocked.tryRecv() != null, "rlocker() did not respect the write lock");
            wl.unlock();
        }
        g.join();
    }

    @Test
    void rlockerReturnsTheSameLockerEveryTime() {
        // Go's RLocker converts the pointer, so rw.RLocker() == rw.RLocker().
        RWMutex rw = new RWMutex();
        assertSame(rw.rlocker(), rw.rlocker());
    }

    @Test
    void anRWMutexAsALockerIsItsWriteSide() {
        RWMutex rw = new RWMutex();
        Locker l = rw;
        l.lock();
        assertFalse(rw.tryRLock(), "a reader got in past the write lock");
        l.unlock();
        assertTrue(rw.tryRLock());
        rw.runlock();
    }

    @Test
    void runlockThroughRlockerOfAnUnlockedRWMutexPanicsWithGosMessage() {
        assertPanics("sync: RUnlock of unlocked RWMutex", () -> new RWMutex().rlocker().unlock());
    }

    @Test
    void readersShareTheLock() {
        // src/sync/rwmutex_test.go TestParallelReaders: every reader holds the read lock at
        // once, which only works if none of them waits for another to leave.
        RWMutex mu = new RWMutex();
        int n = 8;
        Chan<Void> locked = new Chan<>();
        Chan<Void> unlock = new Chan<>();
        List<TestSupport.Spawned<Void>> readers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            readers.add(spawnVoid(() -> {
                mu.rlock();
                locked.send(null);
                unlock.recv();
                mu.runlock();
            }));
        }
        for (int i = 0; i < n; i++) {
            locked.recv();
        }
        unlock.close();
        readers.forEach(TestSupport.Spawned::join);
    }

    @Test
    void aWriterExcludesReaders() {
        RWMutex mu = new RWMutex();
        mu.lock();
        var reader = spawnVoid(mu::rlock).awaitBlocked(WaitReason.RW_MUTEX_R);
        assertFalse(mu.tryRLock());
        mu.unlock();
        reader.join();
        mu.runlock();
    }

    @Test
    void aWriterExcludesWriters() {
        RWMutex mu = new RWMutex();
        mu.lock();
        var writer = spawnVoid(mu::lock).awaitBlocked(WaitReason.RW_MUTEX);
        assertFalse(mu.tryLock());
        mu.unlock();
        writer.join();
        assertFalse(mu.tryLock(), "the waiting writer holds it now");
        mu.unlock();
    }

    @Test
    void readersExcludeAWriterUntilTheLastLeaves() {
        RWMutex mu = new RWMutex();
        mu.rlock();
        mu.rlock();
        var writer = spawnVoid(mu::lock).awaitBlocked(WaitReason.RW_MUTEX);
        mu.runlock();
        writer.awaitBlocked(WaitReason.RW_MUTEX);
        assertFalse(writer.isDone(), "one reader is still inside");
        mu.runlock();
        writer.join();
        mu.unlock();
    }

    @Test
    void aWaitingWriterKeepsNewReadersOut() {
        // Go's writer preference: "If any goroutine calls Lock while the lock is already held
        // by one or more readers, concurrent calls to RLock will block until the writer has
        // acquired (and released) the lock."
        RWMutex mu = new RWMutex();
        mu.rlock();
        var writer = spawnVoid(() -> {
            mu.lock();
            mu.unlock();
        }).awaitBlocked(WaitReason.RW_MUTEX);
        assertFalse(mu.tryRLock(), "a new reader must not overtake the waiting writer");
        var lateReader = spawnVoid(() -> {
            mu.rlock();
            mu.runlock();
        }).awaitBlocked(WaitReason.RW_MUTEX_R);
        mu.runlock();
        writer.join();
        lateReader.join();
        assertTrue(mu.tryLock(), "everyone left");
        mu.unlock();
    }

    @Test
    void readersThatQueuedDuringAWriteGoBeforeTheNextWriter() {
        RWMutex mu = new RWMutex();
        mu.lock();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        Chan<Void> readersIn = new Chan<>();
        Chan<Void> readersOut = new Chan<>();
        var r1 = spawnVoid(() -> {
            mu.rlock();
            order.add("reader");
            readersIn.send(null);
            readersOut.recv();
            mu.runlock();
        }).awaitBlocked(WaitReason.RW_MUTEX_R);
        var w2 = spawnVoid(() -> {
            mu.lock();
            order.add("writer");
            mu.unlock();
        }).awaitBlocked(WaitReason.RW_MUTEX);
        var r2 = spawnVoid(() -> {
            mu.rlock();
            order.add("reader");
            readersIn.send(null);
            readersOut.recv();
            mu.runlock();
        }).awaitBlocked(WaitReason.RW_MUTEX_R);
        mu.unlock();
        readersIn.recv();
        readersIn.recv(); // both readers are inside together, the writer still waits
        w2.awaitBlocked(WaitReason.RW_MUTEX);
        readersOut.close();
        r1.join();
        r2.join();
        w2.join();
        assertEquals(List.of("reader", "reader", "writer"), order);
    }

    @Test
    void runlockOfUnlockedRWMutexPanicsAndChangesNothing() {
        RWMutex mu = new RWMutex();
        assertPanics("sync: RUnlock of unlocked RWMutex", mu::runlock);
        assertTrue(mu.tryLock(), "still free");
        assertPanics("sync: RUnlock of unlocked RWMutex", mu::runlock);
        mu.unlock();
    }

    @Test
    void unlockOfUnlockedRWMutexPanicsAndChangesNothing() {
        RWMutex mu = new RWMutex();
        assertPanics("sync: Unlock of unlocked RWMutex", mu::unlock);
        mu.rlock();
        assertPanics("sync: Unlock of unlocked RWMutex", mu::unlock);
        assertTrue(mu.tryRLock(), "the read lock is still held, shared");
        mu.runlock();
        mu.runlock();
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    // ---- rlocked() and locked(): try-with-resources ----

    @Test
    void rlockedSharesTheLockWithOtherReadersAndKeepsWritersOut() {
        RWMutex mu = new RWMutex();
        try (var _ = mu.rlocked()) {
            assertTrue(mu.tryRLock(), "another reader shares it");
            mu.runlock();
            assertFalse(mu.tryLock(), "a writer is kept out");
        }
        assertTrue(mu.tryLock(), "the read lock was released when the block ended");
        mu.unlock();
    }

    @Test
    void lockedIsTheWriteSide() {
        RWMutex mu = new RWMutex();
        try (var _ = mu.locked()) {
            assertFalse(mu.tryRLock(), "no reader while the writer holds it");
            assertFalse(mu.tryLock());
        }
        assertTrue(mu.tryRLock());
        mu.runlock();
    }

    @Test
    void rlockedIsReleasedWhenTheTryBlockThrows() {
        RWMutex mu = new RWMutex();
        try (var _ = mu.rlocked()) {
            throw new IllegalStateException("boom");
        } catch (IllegalStateException expected) {
            // the read lock is released before the catch block runs
        }
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void rlockedWaitsForTheWriter() {
        RWMutex mu = new RWMutex();
        AtomicInteger read = new AtomicInteger();
        mu.lock();
        var reader = spawnVoid(() -> {
            try (var _ = mu.rlocked()) {
                read.incrementAndGet();
            }
        }).awaitBlocked(WaitReason.RW_MUTEX_R);
        assertEquals(0, read.get());
        mu.unlock();
        reader.join();
        assertEquals(1, read.get());
    }

    @Test
    void closingAHeldReadLockTwiceIsGosRUnlockOfUnlockedRWMutex() {
        RWMutex mu = new RWMutex();
        Locker.Held held = mu.rlocked();
        held.close();
        assertPanics("sync: RUnlock of unlocked RWMutex", held::close);
        assertTrue(mu.tryLock(), "the failed close changed nothing");
        mu.unlock();
    }

    @Test
    void closingAHeldWriteLockTwiceIsGosUnlockOfUnlockedRWMutex() {
        RWMutex mu = new RWMutex();
        Locker.Held held = mu.locked();
        held.close();
        assertPanics("sync: Unlock of unlocked RWMutex", held::close);
    }

    @Test
    void theRlockersLockedIsTheReadSide() {
        RWMutex mu = new RWMutex();
        try (var _ = mu.rlocker().locked()) {
            assertTrue(mu.tryRLock());
            mu.runlock();
            assertFalse(mu.tryLock());
        }
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void interruptedWriterThrowsAndLetsTheReadersItHeldBackIn() {
        RWMutex mu = new RWMutex();
        mu.rlock();
        var writer = spawnVoid(mu::lock).awaitBlocked(WaitReason.RW_MUTEX);
        var reader = spawnVoid(mu::rlock).awaitBlocked(WaitReason.RW_MUTEX_R);
        writer.interrupt();
        assertInstanceOf(Interrupted.class, writer.failure());
        assertTrue(writer.interruptedAtExit());
        reader.join(); // no writer waits any more: the reader shares the lock
        mu.runlock();
        mu.runlock();
        assertTrue(mu.tryLock(), "the interrupted writer did not take the lock");
        mu.unlock();
    }

    @Test
    void interruptedReaderThrowsAndTakesNoShare() {
        RWMutex mu = new RWMutex();
        mu.lock();
        var reader = spawnVoid(mu::rlock).awaitBlocked(WaitReason.RW_MUTEX_R);
        reader.interrupt();
        assertInstanceOf(Interrupted.class, reader.failure());
        assertTrue(reader.interruptedAtExit());
        mu.unlock();
        assertTrue(mu.tryLock(), "no read share was granted to the interrupted reader");
        mu.unlock();
    }

    @Test
    void hammeringReadersAndWritersNeverOverlap() {
        // src/sync/rwmutex_test.go HammerRWMutex: activity counts readers + 10000 per writer.
        RWMutex mu = new RWMutex();
        AtomicInteger activity = new AtomicInteger();
        AtomicBoolean broken = new AtomicBoolean();
        int iterations = 1_000, readers = 10;
        List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
        TestSupport.VoidBody writer = () -> {
            for (int i = 0; i < iterations; i++) {
                mu.lock();
                if (activity.addAndGet(10_000) != 10_000) {
                    broken.set(true);
                }
                activity.addAndGet(-10_000);
                mu.unlock();
            }
        };
        TestSupport.VoidBody reader = () -> {
            for (int i = 0; i < iterations; i++) {
                mu.rlock();
                int n = activity.incrementAndGet();
                if (n < 1 || n >= 10_000) {
                    broken.set(true);
                }
                activity.decrementAndGet();
                mu.runlock();
            }
        };
        gs.add(spawnVoid(writer));
        for (int i = 0; i < readers / 2; i++) {
            gs.add(spawnVoid(reader));
        }
        gs.add(spawnVoid(writer));
        for (int i = readers / 2; i < readers; i++) {
            gs.add(spawnVoid(reader));
        }
        gs.forEach(TestSupport.Spawned::join);
        assertFalse(broken.get(), "a writer overlapped another holder");
        assertEquals(0, activity.get());
    }

    @Test
    void interruptsRacingReadersAndWritersNeverBreakExclusionOrLeaveTheLockHeld() {
        RWMutex mu = new RWMutex();
        AtomicInteger activity = new AtomicInteger();
        AtomicBoolean broken = new AtomicBoolean();
        AtomicInteger interrupted = new AtomicInteger();
        List<Thread> targets = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        var interrupter = go4j.TestSupport.spawnPlatformVoid(() -> {
            java.util.concurrent.ThreadLocalRandom rnd = java.util.concurrent.ThreadLocalRandom.current();
            while (!stop.get()) {
                int n = targets.size();
                if (n > 0) {
                    targets.get(rnd.nextInt(n)).interrupt();
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            }
        });
        try { // the interrupter stops even if this fails: it must not go on into later tests
            int iterations = 1_000;
            List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
            for (int g = 0; g < 8; g++) {
                boolean isWriter = g % 3 == 0;
                gs.add(spawnVoid(() -> {
                    targets.add(Thread.currentThread());
                    int i = 0;
                    while (i < iterations || interrupted.get() < 50 && i < 50 * iterations) {
                        try {
                            if (isWriter) {
                                mu.lock();
                            } else {
                                mu.rlock();
                            }
                        } catch (Interrupted e) {
                            Thread.interrupted();
                            interrupted.incrementAndGet();
                            continue;
                        }
                        int n = activity.addAndGet(isWriter ? 10_000 : 1);
                        if (isWriter ? n != 10_000 : n < 1 || n >= 10_000) {
                            broken.set(true);
                        }
                        go4j.Go.gosched();
                        activity.addAndGet(isWriter ? -10_000 : -1);
                        if (isWriter) {
                            mu.unlock();
                        } else {
                            mu.runlock();
                        }
                        i++;
                    }
                    Thread.interrupted();
                }));
            }
            gs.forEach(TestSupport.Spawned::join);
        } finally {
            stop.set(true);
            interrupter.join();
        }
        assertFalse(broken.get(), "a writer overlapped another holder");
        assertTrue(mu.tryLock(), "the lock ends free: no interrupted waiter kept a share");
        mu.unlock();
        System.out.println("rwmutex race: " + interrupted.get() + " interrupted locks");
        assertTrue(interrupted.get() > 0, "no lock was ever interrupted: the race proved nothing");
    }
}
