package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small Go programs, one per area of the language (arithmetic, strings, slices and maps,
 * structs and interfaces, closures and defer, channels, generics: containers, constraints
 * and inference, instances in interfaces, type switches and %T, function names in
 * runtime.Stack), each with the output Go 1.19
 * printed for it ({@code NAME.out}, made with {@code go run NAME.go}): go4j prints the same
 * bytes and exits 0. And a run-time error ends the program as Go's does.
 */
@Timeout(120)
class ProgsTest {
    static final Path PROGS = Path.of("src", "test", "resources", "go4j", "compiler", "progs");

    static Stream<String> programs() {
        return Stream.of("arith", "strs", "slices", "structs", "closures", "chans", "nilerr", "ptrkeys", "localtypes", "namedprint", "ptrarrays",
                "generics_containers", "generics_constraints", "generics_types", "frames", "objnames");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void printsWhatGoPrinted(String name) throws Exception {
        String want = Files.readString(PROGS.resolve(name + ".out"), StandardCharsets.ISO_8859_1);
        GoRun.Result r = GoRun.go4j(PROGS, name + ".go", 60);
        assertEquals(0, r.exit(), name + ": " + r.stderr());
        assertEquals(want, r.stdout(), name + ": " + r.stderr());
    }

    @Test
    void anIndexOutOfRangeIsGosPanicAndExitStatus2() throws Exception {
        GoRun.Result r = GoRun.go4j(PROGS, "panic_index.go", 60);
        assertEquals("before\n", r.stdout());
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"),
                r.stderr());
    }

    @Test
    void aPanicInADeferredCallIsReportedAfterTheOnesItInterruptedAsGoDoes() throws Exception {
        GoRun.Result r = GoRun.go4j(PROGS, "panic_chain.go", 60);
        assertEquals("recovered: in g's defer\nmain deferred\n", r.stdout());
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("""
                panic: assignment to entry in nil map
                \tpanic: in g's defer [recovered]
                \tpanic: runtime error: invalid memory address or nil pointer dereference
                [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]

                goroutine 1 [running]:
                """), r.stderr());
    }

    @Test
    void aPanicsFramesNameMethodsAndFunctionLiteralsAsGoDoes() throws Exception {
        GoRun.Result r = GoRun.go4j(PROGS, "panic_frames.go", 60);
        assertEquals(2, r.exit(), r.stderr());
        // Go 1.19's frames for this program, arguments aside (each is main.NAME(...) then tab, file:line)
        String want = """
                main.Stack[...].top panic_frames.go:13
                main.(*Stack[...]).Pop panic_frames.go:8
                main.(*Machine).Run.func1 panic_frames.go:22
                main.(*Machine).Run panic_frames.go:25
                main.main panic_frames.go:30
                """;
        StringBuilder got = new StringBuilder();
        String[] lines = r.stderr().split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("main.")) {
                String file = lines[i + 1].trim();
                got.append(lines[i], 0, lines[i].lastIndexOf('(')).append(' ')
                        .append(file.substring(file.lastIndexOf('/') + 1).split(" ")[0]).append('\n');
            }
        }
        assertEquals(want, got.toString(), r.stderr());
    }

    @Test
    void aRecoveredValuePanickedAgainIsMarkedRecovered() throws Exception {
        GoRun.Result r = GoRun.go4j(PROGS, "panic_repanic.go", 60);
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("panic: boom [recovered]\n\tpanic: boom\n\ngoroutine 1 [running]:\n"), r.stderr());
    }
}
