package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Code generation reads a type for every expression: over Go's {@code // run} programs, each
 * expression node the checker should have typed has a record in {@link Info#types} (or, for
 * an identifier, in {@link Info#defs} or {@link Info#uses}).
 */
class CoverageTest {

    @Test
    void everyExpressionOfGoRunProgramsIsRecorded() throws IOException {
        assumeTrue(Files.isDirectory(Conformance.GO_TEST), "Go 1.19's test folder is not installed");
        TreeMap<String, Integer> missing = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (Path p : Conformance.programs()) {
            if (Conformance.check(p) == null) {
                continue;
            }
            Node.File f = Parser.parse(new Source("./" + p.getFileName(), Files.readAllBytes(p)));
            Info info = Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), Harness.stubs());
            Set<Node> skip = Collections.newSetFromMap(new IdentityHashMap<>());
            walk(f, info, skip, missing, examples, f.source());
        }
        examples.stream().filter(x -> !x.contains(" Ident ")).limit(20).forEach(System.out::println);
        examples.stream().limit(20).forEach(System.out::println);
        assertEquals("{}", missing.toString());
    }

    private static void walk(Object n, Info info, Set<Node> skip, TreeMap<String, Integer> missing, List<String> ex, Source src) {
        if (n instanceof List<?> l) {
            for (Object o : l) {
                walk(o, info, skip, missing, ex, src);
            }
            return;
        }
        if (!(n instanceof Node node)) {
            return;
        }
        // what go/types does not record in Types either
        if (node instanceof Node.Ident id && id.name().equals("_")) {
            return;
        }
        switch (node) {
            case Node.File file -> skip.add(file.pkgName());
            case Node.ArrayType at when at.len() instanceof Node.Ellipsis el -> skip.add(el); // [...]T
            case Node.ImportSpec is -> {
                return;
            }
            case Node.Field fl -> {
                skip.addAll(fl.names());
                if (fl.tag() != null) {
                    skip.add(fl.tag());
                }
            }
            case Node.FuncDecl fd -> {
                skip.add(fd.type());
                walk(fd.recv(), info, skip, missing, ex, src);
                walk(fd.type().params(), info, skip, missing, ex, src);
                walk(fd.type().results(), info, skip, missing, ex, src);
                walk(fd.body(), info, skip, missing, ex, src);
                return;
            }
            case Node.Selector s -> {
                skip.add(s.sel());
                if (s.x() instanceof Node.Ident id && info.uses.get(id) instanceof Obj.Pkg) {
                    skip.add(id);
                }
            }
            case Node.KeyValue kv -> {
                skip.add(kv);
                if (kv.key() instanceof Node.Ident id && info.uses.get(id) instanceof Obj.Var) {
                    skip.add(id); // a struct literal's field name
                }
            }
            case Node.Labeled l -> skip.add(l.label());
            case Node.Branch b -> {
                if (b.label() != null) {
                    skip.add(b.label());
                }
            }
            case Node.TypeSpec ts -> skip.add(ts.name());
            case Node.ValueSpec vs -> skip.addAll(vs.names());
            case Node.Assign a when a.tok() == go4j.compiler.syntax.Token.DEFINE -> {
                skip.addAll(a.lhs()); // new variables (defs) and redeclared ones (uses only, as go/types)
            }
            case Node.Range r when r.tok() == go4j.compiler.syntax.Token.DEFINE -> {
                skip.add(r.key());
                skip.add(r.value());
            }
            case Node.TypeSwitch ts when ts.assign() instanceof Node.Assign a -> skip.addAll(a.lhs());
            default -> { }
        }
        if (node instanceof Node.Expr e && !skip.contains(e) && !info.types.containsKey(e)) {
            String k = e.getClass().getSimpleName();
            missing.merge(k, 1, Integer::sum);
            ex.add(src.position(e.pos()) + " " + k + " " + ExprString.of(e));
        }
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            try {
                Object v = rc.getAccessor().invoke(node);
                if (v instanceof Node || v instanceof List<?>) {
                    walk(v, info, skip, missing, ex, src);
                }
            } catch (ReflectiveOperationException ex2) {
                throw new IllegalStateException(ex2);
            }
        }
    }
}
