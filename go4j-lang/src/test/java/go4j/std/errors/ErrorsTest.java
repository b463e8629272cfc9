package go4j.std.errors;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.CellL;
import go4j.lang.GoError;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Typed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** errors: New's type and text, Is and Unwrap along a chain, As into a pointer's cell. */
class ErrorsTest {
    /** A compiled error type's shape: a struct class with Error and an erased Unwrap. */
    public static final class Wrap implements GoError, GoValue {
        static final RType TYPE = RType.pointer(RType.named("main", "wrap").setUnderlying(RType.struct(List.of())));
        private final Object inner;

        Wrap(Object inner) {
            this.inner = inner;
        }

        @Override
        public String Error() {
            return "wrap: " + ((GoError) inner).Error();
        }

        public Object Unwrap() {
            return inner;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** An error whose Is method claims every error with the same text. */
    public static final class SameText implements GoError, GoValue {
        static final RType TYPE = RType.pointer(RType.named("main", "sameText").setUnderlying(RType.struct(List.of())));

        @Override
        public String Error() {
            return "boom";
        }

        public boolean Is(Object target) {
            return target instanceof GoError e && e.Error().equals("boom");
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** A compiled struct type with a value method Error: the object is *NotFound, a $Val subclass NotFound. */
    public static class NotFound implements GoError, GoValue {
        static final RType NAMED = RType.named("main", "NotFound").setUnderlying(
                RType.struct(List.of(new RType.Field("Key", RType.STRING, false))));
        public String Key = "";

        public void $set(NotFound o) {
            Key = o.Key;
        }

        @Override
        public String Error() {
            return "not found: " + Key;
        }

        @Override
        public RType goType() {
            return RType.pointer(NAMED);
        }
    }

    /** NotFound's value in an interface. */
    public static final class NotFoundVal extends NotFound {
        @Override
        public RType goType() {
            return NAMED;
        }
    }

    @Test
    void asIntoAnInterface() {
        CellL target = new CellL(); // var e error; errors.As(err, &e)
        Object w = new Wrap(Pkg.New("x"));
        assertTrue(Pkg.As(w, new Typed(RType.pointer(RType.ERROR), target)));
        assertSame(w, target.v);
        CellL isser = new CellL(); // var i interface{ Is(error) bool }
        Object ptr = new Typed(RType.pointer(RType.iface("interface { Is(error) bool }")), isser);
        SameText same = new SameText();
        assertTrue(Pkg.As(new Wrap(same), ptr));
        assertSame(same, isser.v);
        assertFalse(Pkg.As(Pkg.New("x"), ptr));
    }

    @Test
    void asIntoAStructCopiesIt() {
        NotFoundVal err = new NotFoundVal();
        err.Key = "k";
        NotFound target = new NotFound(); // var nf NotFound; errors.As(err, &nf)
        assertTrue(Pkg.As(new Wrap(err), target));
        assertEquals("k", target.Key);
        assertFalse(Pkg.As(Pkg.New("x"), new NotFound()));
    }

    @Test
    void newIsAPointerToErrorString() {
        Object e = Pkg.New("boom");
        assertEquals("*errors.errorString boom", sprintf("%T %v", e, e));
        assertFalse(Pkg.Is(e, Pkg.New("boom")), "each New is a distinct pointer");
        assertTrue(Pkg.Is(e, e));
        assertTrue(Pkg.Is(null, null));
        assertFalse(Pkg.Is(e, null));
    }

    @Test
    void chains() {
        Object base = Pkg.New("base");
        Object w = new Wrap(new Wrap(base));
        assertEquals("wrap: wrap: base", ((GoError) w).Error());
        assertTrue(Pkg.Is(w, base));
        assertSame(base, Pkg.Unwrap(Pkg.Unwrap(w)));
        assertNull(Pkg.Unwrap(base));
        assertNull(Pkg.Unwrap(null));
        assertTrue(Pkg.Is(new Wrap(new SameText()), Pkg.New("boom")), "through the Is method");
        assertFalse(Pkg.Is(new Wrap(new SameText()), Pkg.New("other")));
    }

    @Test
    void as() {
        Object base = new SameText();
        CellL target = new CellL(); // var target *sameText, escaped for &target
        Object ptr = new Typed(RType.pointer(SameText.TYPE), target);
        assertTrue(Pkg.As(new Wrap(base), ptr));
        assertSame(base, target.v);
        assertFalse(Pkg.As(Pkg.New("x"), ptr));
        GoPanic p = assertThrows(GoPanic.class, () -> Pkg.As(base, null));
        assertEquals("errors: target must be a non-nil pointer", p.value());
        Object intPtr = new Typed(RType.pointer(RType.INT), new go4j.lang.CellJ());
        p = assertThrows(GoPanic.class, () -> Pkg.As(base, intPtr));
        assertEquals("errors: *target must be interface or implement error", p.value());
    }
}
