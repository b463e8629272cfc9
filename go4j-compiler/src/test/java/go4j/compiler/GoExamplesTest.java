package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Go notes' programs in go4j-examples/go run under {@code go4j run} and print what {@code
 * go run} prints, byte for byte, with the same exit status. Go is required: CI installs it
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

    @Test
    void aDeadlockIsGosFatalErrorAndExitStatus2() throws Exception {
        GoRun.Result ours = GoRun.go4j(EXAMPLES, "deadlock.go", 120);
        assertEquals(2, ours.exit(), ours.stderr());
        assertTrue(ours.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!"), ours.stderr());
    }
}
