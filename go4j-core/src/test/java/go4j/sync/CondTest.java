package go4j.sync;

import go4j.Chan;
import go4j.Go;
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
import java.util.concurrent.atomic.AtomicReference;

import static go4j.Go.defaultCase;
import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go's sync.Cond, from its documentation and src/sync/cond_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CondTest {

    /** True if {@code c} has a value ready now (Go's select with an empty default). */
    private static boolean ready(Chan<?> c) {
        return select(c.onRecv(v -> true), defaultCase(() -> false));
    }

    @Test
    void signalWakesExactlyOneWaiterEachTime() {
        // cond_test.go TestCondSignal.
        Go.main(() -> {
            Mutex m = new Mutex();
            Cond c = new Cond(m);
            int n = 2;
            Chan<Boolean> running = new Chan<>(n);
            Chan<Boolean> awake = new Chan<>(n);
            for (int i = 0; i < n; i++) {
                go(() -> {
                    m.lock();
                    running.send(true);
                    c.await();
                    awake.send(true);
                    m.unlock();
                });
            }
            for (int i = 0; i < n; i++) {
                running.recv(); // everyone holds or held m, so everyone is queued once we lock it
            }
            for (int left = n; left > 0; left--) {
                assertFalse(ready(awake), "goroutine not asleep");
                m.lock();
                c.signal();
                m.unlock();
                awake.recv(); // a deadlock (reported by Go.main) if nobody wakes up
                assertFalse(ready(awake), "too many goroutines awake");
            }
            c.signal(); // nobody left: does nothing
        });
    }

    @Test
    void signalWakesTheLongestWaitingGoroutineFirst() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        Chan<Integer> awake = new Chan<>(3);
        for (int i = 0; i < 3; i++) {
            int id = i;
            spawnVoid(() -> {
                m.lock();
                c.await();
                awake.send(id);
                m.unlock();
            }).awaitBlocked(WaitReason.SYNC_COND); // queued in the order 0, 1, 2
        }
        for (int i = 0; i < 3; i++) {
            c.signal();
            assertEquals(i, awake.recv());
        }
    }

    @Test
    void signalNeverWakesAGoroutineThatStartedWaitingAfterIt() {
        // cond_test.go TestCondSignalGenerations.
        Go.main(() -> {
            Mutex m = new Mutex();
            Cond c = new Cond(m);
            int n = 100;
            Chan<Boolean> running = new Chan<>(n);
            Chan<Integer> awake = new Chan<>(n);
            for (int i = 0; i < n; i++) {
                int id = i;
                go(() -> {
                    m.lock();
                    running.send(true);
                    c.await();
                    awake.send(id);
                    m.unlock();
                });
                if (i > 0) {
                    int a = awake.recv();
                    assertEquals(i - 1, a, "wrong goroutine woke up");
                }
                running.recv();
                m.lock();
                c.signal();
                m.unlock();
            }
            assertEquals(n - 1, awake.recv());
        });
    }

    @Test
    void broadcastWakesEveryWaiterExactlyOnce() {
        // cond_test.go TestCondBroadcast, with 50 goroutines and 50 rounds.
        Go.main(() -> {
            Mutex m = new Mutex();
            Cond c = new Cond(m);
            int n = 50;
            Chan<Integer> running = new Chan<>(n);
            Chan<Integer> awake = new Chan<>(n);
            boolean[] exit = {false}; // guarded by m
            for (int i = 0; i < n; i++) {
                int g = i;
                go(() -> {
                    m.lock();
                    while (!exit[0]) {
                        running.send(g);
                        c.await();
                        awake.send(g);
                    }
                    m.unlock();
                });
            }
            for (int round = 0; round < n; round++) {
                for (int i = 0; i < n; i++) {
                    running.recv(); // a deadlock unless all n are running
                }
                if (round == n - 1) {
                    m.lock();
                    exit[0] = true;
                    m.unlock();
                }
                assertFalse(ready(awake), "goroutine not asleep");
                m.lock();
                c.broadcast();
                m.unlock();
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                    int g = awake.recv();
                    assertFalse(seen[g], "goroutine woke up twice");
                    seen[g] = true;
                }
            }
            assertFalse(ready(running), "goroutine did not exit");
            c.broadcast();
        });
    }

    @Test
    void awaitUnlocksWhileWaitingAndHoldsTheLockWhenItReturns() {
        // cond_test.go TestRace: three goroutines hand a counter around under c.locker().
        Go.main(() -> {
            Cond c = new Cond(new Mutex());
            Locker l = c.locker();
            int[] x = {0};
            Chan<Boolean> done = new Chan<>();
            List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            go(() -> {
                l.lock();
                x[0] = 1;
                c.await();
                if (x[0] != 2) {
                    errors.add("want 2, got " + x[0]);
                }
                x[0] = 3;
                c.signal();
                l.unlock();
                done.send(true);
            });
            go(() -> {
                l.lock();
                for (;;) {
                    if (x[0] == 1) {
                        x[0] = 2;
                        c.signal();
                        break;
                    }
                    l.unlock();
                    Go.gosched();
                    l.lock();
                }
                l.unlock();
                done.send(true);
            });
            go(() -> {
                l.lock();
                for (;;) {
                    if (x[0] == 2) {
                        c.await();
                        if (x[0] != 3) {
                            errors.add("want 3, got " + x[0]);
                        }
                        break;
                    }
                    if (x[0] == 3) {
                        break;
                    }
                    l.unlock();
                    Go.gosched();
                    l.lock();
                }
                l.unlock();
                done.send(true);
            });
            done.recv();
            done.recv();
            done.recv();
            assertEquals(List.of(), errors);
        });
    }

    @Test
    void broadcastWakesAWaiterQueuedBeforeItEvenWhenAnotherRacesToWait() {
        // cond_test.go TestCondSignalStealing: the racing new waiter may or may not be woken,
        // the one that was queued first must be.
        for (int iter = 0; iter < 200; iter++) {
            Go.main(() -> {
                Mutex m = new Mutex();
                Cond cond = new Cond(m);
                Chan<Boolean> ch = new Chan<>();
                go(() -> {
                    m.lock();
                    ch.send(true);
                    cond.await();
                    m.unlock();
                    ch.send(true);
                });
                ch.recv();
                m.lock(); // the waiter released m, so it is queued on cond
                m.unlock();
                boolean[] done = {false}; // guarded by m
                go(cond::broadcast);
                go(() -> {
                    m.lock();
                    while (!done[0]) {
                        cond.await();
                    }
                    m.unlock();
                });
                ch.recv(); // a deadlock (Go.main reports it) if the first waiter missed the broadcast
                m.lock();
                done[0] = true;
                m.unlock();
                cond.broadcast(); // releases the second waiter if it missed the broadcast
            });
        }
    }

    @Test
    void aSignalBeforeAnyoneWaitsIsNotRemembered() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        c.signal();
        c.broadcast();
        m.lock();
        var waiter = spawnVoid(() -> {
            m.lock();
            c.await();
            m.unlock();
        });
        m.unlock();
        waiter.awaitBlocked(WaitReason.SYNC_COND);
        assertFalse(waiter.isDone());
        c.signal();
        waiter.join();
    }

    @Test
    void awaitWithoutTheLockPanicsWithGosMessageAndLeavesNoWaiter() {
        // Go: Wait calls c.L.Unlock, which is "fatal error: sync: unlock of unlocked mutex".
        Cond c = new Cond(new Mutex());
        assertPanics("sync: unlock of unlocked mutex", c::await);
        assertEquals("Cond{waiters=0}", c.toString());
    }

    @Test
    void awaitOnAnRWMutexWriteLockWithoutItPanicsWithGosMessage() {
        Cond c = new Cond(new RWMutex());
        assertPanics("sync: Unlock of unlocked RWMutex", c::await);
        assertEquals("Cond{waiters=0}", c.toString());
    }

    @Test
    void interruptedAwaitWithdrawsRelocksAndThrows() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        AtomicBoolean heldAfterInterrupt = new AtomicBoolean();
        var waiter = spawnVoid(() -> {
            m.lock();
            try {
                c.await();
            } finally {
                heldAfterInterrupt.set(!m.tryLock()); // the lock is held again (by us)
                m.unlock();
            }
        }).awaitBlocked(WaitReason.SYNC_COND);
        waiter.interrupt();
        assertInstanceOf(Interrupted.class, waiter.failure());
        assertTrue(waiter.interruptedAtExit(), "the interrupt flag stays set");
        assertTrue(heldAfterInterrupt.get(), "await threw without holding the lock");
        assertEquals("Cond{waiters=0}", c.toString());
        assertTrue(m.tryLock(), "the waiter's unlock balanced its relock");
    }

    @Test
    void interruptedAwaitWaitsForTheLockBeforeThrowing() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        var waiter = spawnVoid(() -> {
            m.lock();
            try {
                c.await();
            } finally {
                m.unlock();
            }
        }).awaitBlocked(WaitReason.SYNC_COND);
        m.lock(); // held by the test: the interrupted waiter must wait for it
        waiter.interrupt();
        waiter.awaitBlocked(WaitReason.MUTEX);
        m.unlock();
        assertInstanceOf(Interrupted.class, waiter.failure());
        assertTrue(waiter.interruptedAtExit());
        assertTrue(m.tryLock());
    }

    @Test
    void anInterruptedWaiterConsumesNoSignal() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        var first = spawnVoid(() -> {
            m.lock();
            try {
                c.await();
            } finally {
                m.unlock();
            }
        }).awaitBlocked(WaitReason.SYNC_COND);
        var second = spawnVoid(() -> {
            m.lock();
            c.await();
            m.unlock();
        }).awaitBlocked(WaitReason.SYNC_COND);
        first.interrupt();
        assertInstanceOf(Interrupted.class, first.failure());
        c.signal(); // the one signal goes to the waiter still queued
        second.join();
    }

    @Test
    void aWaiterSignaledBeforeItsInterruptReturnsNormallyWithTheFlagSet() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        AtomicInteger state = new AtomicInteger(); // written under m
        var waiter = spawnVoid(() -> {
            m.lock();
            c.await();
            state.set(state.get() + 1);
            m.unlock();
        }).awaitBlocked(WaitReason.SYNC_COND);
        m.lock();
        c.signal();          // the waiter is woken: its wait happened
        waiter.interrupt();  // then interrupted, while it waits for m
        waiter.awaitBlocked(WaitReason.MUTEX);
        m.unlock();
        waiter.join();
        assertTrue(waiter.interruptedAtExit());
        assertEquals(1, state.get());
    }

    @Test
    void platformThreadsCanWaitAndSignalToo() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        boolean[] ready = {false}; // guarded by m
        var waiter = spawnPlatformVoid(() -> {
            m.lock();
            while (!ready[0]) {
                c.await();
            }
            m.unlock();
        });
        m.lock();
        ready[0] = true;
        c.broadcast();
        m.unlock();
        waiter.join();
    }

    @Test
    void aCondOverTheReadLockerReleasesTheReadLockWhileWaiting() {
        RWMutex rw = new RWMutex();
        Cond c = new Cond(rw.rlocker());
        int[] version = {0}; // written under rw's write lock
        List<TestSupport.Spawned<Void>> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            readers.add(spawnVoid(() -> {
                rw.rlock();
                while (version[0] == 0) {
                    c.await();
                }
                rw.runlock();
            }));
        }
        for (var r : readers) {
            r.awaitBlocked(WaitReason.SYNC_COND);
        }
        rw.lock(); // every reader released its read lock while waiting
        version[0] = 1;
        rw.unlock();
        c.broadcast();
        readers.forEach(TestSupport.Spawned::join);
        assertTrue(rw.tryLock(), "every reader unlocked");
    }

    @Test
    void signalAndBroadcastAreAllowedWithoutHoldingTheLock() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        List<TestSupport.Spawned<Void>> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiters.add(spawnVoid(() -> {
                m.lock();
                c.await();
                m.unlock();
            }).awaitBlocked(WaitReason.SYNC_COND));
        }
        c.signal();
        c.broadcast();
        waiters.forEach(TestSupport.Spawned::join);
    }

    @Test
    void lockerIsTheLockerTheCondWasMadeWith() {
        Mutex m = new Mutex();
        assertSame(m, new Cond(m).locker());
    }

    @Test
    void newCondWithNullLockerThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> new Cond(null));
    }

    @Test
    void aSignalHappensBeforeTheReturnOfTheAwaitItWakes() {
        // No lock around the data: only the signal's happens-before edge publishes it.
        for (int round = 0; round < 100; round++) {
            Mutex m = new Mutex();
            Cond c = new Cond(m);
            int[] data = {0};
            AtomicReference<Integer> seen = new AtomicReference<>();
            var waiter = spawnVoid(() -> {
                m.lock();
                c.await();
                m.unlock();
                seen.set(data[0]);
            }).awaitBlocked(WaitReason.SYNC_COND);
            data[0] = 42;
            c.signal();
            waiter.join();
            assertEquals(42, seen.get());
        }
    }

    @Test
    void theWokenGoroutineCompetesForTheLockLikeAnyOther() {
        // Go: "Signal() does not affect goroutine scheduling priority". A goroutine already
        // queued on the Mutex gets it before the one the signal woke.
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        var waiter = spawnVoid(() -> {
            m.lock();
            c.await();
            order.add("waiter");
            m.unlock();
        }).awaitBlocked(WaitReason.SYNC_COND);
        m.lock();
        var locker = spawnVoid(() -> {
            m.lock();
            order.add("locker");
            m.unlock();
        }).awaitBlocked(WaitReason.MUTEX);
        c.signal();
        waiter.awaitBlocked(WaitReason.MUTEX);
        m.unlock();
        waiter.join();
        locker.join();
        assertEquals(List.of("locker", "waiter"), order);
    }

    @Test
    void toStringCountsWaiters() {
        Mutex m = new Mutex();
        Cond c = new Cond(m);
        assertEquals("Cond{waiters=0}", c.toString());
        var waiter = spawnVoid(() -> {
            m.lock();
            c.await();
            m.unlock();
        }).awaitBlocked(WaitReason.SYNC_COND);
        assertEquals("Cond{waiters=1}", c.toString());
        c.signal();
        waiter.join();
        assertEquals("Cond{waiters=0}", c.toString());
    }
}
