package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** withoutCancel (Go's TestWithoutCancel). */
@Timeout(30)
class WithoutCancelTest {
    @Test
    void keepsValuesAndDropsDeadlineDoneAndErr() {
        try (Cancelable t = Context.withTimeout(Context.withValue(Context.background(), "key", "value"), Ctx.VERY_LONG)) {
            Context ctx = Context.withoutCancel(t.context());
            assertTrue(ctx.deadline().isEmpty());
            assertSame(Chan.nil(), ctx.done());
            assertNull(ctx.err());
            assertEquals("value", ctx.value("key"));
        }
    }

    @Test
    void isNotCanceledWithItsParent() {
        Cancelable p = Context.withCancel(Context.background());
        Context ctx = Context.withoutCancel(p.context());
        p.cancel();
        assertFalse(Ctx.isDone(ctx));
        assertNull(ctx.err());
        assertNull(Context.cause(ctx));
    }

    @Test
    void childrenDoNotJoinTheOriginalTree() {
        Cancelable p = Context.withCancel(Context.background());
        try (Cancelable child = Context.withCancel(Context.withoutCancel(p.context()))) {
            assertEquals(0, Ctx.internal(p.context()).childCount());
            p.cancel();
            assertNull(child.context().err());
            assertTrue(child.context().deadline().isEmpty());
        }
    }

    @Test
    void withoutCancelString() {
        try (Cancelable p = Context.withCancel(Context.background())) {
            assertEquals("context.Background.WithCancel.WithoutCancel", Context.withoutCancel(p.context()).toString());
        }
    }
}
