package go4j.stress;

import go4j.sync.Map;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sync.Map under contention on a few keys: goroutines count into per-key values with
 * loadOrStore and compareAndSwap while others bank whole counts with loadAndDelete and
 * compareAndDelete (so entries die and are born again all the time) and a ranger checks Go's
 * range promise. No increment may be lost or counted twice: what was added equals what was
 * banked plus what is left.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MapContentionStressTest {
    private static final int OPS = Integer.getInteger("go4j.stress.mapOps", 500_000);
    private static final int KEYS = 16;

    /** Adds one to key k's count; returns when it did. */
    private static void increment(Map<Integer, Long> m, int k) {
        for (;;) {
            Map.Loaded<Long> r = m.load(k);
            if (!r.loaded()) {
                if (!m.loadOrStore(k, 1L).loaded()) {
                    return;
                }
            } else if (m.compareAndSwap(k, r.value(), r.value() + 1)) {
                return;
            }
        }
    }

    @Test
    void countsSurviveConcurrentDeletesAndStoresAgain() throws Exception {
        Map<Integer, Long> m = new Map<>();
        AtomicLong added = new AtomicLong();
        AtomicLong banked = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        WaitGroup workers = new WaitGroup();
        int incrementers = 6, bankers = 2;
        for (int g = 0; g < incrementers; g++) {
            workers.go(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int i = 0; i < OPS; i++) {
                    increment(m, r.nextInt(KEYS));
                    added.incrementAndGet();
                    if ((i & 63) == 0) {
                        go4j.Go.gosched(); // let the bankers and the ranger in between
                    }
                }
            });
        }
        WaitGroup others = new WaitGroup();
        for (int g = 0; g < bankers; g++) {
            others.go(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (!stop.get()) {
                    int k = r.nextInt(KEYS);
                    if (r.nextBoolean()) {
                        Map.Loaded<Long> d = m.loadAndDelete(k);
                        if (d.loaded()) {
                            banked.addAndGet(d.value());
                        }
                    } else {
                        Map.Loaded<Long> v = m.load(k);
                        if (v.loaded() && m.compareAndDelete(k, v.value())) {
                            banked.addAndGet(v.value());
                        }
                    }
                    go4j.Go.gosched();
                }
            });
        }
        others.go(() -> {
            long ranges = 0;
            while (!stop.get()) {
                Set<Integer> seen = new HashSet<>();
                m.range((k, v) -> {
                    if (!seen.add(k)) {
                        errors.add("range visited " + k + " twice");
                    }
                    if (v == null || v < 1) {
                        errors.add("range saw count " + v + " for " + k);
                    }
                    return true;
                });
                ranges++;
                go4j.Go.gosched();
            }
            System.out.printf("map: %d ranges during the run%n", ranges);
        });
        workers.await();
        stop.set(true);
        others.await();
        long left = 0;
        for (int k = 0; k < KEYS; k++) {
            Map.Loaded<Long> r = m.load(k);
            left += r.loaded() ? r.value() : 0;
        }
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        assertEquals(added.get(), banked.get() + left, "increments lost or counted twice");
        System.out.printf("map: %d increments, %d banked by deletes, %d left%n", added.get(), banked.get(), left);
    }

    @Test
    void storesRacingClearsEndInAMapThatAFinalClearEmpties() throws Exception {
        Map<Integer, Integer> m = new Map<>();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 4; g++) {
            int base = g * 1_000_000;
            wg.go(() -> {
                for (int i = 0; i < OPS / 4; i++) {
                    m.store(base + (i & 1023), i);
                    if ((i & 255) == 0) {
                        m.clear();
                    }
                }
            });
        }
        wg.await();
        m.clear();
        m.range((k, v) -> {
            throw new AssertionError("after clear, range yielded (" + k + ", " + v + ")");
        });
        m.store(1, 1);
        assertEquals(new Map.Loaded<>(1, true), m.load(1));
    }
}
