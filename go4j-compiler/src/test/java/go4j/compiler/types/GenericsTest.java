package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generics parse but are not checked yet: the checker reports the first generic declaration,
 * instantiation or constraint as one error, {@code go4j: not supported yet: generics (type
 * parameters)}, and checks nothing more (no crash, no follow-on errors). An instance of a
 * type that is not generic is Go's error, as before.
 */
class GenericsTest {
    private static final String NOT_SUPPORTED = ": go4j: not supported yet: generics (type parameters)";

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', textBlock = """
            func Map[K comparable, V any](m map[K]V) []V { return nil } => 3:6
            type List[T any] struct{ next *List[T] } => 3:6
            func main() { _ = f[int] }; func f[T any]() {} => 3:19
            func main() { _ = Map[string, int] }; func Map[K, V any]() {} => 3:19
            type Number interface{ int; ~int | ~float64 } => 3:29
            type S struct{ A }; type A interface{ ~string } => 3:39
            func (l *L) m() {}; type L int; func g[T any]() {} => 3:38
            """)
    void theFirstGenericConstructIsReportedAlone(String decl, String at) {
        assertEquals("./prog.go:" + at + NOT_SUPPORTED,
                Harness.errors("./prog.go", "package main\n\n" + decl.strip() + "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', textBlock = """
            type T int; var x T[int] => ./prog.go:3:19: T is not a generic type
            type T int; var x T[int, string] => ./prog.go:3:19: T is not a generic type
            var a []int; var _ = a[0, int] => ./prog.go:3:27: invalid operation: more than one index
            func f() {}; var _ = f[int] => ./prog.go:3:23: invalid operation: cannot index f (value of type func())
            """)
    void anInstanceOfWhatIsNotGenericIsGosError(String decl, String want) {
        assertEquals(want, Harness.errors("./prog.go", "package main\n\n" + decl.strip() + "\n"));
    }

    /**
     * Every generic `// run` program of Go's test suite: that one error, never a crash (two,
     * issue50417.go and issue50417b.go, have their generics commented out, and check).
     */
    @Test
    void everyTypeparamRunProgramGetsTheOneError() throws IOException {
        Path dir = Conformance.GO_TEST.resolve("typeparam");
        assumeTrue(Files.isDirectory(dir), "Go 1.19's test folder is not installed");
        Pattern want = Pattern.compile("\\./[\\w.]+:\\d+:\\d+" + Pattern.quote(NOT_SUPPORTED));
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Path p : Conformance.programs(List.of("typeparam"))) {
            n++;
            Node.File f = Parser.parse(new Source("./" + p.getFileName(), Files.readAllBytes(p)));
            String got;
            try {
                Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), Harness.stubs());
                got = "(no error)";
            } catch (TypeErrors e) {
                got = e.getMessage();
            } catch (RuntimeException | StackOverflowError e) {
                got = "CRASH " + e;
            }
            boolean generic = Generics.first(List.of(f)) != null;
            if (generic ? !want.matcher(got).matches() : !got.equals("(no error)")) {
                wrong.add(p.getFileName() + ": " + got);
            }
        }
        assertTrue(n >= 130, "only " + n + " typeparam programs");
        assertEquals(List.of(), wrong);
    }
}
