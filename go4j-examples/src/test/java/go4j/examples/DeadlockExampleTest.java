package go4j.examples;

import go4j.Panic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The deliberate deadlock: reported as Go reports it, with Go's exit status. */
@Timeout(120)
class DeadlockExampleTest {
    private static final String FATAL = "fatal error: all goroutines are asleep - deadlock!";

    @Test
    void goMainReportsTheDeadlockAndThrowsGosPanic() {
        Demo.Captured c = Output.capture(args -> DeadlockExample.run());
        Panic p = assertInstanceOf(Panic.class, c.failure());
        assertEquals("all goroutines are asleep - deadlock!", p.getMessage());
        assertEquals("main: waiting for a value nobody will send\n", c.out());
        List<String> err = c.err().lines().toList();
        assertEquals(FATAL, err.get(0));
        assertEquals("", err.get(1));
        assertEquals("goroutine 1 [chan receive]:", err.get(2));
        assertTrue(Pattern.compile("(?m)^goroutine (?!1 )\\d+ \\[chan receive]:$").matcher(c.err()).find(),
                "the other goroutine, waiting too:\n" + c.err());
        assertTrue(c.err().contains("DeadlockExample"), c.err());
    }

    @Test
    void theProgramExitsWithStatus2AsGoDoes() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), DeadlockExample.class.getName())
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        assertEquals(2, p.exitValue(), err);
        assertEquals("main: waiting for a value nobody will send\n", out);
        assertEquals(FATAL, err.lines().findFirst().orElse(""), err);
    }

    @Test
    void goSaysTheSame() throws Exception {
        Path go = GoParityTest.locateGo();
        assumeTrue(go != null, "Go is not installed");
        Path bin = Files.createTempDirectory("go4j-deadlock").resolve("deadlock");
        Process build = new ProcessBuilder(go.toString(), "build", "-o", bin.toString(), "deadlock.go")
                .directory(Path.of("go").toFile()).redirectErrorStream(true).start();
        String buildOut = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(300, TimeUnit.SECONDS) && build.exitValue() == 0, buildOut);
        Process p = new ProcessBuilder(bin.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertEquals("main: waiting for a value nobody will send\n", out);
        List<String> lines = err.lines().toList();
        assertEquals(List.of(FATAL, "", "goroutine 1 [chan receive]:"), lines.subList(0, 3));
    }
}
