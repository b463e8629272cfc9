package go4j.patterns;

import go4j.Received;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.time.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(60)
class FutureTest {
    @Test
    void deliversTheOneResultThenIsClosed() {
        RecvChan<String> f = Future.start(() -> "result from select * from t");
        assertEquals(new Received<>("result from select * from t", true), f.recvOk());
        assertEquals(new Received<String>(null, false), f.recvOk());
    }

    @Test
    void isBufferedForOneResult() {
        assertEquals(1, Future.start(() -> 1).cap());
    }

    @Test
    void leavesNoGoroutineWhenNobodyReceives() {
        int base = Leaks.baseline();
        for (int i = 0; i < 100; i++) {
            Future.start(() -> 42);
        }
        Leaks.awaitBaseline(base);
    }

    @Test
    void manyFuturesRunAtTheSameTime() {
        // Each future waits for the next one's result: they can only finish if all run at once.
        int n = 50;
        go4j.sync.WaitGroup all = new go4j.sync.WaitGroup();
        all.add(n);
        @SuppressWarnings("unchecked")
        RecvChan<Integer>[] fs = new RecvChan[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            fs[i] = Future.start(() -> {
                all.done();
                all.await();
                return id;
            });
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, fs[i].recv());
        }
    }

    @Test
    void canBeAwaitedInASelectNextToADoneContext() {
        Cancelable c = Context.withCancel(Context.background());
        c.cancel();
        go4j.Chan<Void> never = new go4j.Chan<>();
        RecvChan<String> f = Future.start(() -> {
            never.recv(); // the work never ends... until the test closes never
            return "late";
        });
        String r = select(f.onRecv(v -> v), c.context().done().onRecv(x -> "canceled"));
        assertEquals("canceled", r);
        never.close();
        assertEquals("late", f.recv());
    }

    @Test
    void timesOutInASelectWithTimeAfter() {
        go4j.Chan<Void> never = new go4j.Chan<>();
        RecvChan<String> f = Future.start(() -> {
            never.recv();
            return "late";
        });
        String r = select(f.onRecv(v -> v), Time.after(Duration.ofMillis(5)).onRecv(t -> "timed out"));
        assertEquals("timed out", r);
        never.close();
    }

    @Test
    void aThrowingWorkClosesTheChannelWithoutAValue() {
        RecvChan<Integer> f = Future.start(() -> {
            throw new IllegalStateException("future panic (expected by the test)");
        });
        assertFalse(f.recvOk().ok());
    }

    @Test
    void nullWorkThrowsAtTheCall() {
        assertThrows(NullPointerException.class, () -> Future.start(null));
    }
}
