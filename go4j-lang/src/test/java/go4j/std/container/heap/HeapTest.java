package go4j.std.container.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Pop$$L;
import go4j.fn.M$Push$L$V;
import go4j.fn.M$Swap$JJ$V;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * container/heap over a heap.Interface implemented in Java as compiled code implements it.
 * The expected layouts are what Go 1.19 printed for the same operations on an IntHeap.
 */
class HeapTest {
    /** Go's IntHeap example: a min-heap of ints. */
    static final class IntHeap implements M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V, M$Push$L$V, M$Pop$$L {
        final List<Long> xs = new ArrayList<>();

        IntHeap(long... values) {
            for (long v : values) {
                xs.add(v);
            }
        }

        @Override
        public long Len() {
            return xs.size();
        }

        @Override
        public boolean Less(long i, long j) {
            return xs.get((int) i) < xs.get((int) j);
        }

        @Override
        public void Swap(long i, long j) {
            Long t = xs.get((int) i);
            xs.set((int) i, xs.get((int) j));
            xs.set((int) j, t);
        }

        @Override
        public void Push(Object x) {
            xs.add((Long) x);
        }

        @Override
        public Object Pop() {
            return xs.removeLast();
        }
    }

    @Test
    void layoutsAreGos() {
        IntHeap h = new IntHeap(5, 2, 8, 1, 9, 3);
        Pkg.Init(h);
        Pkg.Push(h, 0L);
        assertEquals(List.of(0L, 2L, 1L, 5L, 9L, 8L, 3L), h.xs);
        h.xs.set(2, 100L);
        Pkg.Fix(h, 2);
        assertEquals(2L, Pkg.Remove(h, 1));
        assertEquals(List.of(0L, 5L, 3L, 100L, 9L, 8L), h.xs);
        List<Object> popped = new ArrayList<>();
        while (h.Len() > 0) {
            popped.add(Pkg.Pop(h));
        }
        assertEquals(List.of(0L, 3L, 5L, 8L, 9L, 100L), popped);
    }
}
