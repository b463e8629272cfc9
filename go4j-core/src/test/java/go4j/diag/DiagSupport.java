package go4j.diag;

import go4j.TestSupport;
import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Helpers for the diagnostics tests: capture what go4j prints on stderr, wait (without any
 * timing assertion) until a goroutine is parked for a reason, run a program in a child JVM.
 */
public final class DiagSupport {
    private DiagSupport() {
    }

    /** How long a wait loop polls before failing the test: generous, the machine is shared. */
    static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** What a body printed on stderr, and what it threw (null if nothing). */
    record Captured(String stderr, Throwable thrown) {
    }

    @FunctionalInterface
    interface Body {
        void run() throws Throwable;
    }

    /** Runs {@code body} with System.err captured. */
    static synchronized Captured captureStderr(Body body) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        Throwable thrown = null;
        try {
            body.run();
        } catch (Throwable t) {
            thrown = t;
        } finally {
            System.setErr(saved);
        }
        capture.flush();
        return new Captured(buf.toString(StandardCharsets.UTF_8), thrown);
    }

    /** Polls {@code cond} until it holds; fails after {@link #PATIENCE_NANOS}. */
    static void until(String what, BooleanSupplier cond) {
        TestSupport.until(what, PATIENCE_NANOS, cond);
    }

    /** Waits until {@code g} is parked in go4j for {@code reason}. */
    static void awaitParked(G g, WaitReason reason) {
        until(g + " parked for " + reason, () -> g.waitReason() == reason);
    }

    /** A goroutine's G, handed over from inside it. */
    static final class GRef {
        private final CompletableFuture<G> g = new CompletableFuture<>();

        /** Call first thing in the goroutine. */
        void set() {
            g.complete(G.current());
        }

        G get() {
            return g.join();
        }
    }

    /** The exit status and output of a child JVM. */
    public record Child(int exit, String stdout, String stderr) {
    }

    /**
     * Runs {@code main} in a child JVM with this JVM's class path, scheduler and flags (but
     * not go4j.exitOnPanic: the child behaves as a real program), plus {@code env}.
     */
    public static Child runChild(Class<?> main, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runChild(main, List.of(), env, args);
    }

    /** {@link #runChild(Class, Map, String...)} with extra JVM options ({@code -Xmx256m}, ...). */
    public static Child runChild(Class<?> main, List<String> jvmOptions, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-Dgo4j.scheduler")) {
                cmd.add(a);
            }
        }
        String scheduler = System.getProperty("go4j.scheduler");
        if (scheduler != null) {
            cmd.add("-Dgo4j.scheduler=" + scheduler);
        }
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("GOTRACEBACK");
        pb.environment().remove("GO4J_EXIT_ON_PANIC");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("child JVM did not end: " + cmd);
        }
        return new Child(p.exitValue(), out.join(), err.join());
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stderr lines go4j did not write (the scheduler's one-line notice aside). */
    static String withoutSchedulerNotice(String stderr) {
        return stderr.replaceAll("(?m)^go4j: .*\\n", "");
    }
}
