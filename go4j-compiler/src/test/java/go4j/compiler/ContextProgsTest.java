package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiled programs using {@code context}, {@code os.Stdout}, {@code os.Stderr} and
 * {@code os.Args}: each prints what Go 1.19 printed for it ({@code NAME.out}, and
 * {@code NAME.err} for standard error when there is one, made with {@code go run NAME.go}).
 * {@code ctx_cancel} covers WithCancel, WithTimeout, WithDeadline, WithValue, select on
 * Done and errors.Is; {@code ctx_custom} contexts written in Go as parents, writers written in
 * Go for fmt, and the standard files. A goroutine waiting on a context nobody cancels is
 * Go's deadlock, and the notes' example prints Go's lines, in the order its goroutines decide.
 */
@Timeout(120)
class ContextProgsTest {
    static Stream<String> programs() {
        return Stream.of("ctx_cancel", "ctx_custom");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void printsWhatGoPrinted(String name) throws Exception {
        String want = read(name + ".out");
        Path err = ProgsTest.PROGS.resolve(name + ".err");
        String wantErr = Files.exists(err) ? read(name + ".err") : "";
        GoRun.Result r = GoRun.go4j(ProgsTest.PROGS, name + ".go", 60);
        assertEquals(0, r.exit(), name + ": " + r.stderr());
        assertEquals(want, r.stdout(), name + ": " + r.stderr());
        assertEquals(wantErr, r.stderr(), name);
    }

    @Test
    void waitingOnAContextNobodyCancelsIsADeadlock() throws Exception {
        GoRun.Result r = GoRun.go4j(ProgsTest.PROGS, "ctx_deadlock.go", 60);
        assertEquals("waiting\n", r.stdout());
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                r.stderr());
    }

    @Test
    void theNotesExamplePrintsGosLines() throws Exception {
        GoRun.Result r = GoRun.go4j(GoExamplesTest.EXAMPLES, "context.go", 60);
        assertEquals(0, r.exit(), r.stderr());
        // go run's lines; work1 and work3 print in either order
        List<String> want = List.of(
                "main: all work stopped; ctx.Err() = context canceled",
                "main: cancel",
                "work1: stopped: context canceled",
                "work2: stopped: context deadline exceeded",
                "work3: request 42 stopped: context canceled");
        assertEquals(want, Arrays.stream(r.stdout().split("\n")).sorted().toList(), r.stderr());
        assertTrue(r.stdout().startsWith("work2: stopped: context deadline exceeded\nmain: cancel\n"), r.stdout());
        assertTrue(r.stdout().endsWith("main: all work stopped; ctx.Err() = context canceled\n"), r.stdout());
    }

    private static String read(String file) throws Exception {
        return Files.readString(ProgsTest.PROGS.resolve(file), StandardCharsets.ISO_8859_1);
    }
}
