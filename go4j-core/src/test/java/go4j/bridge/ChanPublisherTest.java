package go4j.bridge;

import go4j.Chan;
import go4j.Go;
import go4j.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ChanPublisher: a channel as a Flow.Publisher, with Go's receive semantics and the Reactive Streams rules. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChanPublisherTest {
    private static Chan<Integer> closedWith(int... values) {
        Chan<Integer> c = new Chan<>(values.length);
        for (int v : values) {
            c.send(v);
        }
        c.close();
        return c;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** Receives what the channel holds, without blocking. */
    private static List<Integer> drain(Chan<Integer> c) {
        List<Integer> out = new ArrayList<>();
        for (var r = c.tryRecv(); r != null && r.ok(); r = c.tryRecv()) {
            out.add(r.value());
        }
        return out;
    }

    /** Waits until no subscription goroutine is alive: each test ends its own. */
    static void awaitNoEmitter() {
        TestSupport.until("every ChanPublisher goroutine ended",
                () -> !Go.stack(true).contains("go4j.bridge.ChanPublisher$Emitter.emit(...)"));
    }

    /** Waits until a subscription goroutine is parked in its select (for values or demand). */
    static void awaitEmitterParked() {
        TestSupport.until("a ChanPublisher goroutine parked in select", () -> {
            for (String entry : Go.stack(true).split("\n\n")) {
                if (entry.contains("ChanPublisher$Emitter.emit(...)") && entry.contains(" [select]:")) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void subscribeWithANullSubscriberThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> new ChanPublisher<>(new Chan<Integer>()).subscribe(null));
    }

    @Test
    void onSubscribeComesFirstThenTheValuesThenOnComplete() {
        Probe<Integer> p = new Probe<>(Long.MAX_VALUE);
        new ChanPublisher<>(closedWith(1, 2)).subscribe(p);
        p.awaitCompleted();
        assertEquals(List.of("onSubscribe", "onNext 1", "onNext 2", "onComplete"), p.signals());
        p.assertNoViolation();
    }

    @Test
    void deliversNoMoreThanRequestedAndLeavesTheRestInTheChannel() {
        Chan<Integer> c = new Chan<>(10);
        range(1, 11).forEach(c::send);
        Probe<Integer> p = new Probe<>(0);
        new ChanPublisher<>(c).subscribe(p);
        p.awaitSubscribed();
        p.request(3);
        p.awaitItems(3);
        // The test takes the rest itself: a value received beyond demand would be missing here
        // (and recorded by the probe as onNext beyond demand).
        assertEquals(range(4, 11), drain(c));
        assertEquals(List.of(1, 2, 3), p.items());
        c.send(11);
        p.request(1);
        p.awaitItems(4);
        assertEquals(List.of(1, 2, 3, 11), p.items());
        p.cancel();
        awaitNoEmitter();
        p.assertNoViolation();
    }

    @Test
    void completionWaitsForDemandAsARangeLoopWaitsForItsNextReceive() {
        Probe<Integer> p = new Probe<>(2);
        new ChanPublisher<>(closedWith(1, 2)).subscribe(p);
        p.awaitItems(2);
        awaitEmitterParked(); // given all it asked for: waiting for demand, not receiving
        assertFalse(p.completed());
        p.request(1);
        p.awaitCompleted();
        assertEquals(List.of(1, 2), p.items());
        p.assertNoViolation();
    }

    @Test
    void subscribingToAClosedChannelCompletesAtTheFirstRequest() {
        Probe<Integer> p = new Probe<>(0);
        new ChanPublisher<>(closedWith()).subscribe(p);
        p.awaitSubscribed();
        p.request(1);
        p.awaitCompleted();
        assertEquals(List.of("onSubscribe", "onComplete"), p.signals());
        p.assertNoViolation();
    }

    @Test
    void requestOfZeroSignalsIllegalArgumentException() {
        Chan<Integer> c = new Chan<>();
        Probe<Integer> p = new Probe<>(0);
        new ChanPublisher<>(c).subscribe(p);
        p.awaitSubscribed();
        p.requestUncounted(0);
        Throwable e = p.awaitError();
        assertInstanceOf(IllegalArgumentException.class, e);
        assertTrue(e.getMessage().contains("§3.9"), e.getMessage());
        p.request(1); // after the end: nothing
        awaitNoEmitter();
        assertFalse(c.trySend(1), "nobody receives any more");
        assertEquals(List.of("onSubscribe", "onError " + e), p.signals());
        p.assertNoViolation();
    }

    @Test
    void aNegativeRequestWhileAReceiveWaitsSignalsIllegalArgumentException() {
        Chan<Integer> c = new Chan<>();
        Probe<Integer> p = new Probe<>(1);
        new ChanPublisher<>(c).subscribe(p);
        awaitEmitterParked(); // in its receive: demand 1, nothing sent
        p.requestUncounted(-1);
        assertInstanceOf(IllegalArgumentException.class, p.awaitError());
        awaitNoEmitter();
        assertFalse(c.trySend(1), "the receive was withdrawn");
        p.assertNoViolation();
    }

    @Test
    void cancelEndsAReceiveThatWaitsAndItsGoroutine() {
        Chan<Integer> c = new Chan<>();
        Probe<Integer> p = new Probe<>(1);
        new ChanPublisher<>(c).subscribe(p);
        awaitEmitterParked();
        p.cancel();
        awaitNoEmitter();
        assertFalse(c.trySend(1), "the receive was withdrawn");
        assertEquals(List.of("onSubscribe"), p.signals());
        p.assertNoViolation();
    }

    @Test
    void cancelTwiceAndRequestAfterCancelDoNothing() {
        Chan<Integer> c = new Chan<>(3);
        range(1, 4).forEach(c::send);
        Probe<Integer> p = new Probe<>(0);
        new ChanPublisher<>(c).subscribe(p);
        p.awaitSubscribed();
        p.cancel();
        p.cancel();
        p.request(5);
        awaitNoEmitter();
        assertEquals(List.of("onSubscribe"), p.signals());
        assertEquals(range(1, 4), drain(c));
        p.assertNoViolation();
    }

    @Test
    void requestFromInsideOnNextDoesNotRecurse() {
        int n = 2_000;
        List<Integer> depths = new ArrayList<>();
        Probe<Integer> p = new Probe<>(1, (probe, v) -> {
            depths.add(Thread.currentThread().getStackTrace().length); // onNext runs on one goroutine at a time
            probe.request(1);
        });
        Chan<Integer> c = new Chan<>();
        go(() -> {
            range(0, n).forEach(c::send);
            c.close();
        });
        new ChanPublisher<>(c).subscribe(p);
        p.awaitCompleted();
        assertEquals(range(0, n), p.items());
        assertEquals(1, depths.stream().distinct().count(), "onNext at one stack depth (§3.3): " + depths.stream().distinct().toList());
        p.assertNoViolation();
    }

    @Test
    void aNullValueInTheChannelEndsTheSubscriptionWithNullPointerException() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(null);
        c.send(3);
        Probe<Integer> p = new Probe<>(Long.MAX_VALUE);
        new ChanPublisher<>(c).subscribe(p);
        assertInstanceOf(NullPointerException.class, p.awaitError());
        assertEquals(List.of(1), p.items());
        awaitNoEmitter();
        assertEquals(List.of(3), drain(c));
        p.assertNoViolation();
    }

    @Test
    void demandAddsUpToLongMaxValueAndThenIsUnbounded() {
        Chan<Integer> c = new Chan<>(64);
        Probe<Integer> p = new Probe<>(0);
        new ChanPublisher<>(c).subscribe(p);
        p.awaitSubscribed();
        p.request(Long.MAX_VALUE);
        p.request(Long.MAX_VALUE); // §3.17: no overflow into a negative demand
        go(() -> {
            range(0, 1_000).forEach(c::send);
            c.close();
        });
        p.awaitCompleted();
        assertEquals(range(0, 1_000), p.items());
        p.assertNoViolation();
    }

    @Test
    void severalSubscribersShareTheValuesAsSeveralReceiversDo() {
        int n = 4_000;
        Chan<Integer> c = new Chan<>(16);
        ChanPublisher<Integer> pub = new ChanPublisher<>(c);
        List<Probe<Integer>> probes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Probe<Integer> p = new Probe<>(8, (probe, v) -> probe.request(1));
            probes.add(p);
            pub.subscribe(p);
        }
        go(() -> {
            range(0, n).forEach(c::send);
            c.close();
        });
        List<Integer> all = new ArrayList<>();
        for (Probe<Integer> p : probes) {
            p.awaitCompleted();
            p.assertNoViolation();
            List<Integer> got = p.items();
            for (int i = 1; i < got.size(); i++) {
                assertTrue(got.get(i - 1) < got.get(i), "each subscriber receives in the channel's order");
            }
            all.addAll(got);
        }
        assertEquals(n, all.size(), "every value once: none lost, none twice");
        Set<Integer> distinct = new HashSet<>(all);
        assertEquals(new HashSet<>(range(0, n)), distinct);
    }

    @Test
    void aSubscriberThatThrowsPanicsItsGoroutine() {
        IllegalStateException boom = new IllegalStateException("subscriber bug");
        // With -Dgo4j.exitOnPanic=false (the tests' setting) Go.main throws the panic's value.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Go.main(() -> {
            new ChanPublisher<>(closedWith(1)).subscribe(new Probe<>(1, (probe, v) -> {
                throw boom;
            }));
            select(); // the panic of the subscription's goroutine ends the program
        }));
        assertSame(boom, thrown);
    }
}
