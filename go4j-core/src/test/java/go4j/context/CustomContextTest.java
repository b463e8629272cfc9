package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * User-written contexts as parents (Go's TestCustomContextGoroutines): seen through when they
 * delegate done() and value(), watched by a goroutine when they have a done channel of their own.
 */
@Timeout(30)
class CustomContextTest {
    private long started;

    private void expectWatchersStarted(int n) {
        long now = Contexts.WATCHERS_STARTED.sum();
        assertEquals(n, now - started, "watcher goroutines started");
        started = now;
    }

    @Test
    void watcherGoroutinesAreStartedOnlyForContextsThatCannotBeSeenThrough() {
        started = Contexts.WATCHERS_STARTED.sum();

        Context.withCancel(new Ctx.FreshDoneContext(Context.background())).cancel();
        expectWatchersStarted(1);

        Context.withTimeout(new Ctx.FreshDoneContext(Context.background()), Ctx.VERY_LONG).cancel();
        expectWatchersStarted(1);

        try (Cancelable c1 = Context.withCancel(Context.background())) {
            expectWatchersStarted(0);
            Context c2 = new Ctx.OtherContext(c1.context());
            try (Cancelable c3 = Context.withCancel(c2)) {
                expectWatchersStarted(0);
                try (Cancelable c3b = Context.withCancel(new Ctx.FreshDoneContext(c2))) {
                    expectWatchersStarted(1); // c1 is not providing done(): it must not be used
                    assertFalse(Ctx.isDone(c3b.context()));
                }
                try (Cancelable c4 = Context.withTimeout(c3.context(), Ctx.VERY_LONG);
                     Cancelable c5 = Context.withCancel(c4.context())) {
                    expectWatchersStarted(0);
                    c5.cancel();
                    expectWatchersStarted(0);
                    Cancelable c6 = Context.withTimeout(c5.context(), Ctx.VERY_LONG);
                    expectWatchersStarted(0);
                    c6.cancel();
                    c1.cancel();
                    Context.withCancel(c5.context()).cancel();
                    expectWatchersStarted(0);
                }
            }
        }
    }

    @Test
    void childOfWrapperJoinsTheWrappedContextsChildren() {
        try (Cancelable c1 = Context.withCancel(Context.background());
             Cancelable c3 = Context.withCancel(new Ctx.OtherContext(c1.context()))) {
            assertEquals(1, Ctx.internal(c1.context()).childCount());
            c3.cancel();
            assertEquals(0, Ctx.internal(c1.context()).childCount());
        }
    }

    @Test
    void userContextWithItsOwnDoneChannelPropagatesThroughAGoroutine() {
        Chan<Void> donec = new Chan<>();
        Cancelable inner = Context.withCancel(Context.background());
        Context user = new Ctx.OwnDoneContext(inner.context(), donec);
        Cancelable child = Context.withCancel(user);
        Context grandchild = Context.withValue(Context.withCancel(child.context()).context(), "k", "v");
        assertFalse(Ctx.isDone(child.context()));
        inner.cancel();
        assertFalse(Ctx.isDone(child.context()), "the child follows the user context's done, not the inner one");
        donec.close();
        Ctx.awaitDone(grandchild);
        assertSame(Context.CANCELED, child.context().err());
        assertSame(Context.CANCELED, grandchild.err());
    }

    @Test
    void watcherEndsWhenTheChildIsCanceled() {
        long live = Contexts.WATCHERS_LIVE.sum();
        Cancelable child = Context.withCancel(new Ctx.OwnDoneContext(Context.background(), new Chan<>()));
        assertEquals(live + 1, Contexts.WATCHERS_LIVE.sum());
        child.cancel();
        Ctx.eventually(() -> Contexts.WATCHERS_LIVE.sum() == live);
    }

    @Test
    void watcherEndsWhenTheParentIsDone() {
        long live = Contexts.WATCHERS_LIVE.sum();
        Chan<Void> donec = new Chan<>();
        Cancelable inner = Context.withCancel(Context.background());
        Cancelable child = Context.withCancel(new Ctx.OwnDoneContext(inner.context(), donec));
        assertEquals(live + 1, Contexts.WATCHERS_LIVE.sum());
        inner.cancel();
        donec.close();
        Ctx.eventually(() -> Contexts.WATCHERS_LIVE.sum() == live);
        assertSame(Context.CANCELED, child.context().err());
    }

    @Test
    void childOfAlreadyDoneUserContextIsBornCanceledWithoutAGoroutine() {
        long before = Contexts.WATCHERS_STARTED.sum();
        Chan<Void> donec = new Chan<>();
        donec.close();
        Cancelable inner = Context.withCancel(Context.background());
        inner.cancel();
        Cancelable child = Context.withCancel(new Ctx.OwnDoneContext(inner.context(), donec));
        assertSame(Context.CANCELED, child.context().err());
        assertEquals(before, Contexts.WATCHERS_STARTED.sum());
    }

    @Test
    void userContextWithNullDoneIsNeverCanceled() {
        Context neverDone = new Ctx.OtherContext(Context.background()) {
            @Override
            public go4j.RecvChan<Void> done() {
                return null; // Go's nil Done channel
            }
        };
        long before = Contexts.WATCHERS_STARTED.sum();
        try (Cancelable child = Context.withCancel(neverDone)) {
            assertNull(child.context().err());
            assertEquals(before, Contexts.WATCHERS_STARTED.sum());
            assertTrue(child.context().toString().endsWith(".WithCancel"));
        }
    }
}
