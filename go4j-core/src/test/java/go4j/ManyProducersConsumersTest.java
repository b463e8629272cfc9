package go4j;

import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static go4j.Go.select;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many producers and many consumers on one channel, every element counted exactly once (Go's
 * runtime/chan_test.go TestChan "Send 1000 integers in 4 goroutines" and TestMultiConsumer):
 * 8 producers x 8 consumers, capacities 0, 1 and 16, consumers ranging until close.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ManyProducersConsumersTest {
    private static final int PRODUCERS = 8;
    private static final int CONSUMERS = 8;
    private static final int PER_PRODUCER = 5_000;

    private enum Kind { GOROUTINES, PLATFORM_THREADS }

    /**
     * Runs the producers and consumers, closes the channel once every producer is done, and
     * returns how many times each element was received.
     */
    private static AtomicIntegerArray run(int capacity, Kind kind, boolean viaSelect) {
        Chan<Integer> c = new Chan<>(capacity);
        Chan<Integer> never = new Chan<>();
        AtomicIntegerArray seen = new AtomicIntegerArray(PRODUCERS * PER_PRODUCER);
        WaitGroup producers = new WaitGroup();
        List<TestSupport.Spawned<Void>> all = new ArrayList<>();
        producers.add(PRODUCERS);
        for (int p = 0; p < PRODUCERS; p++) {
            int base = p * PER_PRODUCER;
            TestSupport.VoidBody body = () -> {
                try {
                    for (int i = 0; i < PER_PRODUCER; i++) {
                        if (viaSelect) {
                            select(c.onSend(base + i), never.onRecv());
                        } else {
                            c.send(base + i);
                        }
                    }
                } finally {
                    producers.done();
                }
            };
            all.add(kind == Kind.GOROUTINES ? spawnVoid(body) : spawnPlatformVoid(body));
        }
        for (int k = 0; k < CONSUMERS; k++) {
            TestSupport.VoidBody body = () -> {
                if (viaSelect) {
                    for (;;) {
                        Received<Integer> r = select(c.onRecvOk(Received::new), never.onRecvOk(Received::new));
                        if (!r.ok()) {
                            return;
                        }
                        seen.incrementAndGet(r.value());
                    }
                }
                for (int v : c) {
                    seen.incrementAndGet(v);
                }
            };
            all.add(kind == Kind.GOROUTINES ? spawnVoid(body) : spawnPlatformVoid(body));
        }
        producers.await();
        c.close();
        all.forEach(TestSupport.Spawned::join);
        return seen;
    }

    private static void assertEachElementExactlyOnce(AtomicIntegerArray seen) {
        for (int i = 0; i < seen.length(); i++) {
            assertEquals(1, seen.get(i), "element " + i);
        }
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 16})
    void goroutinesEightByEightReceiveEveryElementExactlyOnce(int capacity) {
        assertEachElementExactlyOnce(run(capacity, Kind.GOROUTINES, false));
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 16})
    void platformThreadsEightByEightReceiveEveryElementExactlyOnce(int capacity) {
        assertEachElementExactlyOnce(run(capacity, Kind.PLATFORM_THREADS, false));
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 16})
    void selectEightByEightReceivesEveryElementExactlyOnce(int capacity) {
        assertEachElementExactlyOnce(run(capacity, Kind.GOROUTINES, true));
    }
}
