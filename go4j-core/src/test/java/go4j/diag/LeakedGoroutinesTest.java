package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.Interrupted;
import go4j.RecvChan;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.Teardown;
import go4j.sync.Mutex;
import go4j.sync.WaitGroup;
import go4j.time.Time;
import go4j.time.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.diag.DiagSupport.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go.leakedGoroutines: Go 1.26's goroutine leak profile. Each scenario runs in the main
 * goroutine of a Go.main program (torn down after it, which ends the leaked goroutines), builds its
 * goroutines in a method that returns, so that main's own frame holds nothing of them, waits
 * until they are parked, and asks. The classic leaks are found; goroutines that a running
 * goroutine, a platform thread, a pending timer or a goroutine that can itself be woken can
 * still reach are not.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LeakedGoroutinesTest {
    /** The leak profile as main sees it once {@code scenario} has left its goroutines parked. */
    private static List<String> leakedAfter(Runnable scenario) {
        AtomicReference<List<String>> out = new AtomicReference<>();
        program(() -> {
            scenario.run();
            awaitOthersParked();
            out.set(Go.leakedGoroutines());
        });
        return out.get();
    }

    /** Runs {@code body} as a Go.main program, then ends the goroutines it left behind. */
    private static void program(Runnable body) {
        AtomicReference<Program> p = new AtomicReference<>();
        try {
            Go.main(() -> {
                p.set(G.current().program());
                body.run();
            });
        } finally {
            if (p.get() != null) {
                Teardown.kill(p.get());
            }
        }
    }

    /**
     * Waits until every goroutine of the caller's program but the caller is parked in go4j
     * and unmounted (a goroutine still on its carrier is reachable from the carrier's Thread,
     * so it is, rightly, not yet leaked).
     */
    private static void awaitOthersParked() {
        G self = G.current();
        until("every other goroutine parked", () -> Goroutines.of(self.program()).stream()
                .allMatch(g -> g == self || parked(g)));
    }

    private static boolean parked(G g) {
        return g.waitReason() != null && g.thread().getState() == Thread.State.WAITING;
    }

    private static void assertLeaks(List<String> leaks, String... statuses) {
        assertEquals(statuses.length, leaks.size(), String.join("\n", leaks));
        for (int i = 0; i < statuses.length; i++) {
            assertTrue(leaks.get(i).matches("(?s)goroutine \\d+ \\[" + java.util.regex.Pattern.quote(statuses[i]) + "\\]:\n.*"),
                    leaks.get(i));
        }
    }

    // ---- the classic leaks ----

    private static RecvChan<Integer> numbers() {
        Chan<Integer> ch = new Chan<>();
        go(() -> {
            for (int i = 0; ; i++) {
                ch.send(i);
            }
        });
        return ch;
    }

    private static void takeThree() {
        RecvChan<Integer> n = numbers();
        for (int i = 0; i < 3; i++) {
            n.recv();
        }
    }

    @Test
    void abandonedGeneratorIsLeaked() {
        List<String> leaks = leakedAfter(LeakedGoroutinesTest::takeThree);
        assertLeaks(leaks, "chan send (leaked)");
        assertTrue(leaks.get(0).contains("LeakedGoroutinesTest.lambda$numbers$"), "the generator's frames: " + leaks.get(0));
    }

    @Test
    void dumpMarksTheLeakedGoroutineOnceFound() {
        AtomicReference<String> dump = new AtomicReference<>();
        program(() -> {
            takeThree();
            awaitOthersParked();
            String before = Go.stack(true);
            assertTrue(before.contains("[chan send]:"), before);
            Go.leakedGoroutines();
            dump.set(Go.stack(true));
        });
        assertTrue(dump.get().matches("(?s).*\n\ngoroutine 2 \\[chan send \\(leaked\\)\\]:\n.*"), dump.get());
    }

    private static void forgetWorker() {
        Chan<Integer> jobs = new Chan<>();
        go(() -> {
            for (Integer j : jobs) {
                assertTrue(j >= 0);
            }
        });
        jobs.send(1);
        jobs.send(2);
        // no jobs.close(): the worker waits for a third job forever
    }

    @Test
    void forgottenWorkerIsLeaked() {
        assertLeaks(leakedAfter(LeakedGoroutinesTest::forgetWorker), "chan receive (leaked)");
    }

    /**
     * Go's {@code for { select { case v := <-ch: ...; case <-time.After(d): ... } } } that gives
     * up: the timers fire and are gone, and the producer, whose value nobody reads any more,
     * is left in its send.
     */
    private static void pollWithTimeAfterThenGiveUp() {
        Chan<Integer> results = new Chan<>();
        Chan<Void> gaveUp = new Chan<>();
        go(() -> {
            gaveUp.recv(); // the slow producer: its result comes after the consumer gave up
            results.send(42);
        });
        for (int tries = 0; tries < 3; tries++) {
            Integer v = select(results.onRecv(x -> x), Time.after(Duration.ofMillis(5)).onRecv(t -> null));
            assertEquals(null, v);
        }
        gaveUp.close();
    }

    @Test
    void producerLeftByATimeAfterLoopIsLeaked() {
        assertLeaks(leakedAfter(LeakedGoroutinesTest::pollWithTimeAfterThenGiveUp), "chan send (leaked)");
    }

    private static void lockForever() {
        Mutex mu = new Mutex();
        mu.lock();
        go(mu::lock);
    }

    private static void waitForever() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        go(wg::await);
    }

    @Test
    void syncWaitersOnUnreachableObjectsAreLeaked() {
        assertLeaks(leakedAfter(() -> {
            lockForever();
            waitForever();
        }), "sync.Mutex.Lock (leaked)", "sync.WaitGroup.Wait (leaked)");
    }

    @Test
    void nilChannelAndEmptySelectAreLeaked() {
        assertLeaks(leakedAfter(() -> {
            go(() -> Chan.<Integer>nil().recv());
            go(() -> select());
        }), "chan receive (nil chan) (leaked)", "select (no cases) (leaked)");
    }

    /** A goroutine blocked on ch1 that holds ch2, on which another waits: ch1 is handed back. */
    private static Chan<Integer> chain() {
        Chan<Integer> ch1 = new Chan<>();
        Chan<Integer> ch2 = new Chan<>();
        go(() -> ch2.send(ch1.recv()));
        go(ch2::recv);
        return ch1;
    }

    @Test
    void goroutinesReachableOnlyFromLeakedOnesAreLeakedToo() {
        assertLeaks(leakedAfter(LeakedGoroutinesTest::chain), "chan receive (leaked)", "chan receive (leaked)");
    }

    // ---- not leaked ----

    @Test
    void goroutineReachableThroughAGoroutineThatCanBeWokenIsNotLeaked() {
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        program(() -> {
            Chan<Integer> ch1 = chain();
            awaitOthersParked();
            leaks.set(Go.leakedGoroutines());
            ch1.send(7); // main still holds ch1: both can be woken, and are
        });
        assertEquals(List.of(), leaks.get());
    }

    /**
     * The caller's own frames: main holds ch1 in a frame it has not returned to since its last
     * park, which a heap dump taken while main runs does not show (it stays in the virtual
     * thread's stack chunk). Without the dump taken while the caller waits, unmounted, both
     * goroutines of the chain read as leaked, every time.
     */
    @Test
    void goroutinesTheCallerHoldsInAFrameBelowAParkAreNotLeaked() {
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        program(() -> {
            Chan<Integer> ch1 = chain();
            awaitOthersParked();
            leaks.set(sleepThenAsk(20));
            ch1.send(7);
        });
        assertEquals(List.of(), leaks.get());
    }

    private static List<String> sleepThenAsk(int depth) {
        if (depth > 0) {
            return sleepThenAsk(depth - 1);
        }
        Time.sleep(Duration.ofMillis(5)); // parks: every frame below goes into the stack chunk
        return Go.leakedGoroutines();
    }

    @Test
    void goroutineARunningGoroutineCanReachIsNotLeaked() {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<List<String>> whileRunning = new AtomicReference<>();
        AtomicReference<List<String>> afterwards = new AtomicReference<>();
        program(() -> {
            startWaiterAndWorker(stop, () -> Time.sleep(Duration.ofMillis(1)));
            G self = G.current();
            until("the waiter parked", () -> Goroutines.of(self.program()).stream().anyMatch(LeakedGoroutinesTest::parked));
            whileRunning.set(Go.leakedGoroutines());
            stop.set(true);
            // The worker has ended (not merely parked in its sleep, where its frame still
            // holds the channel and its timer can wake it): nothing holds the channel now.
            until("the worker ended", () -> Goroutines.of(self.program()).size() == 2);
            awaitOthersParked();
            afterwards.set(Go.leakedGoroutines());
        });
        assertEquals(List.of(), whileRunning.get());
        assertLeaks(afterwards.get(), "chan receive (leaked)");
    }

    /**
     * A goroutine that never parks (it only yields) is mounted on its carrier at nearly every
     * dump, with the frames it has not returned to since it last resumed out of the dump's
     * sight: the finder must then say it cannot tell, never report the goroutine waiting on
     * the channel that the spinner holds.
     */
    @Test
    void goroutineASpinningGoroutineCanReachIsNeverReported() {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Object> outcome = new AtomicReference<>();
        program(() -> {
            startWaiterAndWorker(stop, Go::gosched);
            G self = G.current();
            until("the waiter parked", () -> Goroutines.of(self.program()).stream().anyMatch(LeakedGoroutinesTest::parked));
            try {
                outcome.set(Go.leakedGoroutines());
            } catch (IllegalStateException undecided) {
                outcome.set(undecided);
            } finally {
                stop.set(true);
            }
        });
        Object o = outcome.get();
        assertTrue(o.equals(List.of()) || o instanceof IllegalStateException e && e.getMessage().contains("undecided"),
                String.valueOf(o));
    }

    private static void startWaiterAndWorker(AtomicBoolean stop, Runnable work) {
        Chan<Integer> ch = new Chan<>();
        go(ch::recv);
        go(() -> {
            while (!stop.get()) {
                work.run(); // running (or sleeping), and holding ch in its frame
            }
            ch.len();
        });
    }

    @Test
    void goroutineAPlatformThreadCanReachIsNotLeaked() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        program(() -> {
            thread.set(startWaiterAndPlatformHolders(release));
            awaitOthersParked();
            leaks.set(Go.leakedGoroutines());
            release.countDown();
        });
        thread.get().join();
        assertEquals(List.of(), leaks.get());
    }

    /** Two waiters: one on a channel a platform thread holds in a local, one on a channel held in a field of its task. */
    private static Thread startWaiterAndPlatformHolders(CountDownLatch release) {
        Chan<Integer> inLocal = new Chan<>();
        go(inLocal::recv);
        Holder task = new Holder(release);
        go(task.inField::recv);
        AtomicReference<Chan<Integer>> handOff = new AtomicReference<>(inLocal);
        CountDownLatch taken = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            Chan<Integer> mine = handOff.getAndSet(null); // from now on only in this local
            taken.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mine.close();
        });
        Thread.ofPlatform().daemon().start(task);
        try {
            taken.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return t;
    }

    private static final class Holder implements Runnable {
        final Chan<Integer> inField = new Chan<>();
        private final CountDownLatch release;

        Holder(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void run() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inField.close();
        }
    }

    @Test
    void goroutineAPendingTimerCanWakeIsNotLeaked() {
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        program(() -> {
            Timer closer = waitersOnTimers();
            awaitOthersParked();
            leaks.set(Go.leakedGoroutines());
            closer.stop();
        });
        assertEquals(List.of(), leaks.get());
    }

    /** One waiter on a channel an afterFunc will close, one in a select with a time.After case. */
    private static Timer waitersOnTimers() {
        Chan<Integer> ch = new Chan<>();
        go(ch::recv);
        Chan<Integer> never = new Chan<>();
        go(() -> select(never.onRecv(), Time.after(Duration.ofHours(1)).onRecv()));
        return Time.afterFunc(Duration.ofHours(1), ch::close);
    }

    @Test
    void goroutineWhoseThreadIsHeldIsNotLeaked() {
        AtomicReference<Thread> held = new AtomicReference<>();
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        program(() -> {
            startInterruptible(held);
            until("the thread handed over", () -> held.get() != null);
            awaitOthersParked();
            leaks.set(Go.leakedGoroutines());
        });
        assertEquals(List.of(), leaks.get(), "whoever holds its Thread may interrupt it");
    }

    private static void startInterruptible(AtomicReference<Thread> held) {
        Chan<Integer> ch = new Chan<>();
        go(() -> {
            held.set(Thread.currentThread());
            try {
                ch.recv();
            } catch (Interrupted e) {
                // woken by an interrupt: what "not leaked" means here
            }
        });
    }

    /**
     * Goroutines starting, exchanging values and ending all the while: each answer is the one
     * real leak (or, when a dump caught one of them running with part of its stack frozen,
     * "undecided"), never one of them.
     */
    @Test
    void goroutinesComingAndGoingMeanwhileAreNeverReported() {
        AtomicBoolean stop = new AtomicBoolean();
        List<Object> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        program(() -> {
            takeThree();
            go(() -> churn(stop));
            for (int i = 0; i < 3; i++) {
                try {
                    answers.add(Go.leakedGoroutines());
                } catch (IllegalStateException undecided) {
                    answers.add(undecided);
                }
            }
            stop.set(true);
        });
        for (Object a : answers) {
            if (a instanceof IllegalStateException e) {
                assertTrue(e.getMessage().contains("undecided"), e.getMessage());
            } else {
                @SuppressWarnings("unchecked")
                List<String> leaks = (List<String>) a;
                assertLeaks(leaks, "chan send (leaked)");
                assertTrue(leaks.get(0).contains("lambda$numbers$"), leaks.get(0));
            }
        }
    }

    private static void churn(AtomicBoolean stop) {
        while (!stop.get()) {
            Chan<Integer> ping = new Chan<>();
            Chan<Integer> pong = new Chan<>(1);
            WaitGroup wg = new WaitGroup();
            wg.go(() -> {
                for (Integer v : ping) {
                    pong.send(v + 1);
                }
            });
            for (int i = 0; i < 100; i++) {
                ping.send(i);
                pong.recv();
            }
            ping.close();
            wg.await();
        }
    }

    @Test
    void aThreadThatIsNotAGoroutineSeesEveryProgramsLeaks() {
        AtomicReference<List<String>> leaks = new AtomicReference<>();
        CountDownLatch asked = new CountDownLatch(1);
        program(() -> {
            takeThree();
            awaitOthersParked();
            Thread t = Thread.ofPlatform().start(() -> {
                leaks.set(Go.leakedGoroutines());
                asked.countDown();
            });
            try {
                asked.await();
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(leaks.get().stream().anyMatch(e -> e.startsWith("goroutine 2 [chan send (leaked)]:")), String.valueOf(leaks.get()));
    }
}
