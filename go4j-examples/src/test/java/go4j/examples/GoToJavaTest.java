package go4j.examples;

import go4j.examples.gotojava.Closures;
import go4j.examples.gotojava.Concurrency;
import go4j.examples.gotojava.Defer;
import go4j.examples.gotojava.Dispatch;
import go4j.examples.gotojava.Embedding;
import go4j.examples.gotojava.EscapeAnalysis;
import go4j.examples.gotojava.FunctionTypes;
import go4j.examples.gotojava.Interfaces;
import go4j.examples.gotojava.LoopCapture;
import go4j.examples.gotojava.Maps;
import go4j.examples.gotojava.MethodSets;
import go4j.examples.gotojava.MultipleReturns;
import go4j.examples.gotojava.NamedTypes;
import go4j.examples.gotojava.NilInterface;
import go4j.examples.gotojava.Slices;
import go4j.examples.gotojava.Structs;
import go4j.examples.gotojava.Variadic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docs/go-to-java.md stays true: every code block in it is quoted from a file that compiles,
 * and the programs print what the document says they do, in Java and (when Go is installed)
 * in Go.
 */
@Timeout(600)
class GoToJavaTest {
    private static final Path DOC = Path.of("../docs/go-to-java.md");
    private static final Path JAVA = Path.of("src/main/java/go4j/examples/gotojava");
    private static final Path MODULE = Path.of("src/module-example");
    private static final Path GO = Path.of("go/gotojava");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);

    record Block(String lang, String code, int line) {
    }

    static List<Block> blocks() throws IOException {
        String doc = Files.readString(DOC);
        List<Block> all = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            all.add(new Block(m.group(1), m.group(2), (int) doc.substring(0, m.start()).lines().count() + 1));
        }
        return all;
    }

    /** Trimmed, non-blank lines: what "quoted from the file" compares. */
    static List<String> norm(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static boolean quotedIn(Block b, List<Path> files) throws IOException {
        List<String> want = norm(b.code());
        for (Path f : files) {
            List<String> have = norm(Files.readString(f));
            for (int i = 0; i + want.size() <= have.size(); i++) {
                if (have.subList(i, i + want.size()).equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyCodeBlockIsQuotedFromACheckedFile() throws Exception {
        List<Block> blocks = blocks();
        assertTrue(blocks.size() >= 30, "code blocks found: " + blocks.size());
        List<Path> java = new ArrayList<>(files(JAVA, ".java"));
        java.addAll(files(MODULE, ".java"));
        List<Path> go = files(GO, ".go");
        List<Path> gomod = files(GO, "go.mod");
        for (Block b : blocks) {
            switch (b.lang()) {
                case "java" -> assertTrue(quotedIn(b, java), "docs/go-to-java.md:" + b.line() + ": java block not in gotojava/:\n" + b.code());
                case "go" -> assertTrue(quotedIn(b, go), "docs/go-to-java.md:" + b.line() + ": go block not in go/gotojava/:\n" + b.code());
                case "gomod" -> assertTrue(quotedIn(b, gomod), "docs/go-to-java.md:" + b.line() + ": go.mod block not in go/gotojava/:\n" + b.code());
                case "xml" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(b.code().getBytes(StandardCharsets.UTF_8)));
                default -> fail("docs/go-to-java.md:" + b.line() + ": a block in an unchecked language: " + b.lang());
            }
        }
    }

    @Test
    void theModuleExampleCompilesOnTheModulePathAgainstGo4j() throws IOException {
        String core = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("go4j-core")).findFirst().orElseThrow();
        Path out = Files.createTempDirectory("go4j-module-example");
        List<String> args = new ArrayList<>(List.of("--module-path", core, "-d", out.toString()));
        files(MODULE, ".java").forEach(p -> args.add(p.toString()));
        StringWriter diags = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow()
                .run(new PrintWriter(diags), new PrintWriter(diags), args.toArray(String[]::new));
        assertEquals(0, rc, "module-example does not compile:\n" + diags);
    }

    @Test
    void theModuleExampleCannotReachGo4jInternals() throws IOException {
        String core = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("go4j-core")).findFirst().orElseThrow();
        Path dir = Files.createTempDirectory("go4j-module-internal");
        Path pkg = Files.createDirectories(dir.resolve("com/example/app"));
        Files.copy(MODULE.resolve("module-info.java"), dir.resolve("module-info.java"));
        Files.writeString(pkg.resolve("Peek.java"),
                "package com.example.app;\nclass Peek { go4j.internal.runtime.G g; }\n");
        StringWriter diags = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(diags), new PrintWriter(diags),
                "--module-path", core, "-d", dir.resolve("out").toString(),
                dir.resolve("module-info.java").toString(), pkg.resolve("Peek.java").toString());
        assertTrue(rc != 0 && diags.toString().contains("is not visible"), "internal package was reachable:\n" + diags);
    }

    /** What each Java program prints: the claims of the document, Java side. */
    static final Map<String, List<String>> JAVA_PRINTS = Map.ofEntries(
            Map.entry("Closures", List.of("get() sees inc's writes: 2", "the lambda holds the value it captured: 1")),
            Map.entry("LoopCapture", List.of("0 1 2 ", "0 1 2 ")),
            Map.entry("Slices", List.of(
                    "a after b[0] = 20: [1, 2, 3, 4, 5]",
                    "list after view.set(0, 20): [1, 20, 3, 4, 5]",
                    "list after view.add(30): [1, 20, 3, 30, 4, 5]",
                    "the view after list.add: ConcurrentModificationException",
                    "a after part.put(0, 99): [1, 99, 3, 4, 5]")),
            Map.entry("Maps", List.of(
                    "the callee's writes are visible: 2",
                    "missing key: null false, getOrDefault: 0",
                    "reading an empty Map.of(): null 0",
                    "writing Map.of() throws UnsupportedOperationException")),
            Map.entry("Structs", List.of(
                    "p is unchanged: Point[x=1, y=2] q: Point[x=10, y=2]",
                    "equals compares fields: true",
                    "== compares references: false",
                    "arr changed too: [100, 2, 3]",
                    "arr after writing the clone: [100, 2, 3]")),
            Map.entry("Variadic", List.of("0 3 6", "15", "the callee wrote to the caller's array: [0, 5, 6]")),
            Map.entry("Defer", List.of("body done", "deferred 3", "deferred 2", "deferred 1",
                    "3 <nil>", "0 recovered: / by zero", "using a and b", "close b", "close a")),
            Map.entry("MultipleReturns", List.of("3 2", "error: For input string: \"42x\"", "1 true")),
            Map.entry("FunctionTypes", List.of("GO", "go!", "Ann greets Bob")),
            Map.entry("NamedTypes", List.of("212.0", "101.0")),
            Map.entry("Embedding", List.of("woof", "says ...", "says woof")),
            Map.entry("MethodSets", List.of("1 1")),
            Map.entry("Interfaces", List.of("a square of side 2.0", "is it a circle? false",
                    "cast failed: ClassCastException", "nil | int 7 | shape of area 3.0 | other String", "6")),
            Map.entry("NilInterface", List.of("err == null: true", "err instanceof MyErr: false")),
            Map.entry("EscapeAnalysis", List.of("1 25")),
            Map.entry("Dispatch", List.of("10.0")),
            Map.entry("Concurrency", List.of("sum: 14", "gave up: context deadline exceeded")));

    static final Map<String, Output.Main> JAVA_MAINS = Map.ofEntries(
            Map.entry("Closures", Closures::main), Map.entry("LoopCapture", LoopCapture::main),
            Map.entry("Slices", Slices::main), Map.entry("Maps", Maps::main),
            Map.entry("Structs", Structs::main), Map.entry("Variadic", Variadic::main),
            Map.entry("Defer", Defer::main), Map.entry("MultipleReturns", MultipleReturns::main),
            Map.entry("FunctionTypes", FunctionTypes::main), Map.entry("NamedTypes", NamedTypes::main),
            Map.entry("Embedding", Embedding::main), Map.entry("MethodSets", MethodSets::main),
            Map.entry("Interfaces", Interfaces::main), Map.entry("NilInterface", NilInterface::main),
            Map.entry("EscapeAnalysis", EscapeAnalysis::main), Map.entry("Dispatch", Dispatch::main),
            Map.entry("Concurrency", Concurrency::main));

    @TestFactory
    Stream<DynamicTest> eachJavaProgramPrintsWhatTheDocumentSays() throws IOException {
        List<String> classes = files(JAVA, ".java").stream()
                .map(p -> p.getFileName().toString().replace(".java", ""))
                .filter(n -> !n.equals("package-info")).toList();
        assertEquals(JAVA_PRINTS.keySet(), new java.util.HashSet<>(classes), "every gotojava program has its expected output");
        return classes.stream().map(n -> DynamicTest.dynamicTest(n,
                () -> assertEquals(JAVA_PRINTS.get(n), Output.of(JAVA_MAINS.get(n)))));
    }

    /** What each Go program prints: the claims of the document, Go side (Go 1.19). */
    static final Map<String, List<String>> GO_PRINTS = Map.ofEntries(
            Map.entry("closures", List.of("get() sees inc's writes: 2", "the closure reads x at call time: 2")),
            Map.entry("loopcapture", List.of("3 3 3 ", "0 1 2 ")),
            Map.entry("slices", List.of("a after b[0] = 20: [1 20 3 4 5]", "len(b), cap(b): 2 4",
                    "a after append within capacity: [1 20 3 30 5]", "c after writing to d[0]: [0 0]")),
            Map.entry("maps", List.of("the callee's writes are visible: 2", "missing key: 0 false",
                    "reading a nil map: 0 0", "writing a nil map panics: assignment to entry in nil map")),
            Map.entry("structs", List.of("p is unchanged: {1 2} q: {10 2}", "== compares fields: true",
                    "arr is unchanged: [1 2 3]")),
            Map.entry("variadic", List.of("0 3 6", "15", "the callee wrote to the caller's slice: [0 5 6]")),
            Map.entry("defer", List.of("body done", "deferred 3", "deferred 2", "deferred 1", "3 <nil>",
                    "0 recovered: runtime error: integer divide by zero")),
            Map.entry("multireturn", List.of("3 2", "0 true", "found 1")),
            Map.entry("functypes", List.of("GO", "go!", "Ann greets Bob")),
            Map.entry("namedtypes", List.of("212", "101")),
            Map.entry("embedding", List.of("woof", "says ...")),
            Map.entry("methodsets", List.of("1 1")),
            Map.entry("interfaces", List.of("a square of side 2", "is it a circle? false",
                    "nil | int 7 | shape of area 3 | other string")),
            Map.entry("nilinterface", List.of("err == nil: false", "its dynamic type: *main.MyErr")),
            Map.entry("escape", List.of("1 25")),
            Map.entry("concurrency", List.of("sum: 14", "gave up: context deadline exceeded")));

    @TestFactory
    Stream<DynamicTest> eachGoProgramPrintsWhatTheDocumentSays() throws IOException {
        Path go = GoParityTest.locateGo();
        assumeTrue(go != null, "Go is not installed: the Go side is skipped");
        List<String> names = files(GO, ".go").stream()
                .map(p -> p.getFileName().toString().replace(".go", "")).toList();
        assertEquals(GO_PRINTS.keySet(), new java.util.HashSet<>(names), "every Go program has its expected output");
        return names.stream().map(n -> DynamicTest.dynamicTest(n,
                () -> assertEquals(GO_PRINTS.get(n), goRun(go, GO, n + ".go", "run"))));
    }

    @Test
    void escapeAnalysisReportIsWhatTheGoCommentSays() throws Exception {
        Path go = GoParityTest.locateGo();
        assumeTrue(go != null, "Go is not installed");
        List<String> out = goRun(go, GO, "escape.go", "build", "-gcflags=-m", "-o", "/dev/null");
        assertTrue(out.stream().anyMatch(l -> l.endsWith("moved to heap: p")), out.toString());
    }

    @Test
    void theGoModExampleParses() throws Exception {
        Path go = GoParityTest.locateGo();
        assumeTrue(go != null, "Go is not installed");
        String json = String.join("\n", goRun(go, GO.resolve("module-example"), null, "mod", "edit", "-json"));
        assertTrue(json.contains("\"Exclude\"") && json.contains("\"Replace\"") && json.contains("\"Require\""), json);
    }

    /** Runs {@code go <args...> [file]} in {@code dir}; returns stdout and stderr lines. */
    static List<String> goRun(Path go, Path dir, String file, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(go.toString()));
        cmd.addAll(List.of(args));
        if (file != null) {
            cmd.add(file);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        if (System.getenv("HOME") == null && System.getenv("XDG_CACHE_HOME") == null) {
            pb.environment().put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "go4j-gocache").toString());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "go did not finish");
        return out.lines().filter(l -> !l.startsWith("# command-line-arguments")).toList();
    }
}
