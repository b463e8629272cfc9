package go4j.context;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** withCancel and the cancellation tree (Go's TestWithCancel, TestParentFinishesChild, ...). */
@Timeout(30)
class WithCancelTest {
    @Test
    void withCancelString() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            assertEquals("context.Background.WithCancel", c.context().toString());
            assertEquals("context.Background.WithCancel", c.toString());
        }
    }

    @Test
    void newContextIsOpenWithNilErr() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            assertFalse(Ctx.isDone(c.context()));
            assertNull(c.context().err());
            assertNull(Context.cause(c.context()));
        }
    }

    @Test
    void doneIsTheSameChannelOnEveryCall() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            assertSame(c.context().done(), c.context().done());
            assertNotSame(Chan.nil(), c.context().done());
        }
    }

    @Test
    void cancelPropagatesSynchronouslyThroughAWrapper() {
        Cancelable c1 = Context.withCancel(Context.background());
        Context o = new Ctx.OtherContext(c1.context());
        Cancelable c2 = Context.withCancel(o);
        List<Context> contexts = List.of(c1.context(), o, c2.context());
        for (Context c : contexts) {
            assertFalse(Ctx.isDone(c));
            assertNull(c.err());
        }
        c1.cancel();
        for (Context c : contexts) {
            assertTrue(Ctx.isDone(c), c.toString());
            assertSame(Context.CANCELED, c.err(), c.toString());
        }
    }

    @Test
    void cancelIsIdempotent() {
        Cancelable c = Context.withCancel(Context.background());
        c.cancel();
        c.cancel();
        c.cancel(new RuntimeException("later"));
        assertSame(Context.CANCELED, c.context().err());
        assertSame(Context.CANCELED, Context.cause(c.context()));
    }

    @Test
    void closeCancels() {
        Context ctx;
        try (Cancelable c = Context.withCancel(Context.background())) {
            ctx = c.context();
            assertFalse(Ctx.isDone(ctx));
        }
        assertTrue(Ctx.isDone(ctx));
        assertSame(Context.CANCELED, ctx.err());
    }

    @Test
    void doneCreatedAfterCancelIsClosed() {
        Cancelable c = Context.withCancel(Context.background());
        c.cancel(); // nobody asked for done() yet
        assertTrue(Ctx.isDone(c.context()));
        assertSame(c.context().done(), c.context().done());
    }

    @Test
    void goroutineBlockedInSelectOnDoneWakesOnCancel() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Void> never = new Chan<>();
        Chan<String> out = new Chan<>(1);
        go(() -> out.send(select(
                c.context().done().onRecv(x -> "done: " + c.context().err()),
                never.onRecv(x -> "never"))));
        c.cancel();
        assertEquals("done: context canceled", out.recv());
    }

    @Test
    void parentCancelFinishesEveryChild() {
        // parent -> cancelChild; parent -> valueChild -> timerChild
        Cancelable parent = Context.withCancel(Context.background());
        try (Cancelable cancelChild = Context.withCancel(parent.context())) {
            Context valueChild = Context.withValue(parent.context(), "key", "value");
            try (Cancelable timerChild = Context.withTimeout(valueChild, Ctx.VERY_LONG)) {
                for (Context c : List.of(parent.context(), cancelChild.context(), valueChild, timerChild.context())) {
                    assertFalse(Ctx.isDone(c));
                }
                parent.cancel();
                for (Context c : List.of(parent.context(), cancelChild.context(), valueChild, timerChild.context())) {
                    assertTrue(Ctx.isDone(c), c.toString());
                    assertSame(Context.CANCELED, c.err(), c.toString());
                }
            }
        }
    }

    @Test
    void parentLinksItsCancelableChildrenThroughValueContexts() {
        try (Cancelable parent = Context.withCancel(Context.background());
             Cancelable cancelChild = Context.withCancel(parent.context());
             Cancelable timerChild = Context.withTimeout(Context.withValue(parent.context(), "k", "v"), Ctx.VERY_LONG)) {
            assertEquals(2, Ctx.internal(parent.context()).childCount());
            parent.cancel();
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            assertTrue(Ctx.isDone(cancelChild.context()));
            assertTrue(Ctx.isDone(timerChild.context()));
        }
    }

    @Test
    void childOfCanceledParentIsBornCanceled() {
        Cancelable parent = Context.withCancel(Context.background());
        parent.cancel();
        Cancelable c = Context.withCancel(parent.context());
        assertTrue(Ctx.isDone(c.context()));
        assertSame(Context.CANCELED, c.context().err());
        Context v = Context.withValue(parent.context(), "key", "value");
        assertTrue(Ctx.isDone(v));
        assertSame(Context.CANCELED, v.err());
        assertEquals(0, Ctx.internal(parent.context()).childCount());
    }

    @Test
    void childCancelLeavesBackgroundParentUntouched() {
        Cancelable child = Context.withCancel(Context.background());
        child.cancel();
        assertTrue(Ctx.isDone(child.context()));
        assertSame(Context.CANCELED, child.context().err());
        assertNull(Context.background().err());
    }

    @Test
    void childCancelLeavesCancelableParentOpenAndRemovesItself() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            Cancelable child = Context.withCancel(parent.context());
            assertEquals(1, Ctx.internal(parent.context()).childCount());
            child.cancel();
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            assertTrue(Ctx.isDone(child.context()));
            assertSame(Context.CANCELED, child.context().err());
            assertFalse(Ctx.isDone(parent.context()));
            assertNull(parent.context().err());
        }
    }

    @Test
    void canceledTimeoutChildIsRemovedFromParent() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            Cancelable child = Context.withTimeout(parent.context(), Duration.ofMinutes(60));
            assertEquals(1, Ctx.internal(parent.context()).childCount());
            child.cancel();
            assertEquals(0, Ctx.internal(parent.context()).childCount());
        }
    }

    @Test
    void removingMiddleChildKeepsSiblingsLinked() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            Cancelable a = Context.withCancel(parent.context());
            Cancelable b = Context.withCancel(parent.context());
            Cancelable c = Context.withCancel(parent.context());
            b.cancel();
            assertEquals(2, Ctx.internal(parent.context()).childCount());
            parent.cancel();
            assertTrue(Ctx.isDone(a.context()));
            assertTrue(Ctx.isDone(c.context()));
        }
    }

    @Test
    void grandchildrenAreCanceledWithTheRoot() {
        Cancelable root = Context.withCancel(Context.background());
        Cancelable child = Context.withCancel(root.context());
        Cancelable grandchild = Context.withCancel(Context.withValue(child.context(), "k", 1));
        root.cancel();
        assertSame(Context.CANCELED, grandchild.context().err());
        assertTrue(Ctx.isDone(grandchild.context()));
    }

    /**
     * Go's TestContextErrDoneRace (issue 75533). A best-effort probe: the window it looks for
     * is a few instructions wide, and on a 2-core machine it did not catch a mutant that
     * skips err()'s wait for done; the invariant's argument is in CancelCtx.
     */
    @Test
    void errNonNullOnlyOnceDoneIsClosed() {
        for (int i = 0; i < 1_000; i++) {
            Cancelable c = Context.withCancel(Context.background());
            var done = c.context().done();
            go(c::cancel);
            while (c.context().err() == null) {
                Thread.onSpinWait();
            }
            assertTrue(done.tryRecv() != null, "err() is non-nil but done() is not closed");
        }
    }
}
