package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.RecvChan;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static go4j.time.TimeTesting.await;
import static go4j.time.TimeTesting.sleepMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tickers: Go's time/tick_test.go and the Ticker half of TestChan, Go 1.23 semantics. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TickerTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void tickerDeliversRepeatedly(TimeTesting.On on) {
        on.run(() -> {
            Ticker ticker = Time.newTicker(Duration.ofMillis(2));
            Instant prev = null;
            for (int i = 0; i < 5; i++) {
                Instant t = ticker.c().recv();
                assertNotNull(t);
                assertTrue(prev == null || !t.isBefore(prev), "ticks went back in time");
                prev = t;
            }
            ticker.stop();
        });
    }

    @Test
    void tickerSendsNothingAfterStop() {
        // Go's TestTicker tail: after Stop, no tick, however long we wait.
        Ticker ticker = Time.newTicker(Duration.ofMillis(1));
        ticker.c().recv();
        ticker.stop();
        sleepMillis(20);
        assertNull(ticker.c().tryRecv());
    }

    @Test
    void stopDropsATickNotYetReceived() {
        Ticker ticker = Time.newTicker(Duration.ofMillis(1));
        sleepMillis(20); // a tick is surely waiting by now, and later ones were dropped
        ticker.stop();
        assertNull(ticker.c().tryRecv());
    }

    @Test
    void resetRestartsAStoppedTicker() {
        Ticker ticker = Time.newTicker(HOUR);
        ticker.stop();
        ticker.reset(Duration.ofMillis(1));
        assertNotNull(ticker.c().recv());
        assertNotNull(ticker.c().recv());
        ticker.stop();
    }

    @Test
    void resetFarAwayDropsAWaitingTickAndDelaysTheNext() {
        Ticker ticker = Time.newTicker(Duration.ofMillis(1));
        sleepMillis(10);
        ticker.reset(HOUR);
        sleepMillis(20);
        assertNull(ticker.c().tryRecv());
        ticker.stop();
    }

    @Test
    void imminentResetWakesABlockedReceiver() {
        Ticker ticker = Time.newTicker(HOUR);
        Chan<Boolean> done = new Chan<>(1);
        Go.go(() -> {
            ticker.c().recv();
            done.send(true);
        });
        await(() -> ticker.runtimeTimer().wouldWake(), "receiver blocked");
        ticker.reset(Duration.ofNanos(1));
        assertTrue(done.recv());
        ticker.stop();
    }

    @Test
    void slowReceiverGetsOneTickThenANewOneNotABacklog() {
        // "The ticker will adjust the time interval or drop ticks to make up for slow
        // receivers": after a long pause the buffered tick is an old one, and the next is
        // a fresh one, not the backlog of ticks missed during the pause.
        Duration period = Duration.ofMillis(10);
        Ticker ticker = Time.newTicker(period);
        Duration pause = Duration.ofMillis(300);
        Time.sleep(pause);
        Instant t1 = ticker.c().recv();
        Instant t2 = ticker.c().recv();
        ticker.stop();
        Duration gap = Duration.between(t1, t2);
        assertTrue(gap.compareTo(pause.minus(period.multipliedBy(3))) >= 0,
                "ticks were queued for the slow receiver: gap " + gap);
    }

    @Test
    void tickValueIsTheTickTimeNotTheReceiveTime() {
        // Go's TestTickTimes.
        for (int attempt = 0; ; attempt++) {
            Instant start = Instant.now();
            Ticker ticker = Time.newTicker(Duration.ofMillis(10));
            sleepMillis(500);
            Duration dt = Duration.between(start, ticker.c().recv());
            ticker.stop();
            if (dt.compareTo(Duration.ofMillis(400)) < 0) {
                return;
            }
            assertTrue(attempt < 10, "tick(10ms) value is +" + dt + " after start, want < 400ms");
        }
    }

    @Test
    void nextTickSkipsMissedPeriods() {
        assertEquals(110, ChanTimer.next(100, 100, 10));
        assertEquals(110, ChanTimer.next(100, 105, 10));
        assertEquals(160, ChanTimer.next(100, 150, 10));
        assertEquals(160, ChanTimer.next(100, 159, 10));
    }

    @Test
    void nextTickSaturatesInsteadOfOverflowing() {
        // Go's TestOverflowPeriodRuntimeTimer: a huge period must not wrap around to the past.
        assertEquals(Long.MAX_VALUE, ChanTimer.next(100, 100, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, ChanTimer.next(Long.MAX_VALUE - 5, Long.MAX_VALUE - 5, 10));
    }

    @Test
    void hugePeriodNeverTicks() {
        Ticker ticker = Time.newTicker(Duration.ofSeconds(Long.MAX_VALUE));
        sleepMillis(20);
        assertNull(ticker.c().tryRecv());
        ticker.stop();
    }

    @Test
    void channelReportsLenAndCapZero() {
        Ticker ticker = Time.newTicker(Duration.ofMillis(1));
        sleepMillis(10);
        assertEquals(0, ticker.c().len());
        assertEquals(0, ticker.c().cap());
        ticker.stop();
    }

    @Test
    void tickerSurvivesGcStress() {
        // Go's TestTickerStress: ticks keep coming while the collector runs.
        AtomicBoolean stop = new AtomicBoolean();
        Go.go(() -> {
            while (!stop.get()) {
                System.gc();
                Time.sleep(Duration.ofNanos(1));
            }
        });
        Ticker ticker = Time.newTicker(Duration.ofNanos(1));
        for (int i = 0; i < 100; i++) {
            ticker.c().recv();
        }
        ticker.stop();
        stop.set(true);
    }

    @Test
    void manyReceiversShareOneTicker() {
        // Go's TestTickerConcurrentStress.
        Ticker ticker = Time.newTicker(Duration.ofNanos(1));
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 10; g++) {
            wg.add(1);
            Go.go(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        ticker.c().recv();
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ticker.stop();
    }

    @Test
    void tearingDownTickersDoesNotDeadlock() {
        // Go's TestTeardown.
        for (int i = 0; i < 3; i++) {
            Ticker ticker = Time.newTicker(Duration.ofMillis(20));
            ticker.c().recv();
            ticker.stop();
        }
    }

    // ---- tick ----

    @Test
    void tickDeliversRepeatedly() {
        RecvChan<Instant> c = Time.tick(Duration.ofMillis(1));
        assertNotNull(c.recv());
        assertNotNull(c.recv());
    }

    @Test
    void tickWithNonPositiveDurationReturnsTheNilChannel() {
        assertSame(Chan.nil(), Time.tick(Duration.ZERO));
        assertSame(Chan.nil(), Time.tick(Duration.ofNanos(-1)));
        assertNull(Time.tick(Duration.ofSeconds(-1)).tryRecv());
    }

    // ---- bad input ----

    @Test
    void newTickerWithZeroPanics() {
        Panic p = assertThrows(Panic.class, () -> Time.newTicker(Duration.ZERO));
        assertEquals("non-positive interval for NewTicker", p.getMessage());
    }

    @Test
    void newTickerWithNegativePanics() {
        Panic p = assertThrows(Panic.class, () -> Time.newTicker(Duration.ofNanos(-1)));
        assertEquals("non-positive interval for NewTicker", p.getMessage());
        p = assertThrows(Panic.class, () -> Time.newTicker(Duration.ofSeconds(Long.MIN_VALUE)));
        assertEquals("non-positive interval for NewTicker", p.getMessage());
    }

    @Test
    void resetWithNonPositivePanicsAndLeavesTheTickerAsItWas() {
        Ticker ticker = Time.newTicker(Duration.ofMillis(1));
        Panic p = assertThrows(Panic.class, () -> ticker.reset(Duration.ZERO));
        assertEquals("non-positive interval for Ticker.Reset", p.getMessage());
        p = assertThrows(Panic.class, () -> ticker.reset(Duration.ofMillis(-1)));
        assertEquals("non-positive interval for Ticker.Reset", p.getMessage());
        assertNotNull(ticker.c().recv(), "the ticker still ticks");
        ticker.stop();
    }

    @Test
    void nullDurationIsRejected() {
        assertThrows(NullPointerException.class, () -> Time.newTicker(null));
        assertThrows(NullPointerException.class, () -> Time.tick(null));
        Ticker ticker = Time.newTicker(HOUR);
        assertThrows(NullPointerException.class, () -> ticker.reset(null));
        ticker.stop();
    }
}
