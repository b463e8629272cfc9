package go4j.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Go's own test programs as go4j's conformance suite: every file under
 * {@code /usr/share/go-1.19/test} (and {@code ken}, {@code chan}, {@code interface}, and the
 * generic programs of {@code typeparam}) whose first line is {@code // run} must compile,
 * print exactly its {@code .out} file (or nothing) and exit 0 — the rule of Go's own
 * test/run.go (a {@code // rundir} program of several packages is not taken). Programs that use {@code unsafe},
 * {@code reflect}, {@code syscall}, {@code os/exec} or runtime internals are left out, as
 * issue 18 says.
 *
 * <p>{@code main} runs them all and prints {@code N passed, M failed} with each failure's
 * reason; {@code --write} also rewrites the list of passing programs that
 * {@link GoTestSuiteTest} keeps passing.
 */
final class GoTestSuite {
    static final Path ROOT = Path.of("/usr/share/go-1.19/test");
    static final List<String> DIRS = List.of(".", "ken", "chan", "interface", "typeparam");
    private static final Pattern EXCLUDED = Pattern.compile(
            "\"(unsafe|reflect|syscall|os/exec|runtime/[a-z]+|internal/[a-z/]+|plugin|go/[a-z]+|cmd/[a-z/]+)\"");

    private GoTestSuite() {
    }

    /** The programs of the suite, as paths relative to ROOT ("ken/array.go"). */
    static List<String> programs() throws IOException {
        List<String> out = new ArrayList<>();
        for (String d : DIRS) {
            try (Stream<Path> s = Files.list(ROOT.resolve(d))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                    if (!text.startsWith("// run\n") || EXCLUDED.matcher(text).find()) {
                        continue;
                    }
                    out.add(d.equals(".") ? p.getFileName().toString() : d + "/" + p.getFileName());
                }
            }
        }
        return out;
    }

    /** GOOS and GOARCH as go4j's runtime package states them, for programs that compare. */
    private static final Map<String, String> PLATFORM = platform();

    private static Map<String, String> platform() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("GOOS", System.getenv().getOrDefault("GOOS", "linux"));
        env.put("GOARCH", System.getenv().getOrDefault("GOARCH", "amd64"));
        return env;
    }

    /** Null when the program passes, else the reason it does not. */
    static String check(String program) throws IOException, InterruptedException {
        Path file = ROOT.resolve(program);
        Path outFile = ROOT.resolve(program.substring(0, program.length() - 3) + ".out");
        String want = Files.exists(outFile) ? Files.readString(outFile, StandardCharsets.ISO_8859_1) : "";
        // Go's harness (test/run.go) sets GOOS and GOARCH when unset, to its runtime's: env.go reads them
        GoRun.Result r = GoRun.go4jEnv(file.getParent(), 60, PLATFORM, file.getFileName().toString());
        String got = r.stdout() + r.stderr();
        if (r.exit() == -1) {
            return "timed out";
        }
        if (r.exit() != 0) {
            return "exit " + r.exit() + ": " + firstLines(r.stderr().isEmpty() ? r.stdout() : r.stderr());
        }
        if (!got.equals(want)) {
            return "output differs: " + firstDifference(want, got);
        }
        return null;
    }

    private static String firstLines(String s) {
        String[] lines = s.strip().split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, lines.length); i++) {
            sb.append(i > 0 ? " | " : "").append(lines[i]);
        }
        return sb.toString();
    }

    private static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>";
            String b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": want " + abbreviate(a) + ", got " + abbreviate(b);
            }
        }
        return "?";
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? "\"" + s.substring(0, 80) + "...\"" : "\"" + s + "\"";
    }

    /** Runs programs two at a time; returns reason (or null) by program, sorted. */
    static Map<String, String> run(List<String> programs) throws Exception {
        Map<String, String> results = new TreeMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Map<String, Future<String>> fs = new TreeMap<>();
            for (String p : programs) {
                fs.put(p, pool.submit(() -> check(p)));
            }
            for (var e : fs.entrySet()) {
                String reason;
                try {
                    reason = e.getValue().get();
                } catch (java.util.concurrent.ExecutionException x) {
                    reason = "runner: " + x.getCause();
                }
                results.put(e.getKey(), reason);
            }
        }
        return results;
    }

    /**
     * Runs the whole suite and prints the tally.
     *
     * @param args {@code --write FILE} also writes the passing programs to FILE
     */
    public static void main(String[] args) throws Exception {
        List<String> all = programs();
        Map<String, String> r = run(all);
        List<String> passed = new ArrayList<>();
        for (var e : r.entrySet()) {
            if (e.getValue() == null) {
                passed.add(e.getKey());
            } else {
                System.out.println("FAIL " + e.getKey() + ": " + e.getValue());
            }
        }
        System.out.printf("%d passed, %d failed (of %d programs)%n", passed.size(), all.size() - passed.size(), all.size());
        if (args.length == 2 && args[0].equals("--write")) {
            Files.write(Path.of(args[1]), passed);
        }
    }
}
