package go4j.patterns;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class ParallelMapTest {
    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void resultsComeInTheItemsOrder() {
        int base = Leaks.baseline();
        List<Integer> got = ParallelMap.map(Context.background(), range(500), 8, x -> x * 3);
        assertEquals(range(500).stream().map(x -> x * 3).toList(), got);
        Leaks.awaitBaseline(base);
    }

    @Test
    void neverMoreThanLimitRunAtOnceAndLimitIsReached() {
        int limit = 4;
        AtomicInteger running = new AtomicInteger(), peak = new AtomicInteger();
        WaitGroup firstWave = new WaitGroup();
        firstWave.add(limit);
        ParallelMap.map(Context.background(), range(40), limit, x -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (x < limit) { // the first wave waits until it is complete: the limit is reached
                firstWave.done();
                firstWave.await();
            }
            running.decrementAndGet();
            return x;
        });
        assertEquals(limit, peak.get());
    }

    @Test
    void nullResultsAreKept() {
        assertEquals(Arrays.asList(null, "b"),
                ParallelMap.map(Context.background(), List.of("a", "b"), 2, s -> s.equals("a") ? null : s));
    }

    @Test
    void emptyItemsGiveAnEmptyList() {
        assertEquals(List.of(), ParallelMap.map(Context.background(), List.<Integer>of(), 3, x -> x));
    }

    @Test
    void theFirstFailureIsThrownAndStopsLaterItemsFromStarting() {
        int base = Leaks.baseline();
        List<Integer> startedItems = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                ParallelMap.map(Context.background(), range(100), 1, x -> {
                    synchronized (startedItems) {
                        startedItems.add(x);
                    }
                    if (x == 5) {
                        throw boom;
                    }
                    return x;
                }));
        assertSame(boom, thrown);
        assertEquals(range(6), startedItems); // limit 1: items run one by one, none after 5
        Leaks.awaitBaseline(base);
    }

    @Test
    void theFailureIsThrownOnlyAfterTheRunningItemsReturn() {
        // Items 1 and 2 are running when item 0 fails; they return later, and map waits for them.
        AtomicInteger finished = new AtomicInteger();
        WaitGroup othersStarted = new WaitGroup();
        othersStarted.add(2);
        Chan<Void> release = new Chan<>();
        assertThrows(ArithmeticException.class, () ->
                ParallelMap.map(Context.background(), List.of(0, 1, 2), 3, x -> {
                    if (x == 0) {
                        othersStarted.await();
                        go(() -> {
                            Thread.yield();
                            release.close();
                        });
                        return 1 / x;
                    }
                    othersStarted.done();
                    release.recv();
                    finished.incrementAndGet();
                    return x;
                }));
        assertEquals(2, finished.get());
    }

    @Test
    void aDoneContextThrowsItsErrorAndStartsNothing() {
        Cancelable c = Context.withCancel(Context.background());
        c.cancel();
        AtomicInteger calls = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ParallelMap.map(c.context(), range(10), 2, calls::addAndGet));
        assertSame(Context.CANCELED, e);
        assertEquals(0, calls.get());
    }

    @Test
    void cancelingMidwayStopsNewItemsAndThrows() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        AtomicInteger calls = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class, () ->
                ParallelMap.map(c.context(), range(100), 1, x -> {
                    calls.incrementAndGet();
                    if (x == 3) {
                        c.cancel();
                    }
                    return x;
                }));
        assertSame(Context.CANCELED, e);
        assertEquals(4, calls.get());
        Leaks.awaitBaseline(base);
    }

    @Test
    void badArgumentsThrowAtTheCall() {
        Context ctx = Context.background();
        assertThrows(IllegalArgumentException.class, () -> ParallelMap.map(ctx, List.of(1), 0, x -> x));
        assertThrows(NullPointerException.class, () -> ParallelMap.map(null, List.of(1), 1, x -> x));
        assertThrows(NullPointerException.class, () -> ParallelMap.map(ctx, null, 1, x -> x));
        assertThrows(NullPointerException.class, () -> ParallelMap.map(ctx, List.of(1), 1, null));
    }
}
