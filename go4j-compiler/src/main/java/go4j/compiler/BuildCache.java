package go4j.compiler;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiled programs cached by content, as Go's build cache does: the key is a SHA-256 of the
 * sources (names and bytes) and of the compiler itself, so a second {@code go4j run} of an
 * unchanged program loads its classes instead of compiling them. The cache lives in
 * {@code $GO4J_CACHE}, else {@code $XDG_CACHE_HOME/go4j}, else {@code ~/.cache/go4j};
 * {@code GO4J_CACHE=off} disables it. A cache that cannot be read or written is ignored.
 */
final class BuildCache {
    private BuildCache() {
    }

    private static Path dir() {
        String env = System.getenv("GO4J_CACHE");
        if ("off".equals(env)) {
            return null;
        }
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "go4j");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "go4j");
    }

    /**
     * The key: the current directory (file names in messages and positions are relative to it),
     * the sources (in a module, all of the module's) and the compiler's own jar (its build).
     */
    private static String key(List<String> args) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> paths = new ArrayList<>();
            for (String a : args) {
                Path p = Path.of(a);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(f -> f.toString().endsWith(".go")).sorted().forEach(paths::add);
                    }
                } else {
                    paths.add(p);
                }
            }
            // in a module, every package of it may be imported: its whole source is in the key
            Module module;
            try {
                module = Module.find(Path.of("").toAbsolutePath());
            } catch (Driver.CompileError e) {
                return null;
            }
            if (module != null) {
                paths.addAll(module.sources());
            }
            md.update(Path.of("").toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)); // names in messages
            md.update(("-mod=" + Module.modFlag() + "\0").getBytes(StandardCharsets.UTF_8)); // how versions are selected
            for (Path p : paths) {
                md.update(p.toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            Path self = Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(self)) {
                return null; // a compiler run from its classes (a build in progress): no stable identity
            }
            md.update(Long.toString(Files.getLastModifiedTime(self).toMillis()).getBytes(StandardCharsets.UTF_8));
            md.update(Long.toString(Files.size(self)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static Map<String, byte[]> lookup(List<String> args) {
        Path d = dir();
        if (d == null) {
            return null;
        }
        try {
            String k = key(args);
            if (k == null) {
                return null;
            }
            Path f = d.resolve(k);
            if (!Files.exists(f)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(f); DataInputStream data = new DataInputStream(in)) {
                int n = data.readInt();
                Map<String, byte[]> classes = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String name = data.readUTF();
                    byte[] b = new byte[data.readInt()];
                    data.readFully(b);
                    classes.put(name, b);
                }
                return classes;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void store(List<String> args, Map<String, byte[]> classes) {
        Path d = dir();
        if (d == null) {
            return;
        }
        try {
            String k = key(args);
            if (k == null) {
                return;
            }
            Files.createDirectories(d);
            Path f = d.resolve(k);
            Path tmp = Files.createTempFile(d, "build", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); DataOutputStream data = new DataOutputStream(out)) {
                data.writeInt(classes.size());
                for (var e : classes.entrySet()) {
                    data.writeUTF(e.getKey());
                    data.writeInt(e.getValue().length);
                    data.write(e.getValue());
                }
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is no cache
        }
    }
}
