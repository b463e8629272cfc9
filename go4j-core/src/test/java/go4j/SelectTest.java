package go4j;

import go4j.internal.runtime.HChanProbe;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static go4j.Go.defaultCase;
import static go4j.Go.select;
import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnPlatform;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's select, from the spec, test/chan/select*.go and runtime/chan_test.go: which case runs,
 * default, receive with and without ok, send cases, closed and nil channels, uniform random
 * choice, exactly-once completion, and no waiter left behind.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SelectTest {

    /** Goroutines still queued on {@code c}, counted under its lock (white box: HChanProbe). */
    static int waitersOn(Chan<?> c) {
        return HChanProbe.waiters(c.h);
    }

    // ---- which case runs ----

    @Test
    void selectTakesTheOnlyReadyRecvCase() {
        Chan<Integer> idle = new Chan<>();
        Chan<Integer> ready = new Chan<>(1);
        ready.send(5);
        assertEquals("ready 5", select(idle.onRecv(v -> "idle"), ready.onRecv(v -> "ready " + v)));
    }

    @Test
    void selectTakesTheOnlyReadySendCase() {
        Chan<Integer> full = new Chan<>(1);
        full.send(0);
        Chan<Integer> free = new Chan<>(1);
        assertEquals("free", select(full.onSend(1, () -> "full"), free.onSend(2, () -> "free")));
        assertEquals(2, free.recv());
        assertEquals(1, full.len());
        assertEquals(0, full.recv(), "the send case that did not run sent nothing");
    }

    @Test
    void onRecvWithoutFunctionYieldsTheValue() {
        Chan<String> c = new Chan<>(1);
        c.send("v");
        String r = select(c.onRecv());
        assertEquals("v", r);
    }

    @Test
    void onRecvOnClosedChannelYieldsNull() {
        Chan<String> c = new Chan<>();
        c.close();
        assertNull(select(c.onRecv()));
    }

    @Test
    void onRecvOkReportsTheValueAndTrue() {
        Chan<String> c = new Chan<>(1);
        c.send("v");
        assertEquals(new Received<>("v", true), select(c.onRecvOk(Received::new)));
    }

    @Test
    void onRecvOkOnClosedChannelReportsNullAndFalse() {
        Chan<String> c = new Chan<>();
        c.close();
        assertEquals(new Received<String>(null, false), select(c.onRecvOk(Received::new)));
    }

    @Test
    void onRecvOkDrainsAClosedChannelBeforeReportingFalse() {
        Chan<String> c = new Chan<>(1);
        c.send(null);
        c.close();
        assertEquals(new Received<String>(null, true), select(c.onRecvOk(Received::new)));
        assertEquals(new Received<String>(null, false), select(c.onRecvOk(Received::new)));
    }

    @Test
    void onSendWithoutFunctionYieldsNull() {
        Chan<Integer> c = new Chan<>(1);
        assertNull(select(c.onSend(3)));
        assertEquals(3, c.recv());
    }

    @Test
    void selectReturnsTheChosenCasesFunctionResult() {
        Chan<Integer> c = new Chan<>(1);
        assertEquals(Integer.valueOf(10), select(c.onSend(3, () -> 10)));
        assertEquals(Integer.valueOf(6), select(c.onRecv(v -> v * 2)));
    }

    @Test
    void selectRecvsFromAWaitingSender() {
        Chan<Integer> c = new Chan<>();
        var sender = spawnVoid(() -> c.send(4)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(Integer.valueOf(4), select(c.onRecv()));
        sender.join();
    }

    @Test
    void selectSendsToAWaitingReceiver() {
        Chan<Integer> c = new Chan<>();
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        select(c.onSend(4));
        assertEquals(4, receiver.join());
    }

    @Test
    void selectBlocksUntilARecvCaseBecomesReady() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawn(() -> select(a.onRecv(v -> "a " + v), b.onRecv(v -> "b " + v)))
                .awaitBlocked(WaitReason.SELECT);
        b.send(2);
        assertEquals("b 2", s.join());
        assertEquals(0, waitersOn(a));
    }

    @Test
    void selectBlocksUntilASendCaseCanProceed() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawn(() -> select(a.onSend(1, () -> "a"), b.onSend(2, () -> "b")))
                .awaitBlocked(WaitReason.SELECT);
        assertEquals(1, a.recv());
        assertEquals("a", s.join());
        assertFalse(b.trySend(0), "b's send case was withdrawn: no receiver there");
        assertNull(b.tryRecv(), "and no sender either");
    }

    @Test
    void blockedSelectGetsAValueFromABufferedSendLikeAReceiver() {
        Chan<Integer> c = new Chan<>(3);
        var s = spawn(() -> select(c.onRecv())).awaitBlocked(WaitReason.SELECT);
        c.send(7);
        assertEquals(7, s.join());
        assertEquals(0, c.len(), "handed over, not buffered");
    }

    @Test
    void selectCaseFunctionRunsAfterTheChannelsAreUnlocked() {
        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        // The function uses the same channel: it would spin forever if the select still held its lock.
        assertEquals(Boolean.TRUE, select(c.onRecv(v -> c.trySend(v + 1))));
        assertEquals(2, c.recv());
    }

    @Test
    void exceptionFromTheCaseFunctionPropagatesAfterTheOperationHappened() {
        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        var e = assertThrows(IllegalStateException.class,
                () -> select(c.onRecv(v -> { throw new IllegalStateException("in case " + v); })));
        assertEquals("in case 1", e.getMessage());
        assertEquals(0, c.len(), "the value was received");
        assertTrue(c.trySend(2), "the channel is usable");
    }

    // ---- default ----

    @Test
    void defaultCaseIsTakenWhenNothingIsReady() {
        Chan<Integer> c = new Chan<>();
        assertEquals("default", select(c.onRecv(v -> "recv"), c.onSend(1, () -> "send"), defaultCase(() -> "default")));
        assertEquals(0, waitersOn(c), "a select with default never queues");
    }

    @Test
    void defaultCaseIsNotTakenWhenACaseIsReady() {
        Chan<Integer> c = new Chan<>(1);
        for (int i = 0; i < 100; i++) {
            c.send(i);
            assertEquals("recv", select(defaultCase(() -> "default"), c.onRecv(v -> "recv")));
        }
    }

    @Test
    void defaultCaseWithoutBodyYieldsNull() {
        Chan<Integer> c = new Chan<>();
        assertNull(select(c.onRecv(), defaultCase()));
    }

    @Test
    void selectWithOnlyADefaultRunsIt() {
        assertEquals("only", select(defaultCase(() -> "only")));
    }

    @Test
    void recvCaseOnClosedChannelIsReadyBeforeDefault() {
        Chan<Integer> c = new Chan<>();
        c.close();
        assertEquals("closed", select(c.onRecvOk((v, ok) -> ok ? "value" : "closed"), defaultCase(() -> "default")));
    }

    @Test
    void sendCaseOnAFreeBufferIsReadyBeforeDefault() {
        Chan<Integer> c = new Chan<>(1);
        assertEquals("sent", select(c.onSend(1, () -> "sent"), defaultCase(() -> "default")));
        assertEquals("default", select(c.onSend(2, () -> "sent"), defaultCase(() -> "default")));
        assertEquals(1, c.recv());
    }

    // ---- blocking forever, closed channels ----

    @Test
    void selectWithNoCasesBlocksForever() {
        var s = spawn(() -> Go.<Object>select()).awaitBlocked(WaitReason.SELECT_NO_CASES);
        Chan<Integer> other = new Chan<>();
        spawnVoid(() -> other.send(1));
        other.recv();
        assertFalse(s.isDone());
        s.interrupt();
        assertInstanceOf(Interrupted.class, s.failure());
        assertTrue(s.interruptedAtExit());
    }

    @Test
    void selectWithNoCasesBlocksForeverOnAPlatformThread() {
        var s = spawnPlatform(() -> Go.<Object>select()).awaitBlocked(WaitReason.SELECT_NO_CASES);
        s.interrupt();
        assertInstanceOf(Interrupted.class, s.failure());
    }

    @Test
    void sendCaseOnClosedChannelPanics() {
        Chan<Integer> c = new Chan<>(1);
        c.close();
        assertPanics("send on closed channel", () -> select(c.onSend(1)));
    }

    @Test
    void sendCaseOnClosedChannelPanicsEvenWithADefault() {
        Chan<Integer> c = new Chan<>();
        c.close();
        assertPanics("send on closed channel", () -> select(c.onSend(1), defaultCase()));
    }

    @Test
    void sendCaseOnClosedChannelPanicsAndLeavesTheOtherChannelsUsable() {
        Chan<Integer> closed = new Chan<>();
        closed.close();
        Chan<Integer> idle = new Chan<>(1);
        assertPanics("send on closed channel", () -> select(idle.onRecv(), closed.onSend(1)));
        assertTrue(idle.trySend(1), "idle is unlocked and has no waiter");
        assertEquals(1, idle.recv());
    }

    @Test
    void blockedSendCasePanicsWhenItsChannelIsClosed() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawn(() -> select(a.onSend(1), b.onRecv())).awaitBlocked(WaitReason.SELECT);
        a.close();
        Throwable t = s.failure();
        assertEquals(Panic.class, t.getClass());
        assertEquals("send on closed channel", t.getMessage());
        assertEquals(0, waitersOn(b), "the receive case was withdrawn");
    }

    @Test
    void closeWakesASelectBlockedOnRecvWithOkFalse() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawn(() -> select(a.onRecvOk((v, ok) -> "a " + v + " " + ok), b.onRecv(v -> "b")))
                .awaitBlocked(WaitReason.SELECT);
        a.close();
        assertEquals("a null false", s.join());
        assertEquals(0, waitersOn(b));
    }

    @Test
    void closeWakesASelectWaitingToSendAndReceiveOnOneChannelThroughItsReceive() {
        // Go's closechan releases the receivers before the senders: the select's receive case
        // wins (0, false) and its send case never panics. (Checked against Go 1.19.)
        Chan<Integer> c = new Chan<>();
        var s = spawn(() -> select(c.onSend(1, () -> "sent"), c.onRecvOk((v, ok) -> "recv " + v + " " + ok)))
                .awaitBlocked(WaitReason.SELECT);
        c.close();
        assertEquals("recv null false", s.join());
        assertEquals(0, waitersOn(c));
    }

    @Test
    void selectThatSeesItselfOnBothEndsOfAChannelBlocks() {
        // test/chan/select3.go: "select should not get confused if it sees itself".
        Chan<Integer> c = new Chan<>();
        var s = spawn(() -> select(c.onSend(1, () -> "send"), c.onRecv(v -> "recv " + v)))
                .awaitBlocked(WaitReason.SELECT);
        s.interrupt();
        assertInstanceOf(Interrupted.class, s.failure());
        assertEquals(0, waitersOn(c));
    }

    @Test
    void twoSelectsOnBothEndsOfAChannelNeverReceiveTheirOwnValue() {
        // runtime/chan_test.go TestSelfSelect.
        for (int capacity : new int[] {0, 10}) {
            Chan<Integer> c = new Chan<>(capacity);
            List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int me = p;
                gs.add(spawnVoid(() -> {
                    for (int i = 0; i < 1000; i++) {
                        Integer v = (me == 0 || i % 2 == 0)
                                ? select(c.onSend(me, () -> null), c.onRecv(x -> x))
                                : select(c.onRecv(x -> x), c.onSend(me, () -> null));
                        if (capacity == 0 && v != null && v == me) {
                            throw new AssertionError("goroutine " + me + " received its own value");
                        }
                    }
                }));
            }
            gs.forEach(TestSupport.Spawned::join);
        }
    }

    @Test
    void selectOnTheSameChannelTwiceLeavesItsQueueConsistent() {
        // runtime/chan_test.go TestSelectDuplicateChannel.
        Chan<Integer> c = new Chan<>();
        Chan<Integer> d = new Chan<>();
        Chan<Integer> e = new Chan<>();
        var a = spawnVoid(() -> {
            select(c.onRecv(), c.onRecv(), d.onRecv());
            e.send(9);
        }).awaitBlocked(WaitReason.SELECT);
        var b = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        d.send(7);   // wakes a, which withdraws both of its cases on c
        assertEquals(9, e.recv());
        c.send(8);   // must reach b, not a stale entry of a
        assertEquals(8, b.join());
        a.join();
        assertEquals(0, waitersOn(c));
    }

    // ---- bad input ----

    @Test
    void twoDefaultCasesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> select(defaultCase(), defaultCase()));
    }

    @Test
    void nullCaseThrowsNullPointerException() {
        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        assertThrows(NullPointerException.class, () -> select(c.onRecv(), null));
        assertEquals(1, c.len(), "nothing was received");
    }

    @Test
    void nullCaseArrayThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> select((Case<Object>[]) null));
    }

    @Test
    void nullCaseFunctionsAreRejectedWhenTheCaseIsMade() {
        Chan<Integer> c = new Chan<>();
        assertThrows(NullPointerException.class, () -> c.onRecv(null));
        assertThrows(NullPointerException.class, () -> c.onRecvOk(null));
        assertThrows(NullPointerException.class, () -> c.onSend(1, null));
        assertThrows(NullPointerException.class, () -> defaultCase(null));
    }

    @Test
    void casesCanBeReused() {
        Chan<Integer> c = new Chan<>(1);
        Case<Void> send = c.onSend(1);
        Case<Integer> recv = c.onRecv();
        for (int i = 0; i < 10; i++) {
            select(send);
            assertEquals(1, select(recv));
        }
    }

    // ---- uniform random choice ----

    /*
     * Chi-square goodness of fit against the uniform distribution. The bound 46 is exceeded
     * by a fair select with probability 5.7e-10 for 3 degrees of freedom (4 cases) and 1.0e-10
     * for 2 (3 cases): Q(46; 3) = erfc(sqrt(23)) + sqrt(92/pi) e^-23, Q(46; 2) = e^-23. A
     * select that always favours one case scores in the tens of thousands.
     */
    private static final double CHI_SQUARE_BOUND = 46;

    private static double chiSquare(int[] counts, int n) {
        double expected = (double) n / counts.length;
        double x = 0;
        for (int c : counts) {
            x += (c - expected) * (c - expected) / expected;
        }
        return x;
    }

    @Test
    void selectChoosesUniformlyAmongReadyRecvCases() {
        int n = 40_000;
        @SuppressWarnings("unchecked")
        Chan<Integer>[] ready = new Chan[4];
        for (int i = 0; i < 4; i++) {
            ready[i] = new Chan<>(1);
            ready[i].send(i);
        }
        Chan<Integer> idle = new Chan<>();
        Chan<Integer> nil = Chan.nil();
        // Ready cases at various positions among never-ready ones: only ready ones count.
        List<Case<Integer>> cases = List.of(idle.onRecv(), ready[0].onRecv(), nil.onRecv(), ready[1].onRecv(),
                ready[2].onRecv(), idle.onRecv(), ready[3].onRecv());
        @SuppressWarnings("unchecked")
        Case<Integer>[] arr = cases.toArray(new Case[0]);
        int[] counts = new int[4];
        for (int k = 0; k < n; k++) {
            int i = select(arr);
            counts[i]++;
            assertTrue(ready[i].trySend(i));
        }
        double x = chiSquare(counts, n);
        assertTrue(x < CHI_SQUARE_BOUND, "not uniform: counts " + java.util.Arrays.toString(counts) + ", chi-square " + x);
    }

    @Test
    void selectChoosesUniformlyAmongReadySendCases() {
        int n = 30_000;
        @SuppressWarnings("unchecked")
        Chan<Integer>[] free = new Chan[3];
        for (int i = 0; i < 3; i++) {
            free[i] = new Chan<>(1);
        }
        Chan<Integer> full = new Chan<>(1);
        full.send(-1);
        int[] counts = new int[3];
        for (int k = 0; k < n; k++) {
            int i = select(free[0].onSend(0, () -> 0), full.onSend(9, () -> 9), free[1].onSend(1, () -> 1),
                    free[2].onSend(2, () -> 2));
            counts[i]++;
            assertEquals(i, free[i].recv());
        }
        double x = chiSquare(counts, n);
        assertTrue(x < CHI_SQUARE_BOUND, "not uniform: counts " + java.util.Arrays.toString(counts) + ", chi-square " + x);
        assertEquals(-1, full.recv());
    }

    @Test
    void selectBetweenTwoSendsOfDifferentValuesOnOneChannelIsPseudoRandom() {
        // runtime/chan_test.go TestPseudoRandomSend, with the same loose bound (more than n/10 each).
        for (int capacity : new int[] {0, 100}) {
            Chan<Integer> c = new Chan<>(capacity);
            var reader = spawn(() -> {
                int ones = 0;
                for (int i = 0; i < 100; i++) {
                    Go.gosched();
                    ones += c.recv();
                }
                return ones;
            });
            for (int i = 0; i < 100; i++) {
                select(c.onSend(1), c.onSend(0));
            }
            int ones = reader.join();
            assertTrue(ones > 10 && 100 - ones > 10, "ones: " + ones + " of 100, cap " + capacity);
        }
    }

    // ---- a consistent moment, exactly once ----

    @Test
    void nonBlockingSelectSeesTheChannelsAtOneMoment() {
        // runtime/chan_test.go TestNonblockSelectRace: from the goroutine's start on, one of c1
        // and c2 is always ready, so the select must never take its default.
        for (int i = 0; i < 5_000; i++) {
            Chan<Integer> c1 = new Chan<>(1);
            Chan<Integer> c2 = new Chan<>(1);
            c1.send(1);
            var s = spawn(() -> select(c1.onRecv(v -> true), c2.onRecv(v -> true), defaultCase(() -> false)));
            c2.send(1);
            select(c1.onRecv(), defaultCase());
            assertTrue(s.join(), "round " + i + ": select took default although a channel was always ready");
        }
    }

    @Test
    void nonBlockingSelectSeesTheChannelsAtOneMomentWhenOneIsClosed() {
        // runtime/chan_test.go TestNonblockSelectRace2.
        for (int i = 0; i < 5_000; i++) {
            Chan<Integer> c1 = new Chan<>(1);
            Chan<Integer> c2 = new Chan<>();
            c1.send(1);
            var s = spawn(() -> select(c1.onRecv(v -> true), c2.onRecv(v -> true), defaultCase(() -> false)));
            c2.close();
            select(c1.onRecv(), defaultCase());
            assertTrue(s.join(), "round " + i + ": select took default although a channel was always ready");
        }
    }

    @Test
    void nonBlockingRecvOnClosedChannelWithAValueIsReady() {
        // runtime/chan_test.go TestNonblockRecvRace.
        for (int i = 0; i < 5_000; i++) {
            Chan<Integer> c = new Chan<>(1);
            c.send(1);
            var s = spawn(() -> select(c.onRecv(v -> true), defaultCase(() -> false)));
            c.close();
            c.recv();
            assertTrue(s.join(), "round " + i + ": the channel was not ready");
        }
    }

    /** Four workers that, on each round, do one action at the same time (a barrier releases them). */
    private static final class Racers implements AutoCloseable {
        final CyclicBarrier start = new CyclicBarrier(5);
        final CyclicBarrier end = new CyclicBarrier(5);
        volatile java.util.function.IntConsumer action;
        final List<TestSupport.Spawned<Void>> threads = new ArrayList<>();
        volatile boolean stop;

        Racers() {
            for (int w = 0; w < 4; w++) {
                int me = w;
                threads.add(spawnPlatformVoid(() -> {
                    for (;;) {
                        start.await();
                        if (stop) {
                            return;
                        }
                        action.accept(me);
                        end.await();
                    }
                }));
            }
        }

        void round(java.util.function.IntConsumer a) {
            action = a;
            try {
                start.await();
                end.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() throws Exception {
            stop = true;
            start.await();
            threads.forEach(TestSupport.Spawned::join);
        }
    }

    @SuppressWarnings("unchecked")
    private static Chan<Integer>[] chans(int n) {
        Chan<Integer>[] cs = new Chan[n];
        for (int i = 0; i < n; i++) {
            cs[i] = new Chan<>();
        }
        return cs;
    }

    @Test
    void selectCompletesExactlyOnceWhenSeveralSendersTryAtTheSameInstant() throws Exception {
        Chan<Integer>[] c = chans(4);
        Chan<Integer> results = new Chan<>();
        var selector = spawnVoid(() -> {
            for (;;) {
                Integer v = select(c[0].onRecv(), c[1].onRecv(), c[2].onRecv(), c[3].onRecv());
                if (v == null) {
                    return;
                }
                results.send(v);
            }
        });
        try (Racers racers = new Racers()) {
            for (int round = 0; round < 1_000; round++) {
                selector.awaitBlocked(WaitReason.SELECT);
                AtomicIntegerArray sent = new AtomicIntegerArray(4);
                racers.round(w -> sent.set(w, c[w].trySend(w) ? 1 : 0));
                int winners = 0;
                for (int w = 0; w < 4; w++) {
                    winners += sent.get(w);
                }
                assertEquals(1, winners, "round " + round + ": trySends that reached the one select");
                int v = results.recv();
                assertEquals(1, sent.get(v), "the select got the winner's value");
            }
        }
        c[0].close();
        selector.join();
        for (Chan<Integer> ch : c) {
            assertEquals(0, waitersOn(ch));
        }
    }

    @Test
    void selectCompletesExactlyOnceWhenSeveralBlockingSendersArriveAtTheSameInstant() throws Exception {
        try (Racers racers = new Racers()) {
            for (int round = 0; round < 500; round++) {
                Chan<Integer>[] c = chans(4);
                var s = spawn(() -> select(c[0].onRecv(), c[1].onRecv(), c[2].onRecv(), c[3].onRecv()))
                        .awaitBlocked(WaitReason.SELECT);
                AtomicInteger senders = new AtomicInteger();
                // Each racer starts a goroutine that sends its number: one lands in the select,
                // the others wait until we receive them below.
                List<TestSupport.Spawned<Void>> sends = java.util.Collections.synchronizedList(new ArrayList<>());
                racers.round(w -> {
                    sends.add(spawnVoid(() -> c[w].send(w)));
                    senders.incrementAndGet();
                });
                int won = s.join();
                for (int w = 0; w < 4; w++) {
                    if (w != won) {
                        assertEquals(w, c[w].recv(), "round " + round);
                    }
                }
                sends.forEach(TestSupport.Spawned::join);
                for (int w = 0; w < 4; w++) {
                    assertNull(c[w].tryRecv(), "round " + round + ": value " + w + " delivered twice");
                    assertEquals(0, waitersOn(c[w]));
                }
            }
        }
    }

    @Test
    void selectCompletesExactlyOnceWhenSeveralChannelsCloseAtTheSameInstant() throws Exception {
        try (Racers racers = new Racers()) {
            for (int round = 0; round < 500; round++) {
                Chan<Integer>[] c = chans(4);
                var s = spawn(() -> select(c[0].onRecvOk(Received::new), c[1].onRecvOk(Received::new),
                        c[2].onRecvOk(Received::new), c[3].onRecvOk(Received::new)))
                        .awaitBlocked(WaitReason.SELECT);
                racers.round(w -> c[w].close());
                assertEquals(new Received<Integer>(null, false), s.join());
                for (Chan<Integer> ch : c) {
                    assertEquals(0, waitersOn(ch));
                }
            }
        }
    }

    // ---- no waiter left behind ----

    @Test
    void selectWokenByOneChannelLeavesNoWaiterOnTheOthers() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>(2);
        Chan<Integer> d = new Chan<>();
        var s = spawn(() -> select(a.onRecv(), b.onRecv(), d.onSend(0, () -> -1))).awaitBlocked(WaitReason.SELECT);
        assertEquals(1, waitersOn(a));
        assertEquals(1, waitersOn(b));
        assertEquals(1, waitersOn(d));
        b.send(5);
        assertEquals(5, s.join());
        assertEquals(0, waitersOn(a));
        assertEquals(0, waitersOn(b));
        assertEquals(0, waitersOn(d));
    }

    // ---- platform threads ----

    @Test
    void selectWorksOnPlatformThreads() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawnPlatform(() -> select(a.onRecv(v -> "a"), b.onRecv(v -> "b"))).awaitBlocked(WaitReason.SELECT);
        spawnPlatformVoid(() -> a.send(1)).join();
        assertEquals("a", s.join());
        assertEquals(0, waitersOn(b));
    }

    @Test
    void selectResultIsTheSameObjectTheFunctionReturned() {
        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        Object marker = new Object();
        assertSame(marker, select(c.onRecv(v -> marker)));
    }
}
