package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Background, TODO and the two errors (Go's TestBackground, TestTODO). */
@Timeout(30)
class RootsTest {
    @Test
    void backgroundDoneIsTheNilChannelAndNeverReady() {
        Context c = Context.background();
        assertNotNull(c);
        assertSame(Chan.nil(), c.done());
        assertFalse(Ctx.isDone(c));
    }

    @Test
    void backgroundHasNoDeadlineErrValueOrCause() {
        Context c = Context.background();
        assertTrue(c.deadline().isEmpty());
        assertNull(c.err());
        assertNull(c.value("anything"));
        assertNull(Context.cause(c));
    }

    @Test
    void backgroundString() {
        assertEquals("context.Background", Context.background().toString());
    }

    @Test
    void todoDoneIsTheNilChannelAndNeverReady() {
        Context c = Context.todo();
        assertNotNull(c);
        assertSame(Chan.nil(), c.done());
        assertFalse(Ctx.isDone(c));
        assertNull(c.err());
        assertTrue(c.deadline().isEmpty());
    }

    @Test
    void todoString() {
        assertEquals("context.TODO", Context.todo().toString());
    }

    @Test
    void backgroundAndTodoAreDistinctSingletons() {
        assertSame(Context.background(), Context.background());
        assertSame(Context.todo(), Context.todo());
        assertFalse(Context.background() == Context.todo());
    }

    @Test
    void errorsPrintGoMessages() {
        assertEquals("context canceled", Context.CANCELED.getMessage());
        assertEquals("context deadline exceeded", Context.DEADLINE_EXCEEDED.getMessage());
        assertEquals("context canceled", Context.CANCELED.toString());
        assertEquals("context deadline exceeded", Context.DEADLINE_EXCEEDED.toString());
    }

    @Test
    void errorsAreSharedValuesWithoutStackTraces() {
        assertEquals(0, Context.CANCELED.getStackTrace().length);
        assertEquals(0, Context.DEADLINE_EXCEEDED.getStackTrace().length);
    }
}
