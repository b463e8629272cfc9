package go4j.compiler.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import go4j.compiler.types.Checker;
import go4j.compiler.types.Info;
import go4j.compiler.types.Obj;
import go4j.compiler.types.StubImporter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Escape decisions, per variable, from the facts the checker records: which locals go4j keeps
 * in a heap cell ({@code -m}'s {@code moved to heap}), and which it keeps in JVM locals or
 * captures by value. Each variable's name says the case it stands for.
 */
class EscapeTest {
    private static final String PROGRAM = """
            package main

            import "fmt"

            type T struct{ a int }

            var global int
            var globalPtr = &global

            func use(fs ...func()) {
            	for _, f := range fs {
            		f()
            	}
            }

            func named() (result int) {
            	defer func() { result++ }()
            	return 1
            }

            func params(param int) {
            	use(func() { fmt.Println(param) })
            }

            func main() {
            	plain := 1
            	plain = 2
            	readOnly := 3
            	use(func() { fmt.Println(readOnly) })
            	assignedBefore := 1
            	assignedBefore = 2
            	use(func() { fmt.Println(assignedBefore) })

            	incremented := 0
            	use(func() { incremented++ })
            	assignedAfter := 0
            	use(func() { fmt.Println(assignedAfter) })
            	assignedAfter = 5
            	opAssigned := 1
            	use(func() { fmt.Println(opAssigned) })
            	opAssigned += 2
            	redeclared := 1
            	use(func() { fmt.Println(redeclared) })
            	redeclared, fresh := 2, 3
            	use(func() { fmt.Println(fresh) })

            	for loopVar := 0; loopVar < 2; loopVar++ {
            		use(func() { fmt.Println(loopVar) })
            	}
            	for _, rangeVar := range []int{1} {
            		use(func() { fmt.Println(rangeVar) })
            	}

            	addressed := 1
            	p := &addressed
            	*p = 2
            	structVar := T{1}
            	q := &structVar
            	q.a = 2
            	arrayVar := [2]int{}
            	use(func() { arrayVar[0] = 1; arrayVar = [2]int{} })

            	ch := make(chan int, 1)
            	ch <- 1
            	received := 0
            	use(func() { fmt.Println(received) })
            	select {
            	case received = <-ch:
            	}
            	var x interface{} = 1
            	switch switched := x.(type) {
            	case int:
            		use(func() { fmt.Println(switched) })
            	}
            	fmt.Println(plain, p, q, named(), globalPtr)
            }
            """;

    @Test
    void eachVariableIsInACellExactlyWhenItsFrameCannotHoldIt() {
        Node.File f = Parser.parse(Source.of("./prog.go", PROGRAM));
        Info info = Checker.check(new Obj.Pkg("main", "main", false), List.of(f), new StubImporter());
        Map<String, Boolean> moved = new TreeMap<>();
        Map<String, Boolean> cell = new TreeMap<>();
        for (Obj o : info.defs.values()) {
            if (o instanceof Obj.Var v && !v.name().equals("_") && !v.name().isEmpty()) {
                moved.put(v.name(), Escape.movedToHeap(v));
                cell.put(v.name(), Escape.inCell(v));
            }
        }
        for (Obj o : info.implicits.values()) {
            if (o instanceof Obj.Var v) {
                moved.put(v.name(), Escape.movedToHeap(v));
            }
        }
        Map<String, Boolean> want = new TreeMap<>(Map.ofEntries(
                Map.entry("a", false),           // a struct field
                Map.entry("global", false),
                Map.entry("globalPtr", false),
                Map.entry("fs", false),
                Map.entry("f", false),
                Map.entry("result", true),       // a named result a deferred closure changes
                Map.entry("param", false),       // captured, never assigned: by value
                Map.entry("plain", false),       // assigned, not captured: a JVM local
                Map.entry("readOnly", false),
                Map.entry("assignedBefore", true), // any assignment counts, before the capture too
                Map.entry("incremented", true),
                Map.entry("assignedAfter", true),
                Map.entry("opAssigned", true),
                Map.entry("redeclared", true),   // := assigns a variable it redeclares
                Map.entry("fresh", false),
                Map.entry("loopVar", true),      // one variable per loop in Go 1.19
                Map.entry("rangeVar", true),
                Map.entry("addressed", true),
                Map.entry("p", false),
                Map.entry("structVar", false),   // a struct is its object
                Map.entry("q", false),
                Map.entry("arrayVar", false),    // an array too
                Map.entry("ch", false),
                Map.entry("received", true),     // a select case assigns it
                Map.entry("x", false),
                Map.entry("switched", false)));  // one variable per clause, never assigned
        assertEquals(want, moved);
        assertEquals(true, cell.get("global"), "a package variable whose address is taken is a cell");
        assertEquals(false, cell.get("globalPtr"));
    }
}
