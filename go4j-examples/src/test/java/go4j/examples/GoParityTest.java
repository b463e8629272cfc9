package go4j.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The translations print what their Go originals print: each deterministic example is run
 * with Go ({@code go run go/NAME.go}) and in Java, and the outputs must be equal line for
 * line. Skipped where Go is not installed ({@code GO4J_GO}, {@code go} on the PATH, or
 * {@code /usr/lib/go-*}).
 */
@Timeout(600)
class GoParityTest {
    private static Path go;

    record Case(String name, Output.Main java) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> deterministic() {
        return Stream.of(
                new Case("goroutines", GoroutinesExample::main),
                new Case("channels", ChannelsExample::main),
                new Case("select", SelectExample::main),
                new Case("fanout", FanOutExample::main),
                new Case("closure", ClosureExample::main),
                new Case("generator", GeneratorExample::main),
                new Case("future", FutureExample::main),
                new Case("waitgroup", WaitGroupExample::main),
                new Case("sieve", SieveExample::main),
                new Case("http", HttpExample::main));
    }

    @BeforeAll
    static void findGo() {
        go = locateGo();
        Assumptions.assumeTrue(go != null, "Go is not installed: the Go side of the comparison is skipped");
    }

    static Path locateGo() {
        String env = System.getenv("GO4J_GO");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "go");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("go-"))
                    .map(d -> d.resolve("bin/go")).filter(Files::isExecutable)
                    .sorted().reduce((a, b) -> b).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    @ParameterizedTest
    @MethodSource("deterministic")
    void javaPrintsWhatGoPrints(Case c) throws Exception {
        Path src = Path.of("go", c.name() + ".go");
        Path errFile = Files.createTempFile("go4j-go-run", ".err");
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "run", src.getFileName().toString())
                .directory(src.getParent().toFile()).redirectError(errFile.toFile());
        if (System.getenv("HOME") == null && System.getenv("XDG_CACHE_HOME") == null) {
            pb.environment().put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "go4j-gocache").toString());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String err = Files.readString(errFile);
        Files.deleteIfExists(errFile);
        assertEquals(0, p.exitValue(), "go run " + src + " failed:\n" + err);
        List<String> goLines = new String(out, StandardCharsets.UTF_8).lines().toList();
        assertEquals(goLines, Output.of(c.java()), "Go and Java differ for " + c.name());
    }
}
