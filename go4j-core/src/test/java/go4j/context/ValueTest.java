package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** withValue (Go's TestValues, TestWithValueChecksKey). */
@Timeout(30)
class ValueTest {
    /** Go's key1: an int key type without a String method. */
    static final class Key1 {
        final int v;

        Key1(int v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key1 k && k.v == v;
        }

        @Override
        public int hashCode() {
            return v;
        }
    }

    /** Go's key2: another key type, with a String method (a record's toString). */
    record Key2(int v) {
    }

    static final Key1 K1 = new Key1(1);
    static final Key2 K2 = new Key2(1); // same int as K1, different type
    static final Key2 K3 = new Key2(3); // same type as K2, different int

    private static void check(Context c, String v1, String v2, String v3) {
        assertEquals(v1, c.value(K1), "k1 in " + c);
        assertEquals(v2, c.value(K2), "k2 in " + c);
        assertEquals(v3, c.value(K3), "k3 in " + c);
    }

    @Test
    void backgroundHasNoValues() {
        check(Context.background(), null, null, null);
    }

    @Test
    void valueIsFoundOnItsOwnContext() {
        check(Context.withValue(Context.background(), K1, "c1k1"), "c1k1", null, null);
    }

    @Test
    void lookupWalksUpTheChainAndKeysOfDifferentTypesDoNotCollide() {
        Context c1 = Context.withValue(Context.background(), K1, "c1k1");
        Context c2 = Context.withValue(c1, K2, "c2k2");
        check(c2, "c1k1", "c2k2", null);
        Context c3 = Context.withValue(c2, K3, "c3k3");
        check(c3, "c1k1", "c2k2", "c3k3");
    }

    @Test
    void nearerValueShadowsFartherOneEvenWhenNull() {
        Context c3 = Context.withValue(Context.withValue(Context.withValue(
                Context.background(), K1, "c1k1"), K2, "c2k2"), K3, "c3k3");
        Context c4 = Context.withValue(c3, K1, null);
        check(c4, null, "c2k2", "c3k3");
    }

    @Test
    void lookupPassesThroughWrappersBothWays() {
        check(new Ctx.OtherContext(Context.background()), null, null, null);
        Context o1 = new Ctx.OtherContext(Context.withValue(Context.background(), K1, "c1k1"));
        check(o1, "c1k1", null, null);
        Context o2 = Context.withValue(o1, K2, "o2k2");
        check(o2, "c1k1", "o2k2", null);
        Context c4 = Context.withValue(Context.withValue(Context.withValue(Context.withValue(
                Context.background(), K1, "c1k1"), K2, "c2k2"), K3, "c3k3"), K1, null);
        Context o3 = new Ctx.OtherContext(c4);
        check(o3, null, "c2k2", "c3k3");
        Context o4 = Context.withValue(o3, K3, null);
        check(o4, null, "c2k2", null);
    }

    @Test
    void lookupPassesThroughCancelAndTimerContexts() {
        Context v = Context.withValue(Context.background(), K1, "c1k1");
        try (Cancelable c = Context.withCancel(v);
             Cancelable t = Context.withTimeout(c.context(), Ctx.VERY_LONG)) {
            check(t.context(), "c1k1", null, null);
            c.cancel();
            check(t.context(), "c1k1", null, null);
        }
    }

    @Test
    void keysCompareWithEquals() {
        Context c = Context.withValue(Context.background(), new String("user"), "alice");
        assertEquals("alice", c.value(new String("user")));
        assertEquals("c1k1", Context.withValue(Context.background(), new Key1(1), "c1k1").value(new Key1(1)));
    }

    @Test
    void nullLookupKeyFindsNothing() {
        assertNull(Context.withValue(Context.background(), K1, "x").value(null));
    }

    @Test
    void valueString() {
        Context c1 = Context.withValue(Context.background(), K1, "c1k1");
        assertEquals("context.Background.WithValue(go4j.context.ValueTest$Key1, c1k1)", c1.toString());
        Context c2 = Context.withValue(c1, K2, "c2k2");
        assertEquals("context.Background.WithValue(go4j.context.ValueTest$Key1, c1k1)"
                + ".WithValue(Key2[v=1], c2k2)", c2.toString());
        Context c4 = Context.withValue(Context.withValue(c2, K3, "c3k3"), K1, null);
        assertEquals("context.Background.WithValue(go4j.context.ValueTest$Key1, c1k1)"
                + ".WithValue(Key2[v=1], c2k2).WithValue(Key2[v=3], c3k3)"
                + ".WithValue(go4j.context.ValueTest$Key1, <nil>)", c4.toString());
    }

    @Test
    void valueStringNamesAWrapperByItsType() {
        Context o = new Ctx.OtherContext(Context.background());
        assertEquals("go4j.context.Ctx$OtherContext.WithValue(k, v)", Context.withValue(o, "k", "v").toString());
    }

    @Test
    void valueContextSharesItsParentsDoneAndErr() {
        Cancelable c = Context.withCancel(Context.background());
        Context v = Context.withValue(c.context(), K1, "x");
        assertSame(c.context().done(), v.done());
        assertNull(v.err());
        c.cancel();
        assertSame(Context.CANCELED, v.err());
    }

    @Test
    void nullKeyIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Context.withValue(Context.background(), null, "bar"));
        assertEquals("nil key", e.getMessage());
    }

    @Test
    void arrayKeyIsNotComparable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Context.withValue(Context.background(), "foo".getBytes(), "bar"));
        assertEquals("key is not comparable", e.getMessage());
    }
}
