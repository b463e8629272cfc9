package go4j.context;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Context.Key: typed values with no cast, keys equal only to themselves, Go's lookup up the chain. */
@Timeout(30)
class TypedKeyTest {
    static final Context.Key<String> REQUEST_ID = new Context.Key<>("requestID");
    static final Context.Key<Integer> ATTEMPT = new Context.Key<>("attempt");

    @Test
    void valueOfATypedKeyReturnsTheStoredValueWithNoCast() {
        Context ctx = Context.withValue(Context.background(), REQUEST_ID, "r-42");
        String id = ctx.value(REQUEST_ID);
        assertEquals("r-42", id);
        int attempt = Context.withValue(ctx, ATTEMPT, 3).value(ATTEMPT);
        assertEquals(3, attempt);
    }

    @Test
    void lookupWalksUpThroughEveryKindOfContext() {
        Context root = Context.withValue(Context.background(), REQUEST_ID, "r-1");
        try (Cancelable c = Context.withCancel(root);
             Cancelable d = Context.withDeadline(c.context(), Instant.now().plusSeconds(3600))) {
            Context wrapped = new Ctx.OtherContext(Context.withoutCancel(d.context()));
            Context leaf = Context.withValue(wrapped, ATTEMPT, 1);
            assertEquals("r-1", leaf.value(REQUEST_ID));
            assertEquals(1, leaf.value(ATTEMPT));
        }
    }

    @Test
    void aNearerValueForTheSameKeyShadowsAFartherOne() {
        Context outer = Context.withValue(Context.background(), REQUEST_ID, "outer");
        Context inner = Context.withValue(outer, REQUEST_ID, "inner");
        assertEquals("inner", inner.value(REQUEST_ID));
        assertEquals("outer", outer.value(REQUEST_ID), "a parent never sees its child's values");
        assertNull(Context.withValue(inner, REQUEST_ID, null).value(REQUEST_ID), "a nil value shadows too");
    }

    @Test
    void twoKeysWithTheSameNameAreDifferentKeys() {
        Context.Key<String> other = new Context.Key<>("requestID");
        Context ctx = Context.withValue(Context.background(), REQUEST_ID, "mine");
        assertNull(ctx.value(other));
        assertNotEquals(REQUEST_ID, other);
    }

    @Test
    void aKeyIsEqualOnlyToItself() {
        assertTrue(REQUEST_ID.equals(REQUEST_ID), "equals is reflexive");
        assertEquals(System.identityHashCode(REQUEST_ID), REQUEST_ID.hashCode());
        assertNotEquals(REQUEST_ID, "requestID");
    }

    @Test
    void absentKeyGivesNull() {
        assertNull(Context.background().value(REQUEST_ID));
        assertNull(Context.withValue(Context.background(), "requestID", "x").value(REQUEST_ID),
                "a key of another type with the same name is another key");
    }

    @Test
    void typedAndUntypedFormsFindTheSameValue() {
        Context typed = Context.withValue(Context.background(), REQUEST_ID, "t");
        assertEquals("t", typed.value((Object) REQUEST_ID));
        Context untyped = Context.withValue(Context.background(), (Object) REQUEST_ID, "u");
        String u = untyped.value(REQUEST_ID);
        assertEquals("u", u);
    }

    @Test
    void valueOfANullKeyIsNullAsGosValueOfNil() {
        Context.Key<String> none = null;
        assertNull(Context.withValue(Context.background(), REQUEST_ID, "x").value(none));
        assertNull(Context.background().value(null));
    }

    @Test
    void keyPrintsAsItsNameAndSoDoesTheContextCarryingIt() {
        assertEquals("requestID", REQUEST_ID.toString());
        assertEquals("context.Background.WithValue(requestID, r-42)",
                Context.withValue(Context.background(), REQUEST_ID, "r-42").toString());
    }

    @Test
    void nullNameIsRejected() {
        assertThrows(NullPointerException.class, () -> new Context.Key<String>(null));
    }

    @Test
    void nullKeyOrParentIsRejectedAsForAnUntypedKey() {
        Context.Key<String> none = null;
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Context.withValue(Context.background(), none, "x"));
        assertEquals("nil key", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Context.withValue(null, REQUEST_ID, "x"));
        assertEquals("cannot create context from nil parent", e.getMessage());
    }

    @Test
    void aUserWrittenContextServesTypedKeysThroughItsValueMethod() {
        Context ctx = new Ctx.OtherContext(Context.withValue(Context.background(), ATTEMPT, 7));
        Integer n = ctx.value(ATTEMPT);
        assertEquals(7, n);
    }
}
