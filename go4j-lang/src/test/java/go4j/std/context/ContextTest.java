package go4j.std.context;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import go4j.fn.F$$V;
import go4j.fn.M$Deadline$$A;
import go4j.fn.M$Done$$L;
import go4j.fn.M$Err$$L;
import go4j.fn.M$Value$L$L;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Typed;
import go4j.std.time.Time;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * context through the Java side compiled code calls: the errors' texts and types, the roots,
 * cancellation down the tree, deadlines, value lookup by Go's {@code ==}, Go's panics, and a
 * parent written in Go. The texts are what Go 1.19 prints for the same calls.
 */
@Timeout(30)
class ContextTest {
    /** A compiled named string type's box, as {@code type key string} has. */
    public static final class Key implements GoValue {
        static final RType TYPE = RType.named("main", "key").setUnderlying(RType.STRING);
        public final String v;

        Key(String v) {
            this.v = v;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /**
     * A context written in Go, as the compiler shapes it: a struct with the four methods,
     * canceled when its channel is closed, with an error of its own.
     */
    public static final class Manual implements M$Deadline$$A, M$Done$$L, M$Err$$L, M$Value$L$L, GoValue {
        static final RType TYPE = RType.pointer(RType.named("main", "manual").setUnderlying(RType.struct(List.of())));
        final Chan<Object> done = new Chan<>();
        final Object err = go4j.std.errors.Pkg.New("manual stop");

        @Override
        public Object[] Deadline() {
            return new Object[] {new Time(), false};
        }

        @Override
        public Object Done() {
            return done;
        }

        @Override
        public Object Err() {
            return done.tryRecv() != null ? err : null;
        }

        @Override
        public Object Value(Object key) {
            return "manual".equals(key) ? "yes" : null;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    private static Ctx ctx(Object[] pair) {
        return (Ctx) pair[0];
    }

    private static void cancel(Object[] pair) {
        ((F$$V) pair[1]).call();
    }

    /** Waits until ctx's Done channel is closed, and checks that it is. */
    private static void awaitDone(Ctx c) {
        assertNull(((Chan<?>) c.Done()).recv(), "nothing is sent on Done: a receive means closed");
    }

    @Test
    void theErrorsPrintAndTypeAsGos() {
        assertEquals("*errors.errorString context canceled", sprintf("%T %v", Pkg.Canceled, Pkg.Canceled));
        assertEquals("context.deadlineExceededError context deadline exceeded",
                sprintf("%T %v", Pkg.DeadlineExceeded, Pkg.DeadlineExceeded));
        assertTrue(DeadlineExceededError.INSTANCE.Timeout());
        assertTrue(go4j.std.errors.Pkg.Is(Pkg.DeadlineExceeded, Pkg.DeadlineExceeded));
        assertFalse(go4j.std.errors.Pkg.Is(Pkg.Canceled, Pkg.DeadlineExceeded));
    }

    @Test
    void theRootsAreNeverCanceled() {
        Ctx bg = (Ctx) Pkg.Background();
        assertSame(bg, Pkg.Background());
        assertEquals("*context.emptyCtx context.Background context.TODO", sprintf("%T %v %v", bg, bg, Pkg.TODO()));
        assertNull(bg.Done(), "Go's nil channel");
        assertNull(bg.Err());
        assertNull(bg.Value("k"));
        Object[] d = bg.Deadline();
        assertEquals(false, d[1]);
        assertTrue(((Time) d[0]).IsZero());
    }

    @Test
    void cancelClosesDoneAndCancelsTheChildren() {
        Object[] parent = Pkg.WithCancel(Pkg.Background());
        Object[] child = Pkg.WithCancel(Pkg.WithValue(ctx(parent), "k", "v"));
        assertEquals("*context.cancelCtx context.Background.WithCancel", sprintf("%T %v", ctx(parent), ctx(parent)));
        assertInstanceOf(Chan.class, ctx(child).Done());
        assertSame(ctx(child).Done(), ctx(child).Done());
        assertNull(ctx(child).Err());
        cancel(parent);
        cancel(parent); // a second call does nothing
        awaitDone(ctx(child));
        assertSame(Pkg.Canceled, ctx(parent).Err());
        assertSame(Pkg.Canceled, ctx(child).Err());
        assertEquals("v", ctx(child).Value("k"));
    }

    @Test
    void aTimeoutExpiresWithDeadlineExceeded() {
        Time start = go4j.std.time.Pkg.Now();
        Object[] t = Pkg.WithTimeout(Pkg.Background(), 50_000_000L);
        Object[] d = ctx(t).Deadline();
        assertEquals(true, d[1]);
        assertEquals(50_000_000L, ((Time) d[0]).Sub(start), 10_000_000L, "now + the timeout");
        assertEquals("*context.timerCtx", sprintf("%T", ctx(t)));
        assertTrue(sprintf("%v", ctx(t)).startsWith("context.Background.WithDeadline("), sprintf("%v", ctx(t)));
        awaitDone(ctx(t));
        assertTrue(go4j.std.time.Pkg.Since(start) >= 50_000_000L, "not before the deadline");
        assertSame(Pkg.DeadlineExceeded, ctx(t).Err());
        cancel(t); // after the deadline: the error stays
        assertSame(Pkg.DeadlineExceeded, ctx(t).Err());
    }

    @Test
    void aDeadlineAlreadyPastIsBornExpired() {
        Time past = go4j.std.time.Pkg.Now().Add(-1_000_000_000L);
        Object[] t = Pkg.WithDeadline(Pkg.Background(), past);
        assertSame(Pkg.DeadlineExceeded, ctx(t).Err());
        assertTrue(((Time) ctx(t).Deadline()[0]).Equal(past));
    }

    @Test
    void aLaterDeadlineThanTheParentsIsAPlainCancel() {
        Object[] outer = Pkg.WithTimeout(Pkg.Background(), 3_600_000_000_000L);
        Object[] inner = Pkg.WithTimeout(ctx(outer), 7_200_000_000_000L);
        assertEquals("*context.cancelCtx", sprintf("%T", ctx(inner)));
        assertTrue(((Time) ctx(inner).Deadline()[0]).Equal((Time) ctx(outer).Deadline()[0]));
        cancel(outer);
        awaitDone(ctx(inner));
        assertSame(Pkg.Canceled, ctx(inner).Err());
    }

    @Test
    void valuesAreFoundByGosEquality() {
        Object c = Pkg.WithValue(Pkg.Background(), new Key("user"), "gopher");
        c = Pkg.WithValue(c, 1L, 42L);
        c = Pkg.WithValue(c, new Key("user"), "shadow");
        Ctx v = (Ctx) c;
        assertEquals("shadow", v.Value(new Key("user")), "an equal key of another object, the nearest");
        assertEquals(42L, v.Value(1L));
        assertNull(v.Value(1), "an int32 1 is not an int 1");
        assertNull(v.Value("user"), "a string is not a main.key");
        assertEquals("*context.valueCtx", sprintf("%T", v));
        assertEquals("context.Background.WithValue(type main.key, val gopher).WithValue(type int, val <not Stringer>)"
                + ".WithValue(type main.key, val shadow)", sprintf("%v", v));
    }

    @Test
    void badArgumentsPanicWithGosValues() {
        assertEquals("cannot create context from nil parent",
                assertThrows(GoPanic.class, () -> Pkg.WithCancel(null)).value());
        assertEquals("cannot create context from nil parent",
                assertThrows(GoPanic.class, () -> Pkg.WithTimeout(null, 1L)).value());
        assertEquals("nil key", assertThrows(GoPanic.class, () -> Pkg.WithValue(Pkg.Background(), null, 1L)).value());
        Object slice = new Typed(RType.slice(RType.INT), null);
        assertEquals("key is not comparable",
                assertThrows(GoPanic.class, () -> Pkg.WithValue(Pkg.Background(), slice, 1L)).value());
    }

    @Test
    void aParentWrittenInGoIsWatched() {
        Manual m = new Manual();
        Object[] child = Pkg.WithCancel(m);
        assertEquals("yes", ctx(child).Value("manual"), "values come from the Go parent");
        assertEquals("*main.manual.WithCancel", sprintf("%v", ctx(child)), "Go's contextName: the type");
        assertNull(ctx(child).Err());
        m.done.close();
        awaitDone(ctx(child));
        assertSame(m.err, ctx(child).Err(), "the parent's own error");
    }

    /** A Go struct embedding a context: its promoted methods forward to the embedded one. */
    public static final class Embedding implements M$Deadline$$A, M$Done$$L, M$Err$$L, M$Value$L$L, GoValue {
        static final RType TYPE = RType.named("main", "embedding").setUnderlying(RType.struct(List.of()));
        final Ctx inner;

        Embedding(Ctx inner) {
            this.inner = inner;
        }

        @Override
        public Object[] Deadline() {
            return inner.Deadline();
        }

        @Override
        public Object Done() {
            return inner.Done();
        }

        @Override
        public Object Err() {
            return inner.Err();
        }

        @Override
        public Object Value(Object key) {
            return inner.Value(key);
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    @Test
    void aParentEmbeddingOneOfOursPassesTheCancelOn() {
        Object[] root = Pkg.WithCancel(Pkg.Background());
        Embedding e = new Embedding((Ctx) Pkg.WithValue(ctx(root), "k", "v"));
        Object[] child = Pkg.WithTimeout(e, 3_600_000_000_000L);
        assertEquals("v", ctx(child).Value("k"));
        assertEquals("main.embedding.WithDeadline(", sprintf("%v", ctx(child)).substring(0, 28));
        cancel(root);
        awaitDone(ctx(child));
        assertSame(Pkg.Canceled, ctx(child).Err());
    }
}
