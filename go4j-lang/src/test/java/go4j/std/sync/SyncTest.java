package go4j.std.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Go;
import go4j.Panic;
import go4j.fn.F$$V;
import go4j.lang.GoPanic;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** sync's types on go4j-core's primitives, with goroutines, and Go's panic values and texts. */
class SyncTest {
    @Test
    void waitGroupAndMutex() {
        int[] total = {0};
        Go.main(() -> {
            WaitGroup wg = new WaitGroup();
            Mutex mu = new Mutex();
            for (int i = 0; i < 100; i++) {
                int k = i;
                wg.Add(1);
                Go.go(() -> {
                    try {
                        mu.Lock();
                        total[0] += k;
                        mu.Unlock();
                    } finally {
                        wg.Done();
                    }
                });
            }
            wg.Wait();
        });
        assertEquals(4950, total[0]);
    }

    @Test
    void negativeCounterPanicsWithGosString() {
        WaitGroup wg = new WaitGroup();
        GoPanic p = assertThrows(GoPanic.class, wg::Done);
        assertEquals("sync: negative WaitGroup counter", p.value());
        p = assertThrows(GoPanic.class, () -> wg.Add(1L << 40));
        assertEquals("sync: negative WaitGroup counter", p.value());
        wg.Add(1); // unchanged by the failed calls
        wg.Done();
        wg.Wait();
    }

    @Test
    void unlockOfUnlockedIsGosFatalError() {
        Panic p = assertThrows(Panic.class, () -> new Mutex().Unlock());
        assertEquals("sync: unlock of unlocked mutex", p.getMessage());
        p = assertThrows(Panic.class, () -> new RWMutex().RUnlock());
        assertEquals("sync: RUnlock of unlocked RWMutex", p.getMessage());
    }

    @Test
    void mutexCopiesItsState() {
        Mutex mu = new Mutex();
        assertTrue(mu.$copy().TryLock());
        mu.Lock();
        assertFalse(mu.$copy().TryLock(), "a copy of a locked Mutex is locked");
        assertFalse(mu.TryLock(), "copying did not unlock the original");
        mu.Unlock();
        assertEquals("*sync.Mutex", mu.goType().toString());
    }

    @Test
    void rwMutex() {
        RWMutex rw = new RWMutex();
        rw.RLock();
        assertTrue(rw.TryRLock());
        assertFalse(rw.TryLock());
        rw.RUnlock();
        rw.RUnlock();
        assertTrue(rw.TryLock());
        assertFalse(rw.TryRLock());
        rw.Unlock();
        rw.Lock();
        rw.Unlock();
    }

    @Test
    void mutexesAreLockers() {
        for (Object l : new Object[] {new Mutex(), new RWMutex()}) {
            ((go4j.fn.M$Lock$$V) l).Lock();
            ((go4j.fn.M$Unlock$$V) l).Unlock();
        }
    }

    @Test
    void map() {
        Map m = new Map();
        m.Store("a", 1L);
        m.Store(2L, null);
        assertEquals("[1, true]", java.util.Arrays.toString(m.Load("a")));
        assertEquals("[null, true]", java.util.Arrays.toString(m.Load(2L)), "a nil value is present");
        assertEquals("[1, true]", java.util.Arrays.toString(m.LoadOrStore("a", 5L)));
        assertEquals("[5, false]", java.util.Arrays.toString(m.LoadOrStore("b", 5L)));
        assertEquals("[null, true]", java.util.Arrays.toString(m.LoadAndDelete(2L)));
        assertEquals("[null, false]", java.util.Arrays.toString(m.Load(2L)));
        m.Store(new go4j.lang.Box.Int64(1), "int64 one");
        assertEquals("[null, false]", java.util.Arrays.toString(m.Load(new go4j.lang.Box.Uint64(1))), "types differ: keys differ");
        int[] n = {0};
        go4j.fn.F$LL$Z count = (k, v) -> ++n[0] < 2;
        m.Range(count);
        assertEquals(2, n[0], "Range stops when f returns false");
        m.Delete("a");
        assertEquals(false, m.Load("a")[1]);
        Object slice = new go4j.lang.Typed(go4j.lang.RType.slice(go4j.lang.RType.INT), go4j.lang.SliceJ.of(1));
        GoPanic p = assertThrows(GoPanic.class, () -> m.Store(slice, 1L));
        assertEquals("runtime error: hash of unhashable type []int", p.getMessage());
    }

    @Test
    void onceRunsOnceEvenIfItPanics() {
        AtomicInteger calls = new AtomicInteger();
        Once once = new Once();
        F$$V f = calls::incrementAndGet;
        once.Do(f);
        once.Do(f);
        assertEquals(1, calls.get());
        Once copy = once.$copy();
        copy.Do(f);
        assertEquals(1, calls.get(), "a copy of a done Once is done");

        Once panicking = new Once();
        F$$V boom = () -> {
            throw new GoPanic("boom");
        };
        assertThrows(GoPanic.class, () -> panicking.Do(boom));
        panicking.Do(f);
        assertEquals(1, calls.get(), "a panicking call counts as done");
    }
}
