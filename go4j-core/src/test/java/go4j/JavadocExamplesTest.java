package go4j;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every multi-line {@code <pre>{@code ...}</pre>} example in the Javadoc of the exported
 * packages compiles, as the body of a method in a class importing go4j's packages and what
 * such code uses of the JDK; the public classes of the packages listed in
 * {@link #EVERY_CLASS} each have one. (One-line {@code {@code}} blocks are Go code or
 * fragments, and are left alone.) An example that declares methods (its first line starts with
 * {@code static} or {@code public}) is the body of that class instead. A few names an example
 * may use without declaring them are fields of that class: {@code ctx}, {@code in},
 * {@code use(Object)}. Compiling does not depend on the scheduler, so the jdk-scheduler run of
 * the suite skips it.
 */
@Timeout(180)
@DisabledIfSystemProperty(named = "go4j.scheduler", matches = "jdk")
class JavadocExamplesTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** The exported packages (module-info.java), whose examples must compile. */
    private static final List<String> EXPORTED = List.of(
            "go4j", "go4j.context", "go4j.sync", "go4j.time", "go4j.patterns", "go4j.diag", "go4j.bridge",
            "go4j.synctest");
    /** The packages whose every public class must show an example. */
    private static final List<String> EVERY_CLASS = List.of("go4j.patterns", "go4j.diag", "go4j.bridge",
            "go4j.synctest");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    private static final String PRELUDE = """
            import go4j.*;
            import go4j.bridge.*;
            import go4j.context.*;
            import go4j.diag.*;
            import go4j.patterns.*;
            import go4j.sync.*;
            import go4j.synctest.Synctest;
            import go4j.time.Time;
            import com.sun.net.httpserver.*;
            import java.io.*;
            import java.lang.management.ManagementFactory;
            import java.net.*;
            import java.net.http.*;
            import java.nio.ByteBuffer;
            import java.nio.file.*;
            import java.time.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import javax.management.JMX;
            import javax.management.MBeanServer;
            import javax.management.ObjectName;
            import static go4j.Go.*;
            // A go4j name wins over the JDK's of the same simple name, as in go4j's own code:
            import go4j.patterns.Future;
            import go4j.sync.Map;
            import go4j.time.Ticker;
            import go4j.time.Timer;
            """;

    record Example(String pkg, String where, String code) {
    }

    private static Path dir(String pkg) {
        return MAIN.resolve(pkg.replace('.', '/'));
    }

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(dir(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Example> examples() throws IOException {
        List<Example> all = new ArrayList<>();
        for (String pkg : EXPORTED) {
            for (Path f : sources(pkg)) {
                String src = Files.readString(f);
                Matcher m = EXAMPLE.matcher(src);
                while (m.find()) {
                    String code = m.group(1).lines()
                            .map(l -> l.replaceFirst("^\\s*\\*( |$)", ""))
                            .reduce("", (a, b) -> a + b + "\n");
                    int line = (int) src.substring(0, m.start()).lines().count() + 1;
                    all.add(new Example(pkg, f.getFileName() + ":" + line, code));
                }
            }
        }
        return all;
    }

    /** Whether an example is members of a class (methods), not statements. */
    private static boolean declaresMembers(String code) {
        String first = code.strip();
        return first.startsWith("static ") || first.startsWith("public ");
    }

    @Test
    void theExportedPackagesAreTheModulesExports() throws IOException {
        List<String> exports = Files.readString(MAIN.resolve("module-info.java")).lines()
                .map(String::strip).filter(l -> l.startsWith("exports "))
                .map(l -> l.substring("exports ".length(), l.length() - 1)).toList();
        assertEquals(exports, EXPORTED);
    }

    @Test
    void everyPublicClassOfTheListedPackagesHasAnExample() throws IOException {
        List<Example> all = examples();
        for (String pkg : EVERY_CLASS) {
            for (Path f : sources(pkg)) {
                String name = f.getFileName().toString();
                if (name.equals("package-info.java") || !Files.readString(f).contains("public ")) {
                    continue;
                }
                assertTrue(all.stream().anyMatch(e -> e.pkg().equals(pkg) && e.where().startsWith(name + ":")),
                        pkg + "." + name + " has no example");
            }
        }
    }

    @Test
    void everyExampleCompiles() throws IOException {
        List<Example> all = examples();
        assertTrue(all.size() >= 20, "examples found: " + all.size());
        Path dir = Files.createTempDirectory("go4j-javadoc-examples");
        List<String> args = new ArrayList<>(List.of(
                "-classpath", System.getProperty("java.class.path"), "-d", dir.resolve("classes").toString(), "-proc:none"));
        for (int i = 0; i < all.size(); i++) {
            String cls = "Example" + i;
            String src = PRELUDE + "// " + all.get(i).pkg() + "/" + all.get(i).where() + "\n"
                    + "class " + cls + " {\n"
                    + "    static Context ctx = Context.background();\n"
                    + "    static RecvChan<Integer> in = new Chan<>();\n"
                    + "    static void use(Object o) {}\n"
                    + (declaresMembers(all.get(i).code())
                            ? all.get(i).code() + "}\n"
                            : "    static void example() throws Exception {\n" + all.get(i).code() + "    }\n}\n");
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
