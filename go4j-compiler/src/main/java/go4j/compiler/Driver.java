package go4j.compiler;

import go4j.compiler.codegen.Program;
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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code go4j run}: parses, checks and compiles a main package and runs it, as {@code go
 * run} does; {@code go4j build} writes it as a runnable jar instead ({@link Jar}). Compile
 * errors print as Go prints them ({@code ./prog.go:3:5: undefined: x}) and end the process
 * with Go's status (2 for the compiler's errors, 1 for the go command's); a program's exit
 * status is its own.
 */
public final class Driver {
    private Driver() {
    }

    /** -m: print the escape decisions, as go build -gcflags=-m does. */
    private static boolean escapeReport;

    /** A compile failure: Go's messages, one per line. */
    public static class CompileError extends Exception {
        private static final long serialVersionUID = 1L;
        /** The exit status: 2 for the compiler's errors, 1 for the go command's (files, imports), as Go's. */
        final int status;

        CompileError(String message) {
            this(message, 2);
        }

        CompileError(String message, int status) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The command line: {@code run [-m] FILE.go... [ARGS]}, {@code run [-m] DIR [ARGS]}, or
     * {@code build [-o OUT.jar] [-m] FILE.go... | DIR}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        boolean build = args.length >= 2 && args[0].equals("build");
        if (args.length < 2 || !build && !args[0].equals("run")) {
            System.err.println("usage: go4j run [-m] file.go... | go4j run [-m] dir\n"
                    + "       go4j build [-o out.jar] [-m] file.go... | dir");
            System.exit(2);
        }
        // as go run and go build: flags, then the .go files (or one package directory), then
        // (run) the program's arguments
        List<String> files = new ArrayList<>();
        List<String> programArgs = new ArrayList<>();
        String out = null;
        int i = 1;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            if (args[i].equals("-m")) {
                escapeReport = true;
            } else if (build && args[i].equals("-o") && i + 1 < args.length) {
                out = args[++i];
            }
        }
        if (i < args.length && !args[i].endsWith(".go")) {
            files.add(args[i++]);
        } else {
            while (i < args.length && args[i].endsWith(".go")) {
                files.add(args[i++]);
            }
        }
        while (i < args.length) {
            programArgs.add(args[i++]);
        }
        if (build && !programArgs.isEmpty()) {
            System.err.println("go4j build: unexpected arguments after the package: " + String.join(" ", programArgs));
            System.exit(2);
        }
        String program = files.isEmpty() ? "prog" : programName(files.get(0));
        List<Object> goArgs = new ArrayList<>();
        goArgs.add(go4j.lang.Str.fromJava(program));
        for (String a : programArgs) {
            goArgs.add(go4j.lang.Str.fromJava(a));
        }
        go4j.std.os.Pkg.Args = go4j.lang.SliceL.of(goArgs.toArray());
        Map<String, byte[]> classes;
        try {
            classes = BuildCache.lookup(files);
            if (classes == null || escapeReport) {
                classes = compile(files);
                BuildCache.store(files, classes);
            }
        } catch (CompileError e) {
            System.err.print(e.getMessage());
            System.exit(e.status);
            return;
        }
        if (build) {
            Path jar = Path.of(out != null ? out : program + ".jar");
            try {
                Jar.write(jar, classes);
            } catch (IOException e) {
                System.err.println("go4j build: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        run(classes);
    }

    /** The name go build gives the program: the first file's without .go, or the directory's. */
    private static String programName(String arg) {
        if (arg.endsWith(".go")) {
            return Path.of(arg).getFileName().toString().replaceFirst("\\.go$", "");
        }
        Path dir = Path.of(arg).toAbsolutePath().normalize();
        return dir.getFileName() == null ? "prog" : dir.getFileName().toString();
    }

    /**
     * Compiles the main package made of the given files (or of the .go files of one directory).
     *
     * @param args file or directory names as the user wrote them
     * @return the program's classes
     * @throws CompileError with Go's messages
     */
    public static Map<String, byte[]> compile(List<String> args) throws CompileError {
        Module module = Module.find(Path.of("").toAbsolutePath());
        if (module != null && !module.notes().isEmpty()) {
            System.err.print(module.notes());
        }
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // files named on the command line are the package command-line-arguments; a directory
        // of the main module is the package its import path names, as the go command has it
        String importPath = "command-line-arguments";
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                String ip = module == null ? null : module.importPath(p);
                if (ip != null) {
                    importPath = ip;
                }
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> all = s.filter(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go")).sorted().toList();
                    List<Path> built = Packages.built(all);
                    if (!all.isEmpty() && built.isEmpty()) {
                        throw new CompileError("package " + (ip != null ? ip : a) + ": build constraints exclude all Go files in "
                                + p.toAbsolutePath().normalize() + "\n", 1);
                    }
                    for (Path f : built) {
                        paths.add(f);
                        names.add(ip != null ? Packages.shortPath(f)
                                : displayName(a.endsWith("/") ? a + f.getFileName() : a + "/" + f.getFileName()));
                    }
                } catch (IOException e) {
                    throw new CompileError("go: " + e.getMessage() + "\n", 1);
                }
            } else {
                if (!Files.exists(p)) {
                    throw new CompileError("stat " + a + ": no such file or directory\n", 1);
                }
                paths.add(p);
                names.add(displayName(a));
            }
        }
        List<Node.File> files = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            try {
                Source src = new Source(names.get(i), Files.readAllBytes(paths.get(i)));
                files.add(Parser.parse(src));
            } catch (SyntaxError e) {
                errors.append(e.getMessage());
                if (!e.getMessage().endsWith("\n")) {
                    errors.append('\n');
                }
            } catch (IOException e) {
                throw new CompileError("go: " + e.getMessage() + "\n", 1);
            }
        }
        if (!errors.isEmpty()) {
            throw new CompileError("# " + importPath + "\n" + errors);
        }
        if (files.isEmpty()) {
            throw new CompileError("go: no go files listed\n", 1);
        }
        String pkgName = files.get(0).pkgName().name();
        if (!pkgName.equals("main")) {
            throw new CompileError("package " + importPath + " is not a main package\n", 1);
        }
        // the packages it imports, each checked before its importers (the go command's errors
        // for an import it cannot find come before any compiling)
        Packages packages;
        while (true) {
            packages = new Packages(module);
            try {
                packages.loadImports(files, importPath);
                break;
            } catch (Module.BuildListChanged e) {
                // -mod=mod selected other versions (Module.select): load again with them
            }
        }
        Obj.Pkg main = new Obj.Pkg("main", "main", false);
        Info info;
        try {
            info = Checker.check(main, files, packages);
        } catch (TypeErrors e) {
            String m = e.getMessage();
            throw new CompileError("# " + importPath + "\n" + m + (m.endsWith("\n") ? "" : "\n"));
        }
        if (!(main.scope.lookup("main") instanceof Obj.Func)) {
            throw new CompileError("# " + importPath + "\nruntime.main_main·f: function main is undeclared in the main package\n");
        }
        if (escapeReport) {
            printEscapes(files, info);
        }
        Program prog = new Program();
        try {
            for (Packages.Loaded l : packages.order()) {
                prog.compile(l.pkg(), l.files(), l.info());
            }
            prog.compile(main, files, info);
            return prog.classes();
        } catch (UnsupportedOperationException e) {
            // a construct the code generator does not handle yet: say so as a compile error
            throw new CompileError("# " + importPath + "\n" + files.get(0).source().name()
                    + ": go4j: not supported yet: " + e.getMessage() + "\n");
        } catch (RuntimeException e) {
            throw new CompileError("# " + importPath + "\n" + files.get(0).source().name()
                    + ": go4j: internal compiler error: " + e + "\n"
                    + "please report it with the program that caused it\n");
        }
    }

    /**
     * Prints {@code file:line:col: moved to heap: x} for each variable go4j keeps in a heap cell.
     * A generic declaration's variables are reported from its instances' bodies, as Go 1.19
     * compiles and reports them: once per GC shape of the type arguments (Escape.shapes), and not
     * at all for a generic function nothing instantiates.
     */
    private static void printEscapes(List<Node.File> files, Info info) {
        // the functions and literals of generic declarations: their variables in the package's
        // Info are the generic body's, which code generation never compiles
        java.util.Set<Node> generic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node.File g : files) {
            for (Node.Decl d : g.decls()) {
                if (d instanceof Node.FuncDecl fd && isGeneric(fd)) {
                    generic.add(fd);
                }
            }
        }
        for (Info body : info.bodies.values()) {
            for (Obj o : body.defs.values()) {
                if (o instanceof Obj.Var v && v.owner != null) {
                    generic.add(v.owner);
                }
            }
        }
        List<Obj.Var> moved = new ArrayList<>();
        for (Obj o : info.defs.values()) {
            if (o instanceof Obj.Var v && go4j.compiler.escape.Escape.movedToHeap(v) && !generic.contains(v.owner)) {
                moved.add(v);
            }
        }
        for (Obj.Func inst : go4j.compiler.escape.Escape.shapes(info.bodies.keySet())) {
            for (Obj o : info.bodies.get(inst).defs.values()) {
                if (o instanceof Obj.Var v && go4j.compiler.escape.Escape.movedToHeap(v)) {
                    moved.add(v);
                }
            }
        }
        java.util.Map<Node, Node.File> fileOf = new java.util.IdentityHashMap<>();
        for (Node.File g : files) {
            for (Node.Decl d : g.decls()) {
                fileOf.put(d, g);
            }
        }
        moved.sort(java.util.Comparator.comparingInt(v -> v.pos));
        for (Obj.Var v : moved) {
            // a variable of a function literal: its file is not recorded; one-file programs are exact
            Node.File in = fileOf.getOrDefault(v.owner, files.get(0));
            System.err.println(in.source().position(v.pos) + ": moved to heap: " + v.name());
        }
    }

    /** Whether fd declares a generic function or a method of a generic type ({@code func (l *List[T]) ...}). */
    private static boolean isGeneric(Node.FuncDecl fd) {
        if (!fd.type().typeParams().isEmpty()) {
            return true;
        }
        if (fd.recv() == null) {
            return false;
        }
        Node.Expr t = fd.recv().type();
        while (t instanceof Node.Paren || t instanceof Node.Star) {
            t = t instanceof Node.Paren p ? p.x() : ((Node.Star) t).x();
        }
        return !(t instanceof Node.Ident);
    }

    /** Go prints positions relative to the current directory, with ./ for a file in it. */
    private static String displayName(String arg) {
        if (arg.startsWith("/") || arg.startsWith("./") || arg.startsWith("../")) {
            return arg;
        }
        return "./" + arg;
    }

    /** Loads the classes and runs main.main under go4j's runtime; does not return. */
    static void run(Map<String, byte[]> classes) {
        try {
            go4j.lang.Main.run(new Loader(classes, Driver.class.getClassLoader()));
        } catch (ReflectiveOperationException | LinkageError e) {
            // generated code the JVM refuses (a VerifyError): the compiler's fault, said plainly
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String first = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            System.err.println("go4j: internal compiler error: " + cause.getClass().getSimpleName() + ": " + first);
            System.err.println("please report it with the program that caused it");
            System.exit(1);
        }
    }

    /** The program's classes, defined on first use. */
    static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super("go4j-program", parent);
            this.classes = new HashMap<>(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    /**
     * Standard packages from their Go stubs on the class path ({@code go4j/std/<path>/*.go},
     * docs/compiler.md), each parsed and checked once.
     */
    static final class StdImporter implements Importer {
        private final Map<String, Obj.Pkg> done = new HashMap<>();

        @Override
        public Obj.Pkg importPackage(String path) {
            Obj.Pkg p = done.get(path);
            if (p != null) {
                return p;
            }
            String dir = "go4j/std/" + path + "/";
            String last = path.substring(path.lastIndexOf('/') + 1);
            List<Node.File> files = new ArrayList<>();
            for (String name : new String[] {last + ".go", "types.go", "consts.go"}) {
                try (InputStream in = Driver.class.getClassLoader().getResourceAsStream(dir + name)) {
                    if (in == null) {
                        continue;
                    }
                    files.add(Parser.parse(new Source("$GOROOT/src/" + path + "/" + name, in.readAllBytes())));
                } catch (IOException | SyntaxError e) {
                    throw new IllegalStateException("standard package " + path + ": " + e.getMessage(), e);
                }
            }
            if (files.isEmpty()) {
                return null;
            }
            p = new Obj.Pkg(path, files.get(0).pkgName().name(), true);
            done.put(path, p);
            try {
                Checker.check(p, files, this);
            } catch (TypeErrors e) {
                throw new IllegalStateException("standard package " + path + ": " + e.getMessage(), e);
            }
            return p;
        }
    }
}
