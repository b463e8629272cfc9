package go4j.internal.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimersTest {

    /** An entry that records the deadline it fired for. */
    private static final class Recorder extends Timers.Entry {
        final List<Long> fired;
        final CountDownLatch done;

        Recorder(List<Long> fired, CountDownLatch done) {
            this.fired = fired;
            this.done = done;
        }

        @Override
        protected void fire(long seq, long when, long now) {
            synchronized (fired) {
                fired.add(when);
            }
            done.countDown();
        }
    }

    /** Arms an entry that holds the timer thread in fire() until the returned latch opens. */
    private static CountDownLatch blockTimerThread() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Timers.arm(new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, Timers.nanotime());
        entered.await();
        return release;
    }

    @Test
    void entriesFireInDeadlineOrder() throws InterruptedException {
        int n = 2000;
        List<Long> fired = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(n);
        CountDownLatch release = blockTimerThread();
        long base = Timers.nanotime();
        for (int i = 0; i < n; i++) {
            // All due by the time the timer thread is released: the heap alone decides the order.
            Timers.arm(new Recorder(fired, done), base - ThreadLocalRandom.current().nextLong(1, 1_000_000));
        }
        assertTrue(Timers.verify());
        release.countDown();
        done.await();
        List<Long> sorted = new ArrayList<>(fired);
        Collections.sort(sorted);
        assertEquals(sorted, fired);
    }

    @Test
    void earlierTimerWakesTheThreadSleepingForALaterOne() throws InterruptedException {
        Timers.Handle far = Timers.schedule(3_600_000_000_000L, () -> {
        });
        TimeUnit.MILLISECONDS.sleep(20); // the timer thread now sleeps until the far deadline
        CountDownLatch near = new CountDownLatch(1);
        Timers.schedule(5_000_000, near::countDown);
        assertTrue(near.await(30, TimeUnit.SECONDS), "the near timer waited for the far one");
        far.cancel();
    }

    @Test
    void rearmingTheHeadEarlierWakesTheThread() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        Timers.Entry e = new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
                fired.countDown();
            }
        };
        Timers.arm(e, Timers.when(3_600_000_000_000L));
        TimeUnit.MILLISECONDS.sleep(20);
        Timers.arm(e, Timers.when(5_000_000));
        assertTrue(fired.await(30, TimeUnit.SECONDS));
    }

    private static java.lang.ref.WeakReference<Timers.Entry> armedThenDisarmedHead() throws InterruptedException {
        Timers.Entry e = new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
            }
        };
        // Most likely the earliest timer, so the thread sleeps until it: longer than the test
        // waits for the collection below, shorter than any timer other tests leave behind.
        Timers.arm(e, Timers.when(60_000_000_000L));
        TimeUnit.MILLISECONDS.sleep(20);
        Timers.disarm(e);
        return new java.lang.ref.WeakReference<>(e);
    }

    @Test
    void sleepingTimerThreadDoesNotKeepADisarmedEntryAlive() throws InterruptedException {
        java.lang.ref.WeakReference<Timers.Entry> ref = armedThenDisarmedHead();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ref.get() != null && System.nanoTime() < deadline) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertNull(ref.get(), "a disarmed entry was kept alive");
    }

    private static final class Watcher extends Timers.Entry {
        final java.lang.ref.WeakReference<Object> target;
        final CountDownLatch collected = new CountDownLatch(1);

        Watcher(Object target) {
            this.target = Timers.weakTarget(target, this);
        }

        @Override
        protected void fire(long seq, long when, long now) {
        }

        @Override
        protected void targetCollected() {
            Timers.disarm(this);
            collected.countDown();
        }
    }

    private static Watcher armedWatcherOfGarbage() {
        Watcher w = new Watcher(new Object());
        Timers.arm(w, Timers.when(3_600_000_000_000L));
        return w;
    }

    @Test
    void collectedWeakTargetOfAnArmedEntryIsReported() throws InterruptedException {
        Watcher w = armedWatcherOfGarbage();
        for (int i = 0; i < 3000 && w.collected.getCount() > 0; i++) {
            System.gc();
            w.collected.await(10, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, w.collected.getCount(), "targetCollected never called");
        assertFalse(w.queued());
    }

    @Test
    void heapInvariantHoldsUnderRandomArmAndDisarm() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        List<Timers.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(new Timers.Entry() {
                @Override
                protected void fire(long seq, long when, long now) {
                    throw new AssertionError("an hour-long timer fired");
                }
            });
        }
        long hour = Timers.when(3_600_000_000_000L);
        for (int round = 0; round < 20_000; round++) {
            Timers.Entry e = entries.get(rnd.nextInt(entries.size()));
            if (rnd.nextBoolean()) {
                Timers.arm(e, hour + rnd.nextLong(1_000_000_000L));
            } else {
                Timers.disarm(e);
            }
        }
        assertTrue(Timers.verify());
        for (Timers.Entry e : entries) {
            Timers.disarm(e);
            assertFalse(e.queued());
        }
        assertTrue(Timers.verify());
    }

    @Test
    void armAndDisarmReportWhetherTheEntryWasQueued() {
        Timers.Entry e = new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
            }
        };
        long later = Timers.when(3_600_000_000_000L);
        assertFalse(Timers.arm(e, later));
        assertTrue(Timers.arm(e, later + 1));
        assertTrue(Timers.disarm(e));
        assertFalse(Timers.disarm(e));
    }

    @Test
    void everyArmAndDisarmChangesSeq() {
        Timers.Entry e = new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
            }
        };
        long s0 = e.seq();
        Timers.arm(e, Timers.when(3_600_000_000_000L));
        long s1 = e.seq();
        Timers.disarm(e);
        long s2 = e.seq();
        Timers.disarm(e);
        long s3 = e.seq();
        assertTrue(s0 != s1 && s1 != s2 && s2 != s3);
    }

    @Test
    void firingReceivesTheSeqItWasArmedWith() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        long[] got = new long[2];
        Timers.Entry e = new Timers.Entry() {
            @Override
            protected void fire(long seq, long when, long now) {
                got[0] = seq;
                got[1] = seq();
                fired.countDown();
            }
        };
        Timers.arm(e, Timers.nanotime());
        fired.await();
        assertEquals(got[1], got[0]);
    }

    @Test
    void scheduledActionRunsOnceAndIsNoLongerPending() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Timers.Handle h = Timers.schedule(1_000_000, ran::countDown);
        ran.await();
        TimeUnit.MILLISECONDS.sleep(1); // let fire() return
        assertFalse(h.pending());
        assertFalse(h.cancel());
    }

    @Test
    void canceledActionNeverRuns() throws InterruptedException {
        // On a loaded machine the timer can fire before cancel() runs. cancel() then returns
        // false and the action runs exactly once; try again with a longer delay until a
        // cancel() wins, and check that action never runs, once its deadline has passed.
        for (long delay = 20_000_000; ; delay *= 2) {
            AtomicInteger runs = new AtomicInteger();
            Timers.Handle h = Timers.schedule(delay, runs::incrementAndGet);
            boolean canceled = h.cancel();
            assertFalse(h.pending());
            assertFalse(h.cancel());
            // One timer thread fires in deadline order: once this one has fired, h's
            // deadline has passed and h's action, had it run, has returned.
            CountDownLatch later = new CountDownLatch(1);
            Timers.schedule(2 * delay, later::countDown);
            later.await();
            if (canceled) {
                assertEquals(0, runs.get());
                return;
            }
            assertEquals(1, runs.get(), "cancel() returned false, so the action ran, once");
        }
    }

    @Test
    void canceledActionLeavesTheHeapAtOnce() {
        Timers.Handle h = Timers.schedule(3_600_000_000_000L, () -> {
        });
        assertTrue(h.queued());
        h.cancel();
        assertFalse(h.queued());
    }

    @Test
    void actionThatThrowsDoesNotStopTheTimerThread() throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        Timers.schedule(0, () -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.countDown());
            throw new IllegalStateException("boom");
        });
        reported.await();
        CountDownLatch ran = new CountDownLatch(1);
        Timers.schedule(0, () -> {
            Thread.currentThread().setUncaughtExceptionHandler(null); // back to the default report
            ran.countDown();
        });
        assertTrue(ran.await(30, TimeUnit.SECONDS));
    }

    @Test
    void nonPositiveDelayFiresAtOnce() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(2);
        Timers.schedule(0, ran::countDown);
        Timers.schedule(Long.MIN_VALUE, ran::countDown);
        assertTrue(ran.await(30, TimeUnit.SECONDS));
    }

    @Test
    void overflowingDelayNeverFires() {
        assertEquals(Long.MAX_VALUE, Timers.when(Long.MAX_VALUE));
        Timers.Handle h = Timers.schedule(Long.MAX_VALUE, () -> {
            throw new AssertionError("fired");
        });
        assertTrue(h.pending());
        assertTrue(h.cancel());
    }

    @Test
    void pendingCountsQueuedTimers() {
        int before = Timers.pending();
        Timers.Handle a = Timers.schedule(3_600_000_000_000L, () -> {
        });
        Timers.Handle b = Timers.schedule(3_600_000_000_000L, () -> {
        });
        assertTrue(Timers.pending() >= before + 2);
        a.cancel();
        b.cancel();
        assertTrue(Timers.pending() <= before);
    }

    @Test
    void mayWakeWhileAnActionIsPending() {
        Timers.Handle h = Timers.schedule(3_600_000_000_000L, () -> {
        });
        assertTrue(Timers.mayWake());
        h.cancel();
    }

    @Test
    void nanotimeIsNeverNegativeAndNeverGoesBack() {
        long prev = Timers.nanotime();
        assertTrue(prev >= 0);
        for (int i = 0; i < 1000; i++) {
            long t = Timers.nanotime();
            assertTrue(t >= prev);
            prev = t;
        }
    }
}
