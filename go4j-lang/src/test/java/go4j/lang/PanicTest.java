package go4j.lang;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GoPanic's message is Go 1.19's printpanicval; RuntimeError's texts are Go's. */
class PanicTest {

    static final RType S = RType.named("main", "S").setUnderlying(RType.STRING);

    /** type S string in an interface: a named type's box, its value in the public field v. */
    static final class SBox implements GoValue {
        public final String v;

        SBox(String v) {
            this.v = v;
        }

        @Override
        public RType goType() {
            return S;
        }
    }

    static final RType T = RType.named("main", "T").setUnderlying(RType.struct(List.of(
            new RType.Field("X", RType.INT, false))));

    /** type T struct{ X int } in an interface. */
    static final class TVal implements GoValue {
        public long X;

        @Override
        public RType goType() {
            return T;
        }
    }

    /*
     * Expected texts: Go 1.19's "panic: ..." line for panic(v), for each v named.
     */

    @Test
    void basicValuesPrintAsGoPrintsThem() {
        assertEquals("42", new GoPanic(42L).getMessage());                       // panic(42)
        assertEquals("a1", new GoPanic("a1").getMessage());                      // panic(fmt.Sprintf("a%d", 1))
        assertEquals("true", new GoPanic(true).getMessage());                    // panic(true)
        assertEquals("+3.500000e+000", new GoPanic(3.5).getMessage());          // panic(3.5)
        assertEquals("+1.500000e+000", new GoPanic(1.5f).getMessage());         // panic(float32(1.5))
        assertEquals("3", new GoPanic((byte) 3).getMessage());                   // panic(any(uint8(3)))
        assertEquals("nil", new GoPanic(null).getMessage());                     // panic(nil)
        assertEquals("18446744073709551615", new GoPanic(new Box.Uint64(-1)).getMessage());
    }

    @Test
    void errorsAndStringersPrintTheirText() {
        assertEquals("x", new GoPanic(ErrorString.of("x")).getMessage());       // panic(errors.New("x"))
        Stringer s = () -> "str";
        assertEquals("str", GoPanic.printpanicval(s));
    }

    @Test
    void namedBasicTypesPrintWithTheirType() {
        assertEquals("main.S(\"x\")", new GoPanic(new SBox("x")).getMessage()); // panic(S("x"))
    }

    @Test
    void otherValuesPrintTypeAndAddress() {
        String m = new GoPanic(new TVal()).getMessage();                          // (main.T) 0xc0000a2000
        assertTrue(m.startsWith("(main.T) 0xc"), m);
        String s = new GoPanic(new Typed(RType.slice(RType.INT), SliceJ.of(1))).getMessage();
        assertTrue(s.startsWith("([]int) 0xc"), s);
    }

    @Test
    void printfloatRoundsAtSevenDigits() {
        assertEquals("+1.000000e+000", GoPanic.printfloat(0.99999999));
        assertEquals("-0.000000e+000", GoPanic.printfloat(-0.0));
        assertEquals("+1.234568e+003", GoPanic.printfloat(1234.5678));
        assertEquals("+Inf", GoPanic.printfloat(Double.POSITIVE_INFINITY));
        assertEquals("NaN", GoPanic.printfloat(Double.NaN));
    }

    @Test
    void runtimeErrorTexts() {
        // Each recovered in Go 1.19 and printed with %v.
        assertEquals("runtime error: integer divide by zero", RuntimeError.divide().getMessage());
        assertEquals("assignment to entry in nil map", RuntimeError.nilMapWrite().getMessage());
        assertEquals("interface conversion: interface {} is string, not int",
                RuntimeError.typeAssertion(RType.ANY, RType.STRING, RType.INT).getMessage());
        assertEquals("interface conversion: interface {} is nil, not int",
                RuntimeError.typeAssertion(RType.ANY, null, RType.INT).getMessage());
        RType stringer = RType.named("fmt", "Stringer").setUnderlying(RType.iface("interface { String() string }"));
        assertEquals("interface conversion: string is not fmt.Stringer: missing method String",
                RuntimeError.missingMethod(RType.STRING, stringer, "String").getMessage());
        assertEquals("interface conversion: interface {} is main.T, not *main.T",
                RuntimeError.typeAssertion(RType.ANY, T, RType.pointer(T)).getMessage());
        assertEquals("runtime error: comparing uncomparable type []int",
                RuntimeError.uncomparable(RType.slice(RType.INT)).getMessage());
    }

    @Test
    void nilDereferenceReportsTheSignalLineButErrorIsGoText() {
        GoPanic p = RuntimeError.nilDeref();
        assertEquals("runtime error: invalid memory address or nil pointer dereference", ((GoError) p.value()).Error());
        assertEquals("runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]", p.getMessage());
    }

    @Test
    void runtimeErrorsHaveGoTypes() {
        assertEquals("runtime.boundsError", RType.typeOf(RuntimeError.index(1, 0).value()).toString());
        assertEquals("runtime.errorString", RType.typeOf(RuntimeError.divide().value()).toString());
        assertEquals("runtime.plainError", RType.typeOf(RuntimeError.nilMapWrite().value()).toString());
        assertEquals("*runtime.TypeAssertionError",
                RType.typeOf(RuntimeError.typeAssertion(RType.ANY, null, RType.INT).value()).toString());
    }

    @Test
    void goPanicIsAGo4jPanic() {
        // go4j's report prints a GoPanic's value as Go's printpanicval does
        assertEquals("panic: 42", "panic: " + go4j.internal.runtime.Panics.value(new GoPanic(42L)));
    }

    @Test
    void unrecoveredPanicPrintsGoReport() {
        // Go 1.19: "panic: runtime error: index out of range [5] with length 3", a blank line,
        // then "goroutine 1 [running]:".
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true));
        try {
            org.junit.jupiter.api.Assertions.assertThrows(GoPanic.class,
                    () -> go4j.Go.main((Runnable) () -> SliceJ.get(SliceJ.of(1, 2, 3), 5)));
        } finally {
            System.setErr(old);
        }
        String report = err.toString();
        assertTrue(report.startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine "),
                report);
    }
}
