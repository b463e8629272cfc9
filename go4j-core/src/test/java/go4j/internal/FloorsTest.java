package go4j.internal;

import go4j.Go;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * go4j's packages stand on floors, and a class may use only classes of its own package or of a
 * lower floor: no cycle between packages, and the runtime never knows the public API built on
 * it. Checked on the compiled classes with jdeps, so what counts is every real reference (a
 * call, a field, a type in a signature, a constant), not {@code import} lines.
 */
class FloorsTest {
    /** Each go4j package's floor; a package may depend only on lower floors. */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("go4j.internal.base", 0),
            Map.entry("go4j.internal.jfr", 0),
            Map.entry("go4j.diag", 0), // the MXBean interface only (JDK types), which the runtime implements
            Map.entry("go4j.internal.sched", 1),
            Map.entry("go4j.internal.runtime", 2),
            Map.entry("go4j", 3),
            Map.entry("go4j.context", 4),
            Map.entry("go4j.time", 4),
            Map.entry("go4j.bridge", 4), // channels as Flow, Stream, CompletableFuture: uses go4j only
            Map.entry("go4j.synctest", 4), // Go's testing/synctest: go4j (Panic) and the runtime's Bubble
            Map.entry("go4j.sync", 5),
            Map.entry("go4j.patterns", 6));

    @Test
    void everyPackageUsesOnlyLowerFloors() throws Exception {
        Path classes = Path.of(Go.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String[]> edges = classEdges(classes);
        assertTrue(edges.size() > 100, "jdeps found only " + edges.size() + " go4j class dependencies in " + classes);
        List<String> violations = violations(edges);
        assertEquals(List.of(), violations, "dependencies against the floors (package-info.java of go4j.internal.base)");
    }

    /** The check itself: each shape it must catch, so that the test above can fail. */
    @Test
    void catchesUpwardSidewaysAndUnknownDependencies() {
        assertEquals(List.of("go4j.internal.runtime.Park -> go4j.Interrupted (floor 2 uses floor 3)"),
                violations(List.<String[]>of(new String[] {"go4j.internal.runtime.Park", "go4j.Interrupted"})));
        assertEquals(List.of("go4j.time.Timer -> go4j.context.Context (floor 4 uses floor 4)"),
                violations(List.<String[]>of(new String[] {"go4j.time.Timer", "go4j.context.Context"})));
        assertEquals(List.of("go4j.internal.fresh.X -> go4j.Chan (go4j.internal.fresh is on no floor: add it to FLOORS)"),
                violations(List.<String[]>of(new String[] {"go4j.internal.fresh.X", "go4j.Chan"})));
        assertEquals(List.of(), violations(List.<String[]>of(
                new String[] {"go4j.Chan", "go4j.internal.base.SpinLock"},
                new String[] {"go4j.Chan", "go4j.Chan$1"},
                new String[] {"go4j.sync.Mutex", "go4j.Panic"})));
    }

    static List<String> violations(List<String[]> edges) {
        TreeSet<String> out = new TreeSet<>();
        for (String[] e : edges) {
            String from = packageOf(e[0]);
            String to = packageOf(e[1]);
            if (from.equals(to)) {
                continue;
            }
            Integer f = FLOORS.get(from);
            Integer t = FLOORS.get(to);
            if (f == null || t == null) {
                out.add(e[0] + " -> " + e[1] + " (" + (f == null ? from : to) + " is on no floor: add it to FLOORS)");
            } else if (t >= f) {
                out.add(e[0] + " -> " + e[1] + " (floor " + f + " uses floor " + t + ")");
            }
        }
        return new ArrayList<>(out);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** Every (class, class) dependency between go4j classes under {@code classes}, by jdeps. */
    private static List<String[]> classEdges(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("this JDK has no jdeps tool (module jdk.jdeps)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err),
                "-verbose:class", "-filter:none", "-include", "go4j\\..*", classes.toString());
        assertEquals(0, rc, "jdeps failed: " + err);
        // Lines of the form "   go4j.Chan   -> go4j.internal.base.SpinLock   classes"
        Pattern line = Pattern.compile("^\\s+(go4j\\.\\S+)\\s+->\\s+(go4j\\.\\S+)\\s");
        List<String[]> edges = new ArrayList<>();
        for (String l : out.toString().split("\\R")) {
            Matcher m = line.matcher(l + " ");
            if (m.find()) {
                edges.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return edges;
    }
}
