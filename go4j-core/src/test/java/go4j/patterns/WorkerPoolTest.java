package go4j.patterns;

import go4j.Panic;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class WorkerPoolTest {
    @Test
    void everyTaskGivesExactlyOneResult() {
        int base = Leaks.baseline();
        WorkerPool<Integer, Integer> pool = WorkerPool.start(Context.background(), 4, 16, j -> j * 2);
        go(() -> {
            for (int j = 0; j < 1000; j++) {
                pool.tasks().send(j);
            }
            pool.tasks().close();
        });
        List<Integer> got = new ArrayList<>();
        for (int r : pool.results()) {
            got.add(r);
        }
        Collections.sort(got);
        List<Integer> want = new ArrayList<>();
        for (int j = 0; j < 1000; j++) {
            want.add(j * 2);
        }
        assertEquals(want, got);
        Leaks.awaitBaseline(base);
    }

    @Test
    void exactlyTheGivenNumberOfWorkersRunAtOnce() {
        // Five tasks hold their worker until all five workers are in, then each records how
        // many tasks were running at its peak; with five workers that peak is five, never six.
        int workers = 5;
        AtomicInteger running = new AtomicInteger(), peak = new AtomicInteger();
        WaitGroup gate = new WaitGroup();
        gate.add(workers);
        WorkerPool<Integer, Integer> pool = WorkerPool.start(Context.background(), workers, 20, j -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (j < workers) {
                gate.done();
                gate.await();
            }
            running.decrementAndGet();
            return j;
        });
        for (int j = 0; j < 20; j++) {
            pool.tasks().send(j);
        }
        pool.tasks().close();
        int n = 0;
        for (int ignored : pool.results()) {
            n++;
        }
        assertEquals(20, n);
        assertEquals(workers, peak.get());
        assertEquals(workers, pool.workers());
    }

    @Test
    void resultsCloseOnlyAfterTheLastWorkerReturns() {
        WorkerPool<String, String> pool = WorkerPool.start(Context.background(), 3, 0, s -> s + "!");
        assertTrue(pool.submit("a"));
        assertEquals("a!", pool.results().recv());
        assertEquals(null, pool.results().tryRecv()); // open: tasks is not closed
        pool.tasks().close();
        assertFalse(pool.results().recvOk().ok());
    }

    @Test
    void cancelStopsTheWorkersWithTasksOpenAndResultsUnread() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        WorkerPool<Integer, Integer> pool = WorkerPool.start(c.context(), 3, 2, j -> j);
        for (int j = 0; j < 7; j++) { // 2 results buffered, 3 workers holding one, 2 tasks queued
            assertTrue(pool.submit(j));
        }
        c.cancel();
        Leaks.awaitBaseline(base);
        int buffered = 0;
        for (int ignored : pool.results()) {
            buffered++;
        }
        assertTrue(buffered <= 2, "results after cancel: " + buffered);
    }

    @Test
    void submitReturnsFalseOnceTheContextIsDoneAndNoWorkerIsLeft() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        WorkerPool<Integer, Integer> pool = WorkerPool.start(c.context(), 1, 0, j -> j);
        c.cancel();
        Leaks.awaitBaseline(base);
        assertFalse(pool.submit(1)); // unbuffered and no worker: only ctx.done() is ready
    }

    @Test
    void submitAfterTasksClosedPanics() {
        WorkerPool<Integer, Integer> pool = WorkerPool.start(Context.background(), 1, 1, j -> j);
        pool.tasks().close();
        Panic p = assertThrows(Panic.class, () -> pool.submit(1));
        assertEquals("send on closed channel", p.getMessage());
    }

    @Test
    void badArgumentsThrowAtTheCall() {
        Context ctx = Context.background();
        Leaks.assertStartsNoGoroutine(() -> {
            assertThrows(IllegalArgumentException.class, () -> WorkerPool.start(ctx, 0, 1, x -> x));
            assertThrows(IllegalArgumentException.class, () -> WorkerPool.start(ctx, 1, -1, x -> x));
            assertThrows(NullPointerException.class, () -> WorkerPool.start(null, 1, 1, x -> x));
            assertThrows(NullPointerException.class, () -> WorkerPool.start(ctx, 1, 1, null));
        });
    }
}
