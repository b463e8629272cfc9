package go4j.patterns;

import go4j.Received;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class GeneratorTest {
    @Test
    void generateSendsSuccessiveValuesInOrder() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            int[] n = {0};
            RecvChan<Integer> naturals = Generator.generate(c.context(), () -> n[0]++);
            for (int i = 0; i < 100; i++) {
                assertEquals(i, naturals.recv());
            }
        }
    }

    @Test
    void generateChannelIsUnbuffered() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            RecvChan<Integer> g = Generator.generate(c.context(), () -> 1);
            assertEquals(0, g.cap());
        }
    }

    @Test
    void generateStopsAndClosesWhenContextIsCanceled() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        RecvChan<Integer> g = Generator.generate(c.context(), () -> 7);
        assertEquals(7, g.recv());
        c.cancel();
        Leaks.awaitBaseline(base);
        assertEquals(new Received<Integer>(null, false), g.recvOk());
    }

    @Test
    void generateStopsWithNobodyReceiving() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        AtomicInteger calls = new AtomicInteger();
        Generator.generate(c.context(), calls::incrementAndGet);
        c.cancel();
        Leaks.awaitBaseline(base);
        assertTrue(calls.get() <= 1, "values computed with nobody receiving: " + calls.get());
    }

    @Test
    void generateOnADoneContextSendsNothing() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        c.cancel();
        AtomicInteger calls = new AtomicInteger();
        RecvChan<Integer> g = Generator.generate(c.context(), calls::incrementAndGet);
        Leaks.awaitBaseline(base);
        assertFalse(g.recvOk().ok());
        assertEquals(0, calls.get());
    }

    @Test
    void generateStopsAtTheContextDeadline() {
        int base = Leaks.baseline();
        try (Cancelable c = Context.withTimeout(Context.background(), java.time.Duration.ofMillis(20))) {
            RecvChan<String> g = Generator.generate(c.context(), () -> "x");
            for (String s : g) { // ends because the generator closes the channel
                assertEquals("x", s);
            }
            assertEquals(Context.DEADLINE_EXCEEDED, c.context().err());
        }
        Leaks.awaitBaseline(base);
    }

    @Test
    void generateMaySendNull() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            RecvChan<String> g = Generator.generate(c.context(), () -> null);
            assertEquals(new Received<String>(null, true), g.recvOk());
        }
    }

    @Test
    void generateClosesItsChannelWhenTheSupplierThrows() {
        int base = Leaks.baseline();
        int[] n = {0};
        RecvChan<Integer> g = Generator.generate(Context.background(), () -> {
            if (n[0] == 2) {
                throw new IllegalStateException("generator panic (expected by the test)");
            }
            return n[0]++;
        });
        assertEquals(0, g.recv());
        assertEquals(1, g.recv());
        assertFalse(g.recvOk().ok());
        Leaks.awaitBaseline(base);
    }

    @Test
    void fromSendsEveryValueInOrderThenCloses() {
        int base = Leaks.baseline();
        List<String> got = new ArrayList<>();
        for (String s : Generator.from(Context.background(), List.of("a", "b", "c"))) {
            got.add(s);
        }
        assertEquals(List.of("a", "b", "c"), got);
        Leaks.awaitBaseline(base);
    }

    @Test
    void fromAnEmptyIterableClosesAtOnce() {
        RecvChan<Object> g = Generator.from(Context.background(), List.of());
        assertFalse(g.recvOk().ok());
    }

    @Test
    void fromSendsNulls() {
        RecvChan<String> g = Generator.from(Context.background(), Arrays.asList("a", null, "b"));
        assertEquals("a", g.recv());
        assertEquals(new Received<String>(null, true), g.recvOk());
        assertEquals("b", g.recv());
        assertFalse(g.recvOk().ok());
    }

    @Test
    void fromStopsWhenContextIsCanceledBeforeTheEnd() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        RecvChan<Integer> g = Generator.from(c.context(), List.of(1, 2, 3, 4, 5));
        assertEquals(1, g.recv());
        c.cancel();
        Leaks.awaitBaseline(base);
        assertFalse(g.recvOk().ok());
    }

    @Test
    void nullArgumentsThrowAtTheCall() {
        Leaks.assertStartsNoGoroutine(() -> {
            assertThrows(NullPointerException.class, () -> Generator.generate(null, () -> 1));
            assertThrows(NullPointerException.class, () -> Generator.generate(Context.background(), null));
            assertThrows(NullPointerException.class, () -> Generator.from(null, List.of()));
            assertThrows(NullPointerException.class, () -> Generator.from(Context.background(), null));
        });
    }

    @Test
    void manyGeneratorsStopTogetherOnOneCancel() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        List<RecvChan<Integer>> gens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int id = i;
            gens.add(Generator.generate(c.context(), () -> id));
        }
        for (int i = 0; i < gens.size(); i++) {
            assertEquals(i, gens.get(i).recv());
        }
        c.cancel();
        Leaks.awaitBaseline(base);
        for (RecvChan<Integer> g : gens) {
            assertEquals(new Received<Integer>(null, false), g.tryRecv());
        }
    }
}
