package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.Received;
import go4j.RecvChan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static go4j.Go.defaultCase;
import static go4j.Go.select;
import static go4j.time.TimeTesting.await;
import static go4j.time.TimeTesting.awaitDelivered;
import static go4j.time.TimeTesting.sleepMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timers with channels: Go's time/sleep_test.go and tick_test.go (TestChan), Go 1.23 semantics. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimerTest {
    private static final Duration HOUR = Duration.ofHours(1);

    // ---- firing ----

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void afterDeliversNoEarlierThanTheDuration(TimeTesting.On on) {
        on.run(() -> {
            long start = System.nanoTime();
            Instant value = Time.after(Duration.ofMillis(50)).recv();
            assertNotNull(value);
            assertTrue(System.nanoTime() - start >= 50_000_000L, "fired early");
        });
    }

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void zeroDurationFiresAtOnce(TimeTesting.On on) {
        on.run(() -> assertNotNull(Time.after(Duration.ZERO).recv()));
    }

    @Test
    void expiredTimerHasItsValueReadyWhenNewTimerReturns() {
        // Go 1.23 runs an expired timer as soon as anyone looks at the channel, so a
        // non-blocking receive right after newTimer(0) or reset(0) gets the value.
        Timer t = Time.newTimer(Duration.ZERO);
        assertNotNull(t.c().tryRecv());
        assertFalse(t.reset(Duration.ZERO));
        assertNotNull(select(t.c().onRecv(), defaultCase(() -> null)));
    }

    @Test
    void negativeDurationFiresAtOnce() {
        assertNotNull(Time.after(Duration.ofNanos(Long.MIN_VALUE)).recv());
        assertNotNull(Time.after(Duration.ofSeconds(-5)).recv());
    }

    @Test
    void overflowingDurationNeverFires() {
        // Go's TestOverflowSleep: a huge timer neither fires nor holds up others.
        String r = select(
                Time.after(Duration.ofSeconds(Long.MAX_VALUE)).onRecv(t -> "huge"),
                Time.after(Duration.ofNanos(Long.MAX_VALUE)).onRecv(t -> "max"),
                Time.after(Duration.ofMillis(25)).onRecv(t -> "short"));
        assertEquals("short", r);
    }

    @Test
    void zeroTimerAlwaysFires() {
        // Go's TestZeroTimer (issue 44868), scaled down.
        for (int i = 0; i < 10_000; i++) {
            assertNotNull(Time.newTimer(Duration.ZERO).c().recv());
        }
    }

    @Test
    void timersFireInDeadlineOrder() {
        // Go's TestAfterQueuing: each value is the time its timer was due, so sorting the
        // values must sort the slots, whatever order the receivers ran in.
        int[] slots = {5, 3, 6, 6, 6, 1, 1, 2, 7, 9, 4, 8, 0};
        record Result(int slot, Instant t) {
        }
        Time.after(Duration.ZERO).recv(); // warm up the classes involved
        for (int attempt = 1; ; attempt++) {
            Duration delta = Duration.ofMillis(20L * attempt);
            @SuppressWarnings("unchecked")
            RecvChan<Instant>[] cs = new RecvChan[slots.length];
            long t0 = System.nanoTime();
            for (int i = 0; i < slots.length; i++) {
                // Deadlines from one base: t0 + slot * delta.
                cs[i] = Time.after(delta.multipliedBy(slots[i]).minusNanos(System.nanoTime() - t0));
            }
            if (System.nanoTime() - t0 > delta.toNanos() / 2 && attempt < 5) {
                continue; // the setup itself was slower than the gaps between deadlines: retry
            }
            Chan<Result> results = new Chan<>(slots.length);
            for (int i = 0; i < slots.length; i++) {
                int slot = slots[i];
                RecvChan<Instant> c = cs[i];
                Go.go(() -> results.send(new Result(slot, c.recv())));
            }
            List<Result> got = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                got.add(results.recv());
            }
            got.sort(Comparator.comparing(Result::t));
            for (int i = 1; i < got.size(); i++) {
                assertTrue(got.get(i - 1).slot() <= got.get(i).slot(), "out of order: " + got);
            }
            return;
        }
    }

    @Test
    void valueIsTheFiringTimeNotTheReceiveTime() {
        // Go's TestAfterTimes: a value received late still says when the timer fired.
        for (int attempt = 0; ; attempt++) {
            Instant start = Instant.now();
            RecvChan<Instant> c = Time.after(Duration.ofMillis(10));
            sleepMillis(500);
            Duration dt = Duration.between(start, c.recv());
            if (dt.compareTo(Duration.ofMillis(400)) < 0) {
                return;
            }
            assertTrue(attempt < 10, "after(10ms) value is +" + dt + " after start, want < 400ms");
        }
    }

    @Test
    void timerIsUsableInSelect() {
        Chan<String> never = new Chan<>();
        Timer t = Time.newTimer(Duration.ofMillis(5));
        String r = select(never.onRecv(v -> "value"), t.c().onRecv(now -> "timeout"));
        assertEquals("timeout", r);
    }

    @Test
    void selectWithDefaultDoesNotWaitForAPendingTimer() {
        Timer t = Time.newTimer(HOUR);
        assertEquals("default", select(t.c().onRecv(v -> "fired"), defaultCase(() -> "default")));
        t.stop();
    }

    // ---- the channel ----

    @Test
    void channelReportsLenAndCapZeroEvenWithAValueWaiting() {
        Timer t = Time.newTimer(Duration.ZERO);
        awaitDelivered(t);
        assertEquals(0, t.c().len());
        assertEquals(0, t.c().cap());
        assertNotNull(t.c().tryRecv());
    }

    @Test
    void oneShotTimerDeliversExactlyOnce() {
        Timer t = Time.newTimer(Duration.ZERO);
        assertNotNull(t.c().recv());
        sleepMillis(20);
        assertNull(t.c().tryRecv());
    }

    @Test
    void onlyOneOfTwoSelectingReceiversGetsTheValue() {
        Timer t = Time.newTimer(HOUR);
        Chan<Boolean> done = new Chan<>(2);
        Chan<Boolean> stop = new Chan<>();
        Chan<Boolean> exited = new Chan<>(2);
        for (int i = 0; i < 2; i++) {
            Go.go(() -> {
                select(t.c().onRecv(v -> {
                    done.send(true);
                    return null;
                }), stop.onRecv(v -> null));
                exited.send(true);
            });
        }
        await(() -> t.runtimeTimer().wouldWake(), "receivers blocked");
        assertNull(done.tryRecv());
        t.reset(Duration.ofMillis(1));
        assertTrue(done.recv());
        stop.close();
        exited.recv();
        exited.recv();
        assertNull(done.tryRecv(), "the value was received twice");
    }

    // ---- stop ----

    @Test
    void stopBeforeFiringReturnsTrueAndNothingArrives() {
        Timer t = Time.newTimer(Duration.ofMillis(20));
        assertTrue(t.stop());
        sleepMillis(60);
        assertNull(t.c().tryRecv());
    }

    @Test
    void secondStopReturnsFalse() {
        Timer t = Time.newTimer(HOUR);
        assertTrue(t.stop());
        assertFalse(t.stop());
    }

    @Test
    void stopAfterReceiveReturnsFalse() {
        Timer t = Time.newTimer(Duration.ZERO);
        t.c().recv();
        assertFalse(t.stop());
    }

    @Test
    void stopOfFiredButUnreceivedTimerReturnsTrueAndDropsTheValue() {
        // Go 1.23: "if the program has not received from t.C already and the timer is
        // running, Stop is guaranteed to return true", and nothing stale is received after.
        Timer t = Time.newTimer(Duration.ZERO);
        awaitDelivered(t);
        assertTrue(t.stop());
        assertNull(t.c().tryRecv());
    }

    @Test
    void stopDoesNotCloseTheChannel() {
        Timer t = Time.newTimer(HOUR);
        t.stop();
        assertNull(t.c().tryRecv(), "a receive after stop must block, not see a closed channel");
    }

    @Test
    void stopWhileAReceiverIsBlockedKeepsItBlocked() {
        Timer t = Time.newTimer(HOUR);
        Chan<Boolean> done = new Chan<>(1);
        Go.go(() -> {
            t.c().recv();
            done.send(true);
        });
        await(() -> t.runtimeTimer().wouldWake(), "receiver blocked");
        assertTrue(t.stop());
        sleepMillis(80);
        assertNull(done.tryRecv());
        t.reset(Duration.ZERO); // let it go
        assertTrue(done.recv());
    }

    // ---- reset ----

    @Test
    void resetOfPendingTimerReturnsTrue() {
        Timer t = Time.newTimer(HOUR);
        assertTrue(t.reset(HOUR));
        t.stop();
    }

    @Test
    void resetOfStoppedTimerReturnsFalseAndFiresAgain() {
        Timer t = Time.newTimer(HOUR);
        t.stop();
        assertFalse(t.reset(Duration.ZERO));
        assertNotNull(t.c().recv());
    }

    @Test
    void resetAfterReceiveReturnsFalseAndFiresAgain() {
        Timer t = Time.newTimer(Duration.ZERO);
        t.c().recv();
        assertFalse(t.reset(Duration.ZERO));
        assertNotNull(t.c().recv());
    }

    @Test
    void resetOfFiredButUnreceivedTimerReturnsTrueAndDropsTheStaleValue() {
        Timer t = Time.newTimer(Duration.ZERO);
        awaitDelivered(t);
        assertTrue(t.reset(HOUR));
        assertNull(t.c().tryRecv());
        t.stop();
    }

    @Test
    void resetLaterMeansTheOldDeadlineNeverDelivers() {
        // Go's testReset: whether the old deadline fired before the reset or not, nothing of
        // it is received after the reset, and the reset reports the timer as active.
        Timer t = Time.newTimer(Duration.ofMillis(10));
        sleepMillis(5);
        assertTrue(t.reset(HOUR));
        sleepMillis(40);
        assertNull(t.c().tryRecv());
        assertTrue(t.stop());
    }

    @Test
    void resetToThePastFiresAtOnce() {
        // Go's TestTimerModifiedEarlier: moving a timer earlier does not lose it.
        for (int i = 0; i < 200; i++) {
            Timer t = Time.newTimer(HOUR);
            for (int j = 0; j < 10; j++) {
                t.stop();
                t.reset(Duration.ofSeconds(-1_000_000));
            }
            assertNotNull(t.c().recv());
        }
    }

    @Test
    void resetFarAwayDoesNotWakeABlockedReceiverAndImminentResetDoes() {
        Timer t = Time.newTimer(HOUR);
        Chan<Boolean> done = new Chan<>(1);
        Go.go(() -> {
            t.c().recv();
            done.send(true);
        });
        await(() -> t.runtimeTimer().wouldWake(), "receiver blocked");
        t.reset(Duration.ofHours(2));
        sleepMillis(30);
        assertNull(done.tryRecv());
        t.reset(Duration.ofNanos(1));
        assertTrue(done.recv());
        assertNull(t.c().tryRecv(), "a one-shot timer sent twice");
    }

    @Test
    void randomMovesOfManyTimersLoseNoFiring() {
        // Go's TestAdjustTimers (issue 47762), on channel timers.
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int n = 100;
        Timer[] timers = new Timer[n];
        int[] states = new int[n];
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            live.add(i);
        }
        while (!live.isEmpty()) {
            int k = rnd.nextInt(live.size());
            int i = live.get(k);
            Timer t = timers[i];
            switch (states[i]++) {
                case 0 -> timers[i] = Time.newTimer(Duration.ZERO);
                case 1 -> assertNotNull(t.c().recv()); // now idle
                case 2 -> assertFalse(t.reset(Duration.ofMinutes(1)), "shouldn't be active (1)");
                case 4 -> assertFalse(t.reset(Duration.ofMinutes(3)), "shouldn't be active (3)");
                case 6 -> assertFalse(t.reset(Duration.ofMinutes(2)), "shouldn't be active (2)");
                case 3, 5, 7 -> assertTrue(t.stop(), "a pending, unreceived timer must stop");
                case 8 -> assertFalse(t.reset(Duration.ZERO), "reset returned true");
                case 9 -> assertNotNull(t.c().recv());
                default -> live.remove(k);
            }
        }
    }

    // ---- who may use it ----

    @ParameterizedTest
    @EnumSource(TimeTesting.On.class)
    void stopAndResetWorkFromAnyThread(TimeTesting.On on) {
        Timer t = Time.newTimer(HOUR);
        on.run(() -> {
            assertTrue(t.reset(Duration.ZERO));
            assertNotNull(t.c().recv());
            assertFalse(t.stop());
        });
    }

    @Test
    void blockedReceiverMakesTheTimerAbleToWakeAGoroutine() {
        // Deadlock detection's view (Go 1.23): a channel timer counts only while someone waits.
        Timer t = Time.newTimer(HOUR);
        assertFalse(t.runtimeTimer().wouldWake());
        Chan<Received<Instant>> got = new Chan<>(1);
        Go.go(() -> got.send(t.c().recvOk()));
        await(() -> t.runtimeTimer().wouldWake(), "receiver blocked");
        t.reset(Duration.ZERO);
        assertTrue(got.recv().ok());
        assertFalse(t.runtimeTimer().wouldWake());
    }

    // ---- bad input ----

    @Test
    void nullDurationIsRejected() {
        assertThrows(NullPointerException.class, () -> Time.newTimer(null));
        assertThrows(NullPointerException.class, () -> Time.after(null));
        Timer t = Time.newTimer(HOUR);
        assertThrows(NullPointerException.class, () -> t.reset(null));
        assertTrue(t.stop(), "a rejected reset must leave the timer as it was");
    }

    @Test
    void afterReturnsTheTimersChannel() {
        Timer t = Time.newTimer(HOUR);
        assertSame(t.c(), t.c());
        t.stop();
    }
}
