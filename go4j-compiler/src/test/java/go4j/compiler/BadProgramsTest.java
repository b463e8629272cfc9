package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad programs through the public path ({@code go4j run} in a child JVM): a syntax error, a
 * type error and a missing main print what Go 1.19's {@code go run} prints for them, word for
 * word, with its exit status 2 (a generic one too: a type argument that does not satisfy its
 * constraint); an unknown import is the go command's error, status 1; never a
 * Java stack trace. And {@code -m} prints the escape decisions in Go's words.
 */
@Timeout(120)
class BadProgramsTest {
    static final Path BAD = Path.of("src", "test", "resources", "go4j", "compiler", "bad");

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            syntax.go => ./syntax.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
            undefined.go => ./undefined.go:6:14: undefined: y
            nomain.go => runtime.main_main·f: function main is undeclared in the main package
            generic.go => ./generic.go:18:17: string does not implement Number (string missing in ~int | ~float64)
            """)
    void aCompileErrorIsGosTextAndStatus2(String file, String message) throws Exception {
        GoRun.Result r = GoRun.go4j(BAD, file, 60);
        assertEquals("# command-line-arguments\n" + message + "\n", new String(r.stderr().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, r.exit());
        assertEquals("", r.stdout());
    }

    @Test
    void anUnknownImportIsTheGoCommandsErrorAndStatus1() throws Exception {
        GoRun.Result r = GoRun.go4j(BAD, "import.go", 60);
        assertTrue(r.stderr().startsWith("import.go:3:8: package nosuchpkg is not in GOROOT"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void minusMPrintsTheEscapeDecisionsInGosWords() throws Exception {
        GoRun.Result r = GoRun.go4jArgs(GoExamplesTest.EXAMPLES, 60, "-m", "closure.go");
        assertEquals("./closure.go:7:2: moved to heap: i\n", r.stderr());
        assertEquals("1\n2\n3\n1\n2\n", r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void minusMMovesWhatGoMovesAndLeavesAReadOnlyCaptureOnTheStack() throws Exception {
        // Go 1.19's go build -gcflags=-m prints these two moved-to-heap lines for escape.go
        GoRun.Result r = GoRun.go4jArgs(ProgsTest.PROGS, 60, "-m", "escape.go");
        assertEquals("./escape.go:8:2: moved to heap: v\n./escape.go:19:6: moved to heap: w\n", r.stderr());
        assertEquals("6 3 5 1\n", r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void minusMReportsAGenericBodyOncePerShapeAsGoDoes() throws Exception {
        // Go 1.19's go build -gcflags=-m prints these moved-to-heap lines for escape_generics.go:
        // w for the shapes int (int, MyInt), string and pointer (*int, *string); n for Box[int]
        // and Box[string]; nothing for Unused, which nothing instantiates
        GoRun.Result r = GoRun.go4jArgs(ProgsTest.PROGS, 60, "-m", "escape_generics.go");
        assertEquals("""
                ./escape_generics.go:12:2: moved to heap: w
                ./escape_generics.go:12:2: moved to heap: w
                ./escape_generics.go:12:2: moved to heap: w
                ./escape_generics.go:19:2: moved to heap: n
                ./escape_generics.go:19:2: moved to heap: n
                ./escape_generics.go:29:2: moved to heap: a
                ./escape_generics.go:29:5: moved to heap: b
                """, r.stderr());
        assertEquals("1 s 2\n1 s\n2 1\n", r.stdout());
        assertEquals(0, r.exit());
    }
}
