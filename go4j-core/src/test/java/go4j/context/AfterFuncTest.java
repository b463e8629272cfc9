package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import go4j.internal.runtime.G;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** afterFunc and its stop function (Go's TestAfterFunc*). */
@Timeout(30)
class AfterFuncTest {
    @Test
    void calledAfterCancelAndStopThenReturnsFalse() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Void> called = new Chan<>();
        BooleanSupplier stop = Context.afterFunc(c.context(), called::close);
        assertNull(called.tryRecv(), "called before the context is done");
        c.cancel();
        called.recv();
        assertFalse(stop.getAsBoolean());
    }

    @Test
    void calledAfterTimeout() {
        try (Cancelable c = Context.withTimeout(Context.background(), Ctx.SHORT)) {
            Chan<Void> called = new Chan<>();
            Context.afterFunc(c.context(), called::close);
            called.recv();
        }
    }

    @Test
    void calledAtOnceForADoneContext() {
        Cancelable c = Context.withCancel(Context.background());
        c.cancel();
        Chan<Void> called = new Chan<>();
        Context.afterFunc(c.context(), called::close);
        called.recv();
    }

    @Test
    void notCalledAfterStopAndSecondStopReturnsFalse() throws InterruptedException {
        Cancelable c = Context.withCancel(Context.background());
        AtomicInteger calls = new AtomicInteger();
        BooleanSupplier stop = Context.afterFunc(c.context(), calls::incrementAndGet);
        assertTrue(stop.getAsBoolean());
        c.cancel();
        Thread.sleep(20); // like Go's test: a wrong call would have a chance to show up
        assertEquals(0, calls.get());
        assertFalse(stop.getAsBoolean());
    }

    @Test
    void cancelDoesNotWaitForTheFunction() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Void> handoff = new Chan<>(); // unbuffered: f blocks until we receive
        BooleanSupplier stop = Context.afterFunc(c.context(), () -> handoff.send(null));
        c.cancel(); // returns although f is blocked
        handoff.recv();
        stop.getAsBoolean();
    }

    @Test
    void runsInAGoroutineOfItsOwn() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Boolean> onGoroutine = new Chan<>(1);
        Context.afterFunc(c.context(), () -> onGoroutine.send(G.current() != null));
        c.cancel();
        assertTrue(onGoroutine.recv());
    }

    @Test
    void severalFunctionsOnOneContextAllRun() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Integer> ran = new Chan<>(3);
        for (int i = 0; i < 3; i++) {
            int n = i;
            Context.afterFunc(c.context(), () -> ran.send(n));
        }
        c.cancel();
        int sum = ran.recv() + ran.recv() + ran.recv();
        assertEquals(3, sum);
    }

    @Test
    void stoppedFunctionsLeaveNoChildren() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            for (int i = 0; i < 1000; i++) {
                assertTrue(Context.afterFunc(c.context(), () -> { }).getAsBoolean());
            }
            assertEquals(0, Ctx.internal(c.context()).childCount());
        }
    }

    @Test
    void neverRunsOnBackgroundAndStopSucceeds() {
        BooleanSupplier stop = Context.afterFunc(Context.background(), () -> { throw new AssertionError("ran"); });
        assertTrue(stop.getAsBoolean());
        assertFalse(stop.getAsBoolean());
    }

    @Test
    void runsForAUserWrittenContextWithItsOwnDoneChannel() {
        Chan<Void> donec = new Chan<>();
        Cancelable inner = Context.withCancel(Context.background());
        Context user = new Ctx.OwnDoneContext(inner.context(), donec);
        Chan<Void> called = new Chan<>();
        Context.afterFunc(user, called::close);
        inner.cancel(); // so that user.err() is non-null once donec closes
        donec.close();
        called.recv();
    }

    @Test
    void stopRacingCancelRunsTheFunctionExactlyWhenStopFails() {
        for (int i = 0; i < 200; i++) {
            Cancelable c = Context.withCancel(Context.background());
            Chan<Void> called = new Chan<>();
            BooleanSupplier stop = Context.afterFunc(c.context(), called::close);
            go4j.Go.go(c::cancel);
            boolean stopped = stop.getAsBoolean();
            if (!stopped) {
                called.recv(); // must come
            }
            Ctx.awaitDone(c.context());
            assertNotNull(c.context().err());
        }
    }
}
