package go4j.bridge;

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
 * Every public class of go4j.bridge and go4j.diag has a {@code <pre>{@code ...}</pre>}
 * example in its Javadoc, and every example compiles as the body of a method in a class
 * importing what such code imports (as go4j.patterns' JavadocExamplesTest does for patterns).
 * Compiling does not depend on the scheduler, so the jdk-scheduler run skips it.
 */
@Timeout(120)
@DisabledIfSystemProperty(named = "go4j.scheduler", matches = "jdk")
class JavadocExamplesTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/go4j/bridge"), Path.of("src/main/java/go4j/diag"));
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    private static final String PRELUDE = """
            import go4j.*;
            import go4j.bridge.*;
            import go4j.diag.*;
            import go4j.time.Time;
            import java.lang.management.ManagementFactory;
            import java.net.URI;
            import java.net.http.*;
            import java.nio.ByteBuffer;
            import java.time.*;
            import java.util.*;
            import java.util.concurrent.*;
            import javax.management.JMX;
            import javax.management.MBeanServer;
            import javax.management.ObjectName;
            import static go4j.Go.*;
            """;

    record Example(String where, String code) {
    }

    private static List<Example> examples() throws IOException {
        List<Example> all = new ArrayList<>();
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.list(dir)) {
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
        }
        return all;
    }

    @Test
    void everyPublicClassHasAnExample() throws IOException {
        List<Example> all = examples();
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
                    String name = f.getFileName().toString();
                    assertTrue(all.stream().anyMatch(e -> e.where().startsWith(name + ":")), name + " has no example");
                }
            }
        }
    }

    @Test
    void everyExampleCompiles() throws IOException {
        List<Example> all = examples();
        assertTrue(all.size() >= 5, "examples found: " + all.size());
        Path dir = Files.createTempDirectory("go4j-bridge-javadoc-examples");
        List<String> args = new ArrayList<>(List.of(
                "-classpath", System.getProperty("java.class.path"), "-d", dir.resolve("classes").toString(), "-proc:none"));
        for (int i = 0; i < all.size(); i++) {
            String cls = "Example" + i;
            String src = PRELUDE + "// " + all.get(i).where() + "\n"
                    + "class " + cls + " {\n"
                    + "    static void example() throws Exception {\n"
                    + all.get(i).code()
                    + "    }\n}\n";
            Path file = dir.resolve(cls + ".java");
            Files.writeString(file, src);
            args.add(file.toString());
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter diags = new StringWriter();
        int rc = javac.run(new PrintWriter(diags), new PrintWriter(diags), args.toArray(String[]::new));
        if (rc != 0) {
            fail("Javadoc examples do not compile:\n" + diags);
        }
    }
}
