package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Our trees are {@code go/ast}'s: for every {@code // run} program of Go 1.19's test suite
 * (its {@code ken}, {@code chan}, {@code interface} and, for generics, {@code typeparam}
 * folders) and every go4j example, {@link TreeDump} of our tree equals {@code astdump.go}'s dump of
 * the tree Go's own {@code go/parser} builds, node for node and offset for offset.
 */
class GoAstAgreementTest {

    private static final Path GO = Path.of("/usr/lib/go-1.19/bin/go");
    private static final Path GO_TEST = Path.of("/usr/share/go-1.19/test");

    @Test
    void everyTreeEqualsGoParsersTree() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(GO) && Files.isDirectory(GO_TEST),
                "Go 1.19 is missing: run `apt-get install golang-1.19` (CI installs it)");
        List<String> files = new ArrayList<>();
        for (String dir : List.of("", "ken", "chan", "interface")) {
            files.addAll(runPrograms(GO_TEST.resolve(dir)));
        }
        try (Stream<Path> list = Files.list(Path.of("../go4j-examples/go"))) {
            list.filter(p -> p.toString().endsWith(".go")).sorted().forEach(p -> files.add(p.toString()));
        }
        assertAgree(files, "go/ast agreement");
    }

    /**
     * Generics: every {@code // run} program of {@code test/typeparam} (a single file; the
     * folders beside some are other programs' packages, not these).
     */
    @Test
    void everyTypeparamTreeEqualsGoParsersTree() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(GO) && Files.isDirectory(GO_TEST),
                "Go 1.19 is missing: run `apt-get install golang-1.19` (CI installs it)");
        List<String> files = runPrograms(GO_TEST.resolve("typeparam"));
        assertTrue(files.size() >= 130, "only " + files.size() + " `// run` files in test/typeparam");
        assertAgree(files, "go/ast agreement, typeparam");
    }

    private static List<String> runPrograms(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p) && isRunProgram(p))
                    .sorted().map(Path::toString).toList();
        }
    }

    /** Each file's tree is go/parser's, else the first difference of each is reported. */
    private static void assertAgree(List<String> files, String what) throws IOException, InterruptedException {
        List<String> goDump = goDump(files);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i);
            assertEquals(name, goDump.get(2 * i), "astdump.go's output is out of step");
            String want = squeeze(goDump.get(2 * i + 1));
            String got;
            try {
                got = squeeze(TreeDump.dump(Parser.parse(new Source(name, Files.readAllBytes(Path.of(name))))));
            } catch (SyntaxError e) {
                mismatches.add(name + "\n  " + e.getMessage().replace("\n", "\n  "));
                continue;
            }
            if (!want.equals(got)) {
                int at = 0;
                while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 120);
                mismatches.add(name + "\n  go/ast: " + want.substring(from, Math.min(want.length(), at + 60))
                        + "\n  ours:   " + got.substring(from, Math.min(got.length(), at + 60)));
            }
        }
        System.out.printf("%s: %d of %d trees equal%n", what, files.size() - mismatches.size(), files.size());
        assertEquals(List.of(), mismatches);
    }

    private static boolean isRunProgram(Path p) {
        try (Stream<String> lines = Files.lines(p, StandardCharsets.ISO_8859_1)) {
            String first = lines.findFirst().orElse("");
            return first.equals("// run") || first.startsWith("// run ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Builds astdump.go (its build cache under target/, not in $HOME) and runs it over the files. */
    private static List<String> goDump(List<String> files) throws IOException, InterruptedException {
        Path work = Files.createDirectories(Path.of("target/astdump"));
        Path program = work.resolve("astdump.go");
        try (var in = GoAstAgreementTest.class.getResourceAsStream("astdump.go")) {
            Files.write(program, in.readAllBytes());
        }
        Path binary = work.toAbsolutePath().resolve("astdump");
        ProcessBuilder build = new ProcessBuilder(GO.toString(), "build", "-o", binary.toString(), program.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        build.environment().put("GOCACHE", work.toAbsolutePath().resolve("cache").toString());
        build.environment().put("GOPATH", work.toAbsolutePath().resolve("gopath").toString());
        build.environment().put("GO111MODULE", "off");
        assertEquals(0, build.start().waitFor(), "go build astdump.go failed");

        List<String> cmd = new ArrayList<>(List.of(binary.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), "astdump failed");
        assertEquals(2 * files.size(), out.size(), "astdump.go printed too few lines");
        return out;
    }

    /** Drops the whitespace outside quoted strings, which neither dump makes significant. */
    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                b.append(c);
                if (c == '\\') {
                    b.append(s.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                b.append(c);
            } else if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
