package go4j.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs an example's {@code main} in a child JVM, as a real program: for the topics whose point
 * is what happens to the process (Go's SCHED lines on stderr, a deadlock's exit status 2).
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** What the child printed, line by line, and its exit status. */
    record Result(List<String> stdout, List<String> stderr, int exitCode) {
    }

    /** Runs {@code main} on go4j's G/M/P scheduler with this class path, plus {@code env}. */
    static Result run(Class<?> main, Map<String, String> env) {
        return run(main.getName(), List.of(), env);
    }

    /** Runs {@code mainClass} with {@code args} in a child JVM on this JVM's class path. */
    static Result run(String mainClass, List<String> args, Map<String, String> env) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("GO4J_SCHEDULER");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<List<String>> err = CompletableFuture.supplyAsync(() -> lines(p.getErrorStream()));
            List<String> out = lines(p.getInputStream());
            int rc = p.waitFor();
            return new Result(out, err.join(), rc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }

    private static List<String> lines(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
