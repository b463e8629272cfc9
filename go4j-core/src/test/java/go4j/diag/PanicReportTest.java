package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Panics;
import go4j.sync.Mutex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.diag.DiagSupport.captureStderr;
import static go4j.diag.DiagSupport.until;
import static go4j.diag.DiagSupport.withoutSchedulerNotice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's panic report for an exception escaping a goroutine, and what happens next: exit status
 * 2 under Go.main (in a child JVM), Go.main throwing when the process is kept alive (this JVM
 * runs with -Dgo4j.exitOnPanic=false), the uncaught-exception handler outside Go.main.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PanicReportTest {
    private static final Map<String, String> NO_ENV = Map.of();

    // ---- a real program: child JVM ----

    @Test
    void goroutinePanicUnderMainPrintsGosReportAndExitsWithStatus2() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "goroutine");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(Pattern.compile("panic: java.lang.IllegalStateException: boom\n\n"
                        + "goroutine 3 \\[running\\]:\n"
                        + "go4j\\.diag\\.PanicPrograms\\.lambda\\$main\\$\\d+\\(\\.\\.\\.\\)\n\tPanicPrograms\\.java:\\d+\n")
                .matcher(err).matches(), err);
    }

    @Test
    void aPanicInAnExecutorsTaskEndsTheProgramBeforeCloseReturns() throws Exception {
        // Several runs: close() returning first was a race the report usually won.
        for (int i = 0; i < 5; i++) {
            var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "executorPanic");
            assertEquals(2, child.exit(), child.stdout() + child.stderr());
            assertEquals("", child.stdout(), "main must not go on past close()");
            assertTrue(withoutSchedulerNotice(child.stderr()).startsWith("panic: java.lang.IllegalStateException: task failed\n"),
                    child.stderr());
        }
    }

    @Test
    void theInterruptOfShutdownNowEndsAnExecutorsTaskWithoutAPanic() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "executorShutdownNow");
        assertEquals(0, child.exit(), child.stderr());
        assertEquals("stopped\n", child.stdout(), child.stderr());
        assertEquals("", withoutSchedulerNotice(child.stderr()));
    }

    @Test
    void checkedExceptionEscapingAGoroutineIsAPanicReportedAsGoReportsOne() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "checked");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(Pattern.compile("panic: java.io.IOException: disk full\n\n"
                        + "goroutine 2 \\[running\\]:\n"
                        + "go4j\\.diag\\.PanicPrograms\\.lambda\\$main\\$\\d+\\(\\.\\.\\.\\)\n\tPanicPrograms\\.java:\\d+\n")
                .matcher(err).matches(), err);
    }

    @Test
    void mainGoroutinePanicPrintsGoroutine1AndExitsWithStatus2() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "main");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(err.startsWith("panic: close of closed channel\n\ngoroutine 1 [running]:\n"
                + "go4j.diag.PanicPrograms.lambda$main$"), err);
    }

    @Test
    void gotracebackAllAddsEveryOtherGoroutine() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, Map.of("GOTRACEBACK", "all"), "goroutine");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(err.startsWith("panic: java.lang.IllegalStateException: boom\n\ngoroutine 3 [running]:\n"), err);
        assertTrue(err.contains("\n\ngoroutine 1 [chan receive]:\n"), err);
        assertTrue(err.contains("\n\ngoroutine 2 [chan receive]:\n"), err);
    }

    @Test
    void gotracebackNonePrintsThePanicLineOnly() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, Map.of("GOTRACEBACK", "none"), "goroutine");
        assertEquals(2, child.exit(), child.stderr());
        assertEquals("panic: java.lang.IllegalStateException: boom\n", withoutSchedulerNotice(child.stderr()));
    }

    @Test
    void panicOutsideMainPrintsTheReportAndTheProcessLivesOn() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "outside");
        assertEquals(0, child.exit(), child.stderr());
        assertEquals("alive\n", child.stdout());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(err.startsWith("panic: java.lang.IllegalStateException: boom\n\ngoroutine 1 [running]:\n"), err);
    }

    @Test
    void panicOutsideMainGoesToTheUncaughtExceptionHandlerWhenThereIsOne() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "outsideWithHandler");
        assertEquals(0, child.exit(), child.stderr());
        assertEquals("handler got java.lang.IllegalStateException: boom\nalive\n", child.stdout());
        assertFalse(child.stderr().contains("panic:"), child.stderr());
    }

    @Test
    void deadlockInARealProgramPrintsGosReportAndExitsWithStatus2() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "deadlock");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(err.startsWith("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [chan receive]:\ngo4j.diag.PanicPrograms.lambda$main$"), err);
        assertFalse(err.contains("Exception in thread"), err); // Go's report, no Java stack trace
        assertFalse(err.contains("go4j.Panic"), err);
        assertEquals("", child.stdout()); // Java's main never went on
    }

    @Test
    void mainGoexitWithNoGoroutineLeftExitsWithStatus2() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "goexit");
        assertEquals(2, child.exit(), child.stderr());
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
                withoutSchedulerNotice(child.stderr()));
    }

    @Test
    void unlockOfAnUnlockedMutexIsFatalAndRecoverCannotStopIt() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "unlock");
        assertEquals(2, child.exit(), child.stderr());
        String err = withoutSchedulerNotice(child.stderr());
        assertTrue(err.startsWith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"
                + "go4j.diag.PanicPrograms.lambda$main$"), err);
        // Go prints every goroutine for a fatal error, not only with GOTRACEBACK=all.
        assertTrue(err.contains("\n\ngoroutine 2 [select (no cases)]:\n"), err);
        assertEquals("", child.stdout()); // the catch block never ran: no "recovered"
    }

    @Test
    void rwMutexMisuseIsFatalToo() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "runlock");
        assertEquals(2, child.exit(), child.stderr());
        assertTrue(withoutSchedulerNotice(child.stderr()).startsWith(
                "fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n"), child.stderr());
    }

    @Test
    void deadlockTraceSaysWhatHoldsTheVerdictBack() throws Exception {
        var child = DiagSupport.runChild(PanicPrograms.class, Map.of("GO4J_DEADLOCK", "trace"), "sleepingWaker");
        assertEquals(0, child.exit(), child.stderr());
        assertEquals("woken by the sleeper\n", child.stdout());
        assertTrue(child.stderr().contains("go4j: no deadlock verdict: thread \"waker\" is TIMED_WAITING\n"),
                child.stderr());
    }

    @Test
    void deadlockOffLetsAProgramWaitForAWakerGo4jCannotSee() throws Exception {
        // A thread that only the JDK's process reaper wakes is not watched: by default, Go's verdict...
        var watched = DiagSupport.runChild(PanicPrograms.class, NO_ENV, "unwatchedWaker");
        assertEquals(2, watched.exit(), watched.stderr());
        assertTrue(withoutSchedulerNotice(watched.stderr()).startsWith(
                "fatal error: all goroutines are asleep - deadlock!\n"), watched.stderr());
        // ...and with detection off the program waits for it.
        var off = DiagSupport.runChild(PanicPrograms.class, Map.of("GO4J_DEADLOCK", "off"), "unwatchedWaker");
        assertEquals(0, off.exit(), off.stderr());
        assertEquals("woken by the process's exit\n", off.stdout());
    }

    // ---- kept alive (this JVM) ----

    @Test
    void keptAliveGoMainThrowsWhatEscapedAGoroutineAfterTheReport() {
        IllegalStateException boom = new IllegalStateException("boom");
        int before = Go.numGoroutine();
        var c = captureStderr(() -> Go.main(() -> {
            go(() -> {
                throw boom;
            });
            new Chan<Integer>().recv();
        }));
        assertSame(boom, c.thrown());
        assertTrue(withoutSchedulerNotice(c.stderr()).startsWith(
                "panic: java.lang.IllegalStateException: boom\n\ngoroutine 2 [running]:\n"), c.stderr());
        assertEquals(before, Go.numGoroutine()); // main was torn down
    }

    @Test
    void keptAliveFatalErrorEndsTheProgramGoMainThrowsItAndTheGoroutinesAreTornDown() {
        int before = Go.numGoroutine();
        AtomicReference<Panic> caught = new AtomicReference<>();
        var c = captureStderr(() -> Go.main(() -> {
            go(() -> select());
            Mutex mu = new Mutex();
            try {
                mu.unlock();
            } catch (Panic p) {
                caught.set(p); // what a recover would get; the program has ended all the same
            }
            new Chan<Integer>().recv(); // torn down here
        }));
        Panic p = assertInstanceOf(Panic.class, c.thrown());
        assertEquals("sync: unlock of unlocked mutex", p.getMessage());
        assertSame(p, caught.get());
        assertTrue(withoutSchedulerNotice(c.stderr()).startsWith(
                "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"), c.stderr());
        until("the program's goroutines torn down", () -> Go.numGoroutine() == before);
    }

    @Test
    void mutexMisuseOutsideGoMainIsAnOrdinaryPanic() {
        var c = captureStderr(() -> new Mutex().unlock());
        Panic p = assertInstanceOf(Panic.class, c.thrown());
        assertEquals("sync: unlock of unlocked mutex", p.getMessage());
        assertEquals("", withoutSchedulerNotice(c.stderr()));
    }

    @Test
    void keptAliveGoMainThrowsWhatEscapedTheMainGoroutine() {
        var c = captureStderr(() -> Go.main(() -> {
            Chan<Integer> ch = new Chan<>();
            ch.close();
            ch.close();
        }));
        Panic p = assertInstanceOf(Panic.class, c.thrown());
        assertEquals("close of closed channel", p.getMessage());
        assertTrue(withoutSchedulerNotice(c.stderr()).startsWith("panic: close of closed channel\n\ngoroutine 1 [running]:\n"),
                c.stderr());
    }

    @Test
    void onlyTheFirstPanicOfAProgramIsReported() {
        var c = captureStderr(() -> Go.main(() -> {
            CountDownLatch both = new CountDownLatch(2);
            for (int i = 0; i < 2; i++) {
                go(() -> {
                    both.countDown();
                    try {
                        both.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    throw new IllegalStateException("boom");
                });
            }
            new Chan<Integer>().recv();
        }));
        assertInstanceOf(IllegalStateException.class, c.thrown());
        String err = withoutSchedulerNotice(c.stderr());
        assertEquals(err.indexOf("panic:"), err.lastIndexOf("panic:"), err);
    }

    @Test
    void reportShowsWhereTheExceptionWasThrownWithInternalFramesLeftOut() {
        AtomicReference<String> report = new AtomicReference<>();
        Go.main(() -> {
            try {
                Chan.nil().close();
            } catch (Panic p) {
                report.set(Panics.report(G.current(), p, 1));
            }
        });
        String r = report.get();
        assertTrue(r.startsWith("panic: close of nil channel\n\ngoroutine 1 [running]:\n"
                + "go4j.diag.PanicReportTest.lambda$"), r);
        assertFalse(r.contains("go4j.Chan"), r);
        assertFalse(r.contains("go4j.internal"), r);
    }

    @Test
    void reportPrintsTheCauseChainAfterTheFramesAsTheJdkDoes() {
        var c = captureStderr(() -> Go.main(() -> save()));
        String err = withoutSchedulerNotice(c.stderr());
        assertInstanceOf(IllegalStateException.class, c.thrown());
        assertTrue(err.startsWith("panic: java.lang.IllegalStateException: save failed\n\ngoroutine 1 [running]:\n"
                + "go4j.diag.PanicReportTest.save(...)\n\tPanicReportTest.java:"), err);
        // The cause's own frames, then how many frames it shares with the exception it caused
        // (the lambda: save's frame differs, it was at another line).
        assertTrue(Pattern.compile("\nCaused by: java.io.IOException: disk full\n"
                + "go4j.diag.PanicReportTest.write\\(\\.\\.\\.\\)\n\tPanicReportTest.java:\\d+\n"
                + "go4j.diag.PanicReportTest.save\\(\\.\\.\\.\\)\n\tPanicReportTest.java:\\d+\n"
                + "\t\\.\\.\\. 1 more\n").matcher(err).find(), err);
        // A suppressed exception is indented by a tab, its frames too.
        assertTrue(err.contains("\n\tSuppressed: java.lang.IllegalStateException: close failed\n"
                + "\tgo4j.diag.PanicReportTest.close(...)\n\t\tPanicReportTest.java:"), err);
        assertTrue(err.indexOf("Suppressed:") < err.indexOf("Caused by:"), err);
    }

    @Test
    void checkedExceptionReportShowsTheBodysFramesThenItsCausesAndNoFuncFrame() {
        var c = captureStderr(() -> Go.main(() -> {
            go(() -> load()); // a Func: load throws a checked exception
            new Chan<Integer>().recv();
        }));
        Panic p = assertInstanceOf(Panic.class, c.thrown());
        assertEquals("java.io.IOException: load failed", p.getMessage());
        String err = withoutSchedulerNotice(c.stderr());
        assertTrue(err.startsWith("panic: java.io.IOException: load failed\n\ngoroutine 2 [running]:\n"
                + "go4j.diag.PanicReportTest.load(...)\n\tPanicReportTest.java:"), err);
        assertTrue(Pattern.compile("\ngo4j\\.diag\\.PanicReportTest\\.lambda\\$[^\n]*\n\tPanicReportTest\\.java:\\d+\n"
                + "Caused by: java.io.IOException: disk full\n").matcher(err).find(), err);
        assertFalse(err.contains("go4j.Func"), err);
    }

    private static void load() throws java.io.IOException {
        try {
            write();
        } catch (java.io.IOException e) {
            throw new java.io.IOException("load failed", e);
        }
    }

    @Test
    void aCauseCycleIsPrintedOnceAndCut() {
        var c = captureStderr(() -> Go.main(() -> {
            IllegalStateException a = new IllegalStateException("a");
            IllegalStateException b = new IllegalStateException("b", a);
            a.initCause(b);
            throw a;
        }));
        String err = withoutSchedulerNotice(c.stderr());
        assertTrue(err.contains("\nCaused by: java.lang.IllegalStateException: b\n"), err);
        assertTrue(err.contains("\nCaused by: [CIRCULAR REFERENCE: java.lang.IllegalStateException: a]\n"), err);
    }

    private static void save() {
        IllegalStateException failed;
        try {
            write();
            return;
        } catch (java.io.IOException e) {
            failed = new IllegalStateException("save failed", e);
        }
        failed.addSuppressed(close());
        throw failed;
    }

    private static void write() throws java.io.IOException {
        throw new java.io.IOException("disk full");
    }

    private static IllegalStateException close() {
        return new IllegalStateException("close failed");
    }

    @Test
    void panicValueIsAPanicsMessageOrTheExceptionItself() {
        assertEquals("send on closed channel", Panics.value(new Panic("send on closed channel")));
        assertEquals("java.lang.IllegalStateException: boom", Panics.value(new IllegalStateException("boom")));
        assertEquals("java.lang.StackOverflowError", Panics.value(new StackOverflowError()));
    }

    @Test
    void panicOutsideMainGoesToTheThreadsHandlerAndTheProcessLivesOn() {
        AtomicReference<Throwable> got = new AtomicReference<>();
        Thread.UncaughtExceptionHandler saved = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> got.set(e));
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            go(() -> {
                throw boom;
            });
            until("handler called", () -> got.get() != null);
            assertSame(boom, got.get());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(saved);
        }
    }
}
