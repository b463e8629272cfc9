package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** withDeadline and withTimeout (Go's TestDeadline, TestTimeout, TestCanceledTimeout, ...). */
@Timeout(30)
class DeadlineTest {
    private static void assertExpires(Context c) {
        Ctx.awaitDone(c);
        assertSame(Context.DEADLINE_EXCEEDED, c.err(), c.toString());
    }

    @Test
    void deadlineExceededIsATimeoutAndCanceledIsNot() {
        // Go: context.DeadlineExceeded has Timeout() true (a net.Error-style timeout);
        // context.Canceled has no Timeout method.
        assertTrue(Context.DEADLINE_EXCEEDED instanceof go4j.context.Timeout t && t.timeout());
        assertFalse(Context.CANCELED instanceof go4j.context.Timeout);
    }

    @Test
    void anExpiredContextsErrSaysTimeout() {
        Context c = Context.withTimeout(Context.background(), Ctx.SHORT).context();
        Ctx.awaitDone(c);
        assertTrue(c.err() instanceof go4j.context.Timeout t && t.timeout(), String.valueOf(c.err()));
        Cancelable k = Context.withTimeout(Context.background(), Duration.ofHours(1));
        k.cancel();
        assertFalse(k.context().err() instanceof go4j.context.Timeout, "a cancel is not a timeout");
    }

    @Test
    void withDeadlineExpiresWithDeadlineExceeded() {
        Context c = Context.withDeadline(Context.background(), Instant.now().plus(Ctx.SHORT)).context();
        assertTrue(c.toString().startsWith("context.Background.WithDeadline("), c.toString());
        assertExpires(c);
    }

    @Test
    void withDeadlineSeenThroughAWrapperExpires() {
        Context c = Context.withDeadline(Context.background(), Instant.now().plus(Ctx.SHORT)).context();
        assertExpires(new Ctx.OtherContext(c));
    }

    @Test
    void laterDeadlineUnderAWrapperExpiresWithTheParent() {
        Context c = Context.withDeadline(Context.background(), Instant.now().plus(Ctx.SHORT)).context();
        Context o = new Ctx.OtherContext(c);
        try (Cancelable child = Context.withDeadline(o, Instant.now().plus(Ctx.VERY_LONG))) {
            assertExpires(child.context());
        }
    }

    @Test
    void deadlineInThePastIsBornExceeded() {
        Cancelable c = Context.withDeadline(Context.background(), Instant.now().minus(Ctx.SHORT));
        assertTrue(Ctx.isDone(c.context()));
        assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
    }

    @Test
    void deadlineNowIsExceeded() {
        assertExpires(Context.withDeadline(Context.background(), Instant.now()).context());
    }

    @Test
    void deadlineInThePastUnderACancelableParentLeavesNoChild() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            Cancelable c = Context.withDeadline(parent.context(), Instant.now().minusSeconds(1));
            assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            assertNull(parent.context().err());
        }
    }

    @Test
    void withTimeoutExpiresWithDeadlineExceeded() {
        Context c = Context.withTimeout(Context.background(), Ctx.SHORT).context();
        assertTrue(c.toString().startsWith("context.Background.WithDeadline("), c.toString());
        assertExpires(c);
    }

    @Test
    void withTimeoutSeenThroughAWrapperExpires() {
        assertExpires(new Ctx.OtherContext(Context.withTimeout(Context.background(), Ctx.SHORT).context()));
    }

    @Test
    void longTimeoutUnderAWrapperExpiresWithTheParent() {
        Context o = new Ctx.OtherContext(Context.withTimeout(Context.background(), Ctx.SHORT).context());
        try (Cancelable c = Context.withTimeout(o, Ctx.VERY_LONG)) {
            assertExpires(c.context());
        }
    }

    @Test
    void negativeTimeoutIsBornExceeded() {
        Cancelable c = Context.withTimeout(Context.background(), Duration.ofSeconds(-1));
        assertTrue(Ctx.isDone(c.context()));
        assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
    }

    @Test
    void zeroTimeoutIsBornExceeded() {
        Cancelable c = Context.withTimeout(Context.background(), Duration.ZERO);
        assertTrue(Ctx.isDone(c.context()));
        assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
    }

    @Test
    void mostNegativeTimeoutIsBornExceeded() {
        Cancelable c = Context.withTimeout(Context.background(), Duration.ofSeconds(Long.MIN_VALUE));
        assertSame(Context.DEADLINE_EXCEEDED, c.context().err());
    }

    @Test
    void hugeTimeoutAndDeadlineDoNotOverflow() {
        try (Cancelable a = Context.withTimeout(Context.background(), Duration.ofSeconds(Long.MAX_VALUE));
             Cancelable b = Context.withDeadline(Context.background(), Instant.MAX)) {
            assertFalse(Ctx.isDone(a.context()));
            assertFalse(Ctx.isDone(b.context()));
            assertEquals(Optional.of(Instant.MAX), b.context().deadline());
        }
    }

    @Test
    void cancelingATimeoutUnderAWrapperIsSynchronous() {
        try (Cancelable outer = Context.withTimeout(Context.background(), Duration.ofSeconds(1))) {
            Context o = new Ctx.OtherContext(outer.context());
            Cancelable c = Context.withTimeout(o, Ctx.VERY_LONG);
            c.cancel();
            assertTrue(Ctx.isDone(c.context()));
            assertSame(Context.CANCELED, c.context().err());
        }
    }

    @Test
    void childWithLaterDeadlineReportsTheParentsAndIsAPlainCancelContext() {
        Instant early = Instant.now().plus(Duration.ofHours(1));
        try (Cancelable parent = Context.withDeadline(Context.background(), early);
             Cancelable child = Context.withDeadline(parent.context(), early.plus(Duration.ofHours(1)))) {
            assertEquals(Optional.of(early), child.context().deadline());
            assertFalse(child.context() instanceof TimerCtx);
            assertTrue(child.context().toString().endsWith("]).WithCancel"), child.context().toString());
            parent.cancel();
            assertSame(Context.CANCELED, child.context().err());
        }
    }

    @Test
    void childWithLaterTimeoutExpiresWithTheParentsDeadline() {
        Cancelable parent = Context.withTimeout(Context.background(), Ctx.SHORT);
        try (Cancelable child = Context.withTimeout(parent.context(), Ctx.VERY_LONG)) {
            assertEquals(parent.context().deadline(), child.context().deadline());
            assertExpires(child.context());
        }
    }

    @Test
    void childWithEarlierDeadlineKeepsItsOwn() {
        Instant late = Instant.now().plus(Duration.ofHours(2));
        Instant early = late.minus(Duration.ofHours(1));
        try (Cancelable parent = Context.withDeadline(Context.background(), late);
             Cancelable child = Context.withDeadline(parent.context(), early)) {
            assertEquals(Optional.of(early), child.context().deadline());
            assertInstanceOf(TimerCtx.class, child.context());
        }
    }

    @Test
    void childWithTheSameDeadlineGetsATimerOfItsOwn() {
        Instant d = Instant.now().plus(Duration.ofHours(1));
        try (Cancelable parent = Context.withDeadline(Context.background(), d);
             Cancelable child = Context.withDeadline(parent.context(), d)) {
            assertInstanceOf(TimerCtx.class, child.context()); // Go: only an earlier parent deadline wins
        }
    }

    @Test
    void deadlineIsInheritedThroughValueAndCancelContexts() {
        Instant d = Instant.now().plus(Duration.ofHours(1));
        try (Cancelable t = Context.withDeadline(Context.background(), d);
             Cancelable c = Context.withCancel(Context.withValue(t.context(), "k", "v"))) {
            assertEquals(Optional.of(d), Context.withValue(c.context(), "k2", "v2").deadline());
            assertEquals(Optional.of(d), c.context().deadline());
        }
    }

    @Test
    void withoutDeadlineDeadlineIsEmpty() {
        try (Cancelable c = Context.withCancel(Context.background())) {
            assertTrue(c.context().deadline().isEmpty());
        }
    }

    @Test
    void expiryCancelsDescendants() {
        Cancelable parent = Context.withTimeout(Context.background(), Ctx.SHORT);
        Cancelable child = Context.withCancel(parent.context());
        Context grandchild = Context.withValue(Context.withCancel(child.context()).context(), "k", "v");
        Ctx.awaitDone(grandchild);
        assertSame(Context.DEADLINE_EXCEEDED, grandchild.err());
        assertSame(Context.DEADLINE_EXCEEDED, child.context().err());
    }

    @Test
    void expiredChildLeavesItsParent() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            Cancelable child = Context.withTimeout(parent.context(), Ctx.SHORT);
            Ctx.awaitDone(child.context());
            Ctx.eventually(() -> Ctx.internal(parent.context()).childCount() == 0);
            assertNull(parent.context().err());
        }
    }

    @Test
    void cancelBeforeExpiryGivesCanceled() {
        Cancelable c = Context.withTimeout(Context.background(), Ctx.VERY_LONG);
        c.cancel();
        assertSame(Context.CANCELED, c.context().err());
        assertSame(Context.CANCELED, Context.cause(c.context()));
    }

    @Test
    void deadlineStringHasGoTimeAndTimeLeft() {
        try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofHours(1))) {
            String s = c.context().toString();
            assertTrue(s.matches("context\\.Background\\.WithDeadline\\("
                    + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])? [+-]\\d{4} \\S+"
                    + " \\[(59m\\d+(\\.\\d+)?s|1h0m0s)\\]\\)"), s);
        }
    }
}
