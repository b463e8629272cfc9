package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static go4j.time.TimeTesting.await;
import static go4j.time.TimeTesting.sleepMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** time.AfterFunc: Go's TestAfterFunc, TestAfterStop, TestTimerStopStress, TestAfterFuncStarvation. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AfterFuncTest {

    @Test
    void funcRunsInItsOwnGoroutine() {
        Chan<G> ran = new Chan<>(1);
        Time.afterFunc(Duration.ZERO, () -> ran.send(G.current()));
        G g = ran.recv();
        assertNotNull(g, "afterFunc must run f in a goroutine, not on the timer thread");
        assertNotEquals(Thread.currentThread(), g.thread());
    }

    @Test
    void funcsCanScheduleFuncsAndSleepWithoutBlockingTheTimers() {
        // Go's TestAfterFunc: each f schedules the next and then sleeps a second; the chain
        // only finishes quickly if f does not run on the timer thread.
        AtomicInteger i = new AtomicInteger(10);
        Chan<Boolean> c = new Chan<>();
        Runnable[] f = new Runnable[1];
        f[0] = () -> {
            if (i.decrementAndGet() >= 0) {
                Time.afterFunc(Duration.ZERO, f[0]);
                Time.sleep(Duration.ofSeconds(1));
            } else {
                c.send(true);
            }
        };
        Time.afterFunc(Duration.ZERO, f[0]);
        assertTrue(c.recv());
    }

    @Test
    void funcGoroutineBelongsToTheCreatorsProgram() {
        AtomicReference<Program> creator = new AtomicReference<>();
        AtomicReference<Program> runner = new AtomicReference<>();
        Go.main(() -> {
            creator.set(G.current().program());
            Chan<Boolean> done = new Chan<>();
            Time.afterFunc(Duration.ZERO, () -> {
                runner.set(G.current().program());
                done.send(true);
            });
            done.recv();
        });
        assertNotNull(creator.get());
        assertSame(creator.get(), runner.get());
    }

    @Test
    void stopBeforeFiringReturnsTrueAndFuncNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        Timer t = Time.afterFunc(Duration.ofMillis(200), () -> ran.set(true));
        assertTrue(t.stop());
        sleepMillis(300);
        assertFalse(ran.get());
        assertFalse(t.stop(), "stop returned true twice");
    }

    @Test
    void stopAfterFiringReturnsFalse() {
        Chan<Boolean> ran = new Chan<>(1);
        Timer t = Time.afterFunc(Duration.ZERO, () -> ran.send(true));
        ran.recv();
        assertFalse(t.stop());
    }

    @Test
    void resetOfPendingFuncReturnsTrueAndRunsItOnce() {
        AtomicInteger runs = new AtomicInteger();
        Timer t = Time.afterFunc(Duration.ofHours(1), runs::incrementAndGet);
        assertTrue(t.reset(Duration.ZERO));
        await(() -> runs.get() == 1, "f ran");
        sleepMillis(20);
        assertEquals(1, runs.get());
    }

    @Test
    void resetOfFiredFuncReturnsFalseAndRunsItAgain() {
        AtomicInteger runs = new AtomicInteger();
        Timer t = Time.afterFunc(Duration.ZERO, runs::incrementAndGet);
        await(() -> runs.get() == 1, "f ran");
        assertFalse(t.reset(Duration.ZERO));
        await(() -> runs.get() == 2, "f ran again");
    }

    @Test
    void resetOfStoppedFuncReturnsFalseAndRunsIt() {
        AtomicInteger runs = new AtomicInteger();
        Timer t = Time.afterFunc(Duration.ofHours(1), runs::incrementAndGet);
        t.stop();
        assertFalse(t.reset(Duration.ZERO));
        await(() -> runs.get() == 1, "f ran");
    }

    @Test
    void funcTimerChannelIsTheNilChannel() {
        Timer t = Time.afterFunc(Duration.ofHours(1), () -> {
        });
        assertSame(Chan.nil(), t.c());
        assertNull(t.c().tryRecv());
        t.stop();
    }

    @Test
    void unreferencedFuncTimerStillFires() {
        Chan<Boolean> ran = new Chan<>(1);
        Time.afterFunc(Duration.ofMillis(30), () -> ran.send(true));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        assertTrue(ran.recv());
    }

    @Test
    void stopResultMatchesWhetherFuncRan() {
        // Go's TestTimerStopStress, made exact: stop returns true iff f never runs.
        int n = 200;
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger falseStops = new AtomicInteger();
        go4j.sync.WaitGroup wg = new go4j.sync.WaitGroup();
        wg.add(n);
        for (int i = 0; i < n; i++) {
            long delay = i % 20 * 100_000L;
            Go.go(() -> {
                Timer t = Time.afterFunc(Duration.ofNanos(delay), runs::incrementAndGet);
                Time.sleep(Duration.ofNanos(delay));
                if (!t.stop()) {
                    falseStops.incrementAndGet();
                }
                wg.done();
            });
        }
        wg.await();
        await(() -> runs.get() == falseStops.get(), "every f that was not stopped ran");
        sleepMillis(20);
        assertEquals(falseStops.get(), runs.get(), "a stopped f ran");
    }

    @Test
    void funcIsNotStarvedByBusyGoroutines() {
        // Go's TestAfterFuncStarvation (issue 65178), with GOMAXPROCS=1.
        int prev = Go.gomaxprocs(1);
        try {
            AtomicBoolean stop = new AtomicBoolean();
            Chan<Boolean> c = new Chan<>(1);
            go4j.sync.WaitGroup wg = new go4j.sync.WaitGroup();
            wg.add(2);
            Go.go(() -> {
                while (!stop.get()) {
                    c.send(true);
                }
                c.close();
                wg.done();
            });
            Go.go(() -> {
                for (Boolean ignored : c) {
                    // drain
                }
                wg.done();
            });
            Time.afterFunc(Duration.ofNanos(1000), () -> stop.set(true));
            wg.await();
        } finally {
            Go.gomaxprocs(prev);
        }
    }

    @Test
    void nullFuncIsRejected() {
        assertThrows(NullPointerException.class, () -> Time.afterFunc(Duration.ZERO, null));
        assertThrows(NullPointerException.class, () -> Time.afterFunc(null, () -> {
        }));
    }
}
