package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses real Go: every {@code // run} program of Go 1.19's own test suite (the programs
 * {@code go test} compiles and runs; its generic ones in {@code typeparam} too) and every
 * go4j example. All must parse.
 */
class ConformanceTest {

    private static final Path GO_TEST = Path.of("/usr/share/go-1.19/test");
    private static final List<String> DIRS = List.of("", "ken", "chan", "interface", "typeparam");

    @Test
    void parsesEveryRunProgramOfGosTestSuite() throws IOException {
        assertTrue(Files.isDirectory(GO_TEST), GO_TEST + " is missing: the conformance test needs Go 1.19's "
                + "test suite; run `apt-get install golang-1.19` (CI installs it)");
        List<Path> files = new ArrayList<>();
        for (String dir : DIRS) {
            try (Stream<Path> list = Files.list(GO_TEST.resolve(dir))) {
                list.filter(p -> p.toString().endsWith(".go")).sorted().forEach(files::add);
            }
        }
        int parsed = 0;
        int run = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1); // bytes, not decoded
            String first = text.lines().findFirst().orElse("");
            if (!first.equals("// run") && !first.startsWith("// run ")) {
                continue;
            }
            run++;
            try {
                Parser.parse(new Source(f.toString(), Files.readAllBytes(f)));
                parsed++;
            } catch (RuntimeException e) { // a crash counts as a failure too
                failures.add(f + ": " + e);
            }
        }
        System.out.printf("conformance: %d of %d `// run` files parsed%n", parsed, run);
        assertFalse(run < 280, "only " + run + " `// run` files found under " + GO_TEST);
        assertEquals(List.of(), failures, parsed + " of " + run + " parsed");
    }

    @Test
    void parsesEveryGo4jExample() throws IOException {
        Path dir = Path.of("../go4j-examples/go");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no examples under " + dir.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                Parser.parse(new Source(f.toString(), Files.readAllBytes(f)));
            } catch (SyntaxError e) {
                failures.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }
}
