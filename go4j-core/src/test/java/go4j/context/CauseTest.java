package go4j.context;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import go4j.Chan;
import go4j.RecvChan;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** cause() and cancel(cause) (Go's TestCause, TestCauseRace, TestCustomContextCause, ...). */
@Timeout(30)
class CauseTest {
    static final Duration FOREVER = Duration.ofSeconds(1_000_000);
    static final RuntimeException PARENT_CAUSE = new RuntimeException("parentCause");
    static final RuntimeException CHILD_CAUSE = new RuntimeException("childCause");
    static final RuntimeException TOO_SLOW = new RuntimeException("tooSlow");
    static final RuntimeException FINISHED_EARLY = new RuntimeException("finishedEarly");

    /** Go's customContext: its own done channel, closed by cancel or by an afterFunc on the parent. */
    static final class CustomContext implements Context {
        final Context parent;
        final Chan<Void> donec = new Chan<>();
        final go4j.sync.Once doneOnce = new go4j.sync.Once();
        volatile RuntimeException err;

        CustomContext(Context parent) {
            this.parent = parent;
            Context.afterFunc(parent, () -> doneOnce.run(() -> {
                err = parent.err();
                donec.close();
            }));
        }

        void cancel() {
            doneOnce.run(() -> {
                err = CANCELED;
                donec.close();
            });
        }

        @Override
        public Optional<Instant> deadline() {
            return parent.deadline();
        }

        @Override
        public RecvChan<Void> done() {
            return donec;
        }

        @Override
        public RuntimeException err() {
            return donec.tryRecv() != null ? err : null;
        }

        @Override
        public Object value(Object key) {
            return parent.value(key);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                tc("Background", Context::background, null, null),
                tc("TODO", Context::todo, null, null),
                tc("WithCancel", () -> {
                    Cancelable c = Context.withCancel(Context.background());
                    c.cancel();
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("WithCancelCause", () -> {
                    Cancelable c = Context.withCancelCause(Context.background());
                    c.cancel(PARENT_CAUSE);
                    return c.context();
                }, Context.CANCELED, PARENT_CAUSE),
                tc("WithCancelCause nil", () -> {
                    Cancelable c = Context.withCancelCause(Context.background());
                    c.cancel(null);
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("parent cause before child", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withCancelCause(p.context());
                    p.cancel(PARENT_CAUSE);
                    c.cancel(CHILD_CAUSE);
                    return c.context();
                }, Context.CANCELED, PARENT_CAUSE),
                tc("parent cause after child", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withCancelCause(p.context());
                    c.cancel(CHILD_CAUSE);
                    p.cancel(PARENT_CAUSE);
                    return c.context();
                }, Context.CANCELED, CHILD_CAUSE),
                tc("parent cause before nil", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withCancel(p.context());
                    p.cancel(PARENT_CAUSE);
                    c.cancel();
                    return c.context();
                }, Context.CANCELED, PARENT_CAUSE),
                tc("parent cause after nil", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withCancel(p.context());
                    c.cancel();
                    p.cancel(PARENT_CAUSE);
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("child cause after nil", () -> {
                    Cancelable p = Context.withCancel(Context.background());
                    Cancelable c = Context.withCancelCause(p.context());
                    p.cancel();
                    c.cancel(CHILD_CAUSE);
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("child cause before nil", () -> {
                    Cancelable p = Context.withCancel(Context.background());
                    Cancelable c = Context.withCancelCause(p.context());
                    c.cancel(CHILD_CAUSE);
                    p.cancel();
                    return c.context();
                }, Context.CANCELED, CHILD_CAUSE),
                tc("WithTimeout", () -> {
                    Cancelable c = Context.withTimeout(Context.background(), Duration.ZERO);
                    c.cancel();
                    return c.context();
                }, Context.DEADLINE_EXCEEDED, Context.DEADLINE_EXCEEDED),
                tc("WithTimeout canceled", () -> {
                    Cancelable c = Context.withTimeout(Context.background(), FOREVER);
                    c.cancel();
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("WithTimeoutCause", () -> {
                    Cancelable c = Context.withTimeoutCause(Context.background(), Duration.ZERO, TOO_SLOW);
                    c.cancel();
                    return c.context();
                }, Context.DEADLINE_EXCEEDED, TOO_SLOW),
                tc("WithTimeoutCause canceled", () -> {
                    Cancelable c = Context.withTimeoutCause(Context.background(), FOREVER, TOO_SLOW);
                    c.cancel();
                    return c.context();
                }, Context.CANCELED, Context.CANCELED),
                tc("WithTimeoutCause stacked", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withTimeoutCause(p.context(), Duration.ZERO, TOO_SLOW);
                    p.cancel(FINISHED_EARLY);
                    return c.context();
                }, Context.DEADLINE_EXCEEDED, TOO_SLOW),
                tc("WithTimeoutCause stacked canceled", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Cancelable c = Context.withTimeoutCause(p.context(), FOREVER, TOO_SLOW);
                    p.cancel(FINISHED_EARLY);
                    return c.context();
                }, Context.CANCELED, FINISHED_EARLY),
                tc("WithDeadlineCause past", () ->
                        Context.withDeadlineCause(Context.background(), Instant.now().minusSeconds(1), TOO_SLOW).context(),
                        Context.DEADLINE_EXCEEDED, TOO_SLOW),
                tc("WithoutCancel", () -> Context.withoutCancel(Context.background()), null, null),
                tc("WithoutCancel canceled", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    Context c = Context.withoutCancel(p.context());
                    p.cancel(FINISHED_EARLY);
                    return c;
                }, null, null),
                tc("WithoutCancel timeout", () -> {
                    Cancelable p = Context.withTimeoutCause(Context.background(), Duration.ZERO, TOO_SLOW);
                    Context c = Context.withoutCancel(p.context());
                    p.cancel();
                    return c;
                }, null, null),
                tc("value child of canceled", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    p.cancel(PARENT_CAUSE);
                    return Context.withValue(p.context(), "k", "v");
                }, Context.CANCELED, PARENT_CAUSE),
                tc("parent of custom context not canceled", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    CustomContext c = new CustomContext(p.context());
                    c.cancel();
                    return c;
                }, Context.CANCELED, Context.CANCELED),
                tc("parent of custom context is canceled before", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    CustomContext c = new CustomContext(p.context());
                    p.cancel(PARENT_CAUSE);
                    c.cancel();
                    Ctx.awaitDone(c);
                    return c;
                }, Context.CANCELED, PARENT_CAUSE),
                tc("parent of custom context is canceled after", () -> {
                    Cancelable p = Context.withCancelCause(Context.background());
                    CustomContext c = new CustomContext(p.context());
                    c.cancel();
                    p.cancel(PARENT_CAUSE);
                    return c;
                    // As in Go: the custom child was canceled first, but cause() cannot tell and
                    // reports the parent's cause.
                }, Context.CANCELED, PARENT_CAUSE));
    }

    private static Arguments tc(String name, Supplier<Context> ctx, RuntimeException err, Throwable cause) {
        return Arguments.of(name, ctx, err, cause);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errAndCauseAreGos(String name, Supplier<Context> make, RuntimeException err, Throwable cause) {
        Context ctx = make.get();
        assertSame(err, ctx.err(), "err");
        assertSame(cause, Context.cause(ctx), "cause");
    }

    @Test
    void causeIsVisibleToAPollerAsSoonAsItIsSet() {
        RuntimeException cause = new RuntimeException("TestCauseRace");
        Cancelable c = Context.withCancelCause(Context.background());
        go(() -> c.cancel(cause));
        Throwable got;
        while ((got = Context.cause(c.context())) == null) {
            Thread.yield();
        }
        assertSame(cause, got);
    }

    @Test
    void childOfParentCanceledWithCauseInheritsIt() {
        RuntimeException cause = new RuntimeException("Because!");
        Cancelable p = Context.withCancelCause(Context.background());
        p.cancel(cause);
        Cancelable c = Context.withCancel(p.context());
        assertSame(Context.CANCELED, c.context().err());
        assertSame(cause, Context.cause(c.context()));
    }

    @Test
    void childCreatedWhileParentIsBeingCanceledGetsTheCause() {
        for (int i = 0; i < 100; i++) {
            RuntimeException cause = new RuntimeException("Because!");
            Cancelable p = Context.withCancelCause(Context.background());
            go(() -> p.cancel(cause));
            Cancelable c = Context.withCancel(p.context());
            Ctx.awaitDone(c.context());
            assertSame(Context.CANCELED, c.context().err());
            assertSame(cause, Context.cause(c.context()));
        }
    }

    @Test
    void causeCrossesAWrapperWithItsOwnDoneChannel() {
        RuntimeException cause = new RuntimeException("TestCustomContextPropagation");
        Chan<Void> donec = new Chan<>();
        Cancelable c1 = Context.withCancelCause(Context.background());
        Context c2 = new Ctx.OwnDoneContext(c1.context(), donec);
        try (Cancelable c3 = Context.withCancel(c2)) {
            c1.cancel(cause);
            donec.close();
            Ctx.awaitDone(c3.context());
            assertSame(Context.CANCELED, c3.context().err());
            assertSame(cause, Context.cause(c3.context()));
        }
    }

    /** Go's customCauseContext: a user-written root context with a cancel of its own. */
    static final class CustomCauseContext implements Context {
        final Chan<Void> done = new Chan<>();
        volatile RuntimeException err;
        volatile Cancelable cancelChild;

        @Override
        public Optional<Instant> deadline() {
            return Optional.empty();
        }

        @Override
        public RecvChan<Void> done() {
            return done;
        }

        @Override
        public RuntimeException err() {
            return err;
        }

        @Override
        public Object value(Object key) {
            return null;
        }

        void cancel() {
            err = CANCELED;
            done.close();
            Cancelable c = cancelChild;
            if (c != null) {
                c.cancel();
            }
        }
    }

    @Test
    void causeOfACanceledUserContextIsItsErr() {
        CustomCauseContext ccc = new CustomCauseContext();
        ccc.cancel();
        assertSame(Context.CANCELED, ccc.err());
        assertSame(Context.CANCELED, Context.cause(ccc));
    }

    @Test
    void causeOfChildOfUserContextIsItsOwnAndParentStaysOpen() {
        CustomCauseContext ccc = new CustomCauseContext();
        Cancelable child = Context.withCancelCause(ccc);
        RuntimeException cause = new RuntimeException("TestCustomContextCause");
        child.cancel(cause);
        assertSame(Context.CANCELED, child.context().err());
        assertSame(cause, Context.cause(child.context()));
        assertNull(ccc.err());
        assertNull(Context.cause(ccc));
        ccc.cancel(); // now the parent: the child's cause is unchanged
        assertSame(cause, Context.cause(child.context()));
        assertSame(Context.CANCELED, ccc.err());
        assertSame(Context.CANCELED, Context.cause(ccc));
    }

    @Test
    void cancelingUserContextThatCancelsItsChildGivesCanceled() {
        CustomCauseContext ccc = new CustomCauseContext();
        Cancelable child = Context.withCancel(ccc);
        ccc.cancelChild = child;
        ccc.cancel();
        assertSame(Context.CANCELED, child.context().err());
        assertSame(Context.CANCELED, Context.cause(child.context()));
    }
}
