package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generics in the checker (spec "Type parameter declarations", "Instantiations", "Type
 * inference"): what Info records for code generation (each use's instance, each generic
 * declaration's instances with concrete type arguments, found through other instances too,
 * and each instance's body checked with concrete types), and the messages errors.txt cannot
 * hold (Go prints a type parameter's declaration with the file's absolute name).
 */
class GenericsTest {
    private static final String PROG = """
            package main

            type Number interface{ ~int | ~float64 }

            type List[T any] struct {
            	next *List[T]
            	val  T
            }

            func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

            func Sum[T Number](xs ...T) (s T) {
            	for _, x := range xs {
            		s += x
            	}
            	return
            }

            func Twice[T Number](x T) T { return Sum(x, x) }

            func Map[T, U any](xs []T, f func(T) U) []U {
            	var out []U
            	for _, x := range xs {
            		out = append(out, f(x))
            	}
            	return out
            }

            func main() {
            	var l *List[string]
            	l = l.Push("a")
            	_ = Twice(2.5)
            	_ = Map([]int{1}, func(i int) bool { return i > 0 })
            	_ = Sum[int]
            }
            """;

    private static Info check(String src) {
        Node.File f = Parser.parse(new Source("./prog.go", src.getBytes(StandardCharsets.UTF_8)));
        return Checker.check(new Obj.Pkg("main", "main", false), List.of(f), Harness.stubs());
    }

    private static String instances(Info info) {
        Map<String, String> out = new TreeMap<>();
        for (var e : info.funcInstances.entrySet()) {
            List<String> is = new ArrayList<>();
            for (Obj.Func f : e.getValue()) {
                is.add(f.typeArgs + " " + f.type());
            }
            out.put(e.getKey().name(), is.toString());
        }
        for (var e : info.typeInstances.entrySet()) {
            out.put(e.getKey().obj.name(), e.getValue().toString());
        }
        return out.toString();
    }

    @Test
    void eachGenericDeclarationListsItsConcreteInstances() {
        Info info = check(PROG);
        // Sum[float64] is only used by Twice[float64]'s body: found all the same
        assertEquals("{List=[main.List[string]], "
                        + "Map=[[int, bool] func([]int, func(int) bool) []bool], "
                        + "Sum=[[int] func(...int) int, [float64] func(...float64) float64], "
                        + "Twice=[[float64] func(float64) float64]}",
                instances(info));
    }

    @Test
    void eachUseRecordsItsInstance() {
        Info info = check(PROG);
        Map<String, String> uses = new TreeMap<>();
        for (var e : info.instances.entrySet()) {
            uses.merge(e.getKey().name() + "@" + e.getKey().pos(), e.getValue().typeArgs().toString(), String::concat);
        }
        // the generic bodies' uses (List[T], Sum(x, x)) are recorded with their type parameters
        assertTrue(uses.containsValue("[string]"), uses.toString());
        assertTrue(uses.containsValue("[int, bool]"), uses.toString());
        assertTrue(uses.containsValue("[T]"), uses.toString());
        Info.Instance twice = null;
        for (var e : info.instances.entrySet()) {
            if (e.getKey().name().equals("Twice")) {
                twice = e.getValue();
            }
        }
        assertNotNull(twice);
        assertEquals("Twice", twice.func().origin.name());
        assertEquals("func(float64) float64", twice.type().toString());
    }

    @Test
    void anInstanceBodyIsCheckedWithConcreteTypes() {
        Info info = check(PROG);
        Obj.Func sumFloat = null;
        for (var e : info.funcInstances.entrySet()) {
            if (e.getKey().name().equals("Sum")) {
                sumFloat = e.getValue().get(1);
            }
        }
        assertNotNull(sumFloat);
        Info body = info.bodies.get(sumFloat);
        assertNotNull(body);
        assertEquals("func(xs ...float64) (s float64)", "func" + sig(body.signature));
        List<String> types = new ArrayList<>();
        for (var e : body.types.entrySet()) {
            if (e.getKey() instanceof Node.Ident id && (id.name().equals("s") || id.name().equals("x"))) {
                types.add(id.name() + ":" + e.getValue().type());
            }
        }
        assertTrue(types.stream().allMatch(t -> t.endsWith(":float64")), types.toString());
        // a method of an instance has its body too
        Type.Named listString = info.typeInstances.values().iterator().next().get(0);
        Obj.Func push = listString.methods().get(0);
        assertEquals("func(v string) *main.List[string]", "func" + sig(push.type()));
        assertNotNull(info.bodies.get(push));
    }

    private static String sig(Type.Signature s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.params().size(); i++) {
            Obj.Var v = s.params().vars().get(i);
            sb.append(i > 0 ? ", " : "").append(v.name()).append(' ');
            sb.append(s.variadic() && i == s.params().size() - 1 ? "..." + ((Type.Slice) v.type()).elem() : v.type());
        }
        sb.append(")");
        if (s.results().size() == 1 && s.results().vars().get(0).name().isEmpty()) {
            sb.append(' ').append(s.results().at(0));
        } else if (s.results().size() > 0) {
            sb.append(" (");
            for (int i = 0; i < s.results().size(); i++) {
                Obj.Var v = s.results().vars().get(i);
                sb.append(i > 0 ? ", " : "").append(v.name()).append(' ').append(v.type());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    @Test
    void cannotInferNamesTheTypeParameterWhereItIsDeclared() {
        String abs = Path.of("./prog.go").toAbsolutePath().normalize().toString();
        assertEquals("./prog.go:6:8: cannot infer U (" + abs + ":3:15)", Harness.errors("./prog.go", """
                package main

                func f[T any, U any](x T) {}

                func main() {
                	f[int](1)
                }
                """));
        assertEquals("./prog.go:6:3: cannot infer T (" + abs + ":3:8)", Harness.errors("./prog.go", """
                package main

                func f[T any]() {}

                func main() {
                	f()
                }
                """));
    }

    @Test
    void anInstantiationCycleIsReported() {
        assertEquals("""
                ./prog.go:3:8: instantiation cycle:
                	./prog.go:7:4: T instantiated as []T""", Harness.errors("./prog.go", """
                package main

                func f[T interface{ ~[]P }, P any](t T) {
                	if t == nil {
                		return
                	}
                	f[[]T, T]([]T{t})
                }

                func main() {
                	f[[]int](nil)
                }
                """));
    }

    @Test
    void aTypeDeclaredInAGenericFunctionIsGo119sRestriction() {
        assertEquals("./prog.go:4:2: type declarations inside generic functions are not currently supported",
                Harness.errors("./prog.go", """
                        package main

                        func f[T any]() {
                        	type pair struct{ a, b T }
                        	_ = pair{}
                        }

                        func main() {
                        	f[int]()
                        }
                        """));
    }
}
