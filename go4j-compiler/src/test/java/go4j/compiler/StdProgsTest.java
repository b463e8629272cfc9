package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiled programs using {@code math/rand}, {@code container/heap}, {@code container/list},
 * {@code container/ring}, {@code bytes}, {@code log}, {@code flag}, {@code io},
 * {@code net/url} and {@code net/http}: each prints what Go 1.19 printed for it ({@code NAME.out}, and {@code NAME.err} for standard error when there is
 * one, made by running the program {@code go build} made) and exits as it did.
 * {@code std_rand} checks Go's exact random numbers (seeded by default, by Seed, by
 * NewSource); {@code std_log} ends in log.Fatalln, so exits 1; {@code std_flag} is run with
 * flags and arguments, and once with a bad value, which is Go's message, usage and status 2.
 * {@code std_http} serves on a loopback port and is its own client: a handler written in Go,
 * HandlerFunc, ServeMux's patterns and redirects, http.Error, 404, canonical headers, Get, Post,
 * a client timeout that cancels the handler's context, raw requests whose responses are
 * compared byte for byte (the Date header masked), and Close ending Serve; {@code std_http_load}
 * sends 5,000 requests from 50 goroutines and closes the server under them.
 */
@Timeout(120)
class StdProgsTest {
    static Stream<String> programs() {
        return Stream.of("std_rand", "std_containers", "std_bytes", "std_io", "std_url", "std_http", "std_http_load");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void printsWhatGoPrinted(String name) throws Exception {
        GoRun.Result r = GoRun.go4j(ProgsTest.PROGS, name + ".go", 60);
        assertEquals(0, r.exit(), name + ": " + r.stderr());
        assertEquals(read(name + ".out"), r.stdout(), name + ": " + r.stderr());
        assertEquals("", r.stderr(), name);
    }

    @Test
    void logWritesGosLinesOnStandardErrorAndFatalExits1() throws Exception {
        GoRun.Result r = GoRun.go4j(ProgsTest.PROGS, "std_log.go", 60);
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(read("std_log.out"), r.stdout());
        assertEquals(read("std_log.err"), r.stderr());
    }

    @Test
    void flagParsesTheCommandLineAsGoDoes() throws Exception {
        GoRun.Result r = GoRun.go4jArgs(ProgsTest.PROGS, 60,
                "std_flag.go", "-n", "5", "--name=bob", "-v", "-d", "1m30s", "-f", "2.5", "-x=3", "rest", "more");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(read("std_flag.out"), r.stdout());
        assertEquals(read("std_flag.err"), r.stderr(), "PrintDefaults");
    }

    @Test
    void aBadFlagIsGosMessageUsageAndExitStatus2() throws Exception {
        GoRun.Result r = GoRun.go4jArgs(ProgsTest.PROGS, 60, "std_flag.go", "-n", "x");
        assertEquals(2, r.exit(), r.stderr());
        assertEquals("false\n", r.stdout());
        assertEquals(read("std_flag_bad.err"), r.stderr());
    }

    @Test
    void aProgramMayReplaceUsage() throws Exception {
        // Go 1.19 printed these two lines and exited 2 for the same command line
        GoRun.Result r = GoRun.go4jArgs(ProgsTest.PROGS, 60, "std_flag_usage.go", "-q");
        assertEquals(2, r.exit(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals("flag provided but not defined: -q\ncustom usage\n", r.stderr());
    }

    private static String read(String file) throws Exception {
        return Files.readString(ProgsTest.PROGS.resolve(file), StandardCharsets.ISO_8859_1);
    }
}
