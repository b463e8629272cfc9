package go4j.internal.sched;

import go4j.Chan;
import go4j.Go;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which scheduler go4j picks, in this JVM and in child JVMs started with other flags. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SchedulerSelectionTest {

    @Test
    void thisJvmRunsTheSchedulerItsFlagsAskFor() {
        boolean opened = Hooks.FAILURE == null;
        String wanted = System.getProperty("go4j.scheduler", "gmp");
        assertEquals(opened && !wanted.equals("jdk") ? "gmp" : "jdk", Go.scheduler());
    }

    @Test
    void withoutTheAddOpensFlagOneStderrLineAndGoroutinesStillRun() throws Exception {
        Result r = child(List.of());
        assertEquals(0, r.exit, r.toString());
        assertEquals("jdk 499500", r.out.strip(), r.toString());
        List<String> lines = r.err.lines().toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("go4j: gmp scheduler unavailable: java.lang is not open to go4j"
                + " (run java with --add-opens java.base/java.lang=ALL-UNNAMED)"), lines.get(0));
        assertTrue(lines.get(0).endsWith("; using the JDK scheduler"), lines.get(0));
    }

    @Test
    void withTheFlagTheGmpSchedulerRunsSilently() throws Exception {
        Result r = child(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dgo4j.gomaxprocs=3"));
        assertEquals(0, r.exit, r.toString());
        assertEquals("gmp 499500 3", r.out.strip(), r.toString());
        assertEquals("", r.err, r.toString());
    }

    @Test
    void askingForTheJdkSchedulerIsSilentEvenWithoutTheFlag() throws Exception {
        Result r = child(List.of("-Dgo4j.scheduler=jdk"));
        assertEquals(0, r.exit, r.toString());
        assertEquals("jdk 499500", r.out.strip(), r.toString());
        assertEquals("", r.err, r.toString());
    }

    @Test
    void schedtraceSettingPrintsGosSchedLines() throws Exception {
        Result r = child(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dgo4j.godebug=schedtrace=10",
                "-Dgo4j.gomaxprocs=2"), "sleep");
        assertEquals(0, r.exit, r.toString());
        List<String> lines = r.err.lines().toList();
        assertTrue(!lines.isEmpty(), r.toString());
        for (String l : lines) {
            assertTrue(l.matches("SCHED \\d+ms: gomaxprocs=2 idleprocs=\\d+ threads=\\d+ spinningthreads=\\d+"
                    + " needspinning=0 idlethreads=\\d+ runqueue=\\d+ \\[\\d+ \\d+\\]"), l);
        }
    }

    /** The child program: sums 0..999 through a channel fed by goroutines and prints the scheduler. */
    public static final class Child {
        public static void main(String[] args) {
            if (args.length > 0 && args[0].equals("sleep")) {
                Go.main(() -> {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                });
                return;
            }
            Go.main(() -> {
                Chan<Integer> c = new Chan<>();
                for (int i = 0; i < 1000; i++) {
                    int v = i;
                    Go.go(() -> c.send(v));
                }
                long sum = 0;
                for (int i = 0; i < 1000; i++) {
                    sum += c.recv();
                }
                String procs = Go.scheduler().equals("gmp") ? " " + Go.gomaxprocs(0) : "";
                System.out.println(Go.scheduler() + " " + sum + procs);
            });
        }
    }

    record Result(int exit, String out, String err) {
    }

    private static Result child(List<String> flags, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(flags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Child.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("GO4J_SCHEDULER");
        pb.environment().remove("GOMAXPROCS");
        pb.environment().remove("GODEBUG");
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(100, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<" + e + ">";
        }
    }
}
