package go4j.compiler;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a Go program the two ways tests compare: under go4j ({@code go4j.compiler.Driver run},
 * in a child JVM, as {@code ./go4j run} does) and under Go itself ({@code go run}).
 */
final class GoRun {
    private GoRun() {
    }

    /**
     * What a run printed and how it ended.
     *
     * @param exit   the exit status (-1 on a timeout)
     * @param stdout standard output
     * @param stderr standard error
     */
    record Result(int exit, String stdout, String stderr) {
    }

    /** Runs {@code file} under go4j, with dir as the working directory. */
    static Result go4j(Path dir, String file, int timeoutSeconds) throws IOException, InterruptedException {
        return go4jArgs(dir, timeoutSeconds, file);
    }

    /** Runs {@code go4j run ARGS...} with dir as the working directory. */
    static Result go4jArgs(Path dir, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        return go4jEnv(dir, timeoutSeconds, Map.of(), args);
    }

    /** Runs {@code go4j run ARGS...} with dir as the working directory and env added to the environment. */
    static Result go4jEnv(Path dir, int timeoutSeconds, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return driver(dir, timeoutSeconds, env, "run", args);
    }

    /**
     * Runs {@code go4j run ARGS...} with dir as the working directory and the file stdin as
     * the program's standard input (as a shell's {@code < file} gives it).
     */
    static Result go4jStdin(Path dir, int timeoutSeconds, Path stdin, String... args)
            throws IOException, InterruptedException {
        return exec(driverCommand("run", args), dir, timeoutSeconds, Map.of(), stdin, null);
    }

    /**
     * Runs {@code go4j run ARGS...} with dir as the working directory, writing input into the
     * program's standard input, a pipe (as {@code cmd | go4j run} gives it), then closing it.
     */
    static Result go4jPipe(Path dir, int timeoutSeconds, byte[] input, String... args)
            throws IOException, InterruptedException {
        return exec(driverCommand("run", args), dir, timeoutSeconds, Map.of(), null, input);
    }

    /** Runs {@code go4j build ARGS...} with dir as the working directory. */
    static Result go4jBuild(Path dir, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        return driver(dir, timeoutSeconds, Map.of(), "build", args);
    }

    /** Runs {@code java -jar JAR ARGS...} as a user would, with no other option, in dir. */
    static Result javaJar(Path dir, int timeoutSeconds, Path jar, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, dir, timeoutSeconds, Map.of());
    }

    private static Result driver(Path dir, int timeoutSeconds, Map<String, String> env, String command, String... args)
            throws IOException, InterruptedException {
        return exec(driverCommand(command, args), dir, timeoutSeconds, env);
    }

    private static List<String> driverCommand(String command, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Xss128m",
                "-cp", System.getProperty("java.class.path"), Driver.class.getName(), command));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs {@code file} under Go (null when Go is not installed): built, then run, so that the
     * exit status is the program's own ({@code go run} turns a status 2 into 1).
     */
    static Result go(Path dir, String file, int timeoutSeconds) throws IOException, InterruptedException {
        return goEnv(dir, file, timeoutSeconds, Map.of());
    }

    /** {@link #go}, with env added to the environment of the build and of the program. */
    static Result goEnv(Path dir, String file, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Path go = locateGo();
        if (go == null) {
            return null;
        }
        Path bin = Files.createTempFile("go4j-gobuild", "");
        try {
            Result b = exec(List.of(go.toString(), "build", "-o", bin.toString(), file), dir, timeoutSeconds, env);
            if (b.exit() != 0) {
                return b;
            }
            return exec(List.of(bin.toString()), dir, timeoutSeconds, env);
        } finally {
            Files.deleteIfExists(bin);
        }
    }

    private static Result exec(List<String> cmd, Path dir, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        return exec(cmd, dir, timeoutSeconds, env, null, null);
    }

    /**
     * Runs cmd; its standard input is the file stdin, or a pipe fed input and then closed, or
     * empty (closed at once) when both are null.
     */
    private static Result exec(List<String> cmd, Path dir, int timeoutSeconds, Map<String, String> env, Path stdin,
            byte[] input) throws IOException, InterruptedException {
        Path out = Files.createTempFile("go4j-run", ".out");
        Path err = Files.createTempFile("go4j-run", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin != null) {
                pb.redirectInput(stdin.toFile());
            }
            if (System.getenv("HOME") == null && System.getenv("XDG_CACHE_HOME") == null) {
                pb.environment().put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "go4j-gocache").toString());
            }
            pb.environment().putAll(env);
            Process p = pb.start();
            Thread feeder = null;
            if (input != null) {
                feeder = Thread.ofPlatform().daemon().start(() -> {
                    try (var in = p.getOutputStream()) {
                        in.write(input);
                    } catch (IOException e) {
                        // the program stopped reading: what it printed says so
                    }
                });
            } else if (stdin == null) {
                p.getOutputStream().close();
            }
            int exit;
            if (p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            } else {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                exit = -1;
            }
            if (feeder != null) {
                feeder.join(1000);
            }
            return new Result(exit, Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Go: GO4J_GO, go on the PATH, or the newest /usr/lib/go-*; null when none. */
    static Path locateGo() {
        String env = System.getenv("GO4J_GO");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "go");
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("go-"))
                    .map(d -> d.resolve("bin/go")).filter(Files::isExecutable)
                    .sorted().reduce((a, b) -> b).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
