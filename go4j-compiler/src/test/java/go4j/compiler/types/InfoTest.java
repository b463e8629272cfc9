package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.compiler.syntax.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Info tells code generation beyond types: objects, selections, implicits, captures, flags, order. */
class InfoTest {

    private static <K extends Node, V> V find(Map<K, V> map, String text) {
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (e.getKey() instanceof Node.Expr x && ExprString.of(x).equals(text)) {
                return e.getValue();
            }
        }
        throw new AssertionError("not found: " + text);
    }

    private static Obj.Var var(Info info, String name) {
        for (Map.Entry<Node.Ident, Obj> e : info.defs.entrySet()) {
            if (e.getKey().name().equals(name) && e.getValue() instanceof Obj.Var v && (v.owner != null || v.global)) {
                return v;
            }
        }
        throw new AssertionError("no var " + name);
    }

    @Test
    void selectionThroughEmbeddedFieldsHasPath() {
        Info info = Harness.check("./t.go", """
                package main
                type A struct{ x, y int }
                func (a *A) M() {}
                type B struct{ n int; *A }
                type C struct{ B }
                func main() {
                	var c C
                	_ = c.y
                	c.M()
                }
                """);
        Info.Selection y = find(info.selections, "c.y");
        assertEquals(Info.SelectionKind.FIELD, y.kind());
        assertArrayEquals(new int[]{0, 1, 1}, y.path());
        assertTrue(y.indirect(), "through *A");
        Info.Selection m = find(info.selections, "c.M");
        assertEquals(Info.SelectionKind.METHOD_VAL, m.kind());
        assertArrayEquals(new int[]{0, 1, -1}, m.path());
        assertEquals("M", m.obj().name());
    }

    @Test
    void methodExpressionSelection() {
        Info info = Harness.check("./t.go", """
                package main
                type T int
                func (t T) M() int { return int(t) }
                func main() { _ = T.M }
                """);
        Info.Selection s = find(info.selections, "T.M");
        assertEquals(Info.SelectionKind.METHOD_EXPR, s.kind());
    }

    @Test
    void typeSwitchClausesHaveImplicitVariables() {
        Info info = Harness.check("./t.go", """
                package main
                func main() {
                	var i interface{} = 1
                	switch v := i.(type) {
                	case int:
                		_ = v + 1
                	case string, bool:
                		_ = v
                	default:
                		_ = v
                	}
                }
                """);
        assertEquals(3, info.implicits.size());
        List<String> types = info.implicits.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getKey().pos(), b.getKey().pos()))
                .map(e -> String.valueOf(e.getValue().type())).toList();
        assertEquals(List.of("int", "interface{}", "interface{}"), types);
    }

    @Test
    void closuresCaptureAndMark() {
        Info info = Harness.check("./t.go", """
                package main
                func main() {
                	x := 1
                	y := 2
                	f := func() int {
                		g := func() int { return x }
                		return g()
                	}
                	_ = f() + y
                }
                """);
        Obj.Var x = var(info, "x");
        Obj.Var y = var(info, "y");
        assertTrue(x.captured);
        assertFalse(y.captured);
        int withX = 0;
        for (Map.Entry<Node, List<Obj.Var>> e : info.captures.entrySet()) {
            if (e.getKey() instanceof Node.FuncLit) {
                assertEquals(List.of(x), e.getValue(), "both literals capture x, the outer one to pass it on");
                withX++;
            }
        }
        assertEquals(2, withX);
    }

    @Test
    void addressTakenMarksAddressed() {
        Info info = Harness.check("./t.go", """
                package main
                type T struct{ a [2]int }
                func (t *T) M() {}
                func main() {
                	a := 1
                	b := 2
                	var t T
                	var u T
                	p := &a
                	q := &t.a[1]
                	u.M()
                	_, _, _ = p, q, b
                }
                """);
        assertTrue(var(info, "a").addressed);
        assertFalse(var(info, "b").addressed);
        assertTrue(var(info, "t").addressed, "&t.a[1]");
        assertTrue(var(info, "u").addressed, "u.M() is (&u).M()");
    }

    @Test
    void commaOkFormsAreRecorded() {
        Info info = Harness.check("./t.go", """
                package main
                func main() {
                	m := map[string]int{}
                	var i interface{}
                	c := make(chan int)
                	v, ok := m["a"]
                	s, ok2 := i.(string)
                	r, ok3 := <-c
                	_, _, _, _, _, _ = v, ok, s, ok2, r, ok3
                }
                """);
        assertEquals(Info.Mode.COMMAOK, find(info.types, "m[\"a\"]").mode());
        assertEquals(Info.Mode.COMMAOK, find(info.types, "i.(string)").mode());
        assertEquals(Info.Mode.COMMAOK, find(info.types, "<-c").mode());
    }

    @Test
    void singleValuedCommaOkFormsAreValues() {
        Info info = Harness.check("./t.go", """
                package main
                func main() {
                	m := map[string]int{}
                	var i interface{}
                	c := make(chan int)
                	v := m["a"]
                	s := i.(string)
                	r := <-c
                	_, _, _ = v, s, r
                }
                """);
        assertEquals(Info.Mode.MAPINDEX, find(info.types, "m[\"a\"]").mode());
        assertEquals(Info.Mode.VALUE, find(info.types, "i.(string)").mode());
        assertEquals(Info.Mode.VALUE, find(info.types, "<-c").mode());
    }

    @Test
    void initOrderFollowsDependencies() {
        Info info = Harness.check("./t.go", """
                package main
                var a = c + b
                var b = f()
                var c = f()
                var d = 3
                func f() int { d++; return d }
                var x, y = two()
                func two() (int, int) { return 1, 2 }
                func main() {}
                """);
        List<String> order = info.initOrder.stream()
                .map(i -> i.lhs().stream().map(Obj::name).reduce((p, q) -> p + "," + q).orElse("")).toList();
        assertEquals(List.of("d", "b", "c", "a", "x,y"), order);
    }

    @Test
    void untypedConstantsTakeTheirContextsType() {
        Info info = Harness.check("./t.go", """
                package main
                func f(x float64) {}
                func main() {
                	var i interface{} = 'x'
                	f(1 + 2)
                	var u uint8 = 1 << 3
                	_, _ = i, u
                }
                """);
        assertEquals("int32", find(info.types, "'x'").type().toString());
        assertEquals("float64", find(info.types, "1 + 2").type().toString());
        assertEquals("untyped int", find(info.types, "1").type().toString(), "operands of a constant expression keep their types, as in go/types");
        assertEquals("uint8", find(info.types, "1 << 3").type().toString());
    }

    @Test
    void usesAndDefs() {
        Info info = Harness.check("./t.go", """
                package main
                import "fmt"
                func main() {
                	x := 1
                	fmt.Println(x)
                }
                """);
        Obj.Var x = var(info, "x");
        assertTrue(x.used);
        long uses = info.uses.entrySet().stream().filter(e -> e.getValue() == x).count();
        assertEquals(1, uses);
        Obj println = info.uses.entrySet().stream().filter(e -> e.getKey().name().equals("Println"))
                .findFirst().orElseThrow().getValue();
        assertNotNull(println);
        assertTrue(println instanceof Obj.Func f && f.pkg().path.equals("fmt"));
    }
}
