package go4j.nats;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A {@code nats-server} with JetStream on a free loopback port and a temporary store, for
 * tests and demos: {@link #start()}, {@link #stop()}, {@link #restart()} (same port, same
 * store: what JetStream stored survives), {@link #close()} (stops it, deletes the store).
 *
 * <pre>{@code
 * try (LocalNatsServer server = LocalNatsServer.start()) {
 *     Connection nc = Nats.connect(server.url());
 *     ...
 * }
 * }</pre>
 *
 * <p>The binary is {@code $NATS_SERVER}, else {@code nats-server} on the PATH, in
 * {@code /usr/sbin} or {@code /usr/bin}. When there is none, {@link #start()} throws
 * {@link IllegalStateException} with {@link #INSTALL_HINT}: a test that needs the server
 * fails, it is not skipped.
 *
 * <p>Not for concurrent use: one owner starts, stops and closes it.
 */
public final class LocalNatsServer implements AutoCloseable {
    /** What to do when the binary is missing. */
    public static final String INSTALL_HINT = "nats-server not found (looked at $NATS_SERVER, the PATH, "
            + "/usr/sbin, /usr/bin): install it, on Debian or Ubuntu with `sudo apt-get install nats-server`, "
            + "or from https://github.com/nats-io/nats-server/releases, or point NATS_SERVER at the binary";

    private final Path binary;  // nats-server
    private final int port;     // fixed for the server's life, restarts included
    private final Path store;   // JetStream's store directory, deleted by close()
    private Process process;    // the running server, null while stopped

    private LocalNatsServer(Path binary, int port, Path store) {
        this.binary = binary;
        this.port = port;
        this.store = store;
    }

    /**
     * Finds the binary, picks a free port, makes a store directory and starts the server.
     *
     * @return the running server
     * @throws IllegalStateException with {@link #INSTALL_HINT} if there is no nats-server
     */
    public static LocalNatsServer start() {
        Path bin = find();
        if (bin == null) {
            throw new IllegalStateException(INSTALL_HINT);
        }
        try {
            int port = freePort();
            LocalNatsServer server = new LocalNatsServer(bin, port, Files.createTempDirectory("go4j-nats-"));
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A free loopback port below the kernel's ephemeral range. Not one of ServerSocket(0)'s:
     * while the server is down for a restart, a client reconnecting every few milliseconds to
     * an ephemeral port can be given that same port as its own source port, and TCP then
     * connects the socket to itself (simultaneous open); the client believes it reconnected
     * and talks to itself from then on (seen here: a jnats connection "reconnected" whose
     * JetStream publishes all timed out, while a new connection worked).
     */
    private static int freePort() throws IOException {
        int low = 32768;
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            low = Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the IANA range's start
        }
        int from = 10_000, span = Math.max(1000, low - from);
        java.util.Random r = new java.util.Random();
        for (int i = 0; i < 200; i++) {
            int port = from + r.nextInt(span);
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port in " + from + ".." + (from + span));
    }

    /** @return the nats-server binary, or null if there is none */
    public static Path find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("NATS_SERVER");
        if (env != null && !env.isEmpty()) {
            candidates.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "nats-server"));
                }
            }
        }
        candidates.add(Path.of("/usr/sbin/nats-server"));
        candidates.add(Path.of("/usr/bin/nats-server"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private void launch() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-js", "-a", "127.0.0.1",
                "-p", Integer.toString(port), "-sd", store.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(store.resolve("server.log").toFile());
        process = pb.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nats-server exited with status " + process.exitValue()
                        + ": " + Files.readString(store.resolve("server.log")));
            }
            if (Files.readString(store.resolve("server.log")).contains("Server is ready") && accepts()) {
                return;
            }
            sleep(20);
        }
        throw new IllegalStateException("nats-server did not start in 10 s: " + Files.readString(store.resolve("server.log")));
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return what the server printed since it was last started, for a failure's message */
    public String log() {
        try {
            return Files.readString(store.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** @return {@code nats://127.0.0.1:PORT} */
    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    /** @return the port, the same across restarts */
    public int port() {
        return port;
    }

    /** Kills the server at once (SIGKILL): what JetStream had synced stays in the store. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** Stops the server (SIGTERM, as a clean shutdown), waiting until it has exited. */
    public void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        process = null;
    }

    /** Stops the server and starts it again on the same port with the same store. */
    public void restart() {
        stop();
        relaunch();
    }

    /**
     * Kills the server (SIGKILL, a crash) and starts it again on the same port with the same
     * store.
     */
    public void crashAndRestart() {
        kill();
        relaunch();
    }

    /** Starts the stopped server again on its port and store, with a fresh log. */
    private void relaunch() {
        try {
            Files.deleteIfExists(store.resolve("server.log"));
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and deletes its store. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(store)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing for
        }
    }
}
