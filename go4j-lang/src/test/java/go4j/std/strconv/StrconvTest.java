package go4j.std.strconv;

import static go4j.std.GoText.go;
import static go4j.std.GoText.java;
import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import go4j.lang.GoPanic;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * strconv against Go 1.19: each test prints its calls' results with go4j's fmt as the Go
 * program in its comment prints them, and compares with that program's output.
 */
class StrconvTest {
    private static String sprintln(Object... a) {
        return java(go4j.std.fmt.Pkg.Sprintln(SliceL.of(a)));
    }

    /*
     * for _, s := range []string{...} {
     *     f, err := strconv.ParseFloat(s, 64)
     *     g, err2 := strconv.ParseFloat(s, 32)
     *     fmt.Println(s, f, err, g, err2)
     * }
     */
    @Test
    void parseFloat() {
        String want = """
                1e-400 0 <nil> 0 <nil>
                1e400 +Inf strconv.ParseFloat: parsing "1e400": value out of range +Inf strconv.ParseFloat: parsing "1e400": value out of range
                -1e400 -Inf strconv.ParseFloat: parsing "-1e400": value out of range -Inf strconv.ParseFloat: parsing "-1e400": value out of range
                inf +Inf <nil> +Inf <nil>
                +Inf +Inf <nil> +Inf <nil>
                -infinity -Inf <nil> -Inf <nil>
                nan NaN <nil> NaN <nil>
                NaN NaN <nil> NaN <nil>
                +nan 0 strconv.ParseFloat: parsing "+nan": invalid syntax 0 strconv.ParseFloat: parsing "+nan": invalid syntax
                1_000 1000 <nil> 1000 <nil>
                0x1_0p0 16 <nil> 16 <nil>
                0x10 0 strconv.ParseFloat: parsing "0x10": invalid syntax 0 strconv.ParseFloat: parsing "0x10": invalid syntax
                0x1p4 16 <nil> 16 <nil>
                .5 0.5 <nil> 0.5 <nil>
                5. 5 <nil> 5 <nil>
                . 0 strconv.ParseFloat: parsing ".": invalid syntax 0 strconv.ParseFloat: parsing ".": invalid syntax
                1e 0 strconv.ParseFloat: parsing "1e": invalid syntax 0 strconv.ParseFloat: parsing "1e": invalid syntax
                1e+ 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0 strconv.ParseFloat: parsing "1e+": invalid syntax
                 1 0 strconv.ParseFloat: parsing " 1": invalid syntax 0 strconv.ParseFloat: parsing " 1": invalid syntax
                1d 0 strconv.ParseFloat: parsing "1d": invalid syntax 0 strconv.ParseFloat: parsing "1d": invalid syntax
                3.4e39 3.4e+39 <nil> +Inf strconv.ParseFloat: parsing "3.4e39": value out of range
                1.5 1.5 <nil> 1.5 <nil>
                0x.8p1 1 <nil> 1 <nil>
                1_0.5 10.5 <nil> 10.5 <nil>
                """;
        StringBuilder got = new StringBuilder();
        for (String s : new String[] {"1e-400", "1e400", "-1e400", "inf", "+Inf", "-infinity", "nan", "NaN", "+nan",
            "1_000", "0x1_0p0", "0x10", "0x1p4", ".5", "5.", ".", "1e", "1e+", " 1", "1d", "3.4e39", "1.5", "0x.8p1",
            "1_0.5"}) {
            Object[] f = Pkg.ParseFloat(s, 64);
            Object[] g = Pkg.ParseFloat(s, 32);
            got.append(sprintln(s, f[0], f[1], g[0], g[1]));
        }
        assertEquals(want, got.toString());
    }

    /*
     * i, err := strconv.ParseInt(s, 0, 64)
     * j, err2 := strconv.ParseInt(s, 10, 8)
     * u, err3 := strconv.ParseUint(s, 0, 64)
     * fmt.Println(s, i, err, j, err2, u, err3)
     */
    @Test
    void parseInt() {
        String want = """
                 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
                0 0 <nil> 0 <nil> 0 <nil>
                -0 0 <nil> 0 <nil> 0 strconv.ParseUint: parsing "-0": invalid syntax
                +5 5 <nil> 5 <nil> 0 strconv.ParseUint: parsing "+5": invalid syntax
                0x1F 31 <nil> 0 strconv.ParseInt: parsing "0x1F": invalid syntax 31 <nil>
                0b101 5 <nil> 0 strconv.ParseInt: parsing "0b101": invalid syntax 5 <nil>
                0o17 15 <nil> 0 strconv.ParseInt: parsing "0o17": invalid syntax 15 <nil>
                017 15 <nil> 17 <nil> 15 <nil>
                1_000 1000 <nil> 0 strconv.ParseInt: parsing "1_000": invalid syntax 1000 <nil>
                _1 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseUint: parsing "_1": invalid syntax
                0x_1 1 <nil> 0 strconv.ParseInt: parsing "0x_1": invalid syntax 1 <nil>
                9223372036854775807 9223372036854775807 <nil> 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 9223372036854775807 <nil>
                9223372036854775808 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range 127 strconv.ParseInt: parsing "9223372036854775808": value out of range 9223372036854775808 <nil>
                -9223372036854775808 -9223372036854775808 <nil> -128 strconv.ParseInt: parsing "-9223372036854775808": value out of range 0 strconv.ParseUint: parsing "-9223372036854775808": invalid syntax
                -9223372036854775809 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax
                99999999999999999999x 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999x": value out of range 127 strconv.ParseInt: parsing "99999999999999999999x": value out of range 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999x": value out of range
                12a 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseInt: parsing "12a": invalid syntax 0 strconv.ParseUint: parsing "12a": invalid syntax
                - 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseInt: parsing "-": invalid syntax 0 strconv.ParseUint: parsing "-": invalid syntax
                + 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
                """;
        StringBuilder got = new StringBuilder();
        for (String s : new String[] {"", "0", "-0", "+5", "0x1F", "0b101", "0o17", "017", "1_000", "_1", "0x_1",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "99999999999999999999x", "12a", "-", "+"}) {
            Object[] i = Pkg.ParseInt(s, 0, 64);
            Object[] j = Pkg.ParseInt(s, 10, 8);
            Object[] u = Pkg.ParseUint(s, 0, 64);
            got.append(sprintln(s, i[0], i[1], j[0], j[1], new go4j.lang.Box.Uint64((Long) u[0]), u[1]));
        }
        assertEquals(want, got.toString());
    }

