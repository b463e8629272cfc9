package go4j.sync;

import go4j.Interrupted;
import go4j.TestSupport;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go's sync.Mutex, from its documentation and src/sync/mutex_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MutexTest {

    @Test
    void lockBlocksWhileAnotherGoroutineHoldsTheMutex() {
        Mutex mu = new Mutex();
        mu.lock();
        var locker = spawnVoid(mu::lock).awaitBlocked(WaitReason.MUTEX);
        assertFalse(locker.isDone());
        mu.unlock();
        locker.join();
        assertFalse(mu.tryLock(), "the waiter holds it now");
    }

    @Test
    void aMutexIsALocker() {
        Mutex mu = new Mutex();
        Locker l = mu;
        l.lock();
        assertFalse(mu.tryLock());
        l.unlock();
        assertTrue(mu.tryLock());
    }

    @Test
    void anyGoroutineMayUnlockAMutexAnotherLocked() {
        Mutex mu = new Mutex();
        mu.lock();
        spawnVoid(mu::unlock).join();
        assertTrue(mu.tryLock());
    }

    @Test
    void tryLockTakesAFreeMutexAndFailsOnAHeldOne() {
        Mutex mu = new Mutex();
        assertTrue(mu.tryLock());
        assertFalse(mu.tryLock(), "not reentrant");
        mu.unlock();
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void tryLockFailsWhileWaitersQueue() {
        Mutex mu = new Mutex();
        mu.lock();
        var waiter = spawnVoid(mu::lock).awaitBlocked(WaitReason.MUTEX);
        assertFalse(mu.tryLock());
        mu.unlock();
        waiter.join();
        assertFalse(mu.tryLock());
        mu.unlock();
    }

    @Test
    void unlockOfUnlockedMutexPanicsWithGosMessage() {
        assertPanics("sync: unlock of unlocked mutex", () -> new Mutex().unlock());
    }

    @Test
    void secondUnlockPanicsAndLeavesTheMutexUnlocked() {
        Mutex mu = new Mutex();
        mu.lock();
        mu.unlock();
        assertPanics("sync: unlock of unlocked mutex", mu::unlock);
        assertTrue(mu.tryLock(), "still unlocked and usable");
        mu.unlock();
    }

    @Test
    void waitersGetTheMutexInArrivalOrder() {
        // Documented by go4j's Mutex: unlock hands the mutex to the longest-waiting goroutine.
        Mutex mu = new Mutex();
        mu.lock();
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<TestSupport.Spawned<Void>> waiters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int me = i;
            waiters.add(spawnVoid(() -> {
                mu.lock();
                order.add(me);
                mu.unlock();
            }).awaitBlocked(WaitReason.MUTEX));
        }
        mu.unlock();
        waiters.forEach(TestSupport.Spawned::join);
        assertEquals(List.of(0, 1, 2, 3, 4), order);
    }

    @Test
    void mutualExclusionHoldsUnderManyGoroutines() {
        // src/sync/mutex_test.go HammerMutex: many goroutines, a plain counter.
        Mutex mu = new Mutex();
        int goroutines = 16, iterations = 2_000;
        int[] counter = {0};
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlap = new AtomicBoolean();
        List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
        for (int g = 0; g < goroutines; g++) {
            boolean useTry = g % 4 == 0;
            gs.add(spawnVoid(() -> {
                for (int i = 0; i < iterations; i++) {
                    if (!useTry || !mu.tryLock()) {
                        mu.lock();
                    }
                    if (inside.incrementAndGet() != 1) {
                        overlap.set(true);
                    }
                    counter[0]++;
                    inside.decrementAndGet();
                    mu.unlock();
                }
            }));
        }
        gs.forEach(TestSupport.Spawned::join);
        assertFalse(overlap.get(), "two holders at once");
        assertEquals(goroutines * iterations, counter[0]);
    }

    @Test
    void mutualExclusionHoldsBetweenGoroutinesAndPlatformThreads() {
        Mutex mu = new Mutex();
        int[] counter = {0};
        List<TestSupport.Spawned<Void>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestSupport.VoidBody body = () -> {
                for (int k = 0; k < 2_000; k++) {
                    mu.lock();
                    counter[0]++;
                    mu.unlock();
                }
            };
            all.add(spawnVoid(body));
            all.add(spawnPlatformVoid(body));
        }
        all.forEach(TestSupport.Spawned::join);
        assertEquals(8 * 2_000, counter[0]);
    }

    // ---- locked(): try-with-resources ----

    @Test
    void lockedHoldsTheMutexUntilTheTryBlockEnds() {
        Mutex mu = new Mutex();
        try (var _ = mu.locked()) {
            assertFalse(mu.tryLock(), "held inside the block");
        }
        assertTrue(mu.tryLock(), "unlocked when the block ended");
        mu.unlock();
    }

    @Test
    void lockedIsUnlockedWhenTheTryBlockThrows() {
        Mutex mu = new Mutex();
        IllegalStateException boom = new IllegalStateException("boom");
        try (var _ = mu.locked()) {
            throw boom;
        } catch (IllegalStateException e) {
            assertSame(boom, e);
        }
        assertTrue(mu.tryLock(), "unlocked as by Go's deferred Unlock");
        mu.unlock();
    }

    @Test
    void lockedBlocksWhileAnotherGoroutineHoldsTheMutex() {
        Mutex mu = new Mutex();
        AtomicInteger inside = new AtomicInteger();
        mu.lock();
        var locker = spawnVoid(() -> {
            try (var _ = mu.locked()) {
                inside.incrementAndGet();
            }
        }).awaitBlocked(WaitReason.MUTEX);
        assertEquals(0, inside.get());
        mu.unlock();
        locker.join();
        assertEquals(1, inside.get());
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void closingTheHeldMutexTwiceIsGosUnlockOfUnlockedMutex() {
        Mutex mu = new Mutex();
        Locker.Held held = mu.locked();
        held.close();
        assertPanics("sync: unlock of unlocked mutex", held::close);
        assertTrue(mu.tryLock(), "the failed close left the mutex unlocked");
        mu.unlock();
    }

    @Test
    void interruptedLockedThrowsHoldsNothingAndSkipsTheBlock() {
        Mutex mu = new Mutex();
        AtomicBoolean ran = new AtomicBoolean();
        mu.lock();
        var locker = spawnVoid(() -> {
            try (var _ = mu.locked()) {
                ran.set(true);
            }
        }).awaitBlocked(WaitReason.MUTEX);
        locker.interrupt();
        assertInstanceOf(Interrupted.class, locker.failure());
        assertTrue(locker.interruptedAtExit(), "the flag stays set");
        assertFalse(ran.get(), "the block did not run");
        mu.unlock(); // the test's own lock: the interrupted goroutine neither took nor released it
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void lockOfAFreeMutexSucceedsWithTheFlagSetAndLeavesIt() {
        Mutex mu = new Mutex();
        Thread.currentThread().interrupt();
        try {
            mu.lock();
            assertTrue(Thread.currentThread().isInterrupted(), "the flag is left alone");
        } finally {
            Thread.interrupted();
        }
        assertFalse(mu.tryLock(), "locked");
        mu.unlock();
    }

    @Test
    void lockOfAHeldMutexWithTheFlagAlreadySetThrowsWithoutWaiting() {
        Mutex mu = new Mutex();
        mu.lock();
        Thread.currentThread().interrupt();
        try {
            assertThrows(Interrupted.class, mu::lock);
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        mu.unlock();
        assertTrue(mu.tryLock(), "the interrupted lock took nothing");
        mu.unlock();
    }

    @Test
    void interruptedLockThrowsKeepsTheFlagAndDoesNotTakeTheMutex() {
        Mutex mu = new Mutex();
        mu.lock();
        var locker = spawnVoid(mu::lock).awaitBlocked(WaitReason.MUTEX);
        locker.interrupt();
        assertInstanceOf(Interrupted.class, locker.failure());
        assertTrue(locker.interruptedAtExit());
        mu.unlock();
        assertTrue(mu.tryLock(), "the interrupted goroutine did not get it");
        mu.unlock();
    }

    @Test
    void interruptedWaiterIsSkippedAndTheNextWaiterGetsTheMutex() {
        Mutex mu = new Mutex();
        mu.lock();
        var first = spawnVoid(mu::lock).awaitBlocked(WaitReason.MUTEX);
        var second = spawnVoid(mu::lock).awaitBlocked(WaitReason.MUTEX);
        first.interrupt();
        assertInstanceOf(Interrupted.class, first.failure());
        mu.unlock();
        second.join();
        assertFalse(mu.tryLock(), "second holds it");
        mu.unlock();
        assertTrue(mu.tryLock());
        mu.unlock();
    }

    @Test
    void interruptsRacingLockAndUnlockNeverBreakExclusionOrLoseTheMutex() {
        Mutex mu = new Mutex();
        int goroutines = 8, iterations = 2_000;
        int[] counter = {0};
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlap = new AtomicBoolean();
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger locks = new AtomicInteger();
        List<Thread> targets = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        var interrupter = spawnPlatformVoid(() -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            while (!stop.get()) {
                int n = targets.size();
                if (n > 0) {
                    targets.get(rnd.nextInt(n)).interrupt();
                }
                LockSupport.parkNanos(20_000);
            }
        });
        try { // the interrupter stops even if this fails: it must not go on into later tests
            List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
            for (int g = 0; g < goroutines; g++) {
                gs.add(spawnVoid(() -> {
                    targets.add(Thread.currentThread());
                    int i = 0;
                    while (i < iterations || interrupted.get() < 50 && i < 50 * iterations) {
                        try {
                            mu.lock();
                        } catch (Interrupted e) {
                            Thread.interrupted();
                            interrupted.incrementAndGet();
                            continue;
                        }
                        if (inside.incrementAndGet() != 1) {
                            overlap.set(true);
                        }
                        counter[0]++;
                        go4j.Go.gosched(); // others pile up in lock() meanwhile: targets for the interrupts
                        inside.decrementAndGet();
                        mu.unlock();
                        i++;
                    }
                    locks.addAndGet(i);
                    Thread.interrupted();
                }));
            }
            gs.forEach(TestSupport.Spawned::join);
        } finally {
            stop.set(true);
            interrupter.join();
        }
        assertFalse(overlap.get(), "two holders at once");
        assertEquals(locks.get(), counter[0], "every lock taken was counted once");
        assertTrue(mu.tryLock(), "the mutex ends unlocked: no interrupted waiter kept it");
        mu.unlock();
        System.out.println("mutex race: " + interrupted.get() + " interrupted locks, " + locks.get() + " taken");
        assertTrue(interrupted.get() > 0, "no lock was ever interrupted: the race proved nothing");
    }
}
