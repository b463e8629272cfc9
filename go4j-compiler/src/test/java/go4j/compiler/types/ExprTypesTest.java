package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import go4j.compiler.syntax.Node;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The types (and constant values) the checker records for expressions, as go/types
 * records them: untyped constants get the type their context gives them.
 */
class ExprTypesTest {
    private static final String PRELUDE = """
            package main

            import "fmt"

            type T struct{ a int; b string }
            type P struct{ T; c float64 }
            func (t *T) M(x int) string { return "" }
            func (t T) V() int { return 0 }
            type I interface{ V() int }
            var i8 int8
            var f32 float32
            var s []int
            var m map[string]bool
            var ch chan int
            var e interface{}
            var p P
            var str string
            var u uint
            var ii I
            func two() (int, error) { return 0, nil }
            """;

    /** The recorded type and value of the expression printed as {@code text} in {@code decl}. */
    static Info.TypeAndValue typeOf(String decl, String text) {
        Info info = Harness.check("./t.go", PRELUDE + decl + "\nfunc main() { fmt.Println() }\n");
        Info.TypeAndValue found = null;
        for (Map.Entry<Node.Expr, Info.TypeAndValue> e : info.types.entrySet()) {
            if (ExprString.of(e.getKey()).equals(text) && e.getValue().mode() != Info.Mode.TYPE) {
                found = e.getValue();
            }
        }
        assertNotNull(found, "no type recorded for " + text);
        return found;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            var x = 1                       | 1            | int            | 1
            var x int8 = 1                  | 1            | int8           | 1
            var x = i8 + 1                  | 1            | int8           | 1
            var x = 1 << 3                  | 1 << 3       | int            | 8
            var x float64 = 1 << 3          | 1 << 3       | float64        | 8
            var x = 'a'                     | 'a'          | rune           | 97
            var x = 2.5 * 2                 | 2.5 * 2      | float64        | 5
            var x = "a" + "b"               | "a" + "b"    | string         | ab
            var x = len("héllo")            | len("héllo") | int            | 6
            var x = 7 / 2                   | 7 / 2        | int            | 3
            var x = 7 / 2.0                 | 7 / 2.0      | float64        | 3.5
            var x = -5 % 3                  | -5 % 3       | int            | -2
            var x = ^uint8(1)               | ^uint8(1)    | uint8          | 254
            var x = 1 < 2                   | 1 < 2        | bool           | true
            var x = f32 * 2                 | 2            | float32        | 2
            var x = s[1]                    | s[1]         | int            |
            var x = m["k"]                  | m["k"]       | bool           |
            var x = <-ch                    | <-ch         | int            |
            var x = p.a                     | p.a          | int            |
            var x = p.M                     | p.M          | func(x int) string |
            var x = (*T).M                  | (*T).M       | func(t *T, x int) string |
            var x = T.V                     | T.V          | func(t T) int  |
            var x = e.(int)                 | e.(int)      | int            |
            var x = s[1:]                   | s[1:]        | []int          |
            var x = str[1:]                 | str[1:]      | string         |
            var x = str[0]                  | str[0]       | byte           |
            var x = append(s, 1)            | append(s, 1) | []int          |
            var x = make(map[int]string)    | make(map[int]string) | map[int]string |
            var x = new(T)                  | new(T)       | *T             |
            var x = &T{}                    | &T{}         | *T             |
            var x = []byte("ab")            | []byte("ab") | []byte         |
            var x = string(rune(65))        | string(rune(65)) | string     | A
            var x = u << 2                  | u << 2       | uint           |
            var x interface{} = 1           | 1            | int            | 1
            var x I = T{}                   | T{}          | T              |
            var x = len([3]int{})           | len([3]int{}) | int           | 3
            var x = func() int { return 1 } | func() int {…} | func() int   |
            var x = [...]int{1, 2, 3}       | [...]int{…}  | [3]int         |
            const x = 1 << 100 >> 98        | 1 << 100 >> 98 | untyped int  | 4
            """)
    void recordsTypeAndValue(String decl, String expr, String type, String value) {
        Info.TypeAndValue tv = typeOf(decl, expr);
        assertEquals(type, Harness.typeString(tv.type()), decl);
        if (value == null) {
            assertEquals(null, tv.value(), decl);
        } else {
            assertNotNull(tv.value(), decl + ": not constant");
            Object v = tv.value().v();
            String s = v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
            assertEquals(value, s, decl);
        }
    }
}
