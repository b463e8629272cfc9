package go4j.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code go4j build}'s output: a runnable jar holding the compiled program and the runtime it
 * runs on — go4j-core and go4j-lang, taken from where this JVM loaded them (their jars, or
 * their classes directories in a development build) — and nothing else: not the compiler, not
 * the standard packages' Go stubs, which only the compiler reads. Its manifest names
 * {@code go4j.lang.Main} and opens {@code java.base/java.lang} to it, which go4j's gmp
 * scheduler needs, so {@code java -jar app.jar} is the whole command.
 *
 * <pre>{@code
 * Jar.write(Path.of("app.jar"), Driver.compile(List.of("./cmd/app")));
 * }</pre>
 */
final class Jar {
    private Jar() {
    }

    /**
     * Writes the jar (replacing a file of that name).
     *
     * @param jar     where to write it
     * @param program the program's classes by binary name
     * @throws IOException if it cannot be written, or the runtime's classes cannot be read
     */
    static void write(Path jar, Map<String, byte[]> program) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, go4j.lang.Main.class.getName());
        a.put(new Attributes.Name("Add-Opens"), "java.base/java.lang");
        a.put(new Attributes.Name("Created-By"), "go4j build");
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".go4j-build", ".jar");
        try {
            try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(os, mf)) {
                Set<String> seen = new LinkedHashSet<>();
                for (var e : program.entrySet()) {
                    put(out, seen, e.getKey().replace('.', '/') + ".class", e.getValue());
                }
                for (Path root : runtimeRoots()) {
                    copy(root, out, seen);
                }
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // createTempFile made it owner-only; a build's output is readable by all, as go build's
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** go4j-core's and go4j-lang's jar or classes directory. */
    private static List<Path> runtimeRoots() throws IOException {
        try {
            return List.of(root(go4j.Go.class), root(go4j.lang.Rt.class));
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot find go4j's runtime on the class path: " + e, e);
        }
    }

    private static Path root(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Whether an entry of the runtime belongs in a program's jar. */
    private static boolean wanted(String name) {
        return !name.endsWith("/") && !name.startsWith("META-INF/") && !name.equals("module-info.class")
                && !(name.startsWith("go4j/std/") && name.endsWith(".go"));
    }

    private static void copy(Path root, JarOutputStream out, Set<String> seen) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                    if (wanted(name)) {
                        put(out, seen, name, Files.readAllBytes(f));
                    }
                }
            }
            return;
        }
        try (JarFile in = new JarFile(root.toFile())) {
            for (JarEntry e : in.stream().toList()) {
                if (wanted(e.getName())) {
                    try (InputStream is = in.getInputStream(e)) {
                        put(out, seen, e.getName(), is.readAllBytes());
                    }
                }
            }
        }
    }

    /** Adds one file; a name already written (a program class first) is not written again. */
    private static void put(JarOutputStream out, Set<String> seen, String name, byte[] bytes) throws IOException {
        if (!seen.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
