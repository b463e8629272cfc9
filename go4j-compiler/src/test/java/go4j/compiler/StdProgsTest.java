package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiled programs using {@code math/rand}, {@code container/heap}, {@code container/list},
 * {@code container/ring}, {@code bytes}, {@code log}, {@code flag}, {@code os},
 * {@code bufio}, {@code io}, {@code net/url} and {@code net/http}: each prints what Go
 * 1.19 printed for it ({@code NAME.out}, and {@code NAME.err} for standard error when there is
 * one, made by running the program {@code go build} made) and exits as it did.
 * {@code std_rand} checks Go's exact random numbers (seeded by default, by Seed, by
 * NewSource); {@code std_log} ends in log.Fatalln, so exits 1; {@code std_flag} is run with
 * flags and arguments, and once with a bad value, which is Go's message, usage and status 2.
 * {@code std_os} works in a temporary directory it makes and removes, and prints neither its
 * name nor a time; {@code std_stdin} reads its standard input from a file, as {@code < file}.
 * {@code std_http} serves on a loopback port and is its own client: a handler written in Go,
 * HandlerFunc, ServeMux's patterns and redirects, http.Error, 404, canonical headers, Get, Post,
 * a client timeout that cancels the handler's context, raw requests whose responses are
 * compared byte for byte (the Date header masked), and Close ending Serve; {@code std_http_load}
 * sends 5,000 requests from 50 goroutines and closes the server under them.
 */
@Timeout(120)
class StdProgsTest {
    static Stream<String> programs() {
        return Stream.of("std_rand", "std_containers", "std_bytes", "std_sync_bits_path", "std_scan", "std_runtime", "std_filepath",
                "std_timeparse", "std_nilrecv", "std_nilptr", "std_os", "std_bufio", "std_walk", "std_bytes2", "std_io", "std_url", "std_http",
                "std_http_load", "std_join");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void printsWhatGoPrinted(String name) throws Exception {
        // the .out files were made with TZ=UTC (std_timeparse reads the local zone)
        GoRun.Result r = GoRun.go4jEnv(ProgsTest.PROGS, 60, java.util.Map.of("TZ", "UTC"), name + ".go");
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

    @Test
    void aScannerReadsStandardInputToItsEnd() throws Exception {
        GoRun.Result r = GoRun.go4jStdin(ProgsTest.PROGS, 60, ProgsTest.PROGS.resolve("std_stdin.in"), "std_stdin.go");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(read("std_stdin.out"), r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void aScannerReadsALargeStandardInputFromAPipe() throws Exception {
        // 100,000 lines through a pipe, many times the Scanner's buffer; Go 1.19 printed these
        // totals for seq 1 100000 | ./std_stdin
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            sb.append(i).append('\n');
        }
        GoRun.Result r = GoRun.go4jPipe(ProgsTest.PROGS, 60, sb.toString().getBytes(StandardCharsets.ISO_8859_1),
                "std_stdin.go");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().startsWith("first: \"1\\n\" <nil>\n1: \"2\"\n"), r.stdout());
        assertTrue(r.stdout().endsWith("err: <nil>\nlines 99999 words 99999 bytes 488894\nafter EOF: 0 EOF true\n"),
                r.stdout());
        assertEquals("", r.stderr());
    }

    private static String read(String file) throws Exception {
        return Files.readString(ProgsTest.PROGS.resolve(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void fmtScanReadsStandardInputAsGosDoes() throws Exception {
        GoRun.Result r = GoRun.go4jStdin(ProgsTest.PROGS, 60, ProgsTest.PROGS.resolve("std_scanin.in"), "std_scanin.go");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(read("std_scanin.out"), r.stdout());
    }
}
