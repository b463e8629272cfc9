package go4j.stress;

import go4j.Chan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million selects, each with a receive and a send case that never become ready beside one
 * that does: the waiting select must withdraw from the never-ready channels' queues every
 * time, or their queues (and the heap) grow by a sudog per round. Go's test/chan/select2.go,
 * scaled up.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SelectNeverReadyHeapStressTest {
    private static final int ROUNDS = Integer.getInteger("go4j.stress.selectRounds", 1_000_000);
    private static final int WARMUP = ROUNDS / 10;
    /** A leaked sudog per round would be tens of megabytes; allow noise well below that. */
    private static final long MAX_GROWTH = 16L << 20;

    @Test
    void millionSelectsWithNeverReadyCasesDoNotGrowTheHeap() throws Exception {
        Chan<Integer> neverRecv = new Chan<>();
        Chan<Integer> neverSend = new Chan<>();
        Chan<Integer> data = new Chan<>();
        Chan<Long> sums = new Chan<>(1);

        go(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                data.send(i);
            }
        });
        Chan<Void> warm = new Chan<>();
        Chan<Void> measured = new Chan<>();
        go(() -> {
            long sum = 0;
            for (int i = 0; i < ROUNDS; i++) {
                if (i == WARMUP) {
                    warm.send(null);  // let the test take the baseline
                    measured.recv();
                }
                Integer v = select(neverRecv.onRecv(), neverSend.onSend(-1, () -> -1), data.onRecv());
                sum += v;
            }
            sums.send(sum);
        });

        warm.recv();
        long baseline = usedAfterGc();
        measured.send(null);
        long sum = sums.recv();
        long after = usedAfterGc();

        assertEquals((long) ROUNDS * (ROUNDS - 1) / 2, sum, "every value received once, no never-ready case fired");
        assertTrue(after - baseline < MAX_GROWTH,
                "heap grew by " + ((after - baseline) >> 10) + " KiB over " + (ROUNDS - WARMUP) + " selects");
        System.out.printf("%d selects: heap %+d KiB%n", ROUNDS - WARMUP, (after - baseline) >> 10);
    }

    static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // a few full collections: the minimum is the live set
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
