package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go notes' programs in go4j-examples/go run under {@code go4j run} and print what {@code
 * go run} prints, byte for byte, with the same exit status (in an order of their own where
 * goroutines decide it). Go is required: CI installs it
 * (.ci/run); without it the comparison fails, saying so.
 */
@Timeout(300)
class GoExamplesTest {
    static final Path EXAMPLES = Path.of("..", "go4j-examples", "go");

    /** The deterministic ones (the others print in an order goroutines decide). */
    static Stream<String> deterministic() {
        return Stream.of("goroutines", "channels", "select", "fanout", "closure", "generator", "future",
                "waitgroup", "sieve", "http");
    }

    @ParameterizedTest
    @MethodSource("deterministic")
    void printsWhatGoPrints(String name) throws Exception {
        GoRun.Result go = GoRun.go(EXAMPLES, name + ".go", 240);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        GoRun.Result ours = GoRun.go4j(EXAMPLES, name + ".go", 120);
        assertEquals(go.exit(), ours.exit(), name + ": exit status; go4j's stderr:\n" + ours.stderr());
        assertEquals(go.stdout(), ours.stdout(), name + ": stdout; go4j's stderr:\n" + ours.stderr());
    }

    /**
     * The ones whose lines come in an order goroutines decide: the same lines as Go's in some
     * order, and the same last line (the program's summary, printed after the others ended).
     * The worker pool's lines say which worker took a job, which goroutines decide too, so
     * there the worker numbers are compared as a set of lines with the numbers masked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fanin", "context", "scheduler", "workerpool"})
    void printsGosLinesInAnOrderGoroutinesDecide(String name) throws Exception {
        GoRun.Result go = GoRun.go(EXAMPLES, name + ".go", 240);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        GoRun.Result ours = GoRun.go4j(EXAMPLES, name + ".go", 120);
        assertEquals(go.exit(), ours.exit(), name + ": exit status; go4j's stderr:\n" + ours.stderr());
        List<String> want = go.stdout().lines().toList();
        List<String> got = ours.stdout().lines().toList();
        assertEquals(want.getLast(), got.getLast(), name + ": the last line");
        assertEquals(sorted(want, name), sorted(got, name), name + ": the lines, in any order");
    }

    private static List<String> sorted(List<String> lines, String name) {
        return lines.stream().map(l -> name.equals("workerpool") ? l.replaceFirst("^worker \\d+", "worker N") : l)
                .sorted().toList();
    }

    @Test
    void aDeadlockIsGosFatalErrorAndExitStatus2() throws Exception {
        GoRun.Result ours = GoRun.go4j(EXAMPLES, "deadlock.go", 120);
        assertEquals(2, ours.exit(), ours.stderr());
        assertTrue(ours.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!"), ours.stderr());
    }
}
