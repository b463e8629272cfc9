package go4j;

import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnPlatform;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Channel semantics from Go's spec and Go's own tests (runtime/chan_test.go TestChan,
 * test/chan/select3.go, test/chan/fifo.go): rendezvous, buffering, len/cap, close, Go's panic
 * messages, null elements, the non-blocking forms, for-each, FIFO service of waiters and
 * direct hand-off. "Blocks" is observed as "parked in the channel with Go's wait reason",
 * never as "did not finish within some time".
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanTest {

    // ---- unbuffered: rendezvous ----

    @Test
    void unbufferedSendBlocksUntilAReceiverTakesTheValue() {
        Chan<String> c = new Chan<>();
        var sender = spawnVoid(() -> c.send("hello")).awaitBlocked(WaitReason.CHAN_SEND);
        assertFalse(sender.isDone());
        assertEquals("hello", c.recv());
        sender.join();
    }

    @Test
    void unbufferedRecvBlocksUntilASenderArrives() {
        Chan<Integer> c = new Chan<>();
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        assertFalse(receiver.isDone());
        c.send(42);
        assertEquals(42, receiver.join());
    }

    @Test
    void unbufferedTrySendWithoutWaitingReceiverFails() {
        Chan<Integer> c = new Chan<>();
        assertFalse(c.trySend(1));
        assertNull(c.tryRecv(), "the failed trySend left nothing behind");
    }

    @Test
    void unbufferedTrySendToWaitingReceiverSucceeds() {
        Chan<Integer> c = new Chan<>();
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        assertTrue(c.trySend(7));
        assertEquals(7, receiver.join());
    }

    @Test
    void unbufferedTryRecvFromWaitingSenderSucceeds() {
        Chan<Integer> c = new Chan<>();
        var sender = spawnVoid(() -> c.send(8)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(new Received<>(8, true), c.tryRecv());
        sender.join();
    }

    @Test
    void unbufferedChannelPassesValuesInOrderBetweenTwoGoroutines() {
        Chan<Integer> c = new Chan<>();
        spawnVoid(() -> {
            for (int i = 0; i < 1000; i++) {
                c.send(i);
            }
        });
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, c.recv());
        }
    }

    // ---- buffered: FIFO, len, cap ----

    @Test
    void bufferedSendsDoNotBlockUntilTheBufferIsFull() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(2);
        c.send(3);
        assertFalse(c.trySend(4), "full");
        var sender = spawnVoid(() -> c.send(4)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(1, c.recv());
        sender.join();
        assertEquals(3, c.len());
    }

    @Test
    void recvFromEmptyBufferedChannelBlocks() {
        Chan<Integer> c = new Chan<>(4);
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.send(5);
        assertEquals(5, receiver.join());
    }

    @Test
    void bufferedChannelIsFifo() {
        Chan<Integer> c = new Chan<>(10);
        for (int i = 0; i < 10; i++) {
            c.send(i);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(i, c.recv());
        }
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 3, 7, 64, 200})
    void valuesArriveUncorruptedInFifoOrderForEveryCapacity(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        spawnVoid(() -> {
            for (int i = 0; i < 300; i++) {
                c.send(i);
            }
        });
        for (int i = 0; i < 300; i++) {
            Received<Integer> r = c.recvOk();
            assertEquals(new Received<>(i, true), r);
        }
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 5, 100})
    void lenCountsBufferedValuesAndCapIsTheCapacity(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        assertEquals(0, c.len());
        assertEquals(capacity, c.cap());
        for (int i = 0; i < capacity; i++) {
            c.send(i);
            assertEquals(i + 1, c.len());
        }
        assertEquals(capacity, c.cap());
        for (int i = capacity; i > 0; i--) {
            c.recv();
            assertEquals(i - 1, c.len());
        }
    }

    @Test
    void lenOfUnbufferedChannelIsZeroWhileASenderWaits() {
        Chan<Integer> c = new Chan<>();
        var sender = spawnVoid(() -> c.send(1)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(0, c.len());
        assertEquals(0, c.cap());
        c.recv();
        sender.join();
    }

    @Test
    void lenStaysAtCapacityWhileSendersWait() {
        Chan<Integer> c = new Chan<>(2);
        c.send(1);
        c.send(2);
        var sender = spawnVoid(() -> c.send(3)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(2, c.len());
        assertEquals(1, c.recv());
        sender.join();
        assertEquals(2, c.len(), "the waiting sender's value took the freed slot");
    }

    @Test
    void lenAndCapAreTheSameThroughEveryView() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        SendChan<Integer> s = c;
        RecvChan<Integer> r = c;
        assertEquals(1, s.len());
        assertEquals(1, r.len());
        assertEquals(3, s.cap());
        assertEquals(3, r.cap());
    }

    // ---- close ----

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 4})
    void recvOnClosedDrainsBufferThenReturnsZero(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        for (int i = 0; i < capacity; i++) {
            c.send(i + 1);
        }
        c.close();
        for (int i = 0; i < capacity; i++) {
            assertEquals(i + 1, c.recv());
        }
        for (int i = 0; i < 10; i++) {
            assertNull(c.recv());
            assertEquals(new Received<Integer>(null, false), c.recvOk());
        }
    }

    @Test
    void recvOkOnClosedChannelReportsOkTrueForEachBufferedValue() {
        Chan<String> c = new Chan<>(2);
        c.send("a");
        c.send("b");
        c.close();
        assertEquals(new Received<>("a", true), c.recvOk());
        assertEquals(new Received<>("b", true), c.recvOk());
        assertEquals(new Received<String>(null, false), c.recvOk());
    }

    @Test
    void lenOfClosedChannelCountsItsRemainingValues() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(2);
        c.close();
        assertEquals(2, c.len());
        assertEquals(3, c.cap());
        c.recv();
        assertEquals(1, c.len());
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 3})
    void closeWakesEveryBlockedReceiverWithOkFalse(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        var r1 = spawn(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        var r2 = spawn(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        var r3 = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.close();
        assertEquals(new Received<Integer>(null, false), r1.join());
        assertEquals(new Received<Integer>(null, false), r2.join());
        assertNull(r3.join());
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 2})
    void closeMakesEveryBlockedSenderPanic(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        for (int i = 0; i < capacity; i++) {
            c.send(-1);
        }
        List<TestSupport.Spawned<Void>> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int v = i;
            senders.add(spawnVoid(() -> c.send(v)).awaitBlocked(WaitReason.CHAN_SEND));
        }
        c.close();
        for (var s : senders) {
            Throwable t = s.failure();
            assertEquals(Panic.class, t.getClass());
            assertEquals("send on closed channel", t.getMessage());
        }
        for (int i = 0; i < capacity; i++) {
            assertEquals(-1, c.recv(), "buffered values survive the close");
        }
        assertEquals(new Received<Integer>(null, false), c.recvOk(), "no panicking sender's value got in");
    }

    @Test
    void sendOnClosedChannelPanics() {
        Chan<Integer> c = new Chan<>();
        c.close();
        assertPanics("send on closed channel", () -> c.send(7));
    }

    @Test
    void sendOnClosedBufferedChannelWithFreeSpacePanics() {
        Chan<Integer> c = new Chan<>(5);
        c.close();
        assertPanics("send on closed channel", () -> c.send(7));
        assertEquals(0, c.len());
    }

    @Test
    void trySendOnClosedChannelPanics() {
        Chan<Integer> c = new Chan<>(1);
        c.close();
        assertPanics("send on closed channel", () -> c.trySend(7));
    }

    @Test
    void closeOfClosedChannelPanics() {
        Chan<Integer> c = new Chan<>();
        c.close();
        assertPanics("close of closed channel", c::close);
    }

    @Test
    void panicIsARuntimeExceptionWithGosMessageOnly() {
        Chan<Integer> c = new Chan<>();
        c.close();
        Panic p = assertPanics("close of closed channel", c::close);
        assertTrue(RuntimeException.class.isInstance(p));
    }

    @Test
    void closeOfClosedChannelLeavesItsBufferedValuesReceivable() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(2);
        c.close();
        assertPanics("close of closed channel", c::close);
        assertEquals(2, c.len());
        assertEquals(new Received<>(1, true), c.recvOk());
        assertEquals(new Received<>(2, true), c.recvOk());
        assertEquals(new Received<Integer>(null, false), c.recvOk());
    }

    @Test
    void sendOnClosedChannelLeavesItsBufferUnchanged() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.close();
        assertPanics("send on closed channel", () -> c.send(2));
        assertPanics("send on closed channel", () -> c.trySend(3));
        assertEquals(1, c.len());
        assertEquals(1, c.recv());
        assertEquals(new Received<Integer>(null, false), c.recvOk());
    }

    @Test
    void tryRecvOnClosedChannelDrainsThenReportsOkFalse() {
        Chan<Integer> c = new Chan<>(1);
        c.send(9);
        c.close();
        assertEquals(new Received<>(9, true), c.tryRecv());
        assertEquals(new Received<Integer>(null, false), c.tryRecv());
        assertEquals(new Received<Integer>(null, false), c.tryRecv());
    }

    @Test
    void tryRecvOnClosedUnbufferedChannelReportsOkFalse() {
        Chan<Integer> c = new Chan<>();
        c.close();
        assertEquals(new Received<Integer>(null, false), c.tryRecv());
    }

    @Test
    void closeWhileReceiversWaitLetsLaterSendsPanicAndRecvsReturnZero() {
        Chan<Integer> c = new Chan<>();
        var r = spawn(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.close();
        assertEquals(new Received<Integer>(null, false), r.join());
        assertPanics("send on closed channel", () -> c.send(1));
        assertNull(c.recv());
    }

    // ---- null elements ----

    @Test
    void nullIsALegalElementOfABufferedChannel() {
        Chan<String> c = new Chan<>(2);
        c.send(null);
        assertEquals(1, c.len());
        assertEquals(new Received<String>(null, true), c.recvOk());
        assertEquals(0, c.len());
    }

    @Test
    void nullIsALegalElementOfAnUnbufferedChannel() {
        Chan<String> c = new Chan<>();
        var s = spawnVoid(() -> c.send(null)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(new Received<String>(null, true), c.recvOk());
        s.join();
    }

    @Test
    void nullElementIsTellableFromCloseByRecvOk() {
        Chan<String> c = new Chan<>(1);
        c.send(null);
        c.close();
        assertEquals(new Received<String>(null, true), c.recvOk());
        assertEquals(new Received<String>(null, false), c.recvOk());
    }

    @Test
    void trySendAndTryRecvCarryNull() {
        Chan<String> c = new Chan<>(1);
        assertTrue(c.trySend(null));
        assertFalse(c.trySend(null));
        assertEquals(new Received<String>(null, true), c.tryRecv());
        assertNull(c.tryRecv());
    }

    @Test
    void forEachDeliversNullElements() {
        Chan<String> c = new Chan<>(3);
        c.send("a");
        c.send(null);
        c.send("b");
        c.close();
        List<String> got = new ArrayList<>();
        for (String s : c) {
            got.add(s);
        }
        assertEquals(java.util.Arrays.asList("a", null, "b"), got);
    }

    // ---- the non-blocking forms ----

    @Test
    void trySendOnFullChannelReturnsFalseAndLeavesItUnchanged() {
        Chan<Integer> c = new Chan<>(1);
        assertTrue(c.trySend(1));
        assertFalse(c.trySend(2));
        assertEquals(1, c.len());
        assertEquals(1, c.recv());
        assertNull(c.tryRecv());
    }

    @Test
    void tryRecvOnEmptyChannelReturnsNullAndLeavesItUnchanged() {
        Chan<Integer> c = new Chan<>(1);
        assertNull(c.tryRecv());
        assertTrue(c.trySend(3), "the failed tryRecv left no waiter behind");
        assertEquals(3, c.recv());
    }

    @Test
    void tryRecvOnUnbufferedChannelWithoutSenderLeavesNoWaiterBehind() {
        Chan<Integer> c = new Chan<>();
        for (int i = 0; i < 100; i++) {
            assertNull(c.tryRecv());
        }
        assertFalse(c.trySend(1), "no receiver is waiting");
    }

    // ---- for-each ----

    @Test
    void forEachReceivesUntilClosedAndDrained() {
        Chan<Integer> c = new Chan<>(4);
        spawnVoid(() -> {
            for (int i = 0; i < 100; i++) {
                c.send(i);
            }
            c.close();
        });
        int expected = 0;
        for (int v : c) {
            assertEquals(expected++, v);
        }
        assertEquals(100, expected);
    }

    @Test
    void forEachOverUnbufferedChannelEndsWhenClosed() {
        Chan<Integer> c = new Chan<>();
        spawnVoid(() -> {
            for (int i = 0; i < 10; i++) {
                c.send(i);
            }
            c.close();
        });
        int sum = 0;
        for (int v : c) {
            sum += v;
        }
        assertEquals(45, sum);
    }

    @Test
    void forEachOverClosedEmptyChannelEndsAtOnce() {
        Chan<Integer> c = new Chan<>();
        c.close();
        for (Integer v : c) {
            throw new AssertionError("received " + v);
        }
    }

    @Test
    void forEachBlocksWhileTheChannelIsOpenAndEmpty() {
        Chan<Integer> c = new Chan<>(1);
        var ranger = spawn(() -> {
            int n = 0;
            for (Integer ignored : c) {
                n++;
            }
            return n;
        });
        c.send(1);
        ranger.awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.send(2);
        c.close();
        assertEquals(2, ranger.join());
    }

    @Test
    void iteratorHasNextDoesNotConsumeTwice() {
        Chan<Integer> c = new Chan<>(2);
        c.send(1);
        c.send(2);
        c.close();
        Iterator<Integer> it = c.iterator();
        assertTrue(it.hasNext());
        assertTrue(it.hasNext());
        assertEquals(1, it.next());
        assertEquals(2, it.next());
        assertFalse(it.hasNext());
        assertFalse(it.hasNext());
    }

    @Test
    void iteratorNextAfterCloseAndDrainThrowsNoSuchElement() {
        Chan<Integer> c = new Chan<>();
        c.close();
        Iterator<Integer> it = c.iterator();
        assertThrows(NoSuchElementException.class, it::next);
    }

    // ---- FIFO service of waiters, direct hand-off ----

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 2})
    void waitingReceiversAreServedInArrivalOrder(int capacity) {
        Chan<Integer> c = new Chan<>(capacity);
        List<TestSupport.Spawned<Integer>> receivers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receivers.add(spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE));
        }
        for (int i = 0; i < 5; i++) {
            c.send(i);
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(i, receivers.get(i).join(), "receiver " + i);
        }
    }

    @Test
    void waitingSendersAreServedInArrivalOrder() {
        Chan<Integer> c = new Chan<>();
        List<TestSupport.Spawned<Void>> senders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int v = i;
            senders.add(spawnVoid(() -> c.send(v)).awaitBlocked(WaitReason.CHAN_SEND));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(i, c.recv());
        }
        senders.forEach(TestSupport.Spawned::join);
    }

    @Test
    void sendersWaitingOnAFullBufferFollowItsValuesInArrivalOrder() {
        Chan<Integer> c = new Chan<>(2);
        c.send(0);
        c.send(1);
        for (int i = 2; i < 6; i++) {
            int v = i;
            spawnVoid(() -> c.send(v)).awaitBlocked(WaitReason.CHAN_SEND);
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(i, c.recv());
        }
        assertEquals(0, c.len());
    }

    @Test
    void sendToWaitingReceiverHandsTheValueOverWithoutBuffering() {
        Chan<Integer> c = new Chan<>(1);
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.send(5);
        assertEquals(0, c.len(), "the value went to the receiver, not into the buffer");
        assertTrue(c.trySend(6), "the buffer is still free");
        assertEquals(5, receiver.join());
        assertEquals(6, c.recv());
    }

    @Test
    void recvFromFullBufferWithWaitingSenderMovesTheSendersValueToTheTail() {
        Chan<Integer> c = new Chan<>(2);
        c.send(1);
        c.send(2);
        var sender = spawnVoid(() -> c.send(3)).awaitBlocked(WaitReason.CHAN_SEND);
        assertEquals(1, c.recv());
        sender.join(); // completed by the receive itself
        assertEquals(2, c.len());
        assertFalse(c.trySend(4), "still full");
        assertEquals(2, c.recv());
        assertEquals(3, c.recv());
    }

    // ---- bad input ----

    @Test
    void negativeCapacityPanicsMakechanSizeOutOfRange() {
        var e = assertThrows(Panic.class, () -> new Chan<Integer>(-1));
        assertEquals("makechan: size out of range", e.getMessage());
        var e2 = assertThrows(Panic.class, () -> new Chan<Integer>(Integer.MIN_VALUE));
        assertEquals("makechan: size out of range", e2.getMessage());
    }

    @Test
    void capacityBeyondTheLargestArrayPanicsMakechanSizeOutOfRange() {
        // Go: make(chan T, n) with n beyond what can be allocated panics "makechan: size out of
        // range"; a Java array cannot hold more than Integer.MAX_VALUE - 8 elements.
        var e = assertThrows(Panic.class, () -> new Chan<Integer>(Integer.MAX_VALUE));
        assertEquals("makechan: size out of range", e.getMessage());
        assertThrows(Panic.class, () -> new Chan<Integer>(Integer.MAX_VALUE - 7));
    }

    @Test
    void zeroCapacityIsUnbuffered() {
        Chan<Integer> c = new Chan<>(0);
        assertEquals(0, c.cap());
        assertFalse(c.trySend(1));
    }

    // ---- platform threads ----

    @Test
    void channelsWorkBetweenPlatformThreads() {
        Chan<Integer> ping = new Chan<>();
        Chan<Integer> pong = new Chan<>();
        var echo = spawnPlatformVoid(() -> {
            for (Integer v : ping) {
                pong.send(v + 1);
            }
            pong.close();
        });
        for (int i = 0; i < 1000; i++) {
            ping.send(i);
            assertEquals(i + 1, pong.recv());
        }
        ping.close();
        assertEquals(new Received<Integer>(null, false), pong.recvOk());
        echo.join();
    }

    @Test
    void platformThreadBlockedInRecvIsWokenByAGoroutinesSend() {
        Chan<String> c = new Chan<>();
        var receiver = spawnPlatform(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        spawnVoid(() -> c.send("from a goroutine")).join();
        assertEquals("from a goroutine", receiver.join());
    }

    @Test
    void goroutineBlockedInRecvIsWokenByAPlatformThreadsSend() {
        Chan<String> c = new Chan<>();
        var receiver = spawn(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        spawnPlatformVoid(() -> c.send("from a platform thread")).join();
        assertEquals("from a platform thread", receiver.join());
    }

    @Test
    void platformThreadBlockedInSendPanicsWhenTheChannelIsClosed() {
        Chan<Integer> c = new Chan<>();
        var sender = spawnPlatformVoid(() -> c.send(1)).awaitBlocked(WaitReason.CHAN_SEND);
        c.close();
        Throwable t = sender.failure();
        assertEquals(Panic.class, t.getClass());
        assertEquals("send on closed channel", t.getMessage());
    }

    @Test
    void platformThreadsBlockedInRecvAllWakeOnClose() {
        Chan<Integer> c = new Chan<>(1);
        var r1 = spawnPlatform(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        var r2 = spawnPlatform(c::recvOk).awaitBlocked(WaitReason.CHAN_RECEIVE);
        c.close();
        assertEquals(new Received<Integer>(null, false), r1.join());
        assertEquals(new Received<Integer>(null, false), r2.join());
    }
}
