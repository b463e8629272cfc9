package go4j;

import go4j.internal.runtime.HChanProbe;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

import static go4j.Go.select;
import static go4j.SelectTest.waitersOn;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnPlatform;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interrupting a thread blocked in a channel operation or a select: it throws the unchecked
 * {@link Interrupted}, keeps its interrupt flag, and the operation did not happen (its waiter
 * is gone from the channel). Under a storm of interrupts racing real transfers, nothing is lost
 * and nothing is duplicated. (Go has no interrupts; this is go4j's contract from API.md.)
 * The sync primitives' interrupt tests live with them in go4j.sync.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptTest {

    @AfterEach
    void clearOwnFlag() {
        Thread.interrupted();
    }

    private static void assertInterruptedWithFlagKept(TestSupport.Spawned<?> s) {
        Throwable t = s.failure();
        assertInstanceOf(Interrupted.class, t);
        assertTrue(s.interruptedAtExit(), "the interrupt flag stays set");
    }

    @Test
    void interruptedIsUncheckedAndCarriesAnInterruptedException() {
        Interrupted e = new Interrupted("chan receive");
        assertInstanceOf(RuntimeException.class, e);
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertTrue(e.getMessage().contains("chan receive"), e.getMessage());
    }

    @Test
    void interruptedRecvThrowsKeepsTheFlagAndReceivesNothing() {
        Chan<Integer> c = new Chan<>();
        var r = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        r.interrupt();
        assertInterruptedWithFlagKept(r);
        assertEquals(0, waitersOn(c), "the receiver withdrew");
        assertFalse(c.trySend(1), "no receiver is left to take a value");
    }

    @Test
    void interruptedRecvOnBufferedChannelLeavesLaterValuesInTheBuffer() {
        Chan<Integer> c = new Chan<>(2);
        var r = spawn(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        r.interrupt();
        assertInterruptedWithFlagKept(r);
        c.send(1);
        assertEquals(1, c.len(), "the value was not handed to the interrupted receiver");
        assertEquals(1, c.recv());
    }

    @Test
    void interruptedSendThrowsKeepsTheFlagAndSendsNothing() {
        Chan<Integer> c = new Chan<>();
        var s = spawnVoid(() -> c.send(1)).awaitBlocked(WaitReason.CHAN_SEND);
        s.interrupt();
        assertInterruptedWithFlagKept(s);
        assertEquals(0, waitersOn(c));
        assertNull(c.tryRecv(), "the value was not sent");
    }

    @Test
    void interruptedSendOnFullBufferAddsNothingToIt() {
        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        var s = spawnVoid(() -> c.send(2)).awaitBlocked(WaitReason.CHAN_SEND);
        s.interrupt();
        assertInterruptedWithFlagKept(s);
        assertEquals(1, c.recv());
        assertNull(c.tryRecv(), "2 was never sent");
        assertEquals(0, c.len());
    }

    @Test
    void interruptedSelectWithdrawsEveryCase() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        Chan<Integer> d = new Chan<>(1);
        d.send(0);
        var s = spawn(() -> select(a.onRecv(), b.onSend(1, () -> -1), d.onSend(2, () -> -2)))
                .awaitBlocked(WaitReason.SELECT);
        s.interrupt();
        assertInterruptedWithFlagKept(s);
        assertEquals(0, waitersOn(a));
        assertEquals(0, waitersOn(b));
        assertEquals(0, waitersOn(d));
        assertFalse(a.trySend(5), "no receive case is left on a");
        assertNull(b.tryRecv(), "no send case is left on b");
        assertEquals(0, d.recv());
        assertNull(d.tryRecv(), "2 was never sent");
    }

    @Test
    void interruptedRecvOnAPlatformThreadThrowsAndKeepsTheFlag() {
        Chan<Integer> c = new Chan<>();
        var r = spawnPlatform(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        r.interrupt();
        assertInterruptedWithFlagKept(r);
        assertFalse(c.trySend(1));
    }

    @Test
    void interruptedSelectOnAPlatformThreadThrowsAndKeepsTheFlag() {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>();
        var s = spawnPlatform(() -> select(a.onRecv(), b.onRecv())).awaitBlocked(WaitReason.SELECT);
        s.interrupt();
        assertInterruptedWithFlagKept(s);
        assertEquals(0, waitersOn(a));
        assertEquals(0, waitersOn(b));
    }

    @Test
    void blockingRecvWithTheFlagAlreadySetThrowsWithoutWaiting() {
        Chan<Integer> c = new Chan<>();
        Thread.currentThread().interrupt();
        try {
            c.recv();
            throw new AssertionError("recv returned");
        } catch (Interrupted expected) {
            assertTrue(Thread.currentThread().isInterrupted());
        }
        assertEquals(0, waitersOn(c));
    }

    @Test
    void interruptedForEachOverAChannelThrowsKeepsTheFlagAndReceivesNothing() {
        Chan<Integer> c = new Chan<>();
        List<Integer> got = new ArrayList<>();
        var r = spawnVoid(() -> {
            for (int v : c) {
                got.add(v);
            }
        }).awaitBlocked(WaitReason.CHAN_RECEIVE);
        r.interrupt();
        assertInterruptedWithFlagKept(r);
        assertEquals(List.of(), got);
        assertEquals(0, waitersOn(c));
    }

    @Test
    void selectWithAReadyCaseOrADefaultSucceedsWithTheFlagSet() {
        Chan<Integer> ready = new Chan<>(1);
        ready.send(1);
        Chan<Integer> never = new Chan<>();
        Thread.currentThread().interrupt();
        assertEquals(1, select(ready.onRecv(), never.onRecv()));
        assertEquals("default", select(never.onRecv(v -> "received"), Go.defaultCase(() -> "default")));
        assertTrue(Thread.currentThread().isInterrupted(), "the flag is left alone");
    }

    @Test
    void operationThatNeedNotBlockSucceedsWithTheFlagSet() {
        Chan<Integer> c = new Chan<>(1);
        Thread.currentThread().interrupt();
        c.send(1);
        assertEquals(1, c.recv());
        assertTrue(Thread.currentThread().isInterrupted(), "the flag is left alone");
    }

    /**
     * Makes a completing waker and the interrupt meet in the worst order, deterministically:
     * with {@code c}'s lock held by this test, take the parked thread's waiter off the queue
     * (for a select this claims it), interrupt the thread (it wakes and then waits for the
     * lock), complete the waiter exactly as a sender or receiver would, release the lock and
     * wake it. (White box: HChanProbe.)
     */
    private static void completeAfterInterrupt(Chan<Integer> c, TestSupport.Spawned<?> s, boolean recvq, Integer value) {
        HChanProbe.completeFirstAfter(c.h, recvq, value, () -> {
            s.interrupt();
            TestSupport.until("the interrupted goroutine left its park", () -> s.g().waitReason() == null);
        });
    }

    @Test
    void recvCompletedBeforeTheInterruptedThreadRetookTheLockReturnsTheValue() {
        Chan<Integer> c = new Chan<>();
        var r = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        completeAfterInterrupt(c, r, true, 42);
        assertEquals(42, r.join(), "the receive happened: its value is returned, not lost");
        assertTrue(r.interruptedAtExit(), "and the interrupt flag stays set");
    }

    @Test
    void sendCompletedBeforeTheInterruptedThreadRetookTheLockReturnsNormally() {
        Chan<Integer> c = new Chan<>();
        var s = spawnVoid(() -> c.send(7)).awaitBlocked(WaitReason.CHAN_SEND);
        completeAfterInterrupt(c, s, false, null);
        s.join(); // no Interrupted: the value was taken
        assertTrue(s.interruptedAtExit());
    }

    @Test
    void selectCompletedBeforeTheInterruptedThreadRetookTheLocksReturnsTheCase() {
        Chan<Integer> c = new Chan<>();
        Chan<Integer> other = new Chan<>();
        var s = spawn(() -> select(other.onRecv(v -> "other"), c.onRecv(v -> "c " + v))).awaitBlocked(WaitReason.SELECT);
        completeAfterInterrupt(c, s, true, 5);
        assertEquals("c 5", s.join());
        assertTrue(s.interruptedAtExit());
        assertEquals(0, waitersOn(other));
    }

    // ---- the race: interrupts against transfers ----

    private static final int PRODUCERS = 4, CONSUMERS = 4;
    private static final int MIN_PER_PRODUCER = 3_000, MAX_PER_PRODUCER = 30_000, MIN_INTERRUPTED = 300;

    @ParameterizedTest(name = "cap {0}, select {1}")
    @CsvSource({"0,false", "1,false", "16,false", "0,true", "1,true", "16,true"})
    void interruptsRacingTransfersLoseAndDuplicateNothing(int capacity, boolean viaSelect) throws Exception {
        Chan<Integer> c = new Chan<>(capacity);
        Chan<Integer> never = new Chan<>();
        AtomicIntegerArray seen = new AtomicIntegerArray(PRODUCERS * MAX_PER_PRODUCER);
        AtomicInteger interrupted = new AtomicInteger();
        int[] sent = new int[PRODUCERS];
        // Every producer and consumer registers its thread here; the interrupter, started
        // first, picks its victims among those registered so far.
        List<Thread> targets = new java.util.concurrent.CopyOnWriteArrayList<>();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
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
        List<TestSupport.Spawned<Void>> producers = new ArrayList<>();
        List<TestSupport.Spawned<Void>> consumers = new ArrayList<>();
        try { // the interrupter stops even if this fails: it must not go on into later tests
            for (int p = 0; p < PRODUCERS; p++) {
                int me = p;
                producers.add(spawnVoid(() -> {
                    targets.add(Thread.currentThread());
                    int i = 0;
                    while (i < MIN_PER_PRODUCER || interrupted.get() < MIN_INTERRUPTED && i < MAX_PER_PRODUCER) {
                        int v = me * MAX_PER_PRODUCER + i;
                        try {
                            if (viaSelect) {
                                select(c.onSend(v), never.onRecv());
                            } else {
                                c.send(v);
                            }
                            i++;
                        } catch (Interrupted e) {
                            Thread.interrupted();
                            interrupted.incrementAndGet();
                        }
                    }
                    sent[me] = i;
                    Thread.interrupted();
                }));
            }
            for (int k = 0; k < CONSUMERS; k++) {
                consumers.add(spawnVoid(() -> {
                    targets.add(Thread.currentThread());
                    for (;;) {
                        try {
                            Received<Integer> r = viaSelect
                                    ? select(c.onRecvOk(Received::new), never.onRecvOk(Received::new))
                                    : c.recvOk();
                            if (!r.ok()) {
                                return;
                            }
                            seen.incrementAndGet(r.value());
                        } catch (Interrupted e) {
                            Thread.interrupted();
                            interrupted.incrementAndGet();
                        }
                    }
                }));
            }
            producers.forEach(TestSupport.Spawned::join);
        } finally {
            stop.set(true);
            interrupter.join();
        }
        c.close();
        consumers.forEach(TestSupport.Spawned::join);

        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < MAX_PER_PRODUCER; i++) {
                int v = p * MAX_PER_PRODUCER + i;
                int expected = i < sent[p] ? 1 : 0;
                if (seen.get(v) != expected) {
                    assertEquals(expected, seen.get(v), "value " + v + " (producer " + p + " sent " + sent[p] + ")");
                }
            }
        }
        System.out.printf("cap %d, select %b: %d interrupted operations, %d values sent%n", capacity, viaSelect,
                interrupted.get(), java.util.Arrays.stream(sent).sum());
        assertTrue(interrupted.get() > 0, "no operation was ever interrupted: the race proved nothing");
        assertEquals(0, waitersOn(never));
    }
}
