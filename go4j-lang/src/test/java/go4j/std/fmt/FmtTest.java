package go4j.std.fmt;

import go4j.lang.Box;
import go4j.lang.ErrorString;
import go4j.lang.GoError;
import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.SliceJ;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Strconv;
import go4j.lang.Stringer;
import go4j.lang.Typed;
import go4j.lang.Writer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fmt's output against Go 1.19's: every expected text below was printed by real Go for the
 * same format and operands (a table program calling fmt.Sprintf, in the style of Go's
 * fmt_test.go). Operands are boxed as compiler.md says generated code boxes them.
 */
class FmtTest {

    // ---- Go types the cases use ----

    /** type P struct{ X, Y int }: the class is *P's object; PVal is a P in an interface. */
    static class P implements GoValue {
        static final RType TYPE = RType.named("main", "P").setUnderlying(RType.struct(List.of(
                new RType.Field("X", RType.INT, false), new RType.Field("Y", RType.INT, false))));
        public long X;
        public long Y;

        P(long x, long y) {
            X = x;
            Y = y;
        }

        @Override
        public RType goType() {
            return RType.pointer(TYPE);
        }
    }

    static final class PVal extends P {
        PVal(long x, long y) {
            super(x, y);
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** type Celsius float64 with String() = FormatFloat(c, 'f', 1, 64) + "C". */
    static final class Celsius implements GoValue, Stringer {
        static final RType TYPE = RType.named("main", "Celsius").setUnderlying(RType.FLOAT64);
        public final double v;

        Celsius(double v) {
            this.v = v;
        }

        @Override
        public RType goType() {
            return TYPE;
        }

        @Override
        public String String() {
            return Strconv.formatFloat(v, 'f', 1, 64) + "C";
        }
    }

    private static Object ints(long... v) {
        return new Typed(RType.slice(RType.INT), SliceJ.of(v));
    }

    private static Object strs(String... v) {
        return new Typed(RType.slice(RType.STRING), SliceL.of((Object[]) v));
    }

    private static Object bytes(String s) {
        return new Typed(RType.slice(RType.UINT8), SliceB.fromString(s));
    }

    private static GoMap map(Object... kv) {
        GoMap m = GoMap.make(0);
        for (int i = 0; i < kv.length; i += 2) {
            GoMap.put(m, kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Arguments row(String format, String want, Object... args) {
        return Arguments.of(format, want, args);
    }

    static Stream<Arguments> sprintf() {
        Object nilInts = new Typed(RType.slice(RType.INT), null);
        Object m = new Typed(RType.map(RType.STRING, RType.INT), map("b", 2L, "a", 1L, "c", 3L));
        Object m2 = new Typed(RType.map(RType.STRING, RType.INT), map("b", 2L, "a", 1L));
        Object intMap = new Typed(RType.map(RType.INT, RType.BOOL), map(3L, true, -1L, false, 2L, true));
        Object nilMap = new Typed(RType.map(RType.STRING, RType.INT), null);
        Object p = new PVal(1, 2);
        Object pp = new P(1, 2);
        Object c = new Celsius(21.5);
        Object e = ErrorString.of("boom");
        Object iface = new Typed(RType.slice(RType.ANY), SliceL.of(1L, "a", null, 2.5, true));
        return Stream.of(
                row("%d", "5", 5L),
                row("%5d|%-5d|%05d", "  -42|-42  |-0042", -42L, -42L, -42L),
                row("%+d|% d|%x", "+42| 42|2a", 42L, 42L, 42L),
                row("%X|%#x|%o|%#o", "FF|0xff|377|0377", 255L, 255L, 255L, 255L),
                row("%b|%O", "101|0o5", 5L, 5L),
                row("%.3d|%8.3d", "007|     007", 7L, 7L),
                row("%.0d|", "|", 0L),
                row("%d", "18446744073709551615", new Box.Uint64(-1L)),
                row("%v %d %x", "200 200 c8", (byte) 200, (byte) 200, (byte) 200),
                row("%c|%c|%q", "A|世|'A'", 65, 0x4E16, 65),
                row("%U|%#U", "U+1F600|U+0041 'A'", 0x1F600L, 65),
                row("%f|%.2f|%8.3f|%-8.1f|", "3.141590|3.14|   3.142|3.1     |", 3.14159, 3.14159, 3.14159, 3.14159),
                row("%e|%E|%.2e|%g|%G", "1.234568e+03|1.234568E+03|1.23e+03|1234.5678|1234.5678",
                        1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678),
                row("%v %v %v %v %v %v", "1e+21 1e+20 1e-05 0.0001 100000 1e+06",
                        1e21, 1e20, 1e-5, 1e-4, 100000.0, 1000000.0),
                row("%v %v %v %v %v", "0.1 2.5 0.3333333333333333 0 -0", 0.1, 2.5, 1.0 / 3, 0.0, -0.0),
                row("%v %v", "1.5 0.1", 1.5f, 0.1f),
                row("%v %v %v %+v", "NaN +Inf -Inf NaN",
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN),
                row("%08.2f|%08.2f|%+.1f", "    +Inf|00003.00|+3.0", Double.POSITIVE_INFINITY, 3.0, 3.0),
                row("%#v %#g %g", "1 1.00000 1.23456789e+08", 1.0, 1.0, 123456789.0),
                row("%.3g|%.3g|%.3g", "2|100|1e+06", 2.0, 100.0, 1e6),
                row("%.2g|%10.4g|", "1.2e-05| 1.235e+04|", 0.000012345, 12345.678),
                row("%.2f %.2f %.2f", "2.67 0.12 0.38", 2.675, 0.125, 0.375),
                row("%s|%q|%v|%x|%X|% x|%#x", "hi|\"hi\"|hi|6869|6869|68 69|0x6869", "hi", "hi", "hi", "hi", "hi", "hi", "hi"),
                row("%.2s|%8s|%-8s|%08s", "he|   hello|hello   |000hello", "hello", "hello", "hello", "hello"),
                row("%q|%#q|%+q", "\"a\\\"b\\n\\x01\"|\"a`b\"|\"\\u00e9\"", "a\"b\n\u0001", "a`b", Str.fromJava("é")),
                row("%t %v", "true false", true, false),
                row("%d", "%!d(string=hi)", "hi"),
                row("%d", "%!d(bool=true)", true),
                row("%s", "%!s(int=1)", 1L),
                row("%d", "%!d(float64=1.5)", 1.5),
                row("%d %v %s", "%!d(<nil>) <nil> %!s(<nil>)", null, null, null),
                row("%d %d", "1 %!d(MISSING)", 1L),
                row("%d", "1%!(EXTRA string=a, float64=2.5)", 1L, "a", 2.5),
                row("%[2]d %[1]d", "2 1", 1L, 2L),
                row("%[3]d", "%!d(BADINDEX)", 1L, 2L),
                row("%*d|%-*d|", "       5|5       |", 8L, 5L, 8L, 5L),
                row("%z %!", "%!z(string=x) %!!(MISSING)", "x"),
                row("100%% %s", "100% x", "x"),
                row("%", "%!(NOVERB)%!(EXTRA string=x)", "x"),
                row("%.*d", "%!(BADPREC)1", "x", 1L),
                row("%v %d %x", "[1 2 3] [1 2 3] [a b]", ints(1, 2, 3), ints(1, 2, 3), ints(10, 11)),
                row("%v %d %#v", "[] [] []int(nil)", nilInts, nilInts, nilInts),
                row("%v %q %#v", "[a b] [\"a\" \"b\"] []string{\"a\", \"b\"}", strs("a", "b"), strs("a", "b"), strs("a", "b")),
                row("%v %s %x %#v %q", "[104 105] hi 6869 []byte{0x68, 0x69} \"hi\"",
                        bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")),
                row("%v %#v", "map[a:1 b:2 c:3] map[string]int{\"a\":1, \"b\":2}", m, m2),
                row("%v", "map[-1:false 2:true 3:true]", intMap),
                row("%v %#v", "map[] map[string]int(nil)", nilMap, nilMap),
                row("%v|%+v|%#v|%T", "{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}|main.P", p, p, p, p),
                row("%v|%+v|%#v|%T", "&{1 2}|&{X:1 Y:2}|&main.P{X:1, Y:2}|*main.P", pp, pp, pp, pp),
                row("%v|%s|%d|%.1f|%T", "21.5C|21.5C|%!d(main.Celsius=21.5)|21.5|main.Celsius", c, c, c, c, c),
                row("%v|%s|%q|%d", "boom|boom|\"boom\"|&{%!d(string=boom)}", e, e, e, e),
                row("%T %T %T %T %T %T %T", "int string float64 int32 uint8 []string map[string][]int",
                        1L, "s", 2.5, 120, (byte) 1, strs(),
                        new Typed(RType.map(RType.STRING, RType.slice(RType.INT)), GoMap.make(0))),
                row("%v", "[1 a <nil> 2.5 true]", iface),
                row("%#v", "[]interface {}{1, \"a\", interface {}(nil)}",
                        new Typed(RType.slice(RType.ANY), SliceL.of(1L, "a", null))),
                row("%v %v %v %v", "-5 -300 65535 4294967295",
                        new Box.Int8(-5), (short) -300, new Box.Uint16(65535), new Box.Uint32(-1)),
                row("%v", "[[1] [2 3]]", new Typed(RType.slice(RType.slice(RType.INT)),
                        SliceL.of(SliceJ.of(1), SliceJ.of(2, 3)))),
                row("%v %#v", "[1 2 3] [2]bool{true, false}", new Typed(RType.array(3, RType.INT), new long[] {1, 2, 3}),
                        new Typed(RType.array(2, RType.BOOL), new boolean[] {true, false})),
                row("%w", "%!w(*errors.errorString=&{x})", ErrorString.of("x")),
                row("%6.2v|%x|%X", "   3.1|-ff|C3A9", 3.14159, -255L, Str.fromJava("é")),
                row("%5t|%-7v|%3c|%-4q|", " true|<nil>  |  x|'y' |", true, null, 120, 121),
                row("%010.3f|%-010d|%+08d|% 08d", "-00003.142|42        |+0000042| 0000042", -3.14159, 42L, 42L, 42L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sprintf(String format, String want, Object[] args) {
        String got = Pkg.Sprintf(Str.fromJava(format), SliceL.of(args));
        assertEquals(want, Str.toJava(got));
    }

    // ---- composites and edge cases: a second table printed by Go 1.19 ----

    /** type Inner struct{ A string }. */
    static final class Inner implements GoValue {
        static final RType TYPE = RType.named("main", "Inner").setUnderlying(RType.struct(List.of(
                new RType.Field("A", RType.STRING, false))));
        public String A;

        Inner(String a) {
            A = a;
        }

        @Override
        public RType goType() {
            return RType.pointer(TYPE);
        }
    }

    /** type Outer struct{ I Inner; P *P; S []string; Ip *int }, a value in an interface. */
    static final class Outer implements GoValue {
        static final RType TYPE = RType.named("main", "Outer").setUnderlying(RType.struct(List.of(
                new RType.Field("I", Inner.TYPE, false),
                new RType.Field("P", RType.pointer(FmtTest.P.TYPE), false),
                new RType.Field("S", RType.slice(RType.STRING), false),
                new RType.Field("Ip", RType.pointer(RType.INT), false))));
        public Inner I = new Inner("a");
        public P P;
        public SliceL S;
        public Object Ip;

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** type E struct{ Msg string } with func (e *E) Error() string { return "E:" + e.Msg }. */
    static final class E implements GoValue, GoError {
        static final RType TYPE = RType.named("main", "E").setUnderlying(RType.struct(List.of(
                new RType.Field("Msg", RType.STRING, false))));
        public String Msg;

        E(String msg) {
            Msg = msg;
        }

        @Override
        public RType goType() {
            return RType.pointer(TYPE);
        }

        @Override
        public String Error() {
            return "E:" + Msg;
        }
    }

    static Stream<Arguments> composites() {
        Outer withS = new Outer();
        withS.S = SliceL.of("x");
        Object anys = new Typed(RType.slice(RType.ANY), SliceL.of(1L, "a"));
        Object oneNilP = new Typed(RType.slice(RType.pointer(P.TYPE)), SliceL.of((Object) null));
        return Stream.of(
                row("%v|%+v", "{{a} <nil> [x] <nil>}|{I:{A:a} P:<nil> S:[] Ip:<nil>}", withS, new Outer()),
                row("%#v", "main.Outer{I:main.Inner{A:\"a\"}, P:(*main.P)(nil), S:[]string(nil), Ip:(*int)(nil)}",
                        new Outer()),
                row("%v", "[<nil>]", oneNilP),
                row("%v %s", "E:m E:m", new E("m"), new E("m")),
                row("%+q|%x|%X|% X", "'\\u00e9'|e9|-1|01 AB", 0xE9, 0xE9, -1L,
                        new Typed(RType.slice(RType.UINT8), SliceB.of((byte) 1, (byte) 171))),
                row("%-6s|%6s|", "héllo | héllo|", Str.fromJava("héllo"), Str.fromJava("héllo")),
                row("%q", "['\\x01' \"a\"]", anys),
                row("%5.1f|%-7.2e|", "  2.2|1.23e+04|", 2.25, 12345.0),
                row("%#o %#b %#X", "010 0b101 0XFF", 8L, 5L, 255L),
                row("%08b|%+.3e|%x", "00000101|+0.000e+00|ff", 5L, 0.0, 255L),
                row("%v", "[[a] []]", new Typed(RType.slice(RType.slice(RType.STRING)), SliceL.of(SliceL.of("a"), null))),
                row("%d", "[1 %!d(string=x)]", new Typed(RType.slice(RType.ANY), SliceL.of(1L, "x"))),
                row("%s", "[%!s(int=1)]", ints(1)),
                row("%t", "%!t(int=1)", 1L),
                row("%v %v", "-9223372036854775808 18446744073709551615", new Box.Int64(Long.MIN_VALUE), new Box.Uint(-1)),
                row("%c %c", "\uFFFD \uFFFD", -1L, 0x110000L),
                row("%U", "U+FFFFFFFFFFFFFFFF", -1L),
                row("%.1f %.0f %.0f %.0f", "0.1 0 2 2", 0.05, 0.5, 1.5, 2.5),
                row("%g %g %g", "1e-07 123456 1.234567e+06", 1e-7, 123456.0, 1234567.0),
                row("%e", "0.000000e+00", 0.0),
                row("%.3s|%.10s|", "日本語|ab|", Str.fromJava("日本語日本語"), "ab"),
                row("%10.3q|", "     \"abc\"|", "abcdef"),
                row("%#v %#v %#v %#v", "1 \"s\" true 0x3", 1L, "s", true, (byte) 3),
                row("%#v", "map[string]interface {}{\"a\":1, \"b\":interface {}(nil)}",
                        new Typed(RType.map(RType.STRING, RType.ANY), map("a", 1L, "b", null))),
                row("%+d %+d", "+0 +0", 0L, 0L),
                row("%6.2f%%", " 99.50%", 99.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void composites(String format, String want, Object[] args) {
        sprintf(format, want, args);
    }

    @Test
    void unnamedStructGoSyntax() {
        // fmt.Sprintf("%#v", struct{ A, B int }{1, 2})
        RType t = RType.struct(List.of(new RType.Field("A", RType.INT, false), new RType.Field("B", RType.INT, false)));
        Object v = new AB(t, 1, 2);
        assertEquals("struct { A int; B int }{A:1, B:2}", Pkg.Sprintf("%#v", SliceL.of(v)));
    }

    /** A value of an unnamed struct type. */
    public static final class AB implements GoValue {
        private final RType type;
        public final long A;
        public final long B;

        AB(RType type, long a, long b) {
            this.type = type;
            A = a;
            B = b;
        }

        @Override
        public RType goType() {
            return type;
        }
    }

    @Test
    void sprintAddsSpacesBetweenOperandsWhenNeitherIsAString() {
        // fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, nil)
        assertEquals("a1 2bc3.5 <nil> <nil>", Pkg.Sprint(SliceL.of("a", 1L, 2L, "b", "c", 3.5, null, null)));
    }

    @Test
    void sprintlnAlwaysSeparatesAndEndsWithNewline() {
        assertEquals("a 1 2\n", Pkg.Sprintln(SliceL.of("a", 1L, 2L)));
    }

    @Test
    void errorfWithWWrapsTheError() {
        GoError inner = ErrorString.of("inner");
        GoError e = (GoError) Pkg.Errorf("wrap: %w", SliceL.of(inner));
        assertEquals("wrap: inner|*fmt.wrapError|inner", Pkg.Sprintf("%v|%T|%v", SliceL.of(e, e, inner)));
        assertSame(inner, ((WrapError) e).Unwrap());
    }

    @Test
    void errorfWithoutWIsAnErrorString() {
        GoError e = (GoError) Pkg.Errorf("plain %d", SliceL.of(3L));
        assertEquals("plain 3|*errors.errorString", Pkg.Sprintf("%v|%T", SliceL.of(e, e)));
    }

    @Test
    void errorfWOfANonErrorIsABadVerb() {
        GoError e = (GoError) Pkg.Errorf("bad %w", SliceL.of("notErr"));
        assertEquals("bad %!w(string=notErr)|*errors.errorString", Pkg.Sprintf("%v|%T", SliceL.of(e, e)));
    }

    @Test
    void structFieldsPrintThroughTheirMethods() {
        // struct{ A []int; M map[string]int; E error; S fmt.Stringer }{[]int{1}, map..., errors.New("e"), Celsius(1)}
        RType t = RType.struct(List.of(
                new RType.Field("A", RType.slice(RType.INT), false),
                new RType.Field("M", RType.map(RType.STRING, RType.INT), false),
                new RType.Field("E", RType.ERROR, false),
                new RType.Field("S", RType.iface("fmt.Stringer"), false)));
        record S(SliceJ A, GoMap M, Object E, Object S) {
        }
        Object v = new StructBox(t, new S(SliceJ.of(1), map("k", 1L), ErrorString.of("e"), new Celsius(1)));
        assertEquals("{[1] map[k:1] e 1.0C}", Pkg.Sprintf("%v", SliceL.of(v)));
    }

    /** A struct value whose fields are a record's: reflection reads public fields only. */
    public static final class StructBox implements GoValue {
        private final RType type;
        public final SliceJ A;
        public final GoMap M;
        public final Object E;
        public final Object S;

        StructBox(RType type, Record r) {
            this.type = type;
            var c = r.getClass().getRecordComponents();
            try {
                A = (SliceJ) c[0].getAccessor().invoke(r);
                M = (GoMap) c[1].getAccessor().invoke(r);
                E = c[2].getAccessor().invoke(r);
                S = c[3].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public RType goType() {
            return type;
        }
    }

    @Test
    void unnamedStructTypeText() {
        RType t = RType.struct(List.of(new RType.Field("X", RType.INT, false), new RType.Field("Y", RType.STRING, false)));
        assertEquals("struct { X int; Y string }", t.toString());
    }

    @Test
    void mapKeysSortLikeFmtsortNaNFirstAndTypesApart() {
        // map[float64]int{NaN: 1, 1: 2, -1: 3} and map[any]int{"b": 1, 2: 2, "a": 3, 1: 4}
        Object f = new Typed(RType.map(RType.FLOAT64, RType.INT), map(Double.NaN, 1L, 1.0, 2L, -1.0, 3L));
        Object a = new Typed(RType.map(RType.ANY, RType.INT), map("b", 1L, 2L, 2L, "a", 3L, 1L, 4L));
        assertEquals("map[NaN:1 -1:3 1:2] map[1:4 2:2 a:3 b:1]", Pkg.Sprintf("%v %v", SliceL.of(f, a)));
    }

    @Test
    void printlnWritesRawBytesAndFlushes() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, false));
        try {
            Object[] r = Pkg.Println(SliceL.of(Str.fromJava("héllo"), 1L));
            assertEquals(9L, r[0]); // é is two bytes
            assertEquals(null, r[1]);
        } finally {
            System.setOut(old);
        }
        assertEquals("héllo 1\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void fprintfWritesToTheWriter() {
        StringBuilder got = new StringBuilder();
        Writer w = p -> {
            got.append(SliceB.toGoString(p));
            return new Object[] {SliceB.len(p), null};
        };
        Object[] r = Pkg.Fprintf(w, "%s=%d", SliceL.of("x", 3L));
        assertEquals("x=3", got.toString());
        assertEquals(3L, r[0]);
    }

    @Test
    void stringMethodPanicIsReported() {
        Stringer bad = () -> {
            throw new go4j.lang.GoPanic("oops");
        };
        record Bad(Stringer s) implements GoValue, Stringer {
            public RType goType() {
                return RType.named("main", "Bad").setUnderlying(RType.struct(List.of()));
            }

            public String String() {
                return s.String();
            }
        }
        assertTrue(Pkg.Sprintf("%v", SliceL.of(new Bad(bad))).equals("%!v(PANIC=String method: oops)"));
    }
}
