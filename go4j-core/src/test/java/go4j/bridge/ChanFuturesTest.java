package go4j.bridge;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;
import go4j.Received;
import go4j.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ChanFutures: a CompletableFuture completed by one receive, and a future's result as a channel of size 1. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChanFuturesTest {
    /** Waits until no receive(...) goroutine is alive. */
    private static void awaitNoReceiver() {
        TestSupport.until("every ChanFutures.receive goroutine ended",
                () -> !Go.stack(true).contains("go4j.bridge.ChanFutures.lambda$receive$"));
    }

    /** Waits until a receive(...) goroutine is parked in its select. */
    private static void awaitReceiverParked() {
        TestSupport.until("a ChanFutures.receive goroutine parked in select", () -> {
            for (String entry : Go.stack(true).split("\n\n")) {
                if (entry.contains("ChanFutures.lambda$receive$") && entry.contains(" [select]:")) {
                    return true;
                }
            }
            return false;
        });
    }

    // ---- receive ----

    @Test
    void receiveCompletesWithTheValueReceived() {
        Chan<String> c = new Chan<>();
        CompletableFuture<String> f = ChanFutures.receive(c);
        go(() -> c.send("hello"));
        assertEquals("hello", f.join());
        awaitNoReceiver();
    }

    @Test
    void receiveTakesOneValueAndLeavesTheRest() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(2);
        assertEquals(1, ChanFutures.receive(c).join());
        awaitNoReceiver();
        assertEquals(1, c.len());
    }

    @Test
    void receiveFromAClosedChannelFailsWithNoSuchElementException() {
        Chan<Integer> c = new Chan<>();
        c.close();
        CompletionException e = assertThrows(CompletionException.class, () -> ChanFutures.receive(c).join());
        assertInstanceOf(NoSuchElementException.class, e.getCause());
        assertEquals("channel closed", e.getCause().getMessage());
    }

    @Test
    void cancelingTheFutureWithdrawsTheReceive() {
        Chan<Integer> c = new Chan<>();
        CompletableFuture<Integer> f = ChanFutures.receive(c);
        awaitReceiverParked();
        assertTrue(f.cancel(true));
        awaitNoReceiver();
        assertFalse(c.trySend(1), "nobody receives any more");
        assertThrows(CancellationException.class, f::join);
    }

    @Test
    void aNullValueIsAValue() {
        Chan<Integer> c = new Chan<>(1);
        c.send(null);
        assertNull(ChanFutures.receive(c).join());
        awaitNoReceiver();
    }

    // ---- resultChan ----

    @Test
    void resultChanCarriesTheResultThenIsClosed() {
        CompletableFuture<String> f = new CompletableFuture<>();
        RecvChan<String> c = ChanFutures.resultChan(f);
        assertEquals(1, c.cap());
        assertNull(c.tryRecv(), "nothing before the future completes");
        f.complete("done");
        assertEquals(new Received<>("done", true), c.recvOk());
        assertEquals(new Received<>(null, false), c.recvOk());
    }

    @Test
    void resultChanOfACompletedFutureIsReadyAtOnce() {
        RecvChan<Integer> c = ChanFutures.resultChan(CompletableFuture.completedFuture(42));
        assertEquals(new Received<>(42, true), c.tryRecv());
    }

    @Test
    void resultChanOfAFailedFutureIsClosedWithoutAValue() {
        RecvChan<Integer> c = ChanFutures.resultChan(CompletableFuture.failedFuture(new IllegalStateException("no")));
        assertEquals(new Received<>(null, false), c.recvOk());
    }

    @Test
    void resultChanWaitsInASelectNextToOtherChannels() {
        CompletableFuture<String> f = new CompletableFuture<>();
        Chan<String> other = new Chan<>();
        go(() -> f.complete("from the future"));
        String r = Go.select(
                ChanFutures.resultChan(f).onRecv(v -> v),
                other.onRecv(v -> "other"));
        assertEquals("from the future", r);
    }
}
