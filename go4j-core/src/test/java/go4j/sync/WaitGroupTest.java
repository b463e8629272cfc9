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
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.Go.go;
import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go's sync.WaitGroup, from its documentation and src/sync/waitgroup_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WaitGroupTest {

    @Test
    void awaitReturnsAtOnceWhenTheCounterIsZero() {
        new WaitGroup().await();
    }

    @Test
    void awaitBlocksUntilEveryAddIsMatchedByDone() {
        WaitGroup wg = new WaitGroup();
        wg.add(3);
        var waiter = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        wg.done();
        wg.done();
        waiter.awaitBlocked(WaitReason.WAIT_GROUP);
        assertFalse(waiter.isDone(), "one done is still missing");
        wg.done();
        waiter.join();
    }

    @Test
    void addWithANegativeDeltaCountsLikeDone() {
        WaitGroup wg = new WaitGroup();
        wg.add(5);
        var waiter = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        wg.add(-5);
        waiter.join();
    }

    @Test
    void noGoroutineLeavesAwaitBeforeEveryOneHasCalledDone() {
        // src/sync/waitgroup_test.go testWaitGroup: n goroutines call wg1.Done then wg2.Wait;
        // the test waits on wg1 and only then releases wg2, checking nobody got out early.
        int n = 16;
        for (int round = 0; round < 8; round++) {
            WaitGroup wg1 = new WaitGroup();
            WaitGroup wg2 = new WaitGroup();
            Chan<Boolean> exited = new Chan<>(n);
            wg1.add(n);
            wg2.add(n);
            for (int i = 0; i < n; i++) {
                go(() -> {
                    wg1.done();
                    wg2.await();
                    exited.send(true);
                });
            }
            wg1.await();
            for (int i = 0; i < n; i++) {
                assertTrue(exited.tryRecv() == null, "a goroutine released its WaitGroup too soon");
                wg2.done();
            }
            for (int i = 0; i < n; i++) {
                exited.recv();
            }
        }
    }

    @Test
    void everyWaiterIsReleasedWhenTheCounterReachesZero() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        List<TestSupport.Spawned<Void>> waiters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiters.add(spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP));
        }
        waiters.add(spawnPlatformVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP));
        wg.done();
        waiters.forEach(TestSupport.Spawned::join);
    }

    @Test
    void negativeCounterPanicsWithGosMessage() {
        // src/sync/waitgroup_test.go TestWaitGroupMisuse.
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        wg.done();
        assertPanics("sync: negative WaitGroup counter", wg::done);
    }

    @Test
    void negativeAddPanicsAndLeavesTheCounterUnchanged() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        assertPanics("sync: negative WaitGroup counter", () -> wg.add(-2));
        var waiter = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        assertFalse(waiter.isDone(), "the counter is still 1");
        wg.done();
        waiter.join();
        assertPanics("sync: negative WaitGroup counter", wg::done);
        wg.await();
    }

    @Test
    void counterPastMaxInt32PanicsAsNegativeAndLeavesTheCounterUnchanged() {
        // Go's counter is an int32: wg.Add(math.MaxInt32); wg.Add(1) wraps it to MinInt32 and
        // panics "sync: negative WaitGroup counter" (checked with go1.19).
        WaitGroup wg = new WaitGroup();
        wg.add(Integer.MAX_VALUE);
        assertPanics("sync: negative WaitGroup counter", () -> wg.add(1));
        assertPanics("sync: negative WaitGroup counter", () -> wg.add(Integer.MAX_VALUE));
        wg.add(-(Integer.MAX_VALUE - 1)); // still MaxInt32 before this: now 1
        var waiter = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        wg.done();
        waiter.join();
        assertPanics("sync: negative WaitGroup counter", wg::done);
    }

    @Test
    void doneWithoutAddPanics() {
        assertPanics("sync: negative WaitGroup counter", () -> new WaitGroup().done());
    }

    @Test
    void waitGroupIsReusableAfterAwaitReturns() {
        WaitGroup wg = new WaitGroup();
        AtomicInteger ran = new AtomicInteger();
        for (int round = 1; round <= 50; round++) {
            wg.add(4);
            for (int i = 0; i < 4; i++) {
                go(() -> {
                    ran.incrementAndGet();
                    wg.done();
                });
            }
            wg.await();
            assertEquals(4 * round, ran.get(), "round " + round + ": await returned before every done");
        }
    }

    @Test
    void concurrentAddsAndDonesBalanceToZero() {
        // src/sync/waitgroup_test.go TestWaitGroupRace, scaled.
        for (int round = 0; round < 200; round++) {
            AtomicInteger n = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            go(() -> {
                n.incrementAndGet();
                wg.done();
            });
            wg.add(1);
            go(() -> {
                n.incrementAndGet();
                wg.done();
            });
            wg.await();
            assertEquals(2, n.get(), "spurious wakeup from await");
        }
    }

    @Test
    void awaitOnAZeroCounterReturnsWithTheFlagSetAndLeavesIt() {
        WaitGroup wg = new WaitGroup();
        Thread.currentThread().interrupt();
        try {
            wg.await();
            assertTrue(Thread.currentThread().isInterrupted(), "the flag is left alone");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptedAwaitThrowsKeepsTheFlagAndLeavesTheCounterUnchanged() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        var interrupted = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        var other = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        interrupted.interrupt();
        assertInstanceOf(Interrupted.class, interrupted.failure());
        assertTrue(interrupted.interruptedAtExit());
        assertFalse(other.isDone(), "the counter is still 1");
        wg.done();
        other.join();
        assertTrue(wg.toString().contains("waiters=0"), wg.toString());
    }

    // ---- go (Go 1.25's wg.Go) ----

    /** Runs {@code body} with stderr captured (a goroutine's panic report lands there); returns it. */
    private static String capturingStderr(Runnable body) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true));
        try {
            body.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString();
    }

    @Test
    void goRunsTheFunctionInAGoroutineThatAwaitWaitsFor() {
        // src/sync/waitgroup_test.go TestWaitGroupGo.
        WaitGroup wg = new WaitGroup();
        int[] i = {0};
        wg.go(() -> i[0]++);
        wg.await();
        assertEquals(1, i[0]);
    }

    @Test
    void goAddsToTheCounterBeforeItReturns() {
        WaitGroup wg = new WaitGroup();
        Chan<Void> release = new Chan<>();
        wg.go(release::recv);
        assertEquals("WaitGroup{counter=1, waiters=0}", wg.toString());
        var waiter = spawnVoid(wg::await).awaitBlocked(WaitReason.WAIT_GROUP);
        release.close();
        waiter.join();
    }

    @Test
    void goRunsEachFunctionInItsOwnGoroutine() {
        WaitGroup wg = new WaitGroup();
        Chan<Integer> c = new Chan<>(); // unbuffered: each sender blocks until main receives
        for (int i = 0; i < 10; i++) {
            int v = i;
            wg.go(() -> c.send(v));
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += c.recv();
        }
        wg.await();
        assertEquals(45, sum);
    }

    @Test
    void goCallsDoneWhenTheFunctionEndsItsGoroutineByGoexit() {
        WaitGroup wg = new WaitGroup();
        wg.go(go4j.Go::goexit);
        wg.await();
    }

    @Test
    void outsideGoMainGoCallsDoneWhenTheFunctionThrows() {
        // The exception then escapes the goroutine (Go's report on stderr, maybe after the
        // capture ended): the process lives on, so await must not hang.
        WaitGroup wg = new WaitGroup();
        capturingStderr(() -> {
            wg.go(() -> {
                throw new IllegalStateException("boom");
            });
            wg.await();
        });
        assertEquals("WaitGroup{counter=0, waiters=0}", wg.toString());
    }

    @Test
    void insideGoMainAThrowingFunctionEndsTheProgramBeforeAwaitReturns() {
        // golang/go#76126: Done after a panic let Wait return and the program exit 0 before the
        // panic was reported. The program ends with the panic; await never returns.
        java.util.concurrent.atomic.AtomicBoolean awaitReturned = new java.util.concurrent.atomic.AtomicBoolean();
        Throwable[] thrown = {null};
        String stderr = capturingStderr(() -> {
            try {
                go4j.Go.main(() -> {
                    WaitGroup wg = new WaitGroup();
                    wg.go(() -> {
                        throw new IllegalStateException("boom");
                    });
                    wg.await();
                    awaitReturned.set(true);
                });
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        assertInstanceOf(IllegalStateException.class, thrown[0], "Go.main ends with the goroutine's panic");
        assertFalse(awaitReturned.get(), "await returned: done() was called for a panicking task");
        assertTrue(stderr.contains("boom"), stderr);
    }

    private static int parse(String s) throws java.io.IOException {
        if (s.isEmpty()) {
            throw new java.io.IOException("empty");
        }
        return Integer.parseInt(s);
    }

    @Test
    void goTakesAFunctionThatThrowsACheckedException() {
        WaitGroup wg = new WaitGroup();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        wg.go(() -> n.addAndGet(parse("42"))); // parse throws IOException: no try needed
        wg.await();
        assertEquals(42, n.get());
    }

    @Test
    void insideGoMainACheckedExceptionFromTheFunctionIsAPanicThatEndsTheProgram() {
        java.util.concurrent.atomic.AtomicBoolean awaitReturned = new java.util.concurrent.atomic.AtomicBoolean();
        Throwable[] thrown = {null};
        capturingStderr(() -> {
            try {
                go4j.Go.main(() -> {
                    WaitGroup wg = new WaitGroup();
                    wg.go(() -> parse(""));
                    wg.await();
                    awaitReturned.set(true);
                });
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        go4j.Panic p = assertInstanceOf(go4j.Panic.class, thrown[0], "Go.main ends with the goroutine's panic");
        assertEquals("java.io.IOException: empty", p.getMessage());
        assertFalse(awaitReturned.get(), "await returned: done() was called for a panicking task");
    }

    @Test
    void goWithNullFunctionThrowsNullPointerExceptionAndAddsNothing() {
        WaitGroup wg = new WaitGroup();
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> wg.go(null));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> wg.go((Runnable) null));
        assertEquals("WaitGroup{counter=0, waiters=0}", wg.toString());
    }
}
