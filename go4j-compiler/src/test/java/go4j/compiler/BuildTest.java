package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code go4j build -o app.jar ./cmd/deep} (the driver in a child JVM, as the launcher runs
 * it) writes a jar that {@code java -jar} runs with no other option: the program's arguments,
 * its exit status, its panic report, and a goroutine recursing a million calls deep, which
 * needs the carrier stack the jar sets. The jar holds the program and the runtime, not the
 * compiler or the standard packages' Go stubs.
 */
@Timeout(180)
class BuildTest {
    static final Path BUILD = Path.of("src", "test", "resources", "go4j", "compiler", "build");

    @Test
    void aBuiltJarRunsWithJavaJarAlone(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("app.jar");
        GoRun.Result b = GoRun.go4jBuild(BUILD, 120, "-o", jar.toString(), "./cmd/deep");
        assertEquals(0, b.exit(), b.stderr());
        assertEquals("", b.stdout() + b.stderr());

        GoRun.Result r = GoRun.javaJar(tmp, 60, jar, "a", "b");
        assertEquals("3 [a b]\n1000000\n", r.stdout(), r.stderr());
        assertEquals(4, r.exit(), r.stderr());

        GoRun.Result p = GoRun.javaJar(tmp, 60, jar, "a");
        assertEquals("2 [a]\n1000000\n", p.stdout(), p.stderr());
        assertEquals(2, p.exit(), p.stderr());
        assertTrue(p.stderr().startsWith("panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main(...)\n"),
                p.stderr());

        try (JarFile jf = new JarFile(jar.toFile())) {
            List<String> names = jf.stream().map(e -> e.getName()).toList();
            assertTrue(names.contains("go/main/Pkg.class"), "the program");
            assertTrue(names.contains("go4j/Go.class") && names.contains("go4j/lang/Rt.class"), "the runtime");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("go4j/compiler/")), "no compiler");
            assertFalse(names.stream().anyMatch(n -> n.endsWith(".go")), "no Go stubs");
            assertEquals("go4j.lang.Main", jf.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void withoutMinusOTheJarIsNamedAfterThePackageDirectory(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("hello"));
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
        GoRun.Result b = GoRun.go4jBuild(tmp, 120, "./hello");
        assertEquals(0, b.exit(), b.stderr());
        GoRun.Result r = GoRun.javaJar(tmp, 60, tmp.resolve("hello.jar"));
        assertEquals("hi\n", r.stdout(), r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void aCompileErrorWritesNoJar(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bad.go"), "package main\n\nfunc main() { x := 1 }\n");
        GoRun.Result b = GoRun.go4jBuild(tmp, 120, "bad.go");
        assertEquals("# command-line-arguments\n./bad.go:3:15: x declared but not used\n", b.stderr());
        assertEquals(2, b.exit());
        assertFalse(Files.exists(tmp.resolve("bad.jar")));
    }
}
