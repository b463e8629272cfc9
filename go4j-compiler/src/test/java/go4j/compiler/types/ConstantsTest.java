package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constant declarations fold exactly (spec "Constant expressions"), with iota and typed kinds. */
class ConstantsTest {

    static Obj.Const constant(String decls, String name) {
        Obj.Pkg pkg = new Obj.Pkg("main", "main", false);
        go4j.compiler.syntax.Node.File f = go4j.compiler.syntax.Parser.parse(
                go4j.compiler.syntax.Source.of("./c.go", "package main\n" + decls + "\nfunc main() {}\n"));
        Checker.check(pkg, java.util.List.of(f), Harness.stubs());
        return (Obj.Const) pkg.scope.lookup(name);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            const c = 1 << 62 * 4 / 8                         | c | untyped int    | 2305843009213693952
            const c = 1 << 100 - 1 - (1 << 100 - 2)           | c | untyped int    | 1
            const c = 1.0 / 3 * 3                             | c | untyped float  | 1
            const c = 10 / 4.0                                | c | untyped float  | 2.5
            const c = 'a' + 1                                 | c | untyped rune   | 98
            const c int8 = -128                               | c | int8           | -128
            const c = uint16(0xFFFF) + 0                      | c | uint16         | 65535
            const c = ^0                                      | c | untyped int    | -1
            const c = ^uint32(0)                              | c | uint32         | 4294967295
            const c = 7 &^ 5                                  | c | untyped int    | 2
            const c = -7 >> 1                                 | c | untyped int    | -4
            const c = "ab" + "c"                              | c | untyped string | abc
            const c = len("ab" + "c")                         | c | int            | 3
            const c = 1 < 2 && "a" < "b"                      | c | untyped bool   | true
            const ( a = iota * 10; b; c )                     | c | untyped int    | 20
            const ( _ = 1 << (10 * iota); KB; MB; c )         | c | untyped int    | 1073741824
            const ( a, b = iota, iota + 10; c, d )            | d | untyped int    | 11
            const c = string(rune(0x4e16))                    | c | string         | \u00e4\u00b8\u0096
            const c = float32(0.1)                            | c | float32        | 0.100000001490116119384765625
            const c = int64(1e18)                             | c | int64          | 1000000000000000000
            const c = 0x1p-2                                  | c | untyped float  | 0.25
            const c = 0b1010 + 0o17 + 017                     | c | untyped int    | 40
            type D int64; const c D = 3 * 4                   | c | D              | 12
            """)
    void folds(String decls, String name, String type, String value) {
        Obj.Const c = constant(decls, name);
        assertEquals(type, Harness.typeString(c.type()));
        Object v = c.value.v();
        String s = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
        assertEquals(value.contains("\\u") ? unescape(value) : value, s);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
