package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A program of several packages in a module (modules/m1, its go.mod naming example.com/m1):
 * {@code go4j run ./cmd/app} in the module's root loads the packages the main package imports,
 * checks each before its importers, initialises them dependencies first and once, and prints
 * what Go prints. The go command's and the compiler's errors for what cannot build read as Go
 * 1.19's (each text below is what {@code go run ./cmd/badN} printed in that directory), with
 * Go's exit statuses, positions relative to the current directory.
 */
@Timeout(180)
class ModulesTest {
    static final Path M1 = Path.of("src", "test", "resources", "go4j", "compiler", "modules", "m1");

    @Test
    void aProgramOfSeveralPackagesPrintsWhatGoPrints() throws Exception {
        GoRun.Result ours = GoRun.go4jArgs(M1, 120, "./cmd/app");
        assertEquals("""
                calc init
                greet init 3
                hello, gopher (1)
                hello, gopher (2)! 3 Num(7)
                *greet.Greeter Num(3) {Name:gopher times:2}
                """, ours.stdout(), ours.stderr());
        assertEquals(0, ours.exit());
        GoRun.Result go = GoRun.go(M1, "./cmd/app", 240);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        assertEquals(go.stdout(), ours.stdout());
    }

    /** Generic declarations of one package instantiated by another, with its own types: compiled in theirs. */
    @Test
    void anotherPackagesGenericsAreInstantiatedWithThisPackagesTypes() throws Exception {
        GoRun.Result ours = GoRun.go4jArgs(M1, 120, "./cmd/gen");
        assertEquals("""
                3 1.5 5
                1
                gen.Stack[main.Point]
                main.Point:{3 4} gen.Stack[int]:{[]}
                """, ours.stdout(), ours.stderr());
        assertEquals(0, ours.exit());
        GoRun.Result go = GoRun.go(M1, "./cmd/gen", 240);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        assertEquals(go.stdout(), ours.stdout());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bad1 | 1 | cmd/bad1/main.go:3:8: no required module provides package example.com/m1/nope; to add it:\\n\\tgo get example.com/m1/nope\\n
            bad2 | 1 | cmd/bad2/main.go:3:8: no required module provides package github.com/x/y; to add it:\\n\\tgo get github.com/x/y\\n
            bad3 | 2 | # example.com/m1/bad\\nbad/bad.go:3:23: cannot use "s" (untyped string constant) as int value in return statement\\n
            bad4 | 1 | package example.com/m1/cmd/bad4\\n\\timports example.com/m1/cyc/a\\n\\timports example.com/m1/cyc/b\\n\\timports example.com/m1/cyc/a: import cycle not allowed\\n
            bad5 | 2 | # example.com/m1/cmd/bad5\\ncmd/bad5/main.go:3:15: x declared but not used\\n
            """)
    void whatCannotBuildIsSaidInGosWords(String cmd, int status, String message) throws Exception {
        GoRun.Result r = GoRun.go4jArgs(M1, 120, "./cmd/" + cmd);
        assertEquals(message.replace("\\n", "\n").replace("\\t", "\t"), r.stderr());
        assertEquals(status, r.exit());
        assertEquals("", r.stdout());
    }

    @Test
    void aPackagesFilesAreThoseItsBuildConstraintsTakeForLinuxAmd64() throws Exception {
        GoRun.Result ours = GoRun.go4jArgs(M1, 120, "./cmd/plat");
        assertEquals("linux c d\n", ours.stdout(), ours.stderr());
        GoRun.Result go = GoRun.go(M1, "./cmd/plat", 240);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        assertEquals(go.stdout(), ours.stdout());
        GoRun.Result none = GoRun.go4jArgs(M1, 120, "./cmd/bad6");
        assertEquals("package example.com/m1/cmd/bad6\n\timports example.com/m1/winonly: build constraints exclude all Go"
                + " files in " + M1.resolve("winonly").toAbsolutePath().normalize() + "\n", none.stderr());
        assertEquals(1, none.exit());
    }

    @Test
    void aPanicsFrameInAnotherPackageIsNamedByItsImportPath() throws Exception {
        GoRun.Result r = GoRun.go4jArgs(M1, 120, "./cmd/frames");
        assertEquals(2, r.exit(), r.stderr());
        // Go 1.19's frames for cmd/frames (its nil *greet.Greeter's Greet), arguments aside
        String frames = r.stderr().lines().filter(l -> !l.startsWith("\t") && l.endsWith(")") && l.contains("."))
                .map(l -> l.substring(0, l.lastIndexOf('('))).reduce("", (a, b) -> a + b + "\n");
        assertEquals("example.com/m1/greet.(*Greeter).Greet\nmain.main\n", frames, r.stderr());
    }

    @Test
    void aDependencysFileIsNamedRelativeToTheCurrentDirectory() throws Exception {
        GoRun.Result r = GoRun.go4jArgs(M1.resolve("cmd"), 120, "./bad3");
        assertEquals("# example.com/m1/bad\n../bad/bad.go:3:23: cannot use \"s\" (untyped string constant) as int value"
                + " in return statement\n", r.stderr());
        assertEquals(2, r.exit());
    }
}
