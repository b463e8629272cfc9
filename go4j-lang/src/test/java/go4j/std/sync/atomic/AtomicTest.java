package go4j.std.sync.atomic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.CellI;
import go4j.lang.CellJ;
import go4j.lang.GoPanic;
import go4j.lang.Ptr;
import go4j.lang.Rt;
import go4j.lang.SliceJ;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sync/atomic's functions on go4j pointers, and its types. */
class AtomicTest {
    @Test
    void functionsOnCells() {
        CellJ c = new CellJ();
        assertEquals(2, Pkg.AddInt64(c, 2));
        assertTrue(Pkg.CompareAndSwapInt64(c, 2, 7));
        assertFalse(Pkg.CompareAndSwapInt64(c, 2, 9));
        assertEquals(7, Pkg.SwapInt64(c, 1));
        Pkg.StoreInt64(c, 5);
        assertEquals(5, Pkg.LoadInt64(c));
        assertEquals(-1L, Pkg.AddUint64(new CellJ(), -1), "uint64 wraps: 1<<64 - 1");
        CellI i = new CellI();
        Pkg.StoreInt32(i, Integer.MAX_VALUE);
        assertEquals(Integer.MIN_VALUE, Pkg.AddInt32(i, 1), "int32 wraps");
        assertTrue(Pkg.CompareAndSwapUint32(i, Integer.MIN_VALUE, 3));
        assertEquals(3, Pkg.LoadUint32(i));
        assertThrows(GoPanic.class, () -> Pkg.LoadInt64(null));
    }

    /** Element pointers are new objects per &amp;a[i]; they still share one lock. */
    @Test
    void concurrentAddsThroughDistinctPointerObjects() throws InterruptedException {
        SliceJ counters = SliceJ.make(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ts.add(Thread.ofPlatform().start(() -> {
                for (int k = 0; k < 10_000; k++) {
                    Ptr p = Rt.elemPtr(counters, 0);
                    Pkg.AddInt64(p, 1);
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40_000, counters.array[0]);
    }

    @Test
    void types() {
        Int64 x = new Int64();
        assertEquals(3, x.Add(3));
        assertTrue(x.CompareAndSwap(3, 4));
        assertEquals(4, x.Swap(6));
        Int64 copy = x.$copy();
        x.Store(0);
        assertEquals(6, copy.Load());
        Uint32 u = new Uint32();
        assertEquals(-1, u.Add(-1));
        Bool b = new Bool();
        assertFalse(b.Swap(true));
        assertTrue(b.Load());
        assertTrue(b.CompareAndSwap(true, false));
        assertEquals("*atomic.Int64", x.goType().toString());
        Int32 i = new Int32();
        i.Store(9);
        assertEquals(9, i.Load());
        assertEquals(1, new Uint64().Add(1));
    }
}
