package go4j.time;

import go4j.Chan;
import go4j.Interrupted;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static go4j.Go.select;
import static go4j.time.TimeTesting.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** time.Sleep: Go's TestSleep, TestSleepZeroDeadlock, TestOverflowSleep. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SleepTest {

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void sleepLastsAtLeastTheDuration(TimeTesting.On on) {
        on.run(() -> {
            long start = System.nanoTime();
            Time.sleep(Duration.ofMillis(50));
            assertTrue(System.nanoTime() - start >= 50_000_000L, "woke early");
        });
    }

    @Test
    void zeroAndNegativeSleepReturnAtOnce() {
        Time.sleep(Duration.ZERO);
        Time.sleep(Duration.ofNanos(-1));
        Time.sleep(Duration.ofSeconds(Long.MIN_VALUE));
    }

    @Test
    void sleepZeroUnderGcDoesNotHang() {
        // Go's TestSleepZeroDeadlock.
        Chan<Boolean> c = new Chan<>();
        go4j.Go.go(() -> {
            for (int i = 0; i < 20; i++) {
                System.gc();
            }
            c.send(true);
        });
        for (int i = 0; i < 100; i++) {
            Time.sleep(Duration.ZERO);
            Chan<Boolean> tmp = new Chan<>(1);
            tmp.send(true);
            tmp.recv();
        }
        c.recv();
    }

    @Test
    void hugeSleepNeitherReturnsNorHoldsUpOtherTimers() {
        Chan<String> woke = new Chan<>(1);
        G g = Goroutines.go(() -> {
            try {
                Time.sleep(Duration.ofSeconds(Long.MAX_VALUE));
                woke.send("returned");
            } catch (Interrupted e) {
                woke.send("interrupted");
            }
        });
        String r = select(woke.onRecv(), Time.after(Duration.ofMillis(25)).onRecv(t -> "timer"));
        assertEquals("timer", r);
        g.thread().interrupt();
        assertEquals("interrupted", woke.recv());
    }

    @Test
    void sleepingGoroutineWaitsForReasonSleep() {
        G g = Goroutines.go(() -> {
            try {
                Time.sleep(Duration.ofHours(1));
            } catch (Interrupted ignored) {
                // how the test ends it
            }
        });
        await(() -> g.waitReason() == WaitReason.SLEEP, "goroutine sleeping");
        assertFalse(WaitReason.SLEEP.asleep, "a sleeper is awake for deadlock detection");
        assertTrue(go4j.Go.stack(true).contains("goroutine " + g.id + " [sleep]:"));
        g.thread().interrupt();
    }

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void interruptedSleepThrowsAndKeepsTheFlag(TimeTesting.On on) {
        on.run(() -> {
            Thread self = Thread.currentThread();
            Time.afterFunc(Duration.ofMillis(10), self::interrupt);
            Interrupted e = assertThrows(Interrupted.class, () -> Time.sleep(Duration.ofHours(1)));
            assertEquals("sleep interrupted", e.getMessage());
            assertTrue(Thread.interrupted());
        });
    }

    @Test
    void sleepWithTheFlagAlreadySetThrowsAtOnce() {
        Thread.currentThread().interrupt();
        assertThrows(Interrupted.class, () -> Time.sleep(Duration.ofHours(1)));
        assertTrue(Thread.interrupted());
    }

    @Test
    void manySleepersAllWake() {
        // Go's BenchmarkSleep1000 shape, as a test: every sleeper wakes.
        int n = 1000;
        go4j.sync.WaitGroup wg = new go4j.sync.WaitGroup();
        wg.add(n);
        for (int i = 0; i < n; i++) {
            long ns = i % 50 * 10_000L;
            go4j.Go.go(() -> {
                Time.sleep(Duration.ofNanos(ns));
                wg.done();
            });
        }
        wg.await();
    }

    @Test
    void nullDurationIsRejected() {
        assertThrows(NullPointerException.class, () -> Time.sleep(null));
    }
}
