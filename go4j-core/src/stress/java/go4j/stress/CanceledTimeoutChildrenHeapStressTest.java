package go4j.stress;

import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.internal.runtime.Timers;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200,000 {@code withTimeout} children of one live parent, each canceled (Go's
 * {@code defer cancel()}): a canceled child must leave its parent's children list and its timer
 * must leave the timer heap, or a long-lived parent (a server's root context) grows forever.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CanceledTimeoutChildrenHeapStressTest {
    private static final int CHILDREN = Integer.getInteger("go4j.stress.contextChildren", 200_000);
    private static final int WORKERS = 4;
    /** A leaked child (context, timer, list link) is well over 100 bytes: 20 MB for 200,000. */
    private static final long MAX_GROWTH = 8L << 20;

    @Test
    void canceledTimeoutChildrenOfALiveParentDoNotGrowTheHeap() throws Exception {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            spawn(parent.context(), CHILDREN / 10); // warm-up: classes, JIT, timer heap capacity
            long baseline = SelectNeverReadyHeapStressTest.usedAfterGc();
            int pendingBefore = Timers.pending();

            spawn(parent.context(), CHILDREN);

            long after = SelectNeverReadyHeapStressTest.usedAfterGc();
            assertNull(parent.context().err(), "the parent stays live");
            assertEquals(pendingBefore, Timers.pending(), "every canceled child's timer left the heap");
            assertTrue(after - baseline < MAX_GROWTH,
                    "heap grew by " + ((after - baseline) >> 10) + " KiB over " + CHILDREN + " canceled children");
            System.out.printf("%d canceled withTimeout children: heap %+d KiB%n", CHILDREN, (after - baseline) >> 10);
        }
    }

    /** {@code n} children of {@code parent}, made and canceled by {@link #WORKERS} goroutines. */
    private static void spawn(Context parent, int n) {
        WaitGroup wg = new WaitGroup();
        wg.add(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            go(() -> {
                try {
                    for (int i = 0; i < n / WORKERS; i++) {
                        try (Cancelable child = Context.withTimeout(parent, Duration.ofHours(1))) {
                            child.context().done(); // as a select on it would
                        }
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
    }
}
