package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors, each with all that Go 1.19's compiler prints for the same program ({@code go tool
 * compile prog.go}, the file named {@code ./prog.go} as {@code go run} names it). Our
 * report is Go's, or its first lines (after an error that is not a syntax error Go goes on
 * to type-check the file, we stop). Adding a case is adding a line.
 */
class ErrorMessageTest {

    /** A bad program and Go's errors for it, one a line. */
    record Case(String src, String want) {
        @Override
        public String toString() {
            String first = want.lines().findFirst().orElseThrow();
            return first.substring(first.indexOf(' ') + 1);
        }
    }

    static List<Case> cases() {
        return List.of(
            new Case("package main\n\nfunc main() {\n\tgo func() {\n\t\tprintln(1)\n\t\n\tprintln(2)\n}\n",
                    "./prog.go:4:5: expression in go must be function call"),
            new Case("package main\n\nfunc main() {\n\tgo () {\n\t\tprintln(1)\n\t}()\n}\n",
                    "./prog.go:4:5: expression in go must not be parenthesized\n./prog.go:4:6: syntax error: unexpected ), expecting expression\n./prog.go:4:6: expression in go must be function call\n./prog.go:6:3: syntax error: unexpected ( after top level declaration"),
            new Case("package main\n\nfunc check(a [[ ]int) {\n\tfor i := 0; i < len(a); i++ {\n\t}\n}\n",
                    "./prog.go:3:21: syntax error: unexpected ), expecting ]\n./prog.go:4:26: syntax error: non-declaration statement outside function body"),
            new Case("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\" \")\n\tfmt.Println(1)\n}\n",
                    "./prog.go:6:18: syntax error: unexpected literal \") in argument list; possibly missing comma or )\n./prog.go:6:20: newline in string"),
            new Case("package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t\tprintln(x\n\t}\n\tfor i := 0; i < 3 i++ {\n\t}\n}\n",
                    "./prog.go:6:12: syntax error: unexpected newline in argument list; possibly missing comma or )\n./prog.go:8:20: syntax error: unexpected i, expecting semicolon or newline\n./prog.go:9:2: syntax error: unexpected }, expecting { after for clause"),
            new Case("package main\n\nfunc f(a int b int) {\n}\n\nfunc g() {\n\treturn 1 2\n}\n",
                    "./prog.go:3:14: syntax error: unexpected b in parameter list; possibly missing comma or )\n./prog.go:7:11: syntax error: unexpected literal 2 at end of statement"),
            new Case("package main\n\ntype T struct {\n\ta int\n\tb string,\n}\n\nvar x = T{a: 1 b: \"x\"}\n",
                    "./prog.go:5:10: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n./prog.go:8:16: syntax error: unexpected b in composite literal; possibly missing comma or }"),
            new Case("package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n",
                    "./prog.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            new Case("package main\n\nx := 1\n",
                    "./prog.go:3:1: syntax error: non-declaration statement outside function body"),
            new Case("package main\n\nfunc main() {\n\t}\n}\n",
                    "./prog.go:5:1: syntax error: non-declaration statement outside function body"),
            new Case("package main\n\nfunc main()\n{\n}\n",
                    "./prog.go:4:1: syntax error: unexpected semicolon or newline before {"),
            new Case("package main\n\nfunc main() {\n\tif x := 1; x = 2 {\n\t}\n}\n",
                    "./prog.go:4:15: syntax error: cannot use assignment (x) = (2) as value"),
            new Case("package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
                    "./prog.go:4:23: syntax error: cannot declare in post statement of for loop"),
            new Case("package main\n\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
                    "./prog.go:4:9: syntax error: unexpected newline, expecting { after if clause"),
            new Case("package main\n\nfunc main() {\n\tx := \"abc\n}\n",
                    "./prog.go:4:11: newline in string"),
            new Case("package main\n\nfunc main() {\n\tx := 'ab'\n\t_ = x\n}\n",
                    "./prog.go:4:7: more than one character in rune literal"),
            new Case("package main\n\nfunc main() {\n\tx := 0x\n\t_ = x\n}\n",
                    "./prog.go:4:9: hexadecimal literal has no digits"),
            new Case("package main\n\nfunc main() {\n\tx := 1__0\n\t_ = x\n}\n",
                    "./prog.go:4:9: '_' must separate successive digits"),
            new Case("package main\n\nfunc main() {\n\tx := 089\n\t_ = x\n}\n",
                    "./prog.go:4:8: invalid digit '8' in octal literal"),
            new Case("package main\n\nfunc main() {\n\tx := \"\\q\"\n\t_ = x\n}\n",
                    "./prog.go:4:9: unknown escape"),
            new Case("package main\n\nfunc main() {\n\tx := 1 @ 2\n\t_ = x\n}\n",
                    "./prog.go:4:9: invalid character U+0040 '@'\n./prog.go:4:11: syntax error: unexpected literal 2 at end of statement"),
            new Case("package main\n\nfunc main() {\n\tf(1, 2\n}\n",
                    "./prog.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            new Case("package main\n\nfunc main() {\n\tvar x int = \n}\n",
                    "./prog.go:5:1: syntax error: unexpected }, expecting expression"),
            new Case("package main\n\nfunc main() {\n\tgo f\n}\n",
                    "./prog.go:4:5: expression in go must be function call\n./prog.go:4:5: undefined: f"),
            new Case("package main\n\nfunc f(a int, string) {}\n\nfunc main() {}\n",
                    "./prog.go:3:15: syntax error: mixed named and unnamed parameters"),
            new Case("package main\n\nfunc main() {\n\tx := 1\n\tx++ = 2\n}\n",
                    "./prog.go:5:6: syntax error: unexpected = at end of statement"),
            new Case("package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
                    "./prog.go:4:5: syntax error: missing condition in if statement"),
            new Case("main\n",
                    "./prog.go:1:1: syntax error: package statement must be first"),
            new Case("package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
                    "./prog.go:5:8: syntax error: unexpected newline, expecting :"),
            new Case("package main\n\nfunc main() {\n\ta := [3]int{}\n\t_ = a[1::2]\n}\n",
                    "./prog.go:5:10: middle index required in 3-index slice"),
            new Case("package main\n\nfunc main() {\n\tx := 1.5e\n\t_ = x\n}\n",
                    "./prog.go:4:11: exponent has no digits"),
            new Case("package main\n\nimport fmt\n\nfunc main() {}\n",
                    "./prog.go:3:11: syntax error: missing import path"),
            new Case("package main\n\nfunc main() {\n\tvar x = 1 +\n}\n",
                    "./prog.go:5:1: syntax error: unexpected }, expecting expression"),
            new Case("package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
                    "./prog.go:4:10: syntax error: var declaration not allowed in for initializer"),
            new Case("package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1,}\n\tfor k, v := range x {\n\t\tprintln(k, v)\n\t} else {\n\t}\n}\n",
                    "./prog.go:7:4: syntax error: unexpected else at end of statement\n./prog.go:9:1: syntax error: non-declaration statement outside function body"),
            new Case("package main\n\nfunc main() {\n\tdefer (f())\n}\n",
                    "./prog.go:4:8: expression in defer must not be parenthesized\n./prog.go:4:9: undefined: f"),
            new Case("package main\n\nfunc main() {\n\tx := ''\n}\n",
                    "./prog.go:4:8: empty rune literal or unescaped '"),
            new Case("package main\n\nfunc main() {\n\t/* unterminated\n}\n",
                    "./prog.go:4:2: comment not terminated"),
            new Case("package main\n\nfunc main() {\n\tx := 0b12\n}\n",
                    "./prog.go:4:10: invalid digit '2' in binary literal"),
            new Case("package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n",
                    "./prog.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
            new Case("package main\n\nfunc main() {\n\tvar x interface{} = 1\n\tswitch y := x.(type) {\n\t}\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
                    "./prog.go:9:2: syntax error: unexpected else, expecting }"),
            new Case("package main\n\nfunc main() {\n\tx := [...]int{1, 2, 3}\n\t_ = x[1:2:]\n}\n",
                    "./prog.go:5:12: final index required in 3-index slice"),
            new Case("package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase x := <-ch:\n\t\t_ = x\n\tdefault\n\t}\n}\n",
                    "./prog.go:9:2: syntax error: unexpected }, expecting :"),
            new Case("package main\n\nfunc main() {\n\tvar x, y int = 1, 2, \n}\n",
                    "./prog.go:5:1: syntax error: unexpected }, expecting expression"),
            new Case("package main\n\nfunc main() {\n\tfor {\n\t\tbreak\n\t}\n\tgoto\n}\n",
                    "./prog.go:8:1: syntax error: unexpected }, expecting name"),
            new Case("package main\n\nfunc () f() {}\n",
                    "./prog.go:3:9: method has no receiver"),
            new Case("package main\n\nfunc main() {\n\tswitch x := 5 {\n\t}\n}\n",
                    "./prog.go:4:11: syntax error: cannot use x := 5 as value"),
            new Case("package main\n\nfunc main() {\n\tx := \"\\400\"\n}\n",
                    "./prog.go:4:12: octal escape value 256 > 255"),
            new Case("package main\n\nfunc main() {\n\tx := \"\\xZZ\"\n}\n",
                    "./prog.go:4:10: invalid character 'Z' in hexadecimal escape"),
            new Case("package main\n\nfunc main() {\n\tx := \"\\uD800\"\n}\n",
                    "./prog.go:4:14: escape is invalid Unicode code point U+D800"),
            new Case("package main\n\nfunc main() {\n\tx := 0o1.5\n}\n",
                    "./prog.go:4:10: invalid radix point in octal literal"),
            new Case("package main\n\nfunc main() {\n\tx := 0x1.5\n}\n",
                    "./prog.go:4:12: hexadecimal mantissa requires a 'p' exponent"),
            new Case("package main\n\nfunc main() {\n\tx := 1p5\n}\n",
                    "./prog.go:4:8: 'p' exponent requires hexadecimal mantissa"),
            new Case("package main\n\nfunc main() {\n\tx := 0x1e5p\n}\n",
                    "./prog.go:4:13: exponent has no digits"),
            new Case("package main\n\nfunc main() {\n\tfor x := range y; {\n\t}\n}\n",
                    "./prog.go:4:18: syntax error: unexpected semicolon, expecting { after for clause"),
            new Case("package main\n\nfunc main() {\n\tx := ]\n}\n",
                    "./prog.go:4:7: syntax error: unexpected ], expecting expression"),
            new Case("package main\n\nfunc main() {\n\tx.y.(\n}\n",
                    "./prog.go:5:1: syntax error: unexpected }, expecting type"),
            new Case("package main\n\ntype T\n",
                    "./prog.go:3:7: syntax error: unexpected newline in type declaration"),
            new Case("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
                    "./prog.go:4:7: syntax error: cannot use x := 1 as value"),
            new Case("package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
                    "./prog.go:4:21: syntax error: unexpected {, expecting semicolon or newline\n./prog.go:5:2: syntax error: unexpected }, expecting expression"),
            new Case("package main\n\nfunc main() {\n\tprintln(1)\n}\nfunc\n",
                    "./prog.go:7:1: syntax error: unexpected EOF, expecting name or ("),
            new Case("package main\n\nvar x = [2]int{1,2}[3 4]\n",
                    "./prog.go:3:23: syntax error: unexpected literal 4, expecting comma, : or ]"),
            new Case("package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
                    "./prog.go:4:14: syntax error: unexpected { at end of statement\n./prog.go:6:1: syntax error: non-declaration statement outside function body"),
            new Case("package main\n\nfunc main() {\n\tx := \"abc\n",
                    "./prog.go:4:11: newline in string"),
            new Case("package main\n\nfunc main() {\n\ta := []int{1}\n\t_ = a[0, 1]\n\t_ = a[0,]\n}\n",
                    "./prog.go:5:11: syntax error: unexpected literal 1, expecting ]"),
            new Case("package main\n\nfunc main() {\n\tx := 1 @ 2\n\ty := @\n\tz := \"a\n\tw := 0x\n\t_ = 1__2\n\t_ = 08\n\t_ = \"\\q\"\n\t_ = @\n\t_ = @\n\t_ = @\n\t_ = @ @\n}\n",
                    "./prog.go:4:9: invalid character U+0040 '@'\n./prog.go:4:11: syntax error: unexpected literal 2 at end of statement\n./prog.go:5:7: invalid character U+0040 '@'\n./prog.go:6:4: syntax error: unexpected := at end of statement\n./prog.go:6:9: newline in string\n./prog.go:7:9: hexadecimal literal has no digits\n./prog.go:8:8: '_' must separate successive digits\n./prog.go:9:7: invalid digit '8' in octal literal\n./prog.go:10:8: unknown escape\n./prog.go:11:6: invalid character U+0040 '@'\n./prog.go:11:6: too many errors"),
            new Case("package main\n\nfunc main() {\n\tx := \"\\q\" + )\n\ty := 1\n}\n",
                    "./prog.go:4:9: unknown escape\n./prog.go:4:14: syntax error: unexpected ), expecting expression"),
            new Case("package main\n\nfunc main() {\n\tx := 1\n\t_ = ~x\n}\n",
                    "./prog.go:5:6: cannot use ~ outside of interface or type constraint"),
            new Case("package main\n\nfunc main() {\n\tx := 1\n\tif x++ {\n\t}\n}\n",
                    "./prog.go:5:6: syntax error: cannot use x++ as value"),
            new Case("package main\n\nfunc main() {\n\tc := make(chan int)\n\tif c <- 1 {\n\t}\n}\n",
                    "./prog.go:5:7: syntax error: cannot use c <- 1 as value"),
            // generics
            new Case("package main\n\nfunc f[T]() {}\n\nfunc main() {}\n",
                    "./prog.go:3:9: syntax error: missing type constraint"),
            new Case("package main\n\ntype T[P any] = int\n\nfunc main() {}\n",
                    "./prog.go:3:6: generic type cannot be alias"),
            new Case("package main\n\nfunc f[]() {}\n\nfunc main() {}\n",
                    "./prog.go:3:8: syntax error: empty type parameter list"),
            new Case("package main\n\ntype R struct{}\n\nfunc (r R) m[T any]() {}\n\nfunc main() {}\n",
                    "./prog.go:5:13: syntax error: method must have no type parameters"),
            new Case("package main\n\ntype I interface {\n\tm[T any]()\n}\n\nfunc main() {}\n",
                    "./prog.go:4:3: interface method must have no type parameters"),
            new Case("package main\n\nvar f = func[T any]() {}\n\nfunc main() {}\n",
                    "./prog.go:3:13: syntax error: function type must have no type parameters"),
            new Case("package main\n\ntype List[T any] []T\n\nfunc main() {\n\tvar x List[]\n}\n",
                    "./prog.go:6:13: syntax error: unexpected ], expecting type"),
            new Case("package main\n\ntype I interface {\n\t~int |\n}\n\nfunc main() {}\n",
                    "./prog.go:5:1: syntax error: unexpected }, expecting ~ term or type"),
            new Case("package main\n\nfunc f[T any, U]() {}\n\nfunc main() {}\n",
                    "./prog.go:3:16: syntax error: missing type constraint"),
            new Case("package main\n\nfunc f[T any, *int]() {}\n\nfunc main() {}\n",
                    "./prog.go:3:15: syntax error: type parameters must be named"),
            new Case("package main\n\ntype T[P any, Q] int\n\nfunc main() {}\n",
                    "./prog.go:3:16: syntax error: missing type constraint"),
            new Case("package main\n\ntype I interface {\n\tm[]()\n}\n\nfunc main() {}\n",
                    "./prog.go:4:4: empty type parameter list"),
            new Case("package main\n\ntype F func[T any](T)\n\nfunc main() {}\n",
                    "./prog.go:3:12: syntax error: function type must have no type parameters"),
            new Case("package main\n\nfunc Map[K comparable, V any](m map[K]V) []V { return nil }\n\nfunc main() {\n\t_ = Map[string, int](nil\n}\n",
                    "./prog.go:6:26: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            new Case("package main\n\ntype Number interface {\n\t~int | ~float64\n}\n\nfunc main() {\n\tvar x ~int\n}\n",
                    "./prog.go:8:8: syntax error: unexpected ~, expecting type")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsGosErrors(Case c) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(Source.of("./prog.go", c.src())));
        String got = e.getMessage();
        assertEquals(c.want().lines().findFirst(), got.lines().findFirst());
        assertTrue(c.want().equals(got) || c.want().startsWith(got + "\n"),
                () -> "not Go's report nor its first lines:\n" + got + "\nGo:\n" + c.want());
    }
}
