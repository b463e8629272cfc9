package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;
import go4j.internal.runtime.Timers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static go4j.time.TimeTesting.await;
import static go4j.time.TimeTesting.awaitCollected;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go 1.23: timers and tickers nobody refers to are garbage, even if never stopped, and their
 * heap entries go with them (Go's TestTimerGC). The objects are made in helper methods so
 * that no local of the test keeps them alive.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TimerGcTest {
    private static final Duration HOUR = Duration.ofHours(1);

    private record Refs(WeakReference<Object> owner, WeakReference<Object> chan, RuntimeTimer entry) {
    }

    private static Refs timer() {
        Timer t = Time.newTimer(HOUR);
        return new Refs(new WeakReference<>(t), new WeakReference<>(t.c()), t.runtimeTimer());
    }

    private static Refs ticker() {
        Ticker t = Time.newTicker(HOUR);
        return new Refs(new WeakReference<>(t), new WeakReference<>(t.c()), t.runtimeTimer());
    }

    private static Refs stoppedTimer() {
        Timer t = Time.newTimer(HOUR);
        t.stop();
        return new Refs(new WeakReference<>(t), new WeakReference<>(t.c()), t.runtimeTimer());
    }

    private static WeakReference<RecvChan<Instant>> after() {
        return new WeakReference<>(Time.after(HOUR));
    }

    private static WeakReference<RecvChan<Instant>> tick() {
        return new WeakReference<>(Time.tick(HOUR));
    }

    private static void assertGarbage(Refs r, String what) {
        awaitCollected(r.owner(), what);
        awaitCollected(r.chan(), what + "'s channel");
        await(() -> !r.entry().queued(), what + "'s heap entry removed");
    }

    @Test
    void unreferencedTimerIsGarbageWithItsHeapEntry() {
        Refs r = timer();
        assertTrue(r.entry().queued());
        assertGarbage(r, "timer");
    }

    @Test
    void unreferencedTickerIsGarbageWithItsHeapEntry() {
        Refs r = ticker();
        assertTrue(r.entry().queued());
        assertGarbage(r, "ticker");
    }

    @Test
    void stoppedTimerIsGarbage() {
        assertGarbage(stoppedTimer(), "stopped timer");
    }

    @Test
    void afterChannelNobodyReceivesFromIsGarbage() {
        awaitCollected(after(), "after channel");
    }

    @Test
    void tickChannelNobodyReceivesFromIsGarbage() {
        awaitCollected(tick(), "tick channel");
    }

    @Test
    void manyUnreferencedTimersLeaveTheHeap() {
        int n = 10_000;
        int before = Timers.pending();
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                Time.after(HOUR);
            } else {
                Time.newTicker(HOUR);
            }
        }
        assertTrue(Timers.pending() >= before + n / 2, "timers were armed");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Timers.pending() > before + 100) {
            assertTrue(System.nanoTime() < deadline, "heap still holds " + Timers.pending() + " timers");
            System.gc();
            TimeTesting.sleepMillis(10);
        }
    }

    @Test
    void goroutineBlockedOnAnAfterChannelKeepsItAlive() {
        // The heap holds the channel weakly: a receiver, holding it, must still be woken.
        Chan<Instant> got = new Chan<>(1);
        Go.go(() -> got.send(Time.after(Duration.ofMillis(200)).recv()));
        for (int i = 0; i < 10; i++) {
            System.gc();
            TimeTesting.sleepMillis(10);
        }
        assertNotNull(got.recv());
    }

    @Test
    void goroutineSelectingOnATickChannelKeepsItAlive() {
        Chan<Boolean> got = new Chan<>(1);
        Go.go(() -> {
            RecvChan<Instant> tick = Time.tick(Duration.ofMillis(50));
            for (int i = 0; i < 3; i++) {
                go4j.Go.select(tick.onRecv());
            }
            got.send(true);
        });
        for (int i = 0; i < 10; i++) {
            System.gc();
            TimeTesting.sleepMillis(10);
        }
        assertTrue(got.recv());
    }
}
