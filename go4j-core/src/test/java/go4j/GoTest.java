package go4j;

import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;
import go4j.sync.Mutex;
import go4j.sync.RWMutex;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static go4j.Go.go;
import static go4j.Go.goexit;
import static go4j.Go.gomaxprocs;
import static go4j.Go.gosched;
import static go4j.Go.numGoroutine;
import static go4j.Go.select;
import static go4j.Go.stack;
import static go4j.TestSupport.assertPanics;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnPlatform;
import static go4j.TestSupport.spawnVoid;
import static go4j.TestSupport.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The builtins of {@link Go}: go, goexit, numGoroutine, main, stack, gomaxprocs, gosched.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GoTest {

    // ---- go ----

    @Test
    void goWithNullBodyThrowsNullPointerExceptionAtTheCallSite() {
        Thread caller = Thread.currentThread();
        var e = assertThrows(NullPointerException.class, () -> go(null));
        boolean fromHere = false;
        for (StackTraceElement f : e.getStackTrace()) {
            fromHere |= f.getClassName().startsWith(GoTest.class.getName());
        }
        assertTrue(fromHere, "thrown in the caller's thread, through this test's frames");
        assertSame(caller, Thread.currentThread());
    }

    @Test
    void goRunsTheBodyOnANewVirtualThreadAsAGoroutine() {
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        CompletableFuture<G> g = new CompletableFuture<>();
        go(() -> {
            thread.complete(Thread.currentThread());
            g.complete(G.current());
        });
        assertNotEquals(Thread.currentThread(), thread.join());
        assertTrue(thread.join().isVirtual());
        assertNotNull(g.join(), "the body runs as a goroutine");
        assertFalse(g.join().main);
    }

    @Test
    void aGoroutineThatSetsItsOwnUncaughtExceptionHandlerStaysAGoroutine() {
        // go4j keeps a goroutine's G in its thread's handler slot (see G): setting a handler,
        // or null, must not make go4j forget the goroutine, and the handler set is the one seen.
        Thread.UncaughtExceptionHandler mine = (t, e) -> { };
        Chan<String> c = new Chan<>();
        var s = spawn(() -> {
            G g = G.current();
            Thread self = Thread.currentThread();
            self.setUncaughtExceptionHandler(mine);
            boolean sameWithMine = g != null && G.current() == g;
            boolean mineSeen = self.getUncaughtExceptionHandler() == mine;
            String got = c.recv(); // parks as a goroutine: its wait reason is visible
            self.setUncaughtExceptionHandler(null);
            boolean sameWithNone = g != null && G.current() == g;
            boolean groupSeen = self.getUncaughtExceptionHandler() == self.getThreadGroup();
            return List.of(sameWithMine, mineSeen, got, sameWithNone, groupSeen);
        });
        until("blocked in chan receive", () -> s.g() != null && s.g().waitReason() == WaitReason.CHAN_RECEIVE);
        c.send("hello");
        assertEquals(List.of(true, true, "hello", true, true), s.join());
    }

    @Test
    void threadsGo4jDidNotStartAreNotGoroutinesWhateverTheirHandler() throws Exception {
        assertNull(G.current(), "the test's own thread");
        Thread.UncaughtExceptionHandler mine = (t, e) -> { };
        AtomicReference<Object> onPlatform = new AtomicReference<>("unset");
        Thread p = Thread.ofPlatform().unstarted(() -> onPlatform.set(G.current()));
        p.setUncaughtExceptionHandler(mine);
        p.start();
        p.join();
        AtomicReference<Object> onVirtual = new AtomicReference<>("unset");
        Thread v = Thread.ofVirtual().unstarted(() -> onVirtual.set(G.current()));
        v.setUncaughtExceptionHandler(mine);
        v.start();
        v.join();
        assertNull(onPlatform.get());
        assertNull(onVirtual.get());
    }

    @Test
    void aThreadGivenAGoroutinesHandlerIsNotThatGoroutine() {
        var s = spawn(() -> {
            Thread.UncaughtExceptionHandler h = Thread.currentThread().getUncaughtExceptionHandler();
            AtomicReference<Object> seen = new AtomicReference<>("unset");
            Thread other = Thread.ofVirtual().uncaughtExceptionHandler(h).unstarted(() -> seen.set(G.current()));
            other.start();
            other.join();
            return new Object[] {h, seen.get()};
        });
        Object[] r = s.join();
        assertSame(s.g(), r[0], "the goroutine's handler is its G");
        assertNull(r[1], "another thread with that handler is not the goroutine");
    }

    @Test
    void aGoroutinesHandlerPassesAnExceptionOnAsItsThreadGroupWould() throws Exception {
        // What a goroutine's thread reports before its code sets a handler: go4j's, standing
        // for none (the default handler, else the JDK's report).
        var s = spawn(() -> Thread.currentThread().getUncaughtExceptionHandler());
        Thread.UncaughtExceptionHandler h = s.join();
        assertSame(s.g(), h);
        AtomicReference<Throwable> got = new AtomicReference<>();
        Thread.UncaughtExceptionHandler saved = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> got.set(e));
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            Thread other = Thread.ofVirtual().unstarted(() -> { });
            h.uncaughtException(other, boom);
            assertSame(boom, got.get());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(saved);
        }
    }

    @Test
    void goroutineIdsAreUniqueAndAboveTheMainGoroutinesOne() {
        Map<Long, Boolean> ids = new ConcurrentHashMap<>();
        WaitGroup wg = new WaitGroup();
        wg.add(100);
        for (int i = 0; i < 100; i++) {
            go(() -> {
                ids.put(G.current().id, true);
                wg.done();
            });
        }
        wg.await();
        assertEquals(100, ids.size());
        assertTrue(ids.keySet().stream().allMatch(id -> id > 1));
    }

    @Test
    void tenThousandGoroutinesCanAllBeBlockedAtOnce() {
        int n = 10_000;
        Chan<Integer> release = new Chan<>();
        WaitGroup started = new WaitGroup();
        WaitGroup finished = new WaitGroup();
        started.add(n);
        finished.add(n);
        for (int i = 0; i < n; i++) {
            go(() -> {
                started.done();
                release.recv();
                finished.done();
            });
        }
        started.await();
        release.close();
        finished.await();
    }

    // ---- goexit ----

    @Test
    void goexitRunsFinallyBlocksInnermostFirstAndSkipsTheRest() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        AtomicReference<Thread> t = new AtomicReference<>();
        Chan<Void> done = new Chan<>(1);
        go(() -> {
            t.set(Thread.currentThread());
            try {
                try {
                    order.add("body");
                    goexit();
                    order.add("after goexit");
                } finally {
                    order.add("inner finally");
                }
                order.add("after inner try");
            } finally {
                order.add("outer finally");
                done.send(null);
            }
        });
        done.recv();
        t.get().join();
        assertEquals(List.of("body", "inner finally", "outer finally"), order);
    }

    @Test
    void goexitEndsOnlyTheCallingGoroutine() throws Exception {
        Chan<String> c = new Chan<>();
        AtomicReference<Thread> exiting = new AtomicReference<>();
        go(() -> {
            exiting.set(Thread.currentThread());
            goexit();
        });
        var other = spawn(() -> {
            c.send("still here");
            return c.recv();
        });
        until("the exiting goroutine was started", () -> exiting.get() != null);
        exiting.get().join();
        assertEquals("still here", c.recv());
        c.send("and working");
        assertEquals("and working", other.join());
    }

    @Test
    void goexitIsNotStoppedByCatchException() throws Exception {
        AtomicBoolean caught = new AtomicBoolean();
        AtomicBoolean after = new AtomicBoolean();
        AtomicReference<Thread> t = new AtomicReference<>();
        go(() -> {
            t.set(Thread.currentThread());
            try {
                goexit();
            } catch (Exception e) {
                caught.set(true);
            }
            after.set(true);
        });
        until("started", () -> t.get() != null);
        t.get().join();
        assertFalse(caught.get());
        assertFalse(after.get());
    }

    @Test
    void goexitEndsTheGoroutineWithoutAnUncaughtExceptionReport() throws Exception {
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        AtomicReference<Thread> t = new AtomicReference<>();
        go(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((th, e) -> uncaught.set(e));
            t.set(Thread.currentThread());
            goexit();
        });
        until("started", () -> t.get() != null);
        t.get().join();
        assertEquals(null, uncaught.get());
    }

    @Test
    void goexitOutsideAGoroutineThrowsIllegalStateException() {
        assertThrows(IllegalStateException.class, Go::goexit);
    }

    // ---- numGoroutine ----

    @Test
    void numGoroutineCountsLiveGoroutines() throws Exception {
        // Other tests' goroutines may still be ending, so this counts differences only.
        Chan<Void> release = new Chan<>();
        List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            gs.add(spawnVoid(release::recv).awaitBlocked(WaitReason.CHAN_RECEIVE));
        }
        int withTen = numGoroutine();
        assertTrue(withTen >= 10, "numGoroutine " + withTen + " with 10 goroutines blocked");
        for (int i = 0; i < 5; i++) {
            release.send(null);
        }
        for (var s : gs) {
            if (s.isDone()) {
                s.thread().join();
            }
        }
        until("five goroutines ended", () -> gs.stream().filter(TestSupport.Spawned::isDone).count() == 5);
        for (var s : gs) {
            if (s.isDone()) {
                s.thread().join();
            }
        }
        int withFive = numGoroutine();
        assertTrue(withTen - withFive >= 5, "numGoroutine went from " + withTen + " to " + withFive);
        assertTrue(withFive >= 5);
        release.close();
        for (var s : gs) {
            s.join();
            s.thread().join();
        }
        int withNone = numGoroutine();
        assertTrue(withFive - withNone >= 5, "numGoroutine went from " + withFive + " to " + withNone);
    }

    @Test
    void numGoroutineCountsTheCallingGoroutine() {
        assertTrue(spawn(Go::numGoroutine).join() >= 1);
    }

    // ---- main ----

    @Test
    void mainRunsItsBodyAsTheMainGoroutineAndWaitsForIt() {
        AtomicReference<G> g = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        Go.main(() -> {
            g.set(G.current());
            Chan<String> c = new Chan<>();
            go(() -> c.send("from a goroutine"));
            assertEquals("from a goroutine", c.recv());
            finished.set(true);
        });
        assertTrue(finished.get(), "main returned only after its body did");
        assertNotNull(g.get());
        assertTrue(g.get().main);
        assertEquals(1, g.get().id, "the main goroutine is goroutine 1, as in Go");
        assertTrue(g.get().thread().isVirtual());
    }

    @Test
    void numGoroutineInsideMainCountsTheMainGoroutine() {
        int[] n = new int[1];
        Go.main(() -> n[0] = numGoroutine());
        assertTrue(n[0] >= 1);
    }

    @Test
    void mainRethrowsTheBodysException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class, () -> Go.main(() -> {
            throw boom;
        })));
    }

    @Test
    void mainRethrowsTheBodysPanic() {
        assertPanics("close of nil channel", () -> Go.main(() -> Chan.nil().close()));
    }

    @Test
    void mainReturnsWhileOtherGoroutinesStillRun() {
        Chan<Void> release = new Chan<>();
        AtomicReference<TestSupport.Spawned<Void>> left = new AtomicReference<>();
        Go.main(() -> left.set(spawnVoid(release::recv)));
        left.get().awaitBlocked(WaitReason.CHAN_RECEIVE);
        release.close();
        left.get().join();
    }

    @Test
    void mainWhoseBodyCallsGoexitRunsUntilTheOtherGoroutinesEndThenPanics() {
        // The other goroutine waits on a latch, not on a go4j primitive, so that it is busy as
        // far as go4j can tell (a goroutine blocked in go4j would be a deadlock instead).
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<Thread> other = new AtomicReference<>();
        var program = spawnPlatform(() -> {
            Go.main(() -> {
                go(() -> {
                    other.set(Thread.currentThread());
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                goexit();
            });
            return "main returned";
        });
        until("the other goroutine waits on its latch",
                () -> other.get() != null && other.get().getState() == Thread.State.WAITING);
        assertFalse(program.isDone(), "the program goes on while a goroutine lives");
        release.countDown();
        Throwable t = program.failure();
        assertEquals(Panic.class, t.getClass());
        assertEquals("no goroutines (main called runtime.Goexit) - deadlock!", t.getMessage());
    }

    @Test
    void mainIsNotInterruptedItWaitsForTheProgramAndSetsTheFlagAgain() {
        Chan<Boolean> release = new Chan<>();
        var caller = spawnPlatform(() -> {
            Go.main(() -> release.recv());
            return "returned";
        }).awaitBlocked(null); // the caller waits in Go.main for its program
        caller.interrupt();
        release.send(true);  // the main goroutine was not torn down by the interrupt
        assertEquals("returned", caller.join());
        assertTrue(caller.interruptedAtExit(), "Go.main sets the flag again before it returns");
    }

    @Test
    void mainWithNullBodyThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> Go.main(null));
    }

    // ---- stack ----

    private static final Pattern HEADER = Pattern.compile("^goroutine (\\d+) \\[([^\\]]+)\\]:$", Pattern.MULTILINE);

    /** The section of {@code dump} for goroutine {@code id}: its header line and frames. */
    private static String section(String dump, long id) {
        Matcher m = HEADER.matcher(dump);
        while (m.find()) {
            if (Long.parseLong(m.group(1)) == id) {
                int end = dump.indexOf("\n\n", m.end());
                return dump.substring(m.start(), end < 0 ? dump.length() : end);
            }
        }
        return null;
    }

    @Test
    void stackOfTheCallingGoroutineStartsWithItsRunningHeader() {
        var s = spawn(() -> new Object[] {G.current().id, stack(false)});
        Object[] r = s.join();
        String dump = (String) r[1];
        assertTrue(dump.startsWith("goroutine " + r[0] + " [running]:\n"), dump);
        assertTrue(dump.contains(GoTest.class.getName()), "shows the caller's frames:\n" + dump);
    }

    @Test
    void stackFalseShowsOnlyTheCallingGoroutine() {
        Chan<Void> release = new Chan<>();
        var blocked = spawnVoid(release::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        String dump = spawn(() -> stack(false)).join();
        Matcher m = HEADER.matcher(dump);
        int headers = 0;
        while (m.find()) {
            headers++;
        }
        assertEquals(1, headers, dump);
        release.close();
        blocked.join();
    }

    @Test
    void stackFromAPlatformThreadHasAGoHeaderToo() {
        String dump = stack(false);
        assertTrue(HEADER.matcher(dump.lines().findFirst().orElse("")).matches(), dump);
        assertTrue(dump.lines().findFirst().orElseThrow().endsWith("[running]:"), dump);
    }

    @Test
    void stackTrueShowsEveryBlockedGoroutineWithItsWaitReason() {
        Chan<Integer> unbuffered = new Chan<>();
        Chan<Integer> other = new Chan<>();
        Mutex mu = new Mutex();
        mu.lock();
        RWMutex rw = new RWMutex();
        rw.lock();
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        Map<String, TestSupport.Spawned<?>> blocked = new java.util.LinkedHashMap<>();
        blocked.put("chan receive", spawn(() -> unbuffered.recv()).awaitBlocked(WaitReason.CHAN_RECEIVE));
        blocked.put("chan send", spawnVoid(() -> other.send(1)).awaitBlocked(WaitReason.CHAN_SEND));
        blocked.put("select", spawn(() -> select(unbuffered.onRecv(), other.onSend(2))).awaitBlocked(WaitReason.SELECT));
        blocked.put("select (no cases)", spawn(() -> Go.<Object>select()).awaitBlocked(WaitReason.SELECT_NO_CASES));
        blocked.put("chan receive (nil chan)", spawn(() -> Chan.nil().recv()).awaitBlocked(WaitReason.CHAN_RECEIVE_NIL));
        blocked.put("chan send (nil chan)", spawnVoid(() -> Chan.nil().send(null)).awaitBlocked(WaitReason.CHAN_SEND_NIL));
        blocked.put("sync.Mutex.Lock", spawnVoid(() -> mu.lock()).awaitBlocked(WaitReason.MUTEX));
        blocked.put("sync.RWMutex.RLock", spawnVoid(() -> rw.rlock()).awaitBlocked(WaitReason.RW_MUTEX_R));
        blocked.put("sync.RWMutex.Lock", spawnVoid(() -> rw.lock()).awaitBlocked(WaitReason.RW_MUTEX));
        blocked.put("sync.WaitGroup.Wait", spawnVoid(() -> wg.await()).awaitBlocked(WaitReason.WAIT_GROUP));

        String dump = stack(true);
        try {
            for (var e : blocked.entrySet()) {
                String sec = section(dump, e.getValue().g().id);
                assertNotNull(sec, "goroutine " + e.getValue().g().id + " (" + e.getKey() + ") is in the dump:\n" + dump);
                assertTrue(sec.startsWith("goroutine " + e.getValue().g().id + " [" + e.getKey() + "]:\n"), sec);
                assertTrue(sec.contains(GoTest.class.getName()), "its frames show where it blocked:\n" + sec);
            }
        } finally {
            blocked.values().forEach(TestSupport.Spawned::interrupt);
            blocked.values().forEach(s -> {
                if (!s.isDone()) {
                    s.failure();
                }
            });
        }
    }

    @Test
    void stackHeadersAreInGoFormatAndSectionsAreSeparatedByABlankLine() {
        Chan<Void> release = new Chan<>();
        var a = spawnVoid(release::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        var b = spawnVoid(release::recv).awaitBlocked(WaitReason.CHAN_RECEIVE);
        String dump = spawn(() -> stack(true)).join();
        for (String sec : dump.split("\n\n")) {
            String first = sec.lines().findFirst().orElse("");
            assertTrue(HEADER.matcher(first).matches(), "section starts with a Go header: '" + first + "'\n" + dump);
        }
        assertNotNull(section(dump, a.g().id));
        assertNotNull(section(dump, b.g().id));
        release.close();
        a.join();
        b.join();
    }

    // ---- gomaxprocs, gosched ----

    @Test
    void gomaxprocsQueriesWithoutChangingAndSetReturnsThePreviousValue() {
        int p = gomaxprocs(0);
        assertTrue(p >= 1);
        assertEquals(p, gomaxprocs(-1), "n < 1 only queries");
        try {
            assertEquals(p, gomaxprocs(p + 1));
            assertEquals(p + 1, gomaxprocs(0));
        } finally {
            assertEquals(p + 1, gomaxprocs(p));
        }
        assertEquals(p, gomaxprocs(0));
    }

    @Test
    void goschedLetsOtherGoroutinesRun() {
        // One goroutine yields in a loop until another one, started after it, has run.
        AtomicBoolean ran = new AtomicBoolean();
        var yielder = spawn(() -> {
            int yields = 0;
            go(() -> ran.set(true));
            while (!ran.get()) {
                gosched();
                yields++;
            }
            return yields;
        });
        assertTrue(yielder.join() >= 0);
        assertTrue(ran.get());
    }

    /** Starts goroutines that loop on gosched until {@code flag} is set; returns them once all run. */
    private static List<TestSupport.Spawned<Void>> goschedSpinners(AtomicBoolean flag) {
        List<TestSupport.Spawned<Void>> spinners = new ArrayList<>();
        int n = 4 * gomaxprocs(0);
        for (int i = 0; i < n; i++) {
            spinners.add(spawnVoid(() -> {
                while (!flag.get()) {
                    gosched();
                }
            }));
        }
        spinners.forEach(TestSupport.Spawned::thread); // every one has started
        return spinners;
    }

    @Test
    void goschedLoopsOnEveryProcessorStillLetANewGoroutineRun() {
        // Go: Gosched puts the goroutine on the global run queue, so a goroutine started later
        // runs even while every processor is busy with goroutines that loop on Gosched.
        AtomicBoolean flag = new AtomicBoolean();
        AtomicBoolean ran = new AtomicBoolean();
        var spinners = goschedSpinners(flag);
        try {
            go(() -> {
                ran.set(true);
                flag.set(true);
            }); // started from this platform thread
            spinners.forEach(TestSupport.Spawned::join);
        } finally {
            flag.set(true); // on failure (timeout), stop the spinners: they would eat the CPU
        }
        assertTrue(ran.get());
    }

    @Test
    void goschedLoopsOnEveryProcessorStillLetAGoroutineWokenFromOutsideRun() {
        AtomicBoolean flag = new AtomicBoolean();
        Chan<Boolean> c = new Chan<>();
        var waiter = spawnVoid(() -> flag.set(c.recv())).awaitBlocked(WaitReason.CHAN_RECEIVE);
        var spinners = goschedSpinners(flag);
        try {
            c.send(true); // wakes the waiter from this platform thread
            waiter.join();
            spinners.forEach(TestSupport.Spawned::join);
        } finally {
            flag.set(true); // on failure (timeout), stop the spinners: they would eat the CPU
        }
    }

    @Test
    void goschedWorksOnAPlatformThread() {
        gosched();
    }

    @Test
    void schedulerNameIsGmpOrJdk() {
        assertTrue(Go.scheduler().equals("gmp") || Go.scheduler().equals("jdk"), Go.scheduler());
    }
}
