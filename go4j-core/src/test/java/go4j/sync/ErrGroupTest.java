package go4j.sync;

import go4j.Chan;
import go4j.Go;
import go4j.Interrupted;
import go4j.Panic;
import go4j.context.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** golang.org/x/sync/errgroup's errgroup_test.go, and the rest of its contract. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrGroupTest {
    private static final Exception ERR1 = new Exception("errgroup_test: 1");
    private static final Exception ERR2 = new Exception("errgroup_test: 2");
    private static final Exception DOOM = new Exception("group_test: doomed");

    private static Callable<Void> returning(Exception e) {
        return () -> {
            if (e != null) {
                throw e;
            }
            return null;
        };
    }

    private static boolean isDone(Context ctx) {
        return ctx.done().tryRecv() != null;
    }

    // ---- errgroup_test.go ----

    @Test
    void zeroGroupAwaitReturnsTheFirstErrorSoFar() {
        // TestZeroGroup: after each Go, Wait returns the first non-nil error so far.
        List<List<Exception>> cases = List.of(
                List.of(),
                Arrays.asList((Exception) null),
                List.of(ERR1),
                Arrays.asList(ERR1, null),
                Arrays.asList(ERR1, null, ERR2));
        for (List<Exception> errs : cases) {
            ErrGroup g = new ErrGroup();
            Exception first = null;
            for (Exception e : errs) {
                g.go(returning(e));
                if (first == null && e != null) {
                    first = e;
                }
                assertSame(first, g.await(), "after " + errs);
            }
        }
    }

    /** Errors the goroutines return, and the first error await must report (Go's tables). */
    private record Case(List<Exception> errs, Exception want) {
    }

    private static final List<Case> FIRST_ERROR_CASES = List.of(
            new Case(List.of(), null),
            new Case(Arrays.asList((Exception) null), null),
            new Case(List.of(DOOM), DOOM),
            new Case(Arrays.asList(DOOM, null), DOOM));

    @Test
    void withContextAwaitReturnsTheFirstErrorAndCancelsTheContext() {
        // TestWithContext.
        for (Case c : FIRST_ERROR_CASES) {
            ErrGroup g = ErrGroup.withContext(Context.background());
            for (Exception e : c.errs()) {
                g.go(returning(e));
            }
            assertSame(c.want(), g.await(), "errs " + c.errs());
            assertTrue(isDone(g.context()), "ctx.Done() was not closed for " + c.errs());
        }
    }

    @Test
    void tryGoRespectsTheLimit() {
        // TestTryGo.
        ErrGroup g = new ErrGroup();
        int n = 42;
        g.setLimit(n);
        Chan<Boolean> ch = new Chan<>();
        Callable<Void> fn = () -> {
            ch.send(true);
            return null;
        };
        for (int i = 0; i < n; i++) {
            assertTrue(g.tryGo(fn), "TryGo should succeed but failed at call " + i);
        }
        assertFalse(g.tryGo(fn), "TryGo is expected to fail but succeeded");
        Go.go(() -> {
            for (int i = 0; i < n; i++) {
                ch.recv();
            }
        });
        g.await();
        assertTrue(g.tryGo(fn), "TryGo should succeed after all goroutines");
        Go.go(ch::recv);
        g.await();

        // Switch limit.
        g.setLimit(1);
        assertTrue(g.tryGo(fn));
        assertFalse(g.tryGo(fn));
        Go.go(ch::recv);
        g.await();

        // Block all calls.
        g.setLimit(0);
        for (int i = 0; i < 1 << 10; i++) {
            assertFalse(g.tryGo(fn), "TryGo should fail but succeeded");
        }
        assertNull(g.await());
    }

    @Test
    void goNeverExceedsTheLimit() {
        // TestGoLimit.
        int limit = 10;
        ErrGroup g = new ErrGroup();
        g.setLimit(limit);
        AtomicInteger active = new AtomicInteger();
        for (int i = 0; i <= 1 << 10; i++) {
            g.go(() -> {
                int n = active.incrementAndGet();
                if (n > limit) {
                    throw new Exception("saw " + n + " active goroutines; want <= " + limit);
                }
                go4j.time.Time.sleep(java.time.Duration.ofNanos(1000)); // let others increment active
                active.decrementAndGet();
                return null;
            });
        }
        assertNull(g.await());
    }

    @Test
    void contextCauseIsTheFirstErrorOrCanceled() {
        // TestCancelCause.
        for (Case c : FIRST_ERROR_CASES) {
            ErrGroup g = ErrGroup.withContext(Context.background());
            for (Exception e : c.errs()) {
                g.tryGo(returning(e));
            }
            assertSame(c.want(), g.await());
            Throwable want = c.want() == null ? Context.CANCELED : c.want();
            assertSame(want, Context.cause(g.context()));
        }
    }

    // ---- the rest of the contract ----

    @Test
    void firstErrorCancelsTheContextBeforeAwait() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        Chan<Boolean> release = new Chan<>();
        g.go(() -> {
            release.recv();
            return null;
        });
        g.go(returning(DOOM));
        ctx.done().recv(); // canceled while the other task still runs
        assertSame(Context.CANCELED, ctx.err());
        assertSame(DOOM, Context.cause(ctx));
        release.send(true);
        assertSame(DOOM, g.await());
    }

    @Test
    void tasksStopWhenTheContextIsCanceledByAFailure() {
        // errgroup's "parallel" example: siblings watch ctx and give up after the failure.
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        AtomicInteger gaveUp = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            g.go(() -> {
                ctx.done().recv();
                gaveUp.incrementAndGet();
                throw ctx.err();
            });
        }
        g.go(returning(DOOM));
        assertSame(DOOM, g.await());
        assertEquals(8, gaveUp.get());
    }

    @Test
    void onlyTheFirstOfManyErrorsIsKept() {
        for (int round = 0; round < 50; round++) {
            ErrGroup g = new ErrGroup();
            List<Exception> errs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                errs.add(new Exception("e" + i));
            }
            for (Exception e : errs) {
                g.go(returning(e));
            }
            Exception got = g.await();
            assertNotNull(got);
            assertTrue(errs.contains(got));
            assertSame(got, g.await(), "await must keep returning the same first error");
        }
    }

    @Test
    void uncheckedExceptionIsAnErrorToo() {
        ErrGroup g = new ErrGroup();
        IllegalStateException boom = new IllegalStateException("boom");
        g.go(() -> {
            throw boom;
        });
        assertSame(boom, g.await());
    }

    // ---- tasks that return nothing (Task) and what counts as the error ----

    private static void copy(String what) throws java.io.IOException {
        if (what.isEmpty()) {
            throw new java.io.IOException("nothing to copy");
        }
    }

    private void copyAll() throws java.io.IOException {
        copy("all");
    }

    @Test
    void aBlockLambdaWithoutReturnIsATaskAndItsCheckedExceptionIsTheErrorAsItIs() {
        ErrGroup g = new ErrGroup();
        java.io.IOException disk = new java.io.IOException("disk full");
        g.go(() -> {
            copy("a");
            throw disk;
        });
        assertSame(disk, g.await(), "the exception itself, not wrapped");
    }

    @Test
    void aTaskThatReturnsNormallyIsNoError() {
        ErrGroup g = new ErrGroup();
        AtomicInteger runs = new AtomicInteger();
        g.go(() -> {
            copy("a");
            runs.incrementAndGet();
        });
        assertNull(g.await());
        assertEquals(1, runs.get());
    }

    @Test
    void everyCallShapeCompilesAndRuns() {
        ErrGroup g = new ErrGroup();
        AtomicInteger runs = new AtomicInteger();
        Callable<Integer> callable = runs::incrementAndGet;
        ErrGroup.Task task = () -> runs.incrementAndGet();
        g.go(() -> copy("x"));                    // an expression lambda calling a void method
        g.go(this::copyAll);                      // a method reference that throws IOException
        g.go(() -> runs.incrementAndGet());       // an expression lambda with a value, dropped
        g.go(() -> null);                         // a Callable in all but name
        g.go(() -> {                              // a block that only throws
            throw new java.io.IOException("thrown");
        });
        g.go(callable);
        g.go(task);
        assertTrue(g.tryGo(() -> {
            runs.incrementAndGet();
        }));
        Exception err = g.await();
        assertEquals("thrown", err.getMessage());
        assertEquals(4, runs.get());
    }

    @Test
    void tryGoTakesATaskAndRespectsTheLimit() {
        ErrGroup g = new ErrGroup();
        g.setLimit(1);
        Chan<Boolean> release = new Chan<>();
        assertTrue(g.tryGo(() -> {
            release.recv();
        }));
        assertFalse(g.tryGo(() -> {
            copy("never");
        }));
        release.send(true);
        assertNull(g.await());
    }

    @Test
    void aPanicInATaskIsNotTheGroupsErrorOutsideGoMainItEscapesAndTheTaskCountsAsDone() {
        ErrGroup g = new ErrGroup();
        Chan<Integer> closed = new Chan<>();
        closed.close();
        java.io.PrintStream saved = System.err; // the goroutine's panic report is printed there
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            g.go(() -> {
                closed.send(1); // Panic: send on closed channel
            });
            assertNull(g.await(), "a panic is not an error value");
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void insideGoMainAPanicInATaskEndsTheProgramBeforeAwaitReturns() {
        java.util.concurrent.atomic.AtomicBoolean awaitReturned = new java.util.concurrent.atomic.AtomicBoolean();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Panic p;
        try {
            p = assertThrows(Panic.class, () -> Go.main(() -> {
                ErrGroup g = ErrGroup.withContext(Context.background());
                Chan<Integer> closed = new Chan<>();
                closed.close();
                g.go(() -> {
                    closed.send(1);
                });
                g.await();
                awaitReturned.set(true);
            }));
        } finally {
            System.setErr(saved);
        }
        assertEquals("send on closed channel", p.getMessage());
        assertFalse(awaitReturned.get(), "await returned before the panic ended the program");
    }

    @Test
    void errorThatIsNotAnExceptionEscapesButAwaitStillReturns() {
        ErrGroup g = new ErrGroup();
        g.go(() -> {
            Go.goexit(); // an Error: the goroutine ends, as runtime.Goexit in an errgroup task
            return null;
        });
        assertNull(g.await());
    }

    @Test
    void awaitWithNoTasksReturnsNullAndCancels() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        assertNull(g.await());
        assertTrue(isDone(g.context()));
    }

    @Test
    void contextIsNotCanceledBeforeAwaitWhenNothingFails() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        Chan<Boolean> release = new Chan<>();
        g.go(() -> release.recv());
        assertFalse(isDone(g.context()));
        release.send(true);
        assertNull(g.await());
        assertTrue(isDone(g.context()));
    }

    @Test
    void contextIsDerivedFromTheParent() {
        try (var parent = Context.withCancel(Context.background())) {
            ErrGroup g = ErrGroup.withContext(parent.context());
            parent.cancel();
            g.context().done().recv();
            assertSame(Context.CANCELED, g.context().err());
        }
    }

    @Test
    void zeroGroupHasNoContext() {
        assertNull(new ErrGroup().context());
    }

    @Test
    void goBlocksAtTheLimitUntilATaskEnds() {
        ErrGroup g = new ErrGroup();
        g.setLimit(1);
        Chan<Boolean> release = new Chan<>();
        g.go(() -> release.recv());
        Chan<Boolean> started = new Chan<>(1);
        Go.go(() -> {
            g.go(() -> { // blocks until the first task ends
                started.send(true);
                return null;
            });
        });
        go4j.time.Time.sleep(java.time.Duration.ofMillis(30));
        assertNull(started.tryRecv(), "a second task started beyond the limit");
        release.send(true);
        assertTrue(started.recv());
        assertNull(g.await());
    }

    @Test
    void goInterruptedWhileWaitingForTheLimitStartsNothing() {
        ErrGroup g = new ErrGroup();
        g.setLimit(0);
        AtomicInteger runs = new AtomicInteger();
        Thread.currentThread().interrupt();
        assertThrows(Interrupted.class, () -> g.go(runs::incrementAndGet));
        assertTrue(Thread.interrupted());
        assertNull(g.await());
        assertEquals(0, runs.get());
    }

    @Test
    void awaitInterruptedThrowsKeepsTheFlagAndTheTasksGoOn() {
        ErrGroup g = new ErrGroup();
        Chan<Boolean> release = new Chan<>();
        g.go(() -> release.recv());
        var waiter = go4j.TestSupport.spawnVoid(g::await).awaitBlocked(go4j.internal.runtime.WaitReason.WAIT_GROUP);
        waiter.interrupt();
        assertTrue(waiter.failure() instanceof Interrupted, "await throws Interrupted");
        assertTrue(waiter.interruptedAtExit(), "the flag stays set");
        release.send(true);
        assertNull(g.await());
    }

    @Test
    void negativeLimitMeansNoLimit() {
        ErrGroup g = new ErrGroup();
        g.setLimit(1);
        g.setLimit(-1);
        Chan<Boolean> ch = new Chan<>();
        for (int i = 0; i < 100; i++) {
            assertTrue(g.tryGo(() -> ch.recv()));
        }
        for (int i = 0; i < 100; i++) {
            ch.send(true);
        }
        assertNull(g.await());
    }

    @Test
    void limitCanChangeToNoLimitAndBackWhileTasksRun() {
        // Each task gives back its token to the channel it took it from.
        ErrGroup g = new ErrGroup();
        g.setLimit(1);
        Chan<Boolean> release = new Chan<>();
        g.go(() -> release.recv());
        g.setLimit(-1);
        g.setLimit(2);
        release.send(true);
        assertNull(g.await());
        assertTrue(g.tryGo(() -> null));
        assertTrue(g.tryGo(() -> null));
        assertNull(g.await());
    }

    // ---- bad input ----

    @Test
    void setLimitWhileTasksAreActivePanics() {
        ErrGroup g = new ErrGroup();
        g.setLimit(3);
        Chan<Boolean> release = new Chan<>();
        g.go(() -> release.recv());
        g.go(() -> release.recv());
        Panic p = assertThrows(Panic.class, () -> g.setLimit(5));
        assertEquals("errgroup: modify limit while 2 goroutines in the group are still active", p.getMessage());
        release.send(true);
        release.send(true);
        assertNull(g.await());
        g.setLimit(5); // fine once they are done
    }

    @Test
    void nullTaskIsRejected() {
        ErrGroup g = new ErrGroup();
        assertThrows(NullPointerException.class, () -> g.go(null));
        assertThrows(NullPointerException.class, () -> g.tryGo(null));
        assertThrows(NullPointerException.class, () -> g.go((Callable<?>) null));
        assertThrows(NullPointerException.class, () -> g.tryGo((Callable<?>) null));
        assertNull(g.await());
    }

    @Test
    void nullParentIsRejected() {
        assertThrows(NullPointerException.class, () -> ErrGroup.withContext(null));
    }
}
