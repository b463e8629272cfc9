package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.time.TimeTesting.sleepMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop and reset racing the timer thread, with many timers: after stop or reset returns, no
 * stale value is ever received (Go 1.23, proposal go.dev/issue/37196), and the results of
 * stop and reset say exactly whether a value was delivered.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TimerStressTest {

    /** Up to 20µs: short enough to race the timer thread, sometimes already due. */
    private static Duration shortRandom() {
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(-5_000, 20_000));
    }

    private static void jitter() {
        int r = ThreadLocalRandom.current().nextInt(4);
        if (r == 0) {
            Thread.yield();
        } else if (r == 1) {
            for (int i = ThreadLocalRandom.current().nextInt(2000); i > 0; i--) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void withNobodyReceivingStopAlwaysReportsTheValueUndeliveredAndLeavesNone() {
        // No receiver: every armed timer is "not received from", so stop must return true and
        // reset of a stopped timer false, whether or not the timer fired meanwhile.
        int goroutines = 16, cycles = 2000;
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        WaitGroup wg = new WaitGroup();
        wg.add(goroutines);
        for (int g = 0; g < goroutines; g++) {
            Go.go(() -> {
                try {
                    Timer t = Time.newTimer(Duration.ofHours(1));
                    t.stop();
                    for (int i = 0; i < cycles; i++) {
                        if (t.reset(shortRandom())) {
                            failures.add("reset of a stopped timer returned true");
                        }
                        jitter();
                        if (i % 7 == 0 && !t.reset(shortRandom())) {
                            failures.add("reset of an armed, unreceived timer returned false");
                        }
                        jitter();
                        if (!t.stop()) {
                            failures.add("stop of an armed, unreceived timer returned false");
                        }
                        if (t.c().tryRecv() != null) {
                            failures.add("stale value after stop");
                        }
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
    }

    @Test
    void stopReturnsFalseExactlyForTheValuesAReceiverGot() {
        // With a receiver racing: each arming ends either in a received value or in a stop
        // returning true, never both (a stale value) and never neither (a lost one).
        int cycles = 5000;
        Timer t = Time.newTimer(Duration.ofHours(1));
        t.stop();
        AtomicInteger received = new AtomicInteger();
        Chan<Boolean> quit = new Chan<>();
        Chan<Boolean> exited = new Chan<>();
        Go.go(() -> {
            for (boolean running = true; running; ) {
                running = go4j.Go.select(
                        t.c().onRecv(v -> {
                            received.incrementAndGet();
                            return true;
                        }),
                        quit.onRecv(v -> false));
            }
            exited.send(true);
        });
        int falseStops = 0;
        for (int i = 0; i < cycles; i++) {
            t.reset(shortRandom());
            jitter();
            if (!t.stop()) {
                falseStops++;
            }
        }
        quit.send(true);
        exited.recv();
        assertEquals(falseStops, received.get());
        assertNull(t.c().tryRecv());
    }

    @Test
    void resetReturnsFalseExactlyForTheValuesAReceiverGot() {
        int cycles = 5000;
        Timer t = Time.newTimer(Duration.ofHours(1));
        t.stop();
        AtomicInteger received = new AtomicInteger();
        Chan<Boolean> quit = new Chan<>();
        Chan<Boolean> exited = new Chan<>();
        Go.go(() -> {
            for (boolean running = true; running; ) {
                running = go4j.Go.select(
                        t.c().onRecv(v -> {
                            received.incrementAndGet();
                            return true;
                        }),
                        quit.onRecv(v -> false));
            }
            exited.send(true);
        });
        t.reset(shortRandom());
        int falseResets = 0;
        for (int i = 0; i < cycles; i++) {
            jitter();
            if (!t.reset(shortRandom())) {
                falseResets++;
            }
        }
        if (!t.stop()) {
            falseResets++;
        }
        quit.send(true);
        exited.recv();
        assertEquals(falseResets, received.get());
    }

    @Test
    void tickerStopAndResetNeverLeaveAStaleTick() {
        int goroutines = 8, cycles = 500;
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        WaitGroup wg = new WaitGroup();
        wg.add(goroutines);
        for (int g = 0; g < goroutines; g++) {
            Go.go(() -> {
                try {
                    Ticker ticker = Time.newTicker(Duration.ofNanos(1000));
                    for (int i = 0; i < cycles; i++) {
                        jitter();
                        ticker.stop();
                        if (ticker.c().tryRecv() != null) {
                            failures.add("tick after stop");
                        }
                        ticker.reset(Duration.ofHours(1));
                        if (ticker.c().tryRecv() != null) {
                            failures.add("tick after reset far away");
                        }
                        ticker.reset(Duration.ofNanos(ThreadLocalRandom.current().nextLong(1, 20_000)));
                    }
                    ticker.stop();
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
    }

    @Test
    void manyTimersEachDeliverExactlyOnce() {
        int n = 2000;
        WaitGroup wg = new WaitGroup();
        wg.add(n);
        AtomicInteger extra = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            Go.go(() -> {
                Timer t = Time.newTimer(Duration.ofNanos(ThreadLocalRandom.current().nextLong(0, 5_000_000)));
                Instant v = t.c().recv();
                if (v == null) {
                    extra.incrementAndGet();
                }
                wg.done();
                Time.sleep(Duration.ofMillis(5));
                if (t.c().tryRecv() != null) {
                    extra.incrementAndGet();
                }
            });
        }
        wg.await();
        sleepMillis(30);
        assertEquals(0, extra.get());
    }

    @Test
    void concurrentStopsOfOneTimerReportTrueOnce() {
        for (int round = 0; round < 200; round++) {
            Timer t = Time.newTimer(Duration.ofHours(1));
            AtomicInteger trues = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            wg.add(4);
            for (int g = 0; g < 4; g++) {
                Go.go(() -> {
                    if (t.stop()) {
                        trues.incrementAndGet();
                    }
                    wg.done();
                });
            }
            wg.await();
            assertEquals(1, trues.get());
        }
    }
}
