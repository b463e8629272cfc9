package go4j.compiler;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import go4j.compiler.syntax.SyntaxError;
import go4j.compiler.types.Checker;
import go4j.compiler.types.Importer;
import go4j.compiler.types.Info;
import go4j.compiler.types.Obj;
import go4j.compiler.types.TypeErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packages a main package imports, as the go command loads them: each import is a standard
 * package (its Go stub, {@link Driver.StdImporter}) or a package of the main module (a
 * directory, {@link Module}), which is parsed and checked before the package that imports it,
 * once, in the order its importers first name it; {@link #order} lists them dependencies
 * first, the order their code is generated and initialised in. An import that is neither, an
 * import cycle, and a dependency's syntax or type errors end the build with the go command's
 * or the compiler's words.
 *
 * <pre>{@code
 * Packages pkgs = new Packages(Module.find(cwd));
 * pkgs.loadImports(mainFiles, "command-line-arguments"); // dependencies first
 * Checker.check(main, mainFiles, pkgs);                  // then main, importing them
 * }</pre>
 */
final class Packages implements Importer {
    /** A package of the module, checked. */
    record Loaded(Obj.Pkg pkg, List<Node.File> files, Info info) {
    }

    private final Module module;
    private final Driver.StdImporter std = new Driver.StdImporter();
    private final Map<String, Loaded> loaded = new HashMap<>();
    private final List<Loaded> order = new ArrayList<>();
    /** The import paths being loaded, outermost first, for the cycle's message. */
    private final Deque<String> stack = new ArrayDeque<>();

    /** @param module the main module, or null outside one (then only standard packages import) */
    Packages(Module module) {
        this.module = module;
    }

    /** @return the module's packages loaded so far, each after the ones it imports */
    List<Loaded> order() {
        return order;
    }

    @Override
    public Obj.Pkg importPackage(String path) {
        Loaded l = loaded.get(path);
        return l != null ? l.pkg() : std.importPackage(path);
    }

    /**
     * Loads what {@code files} import, dependencies first.
     *
     * @param files      a package's parsed files
     * @param importPath the package's import path ({@code command-line-arguments} for files
     *                   named on the command line), for a cycle's message
     * @throws Driver.CompileError for an import that cannot be loaded, with Go's message
     */
    void loadImports(List<Node.File> files, String importPath) throws Driver.CompileError {
        stack.addLast(importPath);
        try {
            for (Node.File f : files) {
                for (Node.ImportSpec is : f.imports()) {
                    String path = is.path().text().substring(1, is.path().text().length() - 1);
                    if (stack.contains(path)) {
                        throw cycle(path);
                    }
                    if (loaded.containsKey(path) || std.importPackage(path) != null) {
                        continue;
                    }
                    if (module == null || !dotted(path) && !module.contains(path)) {
                        throw notFound(f, is, path);
                    }
                    load(path, f, is, module.dir(path, importPath, position(f, is)));
                }
            }
        } finally {
            stack.removeLast();
        }
    }

    /** Parses, loads the imports of, and checks the module's package {@code path}. */
    private void load(String path, Node.File from, Node.ImportSpec spec, Path dir) throws Driver.CompileError {
        List<Path> sources = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go") && Files.isRegularFile(p))
                        .sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new Driver.CompileError("go: " + e.getMessage() + "\n", 1);
            }
        }
        if (sources.isEmpty()) {
            throw notFound(from, spec, path);
        }
        sources = built(sources);
        if (sources.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (String p : stack) {
                sb.append(first ? "package " : "\timports ").append(p).append('\n');
                first = false;
            }
            throw new Driver.CompileError(sb + "\timports " + path + ": build constraints exclude all Go files in " + dir + "\n", 1);
        }
        List<Node.File> files = parse(sources, path);
        String name = files.get(0).pkgName().name();
        for (Node.File f : files) {
            if (!f.pkgName().name().equals(name)) {
                throw new Driver.CompileError("found packages " + name + " (" + sources.get(0).getFileName() + ") and "
                        + f.pkgName().name() + " (" + Path.of(f.source().name()).getFileName() + ") in " + dir + "\n", 1);
            }
        }
        if (name.equals("main")) {
            throw new Driver.CompileError(position(from, spec) + ": import \"" + path + "\" is a program, not an importable package\n", 1);
        }
        loadImports(files, path);
        Obj.Pkg pkg = new Obj.Pkg(path, name, false);
        Info info;
        try {
            info = Checker.check(pkg, files, this);
        } catch (TypeErrors e) {
            String m = e.getMessage();
            throw new Driver.CompileError("# " + path + "\n" + m + (m.endsWith("\n") ? "" : "\n"));
        }
        Loaded l = new Loaded(pkg, files, info);
        loaded.put(path, l);
        order.add(l);
    }

    /**
     * The files of a package directory that a linux/amd64 build takes ({@link BuildConstraints}).
     *
     * @param sources the directory's .go files
     * @return those whose name and constraint lines match
     * @throws Driver.CompileError if one cannot be read
     */
    static List<Path> built(List<Path> sources) throws Driver.CompileError {
        List<Path> out = new ArrayList<>();
        for (Path p : sources) {
            try {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (BuildConstraints.matches(p.getFileName().toString(), text)) {
                    out.add(p);
                }
            } catch (IOException e) {
                throw new Driver.CompileError("go: " + e.getMessage() + "\n", 1);
            }
        }
        return out;
    }

    /**
     * Parses a package's files, each named as the go command names a file in its messages.
     *
     * @param sources    the files
     * @param importPath the package's import path, the header of its syntax errors
     * @return the trees
     * @throws Driver.CompileError with every syntax error, Go's way
     */
    static List<Node.File> parse(List<Path> sources, String importPath) throws Driver.CompileError {
        List<Node.File> files = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (Path p : sources) {
            try {
                files.add(Parser.parse(new Source(shortPath(p), Files.readAllBytes(p))));
            } catch (SyntaxError e) {
                errors.append(e.getMessage());
                if (!e.getMessage().endsWith("\n")) {
                    errors.append('\n');
                }
            } catch (IOException e) {
                throw new Driver.CompileError("go: " + e.getMessage() + "\n", 1);
            }
        }
        if (!errors.isEmpty()) {
            throw new Driver.CompileError("# " + importPath + "\n" + errors);
        }
        return files;
    }

    /**
     * A file's name as the go command prints it: {@code ./name} in the current directory, else
     * its path relative to it ({@code greet/greet.go}, {@code ../lib/lib.go}).
     */
    static String shortPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        Path rel = cwd.relativize(abs);
        if (rel.getParent() == null) {
            return "./" + rel;
        }
        String r = rel.toString();
        return r.length() < abs.toString().length() ? r : abs.toString();
    }

    private static String position(Node.File f, Node.ImportSpec spec) {
        String pos = f.source().position(spec.path().pos());
        return pos.startsWith("./") ? pos.substring(2) : pos;
    }

    /** Whether the path's first element has a dot, which a module path's has and a standard package's not. */
    private static boolean dotted(String path) {
        int slash = path.indexOf('/');
        return (slash < 0 ? path : path.substring(0, slash)).contains(".");
    }

    /** Go's words for an import it cannot find: no standard package, and no package of the module. */
    private Driver.CompileError notFound(Node.File f, Node.ImportSpec spec, String path) {
        String pos = position(f, spec);
        if (!dotted(path)) {
            return new Driver.CompileError(pos + ": package " + path + " is not in GOROOT"
                    + " (go4j's standard packages: docs/compiler.md)\n", 1);
        }
        if (module == null) {
            return new Driver.CompileError(pos + ": no required module provides package " + path
                    + ": go.mod file not found in current directory or any parent directory; see 'go help modules'\n", 1);
        }
        return new Driver.CompileError(pos + ": no required module provides package " + path + "; to add it:\n\tgo get "
                + path + "\n", 1);
    }

    /** Go's words for an import cycle: the chain of imports from the outermost package. */
    private Driver.CompileError cycle(String path) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String p : stack) {
            sb.append(first ? "package " : "\timports ").append(p).append('\n');
            first = false;
        }
        sb.append("\timports ").append(path).append(": import cycle not allowed\n");
        return new Driver.CompileError(sb.toString(), 1);
    }
}
