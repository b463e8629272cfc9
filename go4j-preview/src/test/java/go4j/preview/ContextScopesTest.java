package go4j.preview;

import go4j.Func;
import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.context.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ContextScopes#join}: ended by the context (cancel, deadline, done before), not ended
 * (the subtasks first), and the owner's interrupt flag clear afterwards in every case, with the
 * owner a platform thread and goroutine 1 of a {@code Go.main}. Order comes from latches and
 * from join itself, never from sleeps.
 */
// A safety net only. In a thread of its own: a body hung under Go.main would not see an interrupt.
@org.junit.jupiter.api.Timeout(value = 60,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class ContextScopesTest {

    /** Who owns the scope and calls join. */
    enum Owner {
        /** The test's own thread. */
        PLATFORM_THREAD {
            @Override
            void run(Func body) throws Exception {
                assertFalse(Thread.currentThread().isVirtual());
                body.call();
            }
        },
        /** Goroutine 1 of a Go-style program: a failed assertion is its panic, thrown by Go.main. */
        MAIN_GOROUTINE {
            @Override
            void run(Func body) {
                Go.main(() -> {
                    assertTrue(Thread.currentThread().isVirtual());
                    body.call();
                });
            }
        };

        abstract void run(Func body) throws Exception;
    }

    /** A subtask that says it started, then waits until interrupted (by the scope's cancel). */
    private static Callable<String> blocked(CountDownLatch started, AtomicInteger interrupted) {
        return () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                throw e;
            }
            throw new AssertionError("a latch nobody counts down was opened");
        };
    }

    private static void assertFlagClear() {
        assertFalse(Thread.currentThread().isInterrupted(), "the owner's interrupt flag is set");
    }

    private static void assertCanceledByClose(List<Subtask<String>> subtasks, AtomicInteger interrupted) {
        assertEquals(subtasks.size(), interrupted.get(), "subtasks interrupted by the scope's close");
        for (Subtask<String> s : subtasks) {
            assertEquals(Subtask.State.UNAVAILABLE, s.state());
        }
    }

    // ---- not ended by the context ----

    @ParameterizedTest
    @EnumSource(Owner.class)
    void joinReturnsTheJoinersResultWhenTheSubtasksFinishFirst(Owner owner) throws Exception {
        owner.run(() -> {
            try (Cancelable c = Context.withCancel(Context.background());
                 var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
                scope.fork(() -> "a");
                scope.fork(() -> "b");
                List<String> r = ContextScopes.join(c.context(), scope).map(Subtask::get).toList();
                assertEquals(List.of("a", "b"), r);
                assertNull(c.context().err());
                assertFlagClear();
            }
            assertFlagClear();
        });
    }

    @Test
    void aSubtaskFailurePassesThroughAsTheScopesFailedException() throws Exception {
        IOException failure = new IOException("disk full");
        try (Cancelable c = Context.withCancel(Context.background());
             var scope = StructuredTaskScope.open()) {
            scope.fork(() -> {
                throw failure;
            });
            FailedException e = assertThrows(FailedException.class, () -> ContextScopes.join(c.context(), scope));
            assertSame(failure, e.getCause());
            assertNull(c.context().err());
            assertFlagClear();
        }
        assertFlagClear();
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void anInterruptFromAnotherThreadIsStillAnInterruptedException(Owner owner) throws Exception {
        owner.run(() -> {
            Thread self = Thread.currentThread();
            CountDownLatch started = new CountDownLatch(2);
            AtomicInteger interrupted = new AtomicInteger();
            List<Subtask<String>> subtasks = new ArrayList<>();
            Thread interrupter;
            try (Cancelable c = Context.withCancel(Context.background())) {
                try (var scope = StructuredTaskScope.<String>open()) {
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    interrupter = Thread.ofPlatform().start(() -> {
                        awaitUninterruptibly(started);
                        self.interrupt();
                    });
                    assertThrows(InterruptedException.class, () -> ContextScopes.join(c.context(), scope));
                    assertNull(c.context().err(), "the context is live: the interrupt was another thread's");
                    assertFlagClear(); // cleared by join, as StructuredTaskScope.join leaves it
                }
                interrupter.join();
            }
            assertCanceledByClose(subtasks, interrupted);
            assertFlagClear();
        });
    }

    // ---- ended by the context ----

    @ParameterizedTest
    @EnumSource(Owner.class)
    void cancelEndsTheJoinAndCloseCancelsTheSubtasks(Owner owner) throws Exception {
        owner.run(() -> {
            CountDownLatch started = new CountDownLatch(2);
            AtomicInteger interrupted = new AtomicInteger();
            List<Subtask<String>> subtasks = new ArrayList<>();
            try (Cancelable c = Context.withCancel(Context.background())) {
                go(() -> {
                    started.await();
                    c.cancel();
                });
                try (var scope = StructuredTaskScope.<String>open()) {
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    CancellationException e = assertThrows(CancellationException.class,
                            () -> ContextScopes.join(c.context(), scope));
                    assertEquals("context canceled", e.getMessage());
                    assertSame(Context.CANCELED, e.getCause());
                    assertSame(Context.CANCELED, c.context().err());
                    assertFlagClear();
                }
                assertCanceledByClose(subtasks, interrupted);
                assertFlagClear();
            }
        });
    }

    @Test
    void theCauseOfACancelIsTheExceptionsCause() throws Exception {
        IllegalStateException cause = new IllegalStateException("shutting down");
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        try (Cancelable c = Context.withCancelCause(Context.background());
             var scope = StructuredTaskScope.<String>open()) {
            go(() -> {
                started.await();
                c.cancel(cause);
            });
            scope.fork(blocked(started, interrupted));
            CancellationException e = assertThrows(CancellationException.class,
                    () -> ContextScopes.join(c.context(), scope));
            assertEquals("context canceled", e.getMessage()); // ctx.err()'s, as in Go
            assertSame(cause, e.getCause());                  // Go's context.Cause(ctx)
            assertSame(Context.CANCELED, c.context().err());
            assertFlagClear();
        }
        assertFlagClear();
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void aDeadlineEndsTheJoin(Owner owner) throws Exception {
        owner.run(() -> {
            CountDownLatch started = new CountDownLatch(2);
            AtomicInteger interrupted = new AtomicInteger();
            List<Subtask<String>> subtasks = new ArrayList<>();
            // Whether the deadline passes before the join or during it, the join ends the same way.
            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMillis(20))) {
                try (var scope = StructuredTaskScope.<String>open()) {
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    CancellationException e = assertThrows(CancellationException.class,
                            () -> ContextScopes.join(c.context(), scope));
                    assertEquals("context deadline exceeded", e.getMessage());
                    assertSame(Context.DEADLINE_EXCEEDED, e.getCause());
                    assertTrue(assertInstanceOf(Timeout.class, e.getCause()).timeout());
                    assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
                    assertFlagClear();
                }
                assertCanceledByClose(subtasks, interrupted);
                assertFlagClear();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void aContextDoneBeforeTheJoinEndsIt(Owner owner) throws Exception {
        owner.run(() -> {
            CountDownLatch started = new CountDownLatch(2);
            AtomicInteger interrupted = new AtomicInteger();
            List<Subtask<String>> subtasks = new ArrayList<>();
            try (Cancelable c = Context.withCancel(Context.background())) {
                c.cancel();
                try (var scope = StructuredTaskScope.<String>open()) {
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    subtasks.add(scope.fork(blocked(started, interrupted)));
                    CancellationException e = assertThrows(CancellationException.class,
                            () -> ContextScopes.join(c.context(), scope));
                    assertSame(Context.CANCELED, e.getCause());
                    assertFlagClear();
                }
                assertCanceledByClose(subtasks, interrupted);
                assertFlagClear();
            }
        });
    }

    /**
     * The handshake's case: scope.join() does not look at the flag when nothing is left to wait
     * for, so it returns with the helper's interrupt still set, or the interrupt lands just
     * after it returns. Without the wait for f's interrupt, the flag would be left set.
     */
    @ParameterizedTest
    @EnumSource(Owner.class)
    void aJoinWithNothingLeftToWaitForReturnsThoughTheContextIsDone(Owner owner) throws Exception {
        owner.run(() -> {
            for (int round = 0; round < 100; round++) {
                try (Cancelable c = Context.withCancel(Context.background());
                     var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
                    c.cancel();
                    Stream<Subtask<String>> r = ContextScopes.join(c.context(), scope);
                    assertEquals(0, r.count());
                    assertFlagClear();
                }
                assertFlagClear();
            }
        });
    }

    /** A cancel racing the last subtask's end: either outcome is right; the flag is clear after both. */
    @ParameterizedTest
    @EnumSource(Owner.class)
    void aCancelRacingTheLastSubtaskLeavesTheFlagClear(Owner owner) throws Exception {
        owner.run(() -> {
            for (int round = 0; round < 200; round++) {
                try (Cancelable c = Context.withCancel(Context.background());
                     var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
                    scope.fork(() -> {
                        c.cancel();
                        return "done";
                    });
                    try {
                        List<String> r = ContextScopes.join(c.context(), scope).map(Subtask::get).toList();
                        assertEquals(List.of("done"), r);
                    } catch (CancellationException e) {
                        assertSame(Context.CANCELED, e.getCause());
                    }
                    assertFlagClear();
                }
                assertFlagClear();
            }
        });
    }

    // ---- the class's example, and misuse ----

    /** The example of ContextScopes' Javadoc, as written there. */
    private static List<String> fetchBoth(Context parent) throws InterruptedException {
        try (Cancelable c = Context.withTimeout(parent, Duration.ofSeconds(2));
             var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
            scope.fork(() -> fetch(c.context(), "a"));
            scope.fork(() -> fetch(c.context(), "b"));
            return ContextScopes.join(c.context(), scope).map(Subtask::get).toList();
        } // CancellationException "context deadline exceeded" if the 2 s ran out first
    }

    private static String fetch(Context ctx, String name) {
        return ctx.err() == null ? name : "";
    }

    @Test
    void theClassExampleJoinsBothFetches() throws Exception {
        assertEquals(List.of("a", "b"), fetchBoth(Context.background()));
        assertFlagClear();
    }

    @Test
    void nullArgumentsThrowNullPointerExceptionAndJoinNothing() throws Exception {
        try (Cancelable c = Context.withCancel(Context.background());
             var scope = StructuredTaskScope.<String>open()) {
            assertThrows(NullPointerException.class, () -> ContextScopes.join(null, scope));
            assertThrows(NullPointerException.class,
                    () -> ContextScopes.join(c.context(), (StructuredTaskScope<String, Void>) null));
            scope.join(); // a second join would throw IllegalStateException: none was made
        }
        assertFlagClear();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        for (;;) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // not expected on the interrupting thread; wait on
            }
        }
    }
}
