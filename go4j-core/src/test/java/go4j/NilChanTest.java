package go4j;

import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static go4j.Go.defaultCase;
import static go4j.Go.select;
import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnPlatform;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's nil channel ({@code var c chan T}), from the spec and test/chan/select3.go: send and
 * receive block forever, it is never ready in a select, close panics. "Forever" is shown the
 * only way a test can show it: the goroutine is parked with Go's nil-channel wait reason, stays
 * parked while other channels do work, and leaves only by an interrupt, which throws
 * {@link Interrupted} and keeps the flag.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NilChanTest {

    /** Shows that {@code s} stays parked while unrelated channel traffic happens, then interrupts it. */
    private static void assertBlockedUntilInterrupted(TestSupport.Spawned<?> s, WaitReason reason) {
        s.awaitBlocked(reason);
        Chan<Integer> other = new Chan<>();
        spawnVoid(() -> {
            for (int i = 0; i < 200; i++) {
                other.send(i);
            }
        });
        for (int i = 0; i < 200; i++) {
            other.recv();
        }
        assertFalse(s.isDone(), "still blocked after other goroutines ran");
        s.interrupt();
        assertInstanceOf(Interrupted.class, s.failure());
        assertTrue(s.interruptedAtExit(), "the interrupt flag stays set");
    }

    @Test
    void sendOnNilChannelBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawnVoid(() -> c.send(7)), WaitReason.CHAN_SEND_NIL);
    }

    @Test
    void recvOnNilChannelBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawn(c::recv), WaitReason.CHAN_RECEIVE_NIL);
    }

    @Test
    void recvOkOnNilChannelBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawn(c::recvOk), WaitReason.CHAN_RECEIVE_NIL);
    }

    @Test
    void forEachOverNilChannelBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawnVoid(() -> {
            for (Integer v : c) {
                throw new AssertionError("received " + v);
            }
        }), WaitReason.CHAN_RECEIVE_NIL);
    }

    @Test
    void recvOnNilChannelBlocksForeverOnAPlatformThread() {
        Chan<Integer> c = Chan.nil();
        var s = spawnPlatform(c::recv).awaitBlocked(WaitReason.CHAN_RECEIVE_NIL);
        s.interrupt();
        assertInstanceOf(Interrupted.class, s.failure());
        assertTrue(s.interruptedAtExit());
    }

    @Test
    void closeOfNilChannelPanics() {
        assertPanics("close of nil channel", () -> Chan.<Integer>nil().close());
    }

    @Test
    void closeOfNilChannelLeavesItNil() {
        Chan<Integer> c = Chan.nil();
        assertPanics("close of nil channel", c::close);
        assertPanics("close of nil channel", c::close);
        assertFalse(c.trySend(1), "not closed: a send does not panic, it would block");
        assertNull(c.tryRecv(), "not closed: a receive would block");
    }

    @Test
    void trySendOnNilChannelReturnsFalse() {
        assertFalse(Chan.<String>nil().trySend("x"));
    }

    @Test
    void tryRecvOnNilChannelReturnsNull() {
        assertNull(Chan.<String>nil().tryRecv());
    }

    @Test
    void nilChannelHasZeroLenAndCap() {
        Chan<String> c = Chan.nil();
        assertEquals(0, c.len());
        assertEquals(0, c.cap());
    }

    @Test
    void nilRecvCaseIsNeverChosenOverDefault() {
        Chan<Integer> c = Chan.nil();
        for (int i = 0; i < 100; i++) {
            assertEquals("default", select(c.onRecv(v -> "recv"), defaultCase(() -> "default")));
        }
    }

    @Test
    void nilSendCaseIsNeverChosenOverDefault() {
        Chan<Integer> c = Chan.nil();
        for (int i = 0; i < 100; i++) {
            assertEquals("default", select(c.onSend(1, () -> "send"), defaultCase(() -> "default")));
        }
    }

    @Test
    void nilCasesAreNeverChosenOverAReadyCase() {
        Chan<Integer> nil = Chan.nil();
        Chan<Integer> ready = new Chan<>(1);
        for (int i = 0; i < 200; i++) {
            ready.send(i);
            String r = select(nil.onRecv(v -> "nil recv"), nil.onSend(0, () -> "nil send"),
                    ready.onRecv(v -> "ready"));
            assertEquals("ready", r);
        }
    }

    @Test
    void selectWithOnlyNilRecvCaseBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawn(() -> select(c.onRecv())), WaitReason.SELECT);
    }

    @Test
    void selectWithOnlyNilSendCaseBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawn(() -> select(c.onSend(7))), WaitReason.SELECT);
    }

    @Test
    void selectWithOnlyNilCasesBlocksForever() {
        Chan<Integer> c = Chan.nil();
        assertBlockedUntilInterrupted(spawn(() -> select(c.onRecv(), c.onSend(7))), WaitReason.SELECT);
    }

    @Test
    void selectWithNilCaseWakesForItsOtherCase() {
        Chan<Integer> nil = Chan.nil();
        Chan<Integer> c = new Chan<>();
        var s = spawn(() -> select(nil.onRecv(v -> "nil"), c.onRecv(v -> "c " + v)))
                .awaitBlocked(WaitReason.SELECT);
        c.send(3);
        assertEquals("c 3", s.join());
    }
}
