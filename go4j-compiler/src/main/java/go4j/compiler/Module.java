package go4j.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main module, as the go command finds it: the nearest {@code go.mod} in the current
 * directory or a parent, whose {@code module} line names the import path of its root directory.
 * A package of the module is the directory its import path names below the root
 * ({@code example.com/m/greet} is {@code <root>/greet}).
 *
 * <pre>{@code
 * Module m = Module.find(Path.of("").toAbsolutePath()); // null outside a module
 * m.dir("example.com/m/greet");                         // <root>/greet, or null
 * }</pre>
 *
 * Only {@code module} is read; {@code require}, {@code replace} and the module cache are issue
 * 19's next steps (docs/compiler.md).
 */
record Module(String path, Path root) {

    /**
     * The module whose go.mod is in {@code dir} or the nearest parent; null if there is none.
     *
     * @param dir an absolute directory
     * @return the module, or null
     * @throws Driver.CompileError for a go.mod without a module line, in the go command's words
     */
    static Module find(Path dir) throws Driver.CompileError {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                return new Module(modulePath(mod), d);
            }
        }
        return null;
    }

    private static String modulePath(Path mod) throws Driver.CompileError {
        List<String> lines;
        try {
            lines = Files.readAllLines(mod);
        } catch (IOException e) {
            throw new Driver.CompileError("go: " + e.getMessage() + "\n", 1);
        }
        for (String line : lines) {
            String l = line.replaceFirst("//.*", "").strip();
            if (l.startsWith("module ") || l.startsWith("module\t")) {
                String p = l.substring(7).strip();
                if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("`") && p.endsWith("`"))) {
                    p = p.substring(1, p.length() - 1);
                }
                return p;
            }
        }
        throw new Driver.CompileError("go: error reading " + mod + ": no module declaration in go.mod. To specify the module path:\n"
                + "\tgo mod edit -module=example.com/mod\n", 1);
    }

    /** @return whether {@code importPath} names a package of this module */
    boolean contains(String importPath) {
        return importPath.equals(path) || importPath.startsWith(path + "/");
    }

    /** @return the directory of a package of this module */
    Path dir(String importPath) {
        return importPath.equals(path) ? root : root.resolve(importPath.substring(path.length() + 1));
    }

    /** @return the import path of a directory below the root, or null for one outside it */
    String importPath(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!d.startsWith(root)) {
            return null;
        }
        String rel = root.relativize(d).toString().replace(java.io.File.separatorChar, '/');
        return rel.isEmpty() ? path : path + "/" + rel;
    }

    /**
     * Every Go source file of the module and its go.mod, for the build cache's key: a change
     * anywhere in the module makes a new build (a package's own files are a subset).
     *
     * @return the files, sorted
     * @throws IOException if the tree cannot be read
     */
    List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("go.mod"));
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p) && !ignoredDir(root.relativize(p)))
                    .sorted().forEach(out::add);
        }
        return out;
    }

    /** The go command skips directories named testdata or starting with . or _, and vendor. */
    private static boolean ignoredDir(Path rel) {
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String n = rel.getName(i).toString();
            if (n.startsWith(".") || n.startsWith("_") || n.equals("testdata") || n.equals("vendor")) {
                return true;
            }
        }
        return false;
    }
}