    @Test
    void atoiAndErrors() {
        Object[] r = Pkg.Atoi("x12");
        assertEquals("0 strconv.Atoi: parsing \"x12\": invalid syntax\n", sprintln(r[0], r[1]));
        r = Pkg.Atoi("99999999999999999999");
        assertEquals("9223372036854775807 strconv.Atoi: parsing \"99999999999999999999\": value out of range\n",
                sprintln(r[0], r[1]));
        assertEquals(-42L, Pkg.Atoi("-42")[0]);
        assertEquals("strconv.ParseInt: parsing \"1\": invalid base 1\n", sprintln(Pkg.ParseInt("1", 1, 64)[1]));
        assertEquals("strconv.ParseInt: parsing \"1\": invalid bit size 65\n", sprintln(Pkg.ParseInt("1", 10, 65)[1]));
        r = Pkg.ParseBool("T");
        assertEquals("true <nil>\n", sprintln(r[0], r[1]));
        r = Pkg.ParseBool("yes");
        assertEquals("false strconv.ParseBool: parsing \"yes\": invalid syntax\n", sprintln(r[0], r[1]));
        assertEquals("*strconv.NumError strconv.ParseBool: parsing \"yes\": invalid syntax", sprintf("%T %v", r[1], r[1]));
        NumError e = (NumError) r[1];
        assertEquals("ParseBool yes invalid syntax", e.Func + " " + e.Num + " " + ((go4j.lang.GoError) e.Unwrap()).Error());
        assertEquals(Pkg.ErrSyntax, ((NumError) Pkg.Atoi("z")[1]).Err, "one ErrSyntax for errors.Is");
        assertEquals(Pkg.ErrRange, ((NumError) Pkg.Atoi("99999999999999999999")[1]).Unwrap());
    }

    @Test
    void formatting() {
        assertEquals("-ff", Pkg.FormatInt(-255, 16));
        assertEquals("1" + "0".repeat(63), Pkg.FormatUint(Long.MIN_VALUE, 2));
        assertEquals("18446744073709551615", Pkg.FormatUint(-1, 10));
        assertEquals("-9", Pkg.Itoa(-9));
        assertEquals("x=-42", java(SliceB.toGoString(Pkg.AppendInt(SliceB.fromString("x="), -42, 10))));
        GoPanic p = assertThrows(GoPanic.class, () -> Pkg.FormatInt(1, 37));
        assertEquals("strconv: illegal AppendInt/FormatInt base", p.value());
        assertEquals("\"a\\\"b\\n\\x00é\\xff\"", java(Pkg.Quote(go("a\"b\n\u0000é") + "\u00FF")));
        assertEquals("'☺'", java(Pkg.QuoteRune('☺')));
        assertEquals("\"\\u00e9\"", Pkg.QuoteToASCII(go("é")));
        assertEquals("1.500 1e+21 3e+00", Pkg.FormatFloat(1.5, 'f', 3, 64) + " " + Pkg.FormatFloat(1e21, 'g', -1, 64)
                + " " + Pkg.FormatFloat(3.0, 'e', -1, 32));
        assertEquals("%z", Pkg.FormatFloat(1, 'z', -1, 64));
        assertEquals("true false", Pkg.FormatBool(true) + " " + Pkg.FormatBool(false));
    }

    /* s, err := strconv.Unquote(q); fmt.Printf("%q %v\n", s, err) */
    @Test
    void unquote() {
        String want = """
                "a\\tb" <nil>
                "raw\\\\n" <nil>
                "x" <nil>
                "éAA" <nil>
                "" invalid syntax
                "" invalid syntax
                "" invalid syntax
                "" <nil>
                """;
        StringJoiner got = new StringJoiner("\n", "", "\n");
        for (String q : new String[] {"\"a\\tb\"", "`raw\\n`", "'x'", "\"\\u00e9\\x41\\101\"", "\"bad", "'ab'",
            "\"a\"b\"", "''"}) {
            Object[] r = Pkg.Unquote(q);
            got.add(sprintf("%q %v", r[0], r[1]));
        }
        assertEquals(want, got.toString());
    }
}
