package go4j.patterns;

import go4j.Chan;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(60)
class FanOutTest {
    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void fanOutHandlesEveryValueExactlyOnce() {
        int base = Leaks.baseline();
        Context ctx = Context.background();
        List<RecvChan<Integer>> outs = FanOut.fanOut(ctx, Generator.from(ctx, range(1000)), 4, x -> -x);
        assertEquals(4, outs.size());
        List<Integer> got = new ArrayList<>(Pipeline.collect(ctx, FanIn.merge(ctx, outs)));
        Collections.sort(got);
        assertEquals(range(1000).stream().map(x -> -x).sorted().toList(), got);
        Leaks.awaitBaseline(base);
    }

    @Test
    void fanOutRunsItsWorkersConcurrently() {
        // Every value waits until all three workers hold one: only three concurrent workers pass.
        Context ctx = Context.background();
        WaitGroup allIn = new WaitGroup();
        allIn.add(3);
        List<RecvChan<Integer>> outs = FanOut.fanOut(ctx, Generator.from(ctx, List.of(1, 2, 3)), 3, x -> {
            allIn.done();
            allIn.await();
            return x;
        });
        assertEquals(List.of(1, 2, 3), Pipeline.collect(ctx, FanIn.merge(ctx, outs)).stream().sorted().toList());
    }

    @Test
    void fanOutOutputsCloseWhenTheInputCloses() {
        Chan<Integer> in = new Chan<>();
        List<RecvChan<Integer>> outs = FanOut.fanOut(Context.background(), in, 2, x -> x);
        in.close();
        for (RecvChan<Integer> out : outs) {
            assertFalse(out.recvOk().ok());
        }
    }

    @Test
    void fanOutStopsOnCancelWithTheInputOpenAndNobodyReceiving() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        Chan<Integer> in = new Chan<>(10);
        for (int i = 0; i < 10; i++) {
            in.send(i);
        }
        List<RecvChan<Integer>> outs = FanOut.fanOut(c.context(), in, 3, x -> x);
        c.cancel();
        Leaks.awaitBaseline(base);
        for (RecvChan<Integer> out : outs) {
            assertFalse(out.recvOk().ok());
        }
    }

    @Test
    void splitHandsEachValueToExactlyOneOutput() {
        int base = Leaks.baseline();
        Context ctx = Context.background();
        List<RecvChan<Integer>> outs = FanOut.split(ctx, Generator.from(ctx, range(600)), 3);
        List<Integer> all = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger outOfOrder = new AtomicInteger();
        WaitGroup wg = new WaitGroup();
        for (RecvChan<Integer> out : outs) {
            wg.add(1);
            go(() -> {
                try {
                    int last = -1;
                    for (int v : out) {
                        if (v <= last) {
                            outOfOrder.incrementAndGet();
                        }
                        last = v;
                        all.add(v);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        assertEquals(0, outOfOrder.get(), "each output keeps the input's order");
        assertEquals(range(600), all.stream().sorted().toList());
        Leaks.awaitBaseline(base);
    }

    @Test
    void splitFeedsWhicheverReaderIsReady() {
        // Only the second output has a reader: it gets every value.
        Context ctx = Context.background();
        List<RecvChan<Integer>> outs = FanOut.split(ctx, Generator.from(ctx, range(50)), 3);
        assertEquals(range(50), Pipeline.collect(ctx, outs.get(1)));
        assertFalse(outs.get(0).recvOk().ok());
        assertFalse(outs.get(2).recvOk().ok());
    }

    @Test
    void broadcastGivesEveryValueToEveryOutputInOrder() {
        int base = Leaks.baseline();
        Context ctx = Context.background();
        List<RecvChan<Integer>> outs = FanOut.broadcast(ctx, Generator.from(ctx, range(300)), 3);
        ConcurrentHashMap<Integer, List<Integer>> got = new ConcurrentHashMap<>();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < outs.size(); i++) {
            int id = i;
            wg.add(1);
            go(() -> {
                try {
                    got.put(id, Pipeline.collect(ctx, outs.get(id)));
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        for (int i = 0; i < 3; i++) {
            assertEquals(range(300), got.get(i));
        }
        Leaks.awaitBaseline(base);
    }

    @Test
    void broadcastAndSplitStopOnCancelWithNobodyReceiving() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        AtomicInteger n = new AtomicInteger();
        List<RecvChan<Integer>> b = FanOut.broadcast(c.context(), Generator.generate(c.context(), n::incrementAndGet), 2);
        List<RecvChan<Integer>> s = FanOut.split(c.context(), Generator.generate(c.context(), n::incrementAndGet), 2);
        b.get(0).recv(); // the broadcaster now waits for output 1, with output 0 done
        s.get(0).recv();
        c.cancel();
        Leaks.awaitBaseline(base);
        for (RecvChan<Integer> out : List.of(b.get(0), b.get(1), s.get(0), s.get(1))) {
            assertFalse(out.recvOk().ok());
        }
    }

    @Test
    void badArgumentsThrowAtTheCall() {
        Context ctx = Context.background();
        Chan<Integer> in = new Chan<>();
        Leaks.assertStartsNoGoroutine(() -> {
            assertThrows(IllegalArgumentException.class, () -> FanOut.fanOut(ctx, in, 0, x -> x));
            assertThrows(IllegalArgumentException.class, () -> FanOut.split(ctx, in, -1));
            assertThrows(IllegalArgumentException.class, () -> FanOut.broadcast(ctx, in, 0));
            assertThrows(NullPointerException.class, () -> FanOut.fanOut(null, in, 1, x -> x));
            assertThrows(NullPointerException.class, () -> FanOut.fanOut(ctx, null, 1, x -> x));
            assertThrows(NullPointerException.class, () -> FanOut.fanOut(ctx, in, 1, null));
            assertThrows(NullPointerException.class, () -> FanOut.split(ctx, null, 1));
            assertThrows(NullPointerException.class, () -> FanOut.broadcast(null, in, 1));
        });
    }
}
