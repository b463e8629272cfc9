package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import go4j.compiler.syntax.SyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code // run} programs of Go 1.19's test suite ({@code /usr/share/go-1.19/test}, its
 * {@code ken}, {@code chan} and {@code interface} folders) that import only packages the
 * test stubs provide: each must type-check without error. Read from the installed Go at
 * test time, never copied.
 */
final class Conformance {
    static final Path GO_TEST = Path.of("/usr/share/go-1.19/test");
    static final Set<String> STUBS = Set.of("fmt", "os", "strings", "errors", "runtime", "math", "unicode/utf8",
            "sync", "time", "sort", "strconv");

    private Conformance() {
    }

    /** The eligible programs, by path relative to the test folder. */
    static List<Path> programs() throws IOException {
        return programs(List.of("", "ken", "chan", "interface"));
    }

    static List<Path> programs(List<String> dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : dirs) {
            Path d = GO_TEST.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(p -> {
                    try {
                        String text = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
                        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
                        if (first.trim().equals("// run")) {
                            out.add(p);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        return out;
    }

    /** @return null if the program is not eligible (syntax not supported, imports without stubs), "" if it checks, else the errors */
    static String check(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        Node.File f;
        try {
            f = Parser.parse(new Source("./" + p.getFileName(), bytes));
        } catch (SyntaxError e) {
            return null; // syntax the parser does not take
        }
        for (Node.ImportSpec is : f.imports()) {
            String path = is.path().text().substring(1, is.path().text().length() - 1);
            if (!STUBS.contains(path)) {
                return null;
            }
        }
        try {
            Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), Harness.stubs());
            return "";
        } catch (TypeErrors e) {
            return e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            StringBuilder sb = new StringBuilder("CRASH " + e);
            for (StackTraceElement el : e.getStackTrace()) {
                if (sb.length() > 1500) {
                    break;
                }
                sb.append("\n  at ").append(el);
            }
            return sb.toString();
        }
    }

    /** By hand: prints every eligible program's result and the totals. */
    public static void main(String[] args) throws IOException {
        int eligible = 0;
        int pass = 0;
        TreeMap<String, String> fails = new TreeMap<>();
        List<String> passed = new ArrayList<>();
        for (Path p : args.length > 1 ? programs(List.of(args[1].split(","))) : programs()) {
            String r = check(p);
            if (r == null) {
                continue;
            }
            eligible++;
            String rel = GO_TEST.relativize(p).toString();
            if (r.isEmpty()) {
                pass++;
                passed.add(rel);
            } else {
                fails.put(rel, r);
            }
        }
        for (var e : fails.entrySet()) {
            System.out.println("== " + e.getKey() + "\n" + e.getValue());
        }
        System.out.println("eligible " + eligible + " pass " + pass);
        if (args.length > 0 && !args[0].equals("-")) {
            Files.write(Path.of(args[0]), passed);
        }
    }
}
