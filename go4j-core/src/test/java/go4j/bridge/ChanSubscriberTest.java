package go4j.bridge;

import go4j.Chan;
import go4j.Interrupted;
import go4j.TestSupport;
import go4j.TestSupport.Spawned;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ChanSubscriber: a Flow.Subscriber sending into a channel, closing it at the end. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChanSubscriberTest {
    /** A subscription that records what is asked of it. */
    static final class Recorder implements Flow.Subscription {
        final List<Long> requests = new ArrayList<>();
        volatile int cancels;

        @Override
        public synchronized void request(long n) {
            requests.add(n);
        }

        @Override
        public void cancel() {
            cancels++;
        }

        synchronized List<Long> requests() {
            return List.copyOf(requests);
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void sendsEveryItemInOrderAndClosesTheChannelOnComplete() {
        Chan<Integer> c = new Chan<>(4);
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(c);
        try (SubmissionPublisher<Integer> pub = new SubmissionPublisher<>()) {
            pub.subscribe(sub);
            go(() -> {
                range(0, 1_000).forEach(pub::submit);
                pub.close();
            });
            List<Integer> got = new ArrayList<>();
            for (int v : c) {
                got.add(v);
            }
            assertEquals(range(0, 1_000), got);
        }
        assertNull(sub.error());
    }

    @Test
    void requestsTheChannelsCapacityFirstThenOneAfterEachSend() {
        Chan<Integer> c = new Chan<>(4);
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(c);
        Recorder s = new Recorder();
        sub.onSubscribe(s);
        assertEquals(List.of(4L), s.requests());
        sub.onNext(1);
        sub.onNext(2);
        assertEquals(List.of(4L, 1L, 1L), s.requests());
        assertEquals(2, c.len());
    }

    @Test
    void anUnbufferedChannelIsRequestedOneAtATime() {
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(new Chan<>());
        Recorder s = new Recorder();
        sub.onSubscribe(s);
        assertEquals(List.of(1L), s.requests());
    }

    @Test
    void onErrorClosesTheChannelAndKeepsTheError() {
        Chan<Integer> c = new Chan<>(2);
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(c);
        sub.onSubscribe(new Recorder());
        sub.onNext(7);
        RuntimeException boom = new RuntimeException("upstream failed");
        sub.onError(boom);
        assertEquals(7, c.recv());
        assertFalse(c.recvOk().ok(), "closed after the values sent");
        assertSame(boom, sub.error());
    }

    @Test
    void aSecondSubscriptionIsCanceled() {
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(new Chan<>(1));
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        sub.onSubscribe(first);
        sub.onSubscribe(second);
        assertEquals(1, second.cancels);
        assertEquals(List.of(), second.requests());
        assertEquals(0, first.cancels);
    }

    @Test
    void nullSignalsThrowNullPointerException() {
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(new Chan<>(1));
        assertThrows(NullPointerException.class, () -> sub.onSubscribe(null));
        sub.onSubscribe(new Recorder());
        assertThrows(NullPointerException.class, () -> sub.onNext(null));
        assertThrows(NullPointerException.class, () -> sub.onError(null));
    }

    @Test
    void anInterruptWhileASendWaitsCancelsAndClosesWithTheInterrupt() {
        Chan<Integer> c = new Chan<>();
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(c);
        Recorder s = new Recorder();
        sub.onSubscribe(s);
        Spawned<Void> publisherThread = TestSupport.spawnPlatformVoid(() -> sub.onNext(1)); // nobody receives
        publisherThread.awaitBlocked(WaitReason.CHAN_SEND);
        publisherThread.interrupt();
        publisherThread.join(); // onNext returned: it does not throw (§2.13)
        assertTrue(publisherThread.interruptedAtExit(), "the interrupt stays set");
        assertEquals(1, s.cancels);
        assertFalse(c.recvOk().ok(), "closed, the item not sent");
        assertInstanceOf(Interrupted.class, sub.error());
        sub.onNext(2); // the publisher may still deliver: dropped, no "send on closed channel"
        sub.onComplete(); // nor "close of closed channel"
        assertEquals(List.of(1L), s.requests());
    }

    @Test
    void aChanPublisherPipedIntoAChanSubscriberCarriesEveryValueInOrder() {
        int n = 5_000;
        Chan<Integer> src = new Chan<>(8);
        Chan<Integer> dst = new Chan<>(4);
        ChanSubscriber<Integer> sub = new ChanSubscriber<>(dst);
        new ChanPublisher<>(src).subscribe(sub);
        go(() -> {
            range(0, n).forEach(src::send);
            src.close();
        });
        List<Integer> got = new ArrayList<>();
        for (int v : dst) {
            got.add(v);
        }
        assertEquals(range(0, n), got);
        assertNull(sub.error());
        ChanPublisherTest.awaitNoEmitter();
    }
}
