package go4j.patterns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every multi-line {@code <pre>{@code ...}</pre>} example in this package's Javadoc compiles,
 * as the body of a method in a class importing go4j's packages. (One-line {@code {@code}}
 * blocks are Go code and are left alone.) A few names an example may use without declaring
 * them are fields of that class: {@code ctx}, {@code in}, {@code use(Object)}. Compiling does not
 * depend on the scheduler, so the jdk-scheduler run of the suite skips it.
 */
@Timeout(120)
@DisabledIfSystemProperty(named = "go4j.scheduler", matches = "jdk")
class JavadocExamplesTest {
    private static final Path SOURCES = Path.of("src/main/java/go4j/patterns");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    private static final String PRELUDE = """
            import go4j.*;
            import go4j.context.*;
            import go4j.patterns.*;
            import go4j.sync.*;
            import go4j.time.Time;
            import java.time.*;
            import java.util.*;
            import java.util.function.*;
            import static go4j.Go.*;
            """;

    record Example(String where, String code) {
    }

    static List<Example> examples() throws IOException {
        List<Example> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(f);
                Matcher m = EXAMPLE.matcher(src);
                while (m.find()) {
                    String code = m.group(1).lines()
                            .map(l -> l.replaceFirst("^\\s*\\*( |$)", ""))
                            .reduce("", (a, b) -> a + b + "\n");
                    int line = (int) src.substring(0, m.start()).lines().count() + 1;
                    all.add(new Example(f.getFileName() + ":" + line, code));
                }
            }
        }
        return all;
    }

    @Test
    void everyPatternClassHasAnExample() throws IOException {
        List<Example> all = examples();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
                String name = f.getFileName().toString();
                assertTrue(all.stream().anyMatch(e -> e.where().startsWith(name + ":")), name + " has no example");
            }
        }
    }

    @Test
    void everyExampleCompiles() throws IOException {
        List<Example> all = examples();
        assertTrue(all.size() >= 8, "examples found: " + all.size());
        Path dir = Files.createTempDirectory("go4j-javadoc-examples");
        List<String> args = new ArrayList<>(List.of(
                "-classpath", System.getProperty("java.class.path"), "-d", dir.resolve("classes").toString(), "-proc:none"));
        for (int i = 0; i < all.size(); i++) {
            String cls = "Example" + i;
            String src = PRELUDE + "// " + all.get(i).where() + "\n"
                    + "class " + cls + " {\n"
                    + "    static Context ctx = Context.background();\n"
                    + "    static RecvChan<Integer> in = new Chan<>();\n"
                    + "    static void use(Object o) {}\n"
                    + "    static void example() throws Exception {\n"
                    + all.get(i).code()
                    + "    }\n}\n";
            Path file = dir.resolve(cls + ".java");
            Files.writeString(file, src);
            args.add(file.toString());
        }
        // javac through java.util.spi.ToolProvider: the test is patched into module go4j, which
        // does not read java.compiler, so javax.tools is out of reach; this is in java.base.
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter diags = new StringWriter();
        int rc = javac.run(new PrintWriter(diags), new PrintWriter(diags), args.toArray(String[]::new));
        if (rc != 0) {
            fail("Javadoc examples do not compile:\n" + diags);
        }
    }
}
