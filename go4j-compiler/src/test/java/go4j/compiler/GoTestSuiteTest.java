package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every Go test program on the checked-in list ({@code go-test-pass.txt}, written by {@code
 * GoTestSuite --write}) still passes: a program that once passed and fails now fails the
 * build. Go's test programs come from Debian's golang-1.19 (CI installs it); without them
 * the test fails, saying how to install them.
 */
class GoTestSuiteTest {
    @Test
    @Timeout(1200)
    void everyProgramOnThePassListStillPasses() throws Exception {
        assertTrue(Files.isDirectory(GoTestSuite.ROOT),
                GoTestSuite.ROOT + " is missing: apt-get install golang-1.19 (Go's own test programs)");
        List<String> list = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("go-test-pass.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    list.add(l.strip());
                }
            }
        }
        Map<String, String> r = GoTestSuite.run(list);
        StringBuilder failures = new StringBuilder();
        r.forEach((p, reason) -> {
            if (reason != null) {
                failures.append(p).append(": ").append(reason).append('\n');
            }
        });
        assertTrue(failures.isEmpty(), "programs on the pass list that fail now:\n" + failures);
    }
}
