package go4j.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The main module, as the go command finds and reads it: the nearest {@code go.mod} in the
 * current directory or a parent, and where each import path that is not a standard package
 * lives.
 *
 * <ul>
 *   <li>A package of the main module is the directory its import path names below the root
 *       ({@code example.com/m/greet} is {@code <root>/greet}).</li>
 *   <li>A package of a {@code require}d module is in that module's directory: a {@code replace}
 *       to a local directory, else the module cache laid out as Go lays it out
 *       ({@code $GOMODCACHE}, by default {@code $GOPATH/pkg/mod}, then
 *       {@code <module>@<version>/}, upper-case letters escaped as {@code !x}), where several
 *       versions of one module live side by side and the build takes the one go.mod requires
 *       (or a {@code replace} names). The module's {@code go.sum} line must be there, and its
 *       {@code h1:} hash (Go's {@code dirhash.Hash1} of the module's files) must match.</li>
 *   <li>With {@code vendor/modules.txt} (and {@code go 1.14} or later), packages of other
 *       modules are under {@code vendor/}, and every requirement must be marked explicit
 *       there.</li>
 * </ul>
 *
 * <p>Versions are the go command's (minimal version selection, {@link #select}): go.mod's
 * requirements as written while they agree with the requirements of the modules whose packages
 * the build loads (read from {@code $GOMODCACHE/cache/download/<module>/@v/<version>.mod}); when
 * one of those requires more, Go's default {@code -mod=readonly} refuses ("updates to go.mod
 * needed"), and {@code GOFLAGS=-mod=mod} builds the highest version each module is required at
 * over the module graph (pruned as a {@code go 1.17} or later go.mod prunes it), as Go does
 * (which also rewrites go.mod; go4j does not). An {@code exclude}d version is not in the graph: a
 * dependency's requirement of one is dropped, the main module's own is Go's error (readonly) or
 * dropped ({@code -mod=mod}). {@code retract} does not change a build (Go reads it only to
 * choose versions for {@code go get}).
 *
 * <p>go4j never downloads: a module missing from the cache is an error that says so. Errors read
 * as the go command's, with its exit status 1.
 *
 * <pre>{@code
 * Module m = Module.find(Path.of("").toAbsolutePath()); // null outside a module
 * m.dir("example.com/lib/sub", importer, "main.go:6:2"); // <cache>/example.com/lib@v1.1.0/sub
 * }</pre>
 */
final class Module {
    /** A {@code replace}: {@code oldVersion} null for every version; {@code dir} for a local directory. */
    private record Replace(String oldPath, String oldVersion, String newPath, String newVersion, Path dir) {
    }

    private final String path;
    private final Path root;
    private final String goVersion;
    /** require: module path to version. */
    private final Map<String, String> requires = new LinkedHashMap<>();
    private final List<Replace> replaces = new ArrayList<>();
    /** go.sum: "module version" and "module version/go.mod" to their hash. */
    private final Map<String, String> sums = new HashMap<>();
    private final boolean vendor;
    /** Modules (path@version) whose files matched go.sum, so each is hashed once. */
    private final Set<String> verified = new HashSet<>();
    /** exclude: "module version". */
    private final Set<String> excludes = new HashSet<>();
    /** Whether go.mod says go 1.17 or later: the module graph is pruned, go.mod lists every module the build uses. */
    private final boolean pruned;
    /** GOFLAGS' -mod=mod: versions chosen over the module graph where go.mod's disagree (Go's default is readonly). */
    private final boolean modMod;
    /**
     * The build list: the version each module path is built at. go.mod's requirements until a
     * module's own requirements ask for more (then, with -mod=mod, minimal version selection's).
     */
    private Map<String, String> selected;
    /** Modules (path@version) whose requirements were checked against the build list. */
    private final Set<String> checked = new HashSet<>();
    /**
     * Paths of the modules whose packages the build has loaded, over every loading (kept when a
     * new selection starts the loading again, so that selections only ever go up).
     */
    private final Set<String> providing = new HashSet<>();
    /** What the go command prints about go.mod before building (a dropped excluded requirement). */
    private final StringBuilder notes = new StringBuilder();

    private Module(Path root, Path gomod) throws Driver.CompileError {
        this.root = root;
        String modPath = null;
        String goV = null;
        List<String> lines = readLines(gomod);
        String block = null;
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replaceFirst("//.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            String where = gomod + ":" + (i + 1) + ": ";
            if (block != null) {
                if (l.equals(")")) {
                    block = null;
                    continue;
                }
                directive(block, l, where, errors);
                continue;
            }
            String[] w = l.split("\\s+", 2);
            String verb = w[0];
            String rest = w.length > 1 ? w[1].strip() : "";
            switch (verb) {
                case "module" -> modPath = unquote(rest);
                case "go" -> goV = rest;
                case "require", "replace", "exclude", "retract" -> {
                    if (rest.equals("(")) {
                        block = verb;
                    } else {
                        directive(verb, rest, where, errors);
                    }
                }
                default -> errors.append(where).append("unknown directive: ").append(verb).append('\n');
            }
        }
        if (!errors.isEmpty()) {
            throw new Driver.CompileError("go: errors parsing go.mod:\n" + errors, 1);
        }
        if (modPath == null) {
            throw new Driver.CompileError("go: error reading " + gomod + ": no module declaration in go.mod. To specify the module path:\n"
                    + "\tgo mod edit -module=example.com/mod\n", 1);
        }
        this.path = modPath;
        this.goVersion = goV;
        Path sum = root.resolve("go.sum");
        if (Files.isRegularFile(sum)) {
            for (String line : readLines(sum)) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3) {
                    sums.put(f[0] + " " + f[1], f[2]);
                }
            }
        }
        this.vendor = Files.isRegularFile(root.resolve("vendor/modules.txt")) && atLeast(goV, 14);
        this.pruned = atLeast(goV, 17);
        this.modMod = modFlag().equals("mod");
        // the main module's requirement of a version it excludes (Go 1.16 on: ignored)
        for (var it = requires.entrySet().iterator(); it.hasNext(); ) {
            var r = it.next();
            if (excludes.contains(r.getKey() + " " + r.getValue())) {
                if (!modMod && !vendor) {
                    throw new Driver.CompileError("go: ignoring requirement on excluded version " + r.getKey() + " " + r.getValue()
                            + "\n" + UPDATES_NEEDED, 1);
                }
                notes.append("go: dropping requirement on excluded version ").append(r.getKey()).append(' ').append(r.getValue()).append('\n');
                it.remove();
            }
        }
        this.selected = new LinkedHashMap<>(requires);
    }

    private static final String UPDATES_NEEDED = "go: updates to go.mod needed, disabled by -mod=readonly; to update it:\n\tgo mod tidy\n";

    /** @return the -mod flag of $GOFLAGS ("mod", "readonly", "vendor"), "" when it has none */
    static String modFlag() {
        String flags = System.getenv("GOFLAGS");
        if (flags != null) {
            for (String f : flags.trim().split("\\s+")) {
                if (f.startsWith("-mod=") || f.startsWith("--mod=")) {
                    return f.substring(f.indexOf('=') + 1);
                }
            }
        }
        return "";
    }

    /** What the go command prints on loading go.mod, before it builds: "" or its lines. */
    String notes() {
        return notes.toString();
    }

    /** One line of a require, replace, exclude or retract directive (or block). */
    private void directive(String verb, String l, String where, StringBuilder errors) {
        String[] f = l.split("\\s+");
        switch (verb) {
            case "require" -> {
                if (f.length != 2) {
                    errors.append(where).append("usage: require module/path v1.2.3\n");
                } else {
                    requires.put(unquote(f[0]), f[1]);
                }
            }
            case "replace" -> {
                int arrow = List.of(f).indexOf("=>");
                if (arrow < 1 || arrow > 2 || f.length - arrow - 1 < 1 || f.length - arrow - 1 > 2) {
                    errors.append(where).append("usage: replace module/path [v1.2.3] => other/module v1.4\n")
                            .append("\t or replace module/path [v1.2.3] => ../local/directory\n");
                    return;
                }
                String oldPath = unquote(f[0]);
                String oldVersion = arrow == 2 ? f[1] : null;
                String newPath = unquote(f[arrow + 1]);
                String newVersion = f.length - arrow - 1 == 2 ? f[arrow + 2] : null;
                boolean local = newPath.startsWith("./") || newPath.startsWith("../") || newPath.startsWith("/");
                if (local && newVersion != null) {
                    errors.append(where).append("replacement module directory path \"").append(newPath)
                            .append("\" cannot have version\n");
                } else if (!local && newVersion == null) {
                    errors.append(where).append("replacement module without version must be directory path (rooted or starting with ./ or ../)\n");
                } else {
                    replaces.add(new Replace(oldPath, oldVersion, newPath, newVersion,
                            local ? root.resolve(newPath).normalize() : null));
                }
            }
            case "exclude" -> {
                if (f.length != 2) {
                    errors.append(where).append("usage: exclude module/path v1.2.3\n");
                } else {
                    excludes.add(unquote(f[0]) + " " + f[1]);
                }
            }
            default -> {
                // retract: read by go get and go list -m -u, not by a build
            }
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static boolean atLeast(String goVersion, int minor) {
        if (goVersion == null || !goVersion.startsWith("1.")) {
            return false;
        }
        try {
            return Integer.parseInt(goVersion.substring(2).replaceFirst("\\..*", "")) >= minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> readLines(Path p) throws Driver.CompileError {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Driver.CompileError("go: " + e.getMessage() + "\n", 1);
        }
    }

    /**
     * The module whose go.mod is in {@code dir} or the nearest parent; null if there is none.
     *
     * @param dir a directory
     * @return the module, or null
     * @throws Driver.CompileError for a go.mod the go command would reject, in its words
     */
    static Module find(Path dir) throws Driver.CompileError {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                return new Module(d, mod);
            }
        }
        return null;
    }

    /** @return the module's path, its go.mod's {@code module} line */
    String path() {
        return path;
    }

    /** @return whether {@code importPath} names a package of the main module */
    boolean contains(String importPath) {
        return importPath.equals(path) || importPath.startsWith(path + "/");
    }

    /** @return the import path of a directory of the main module, or null for one outside it */
    String importPath(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!d.startsWith(root)) {
            return null;
        }
        String rel = root.relativize(d).toString().replace(java.io.File.separatorChar, '/');
        return rel.isEmpty() ? path : path + "/" + rel;
    }

    /**
     * Where the package {@code importPath} is.
     *
     * @param importPath a path that is not a standard package's
     * @param importer   the import path of the package importing it, for go.sum's message
     * @param pos        the import's position, as messages print it
     * @return its directory (which may not exist: no such package in its module)
     * @throws Driver.CompileError when no module provides it, or its module cannot be used
     */
    Path dir(String importPath, String importer, String pos) throws Driver.CompileError {
        if (contains(importPath)) {
            return below(root, path, importPath);
        }
        if (vendor) {
            checkVendor();
            return root.resolve("vendor").resolve(importPath);
        }
        if (!pruned && checked.add("")) {
            // a go.mod before go 1.17: the whole module graph, always
            select(Set.of());
        }
        String mod = null;
        for (String m : selected.keySet()) {
            if ((importPath.equals(m) || importPath.startsWith(m + "/")) && (mod == null || m.length() > mod.length())) {
                mod = m;
            }
        }
        if (mod == null) {
            throw notProvided(importPath, pos, importer);
        }
        String version = selected.get(mod);
        Path dir = moduleDir(mod, version, importPath, importer, pos);
        providing.add(mod);
        if (pruned && checked.add(mod + "@" + version)) {
            checkRequirements(mod, version);
        }
        return below(dir, mod, importPath);
    }

    /** The directory of module mod at version: a replacement's, or the module cache's, checked against go.sum. */
    private Path moduleDir(String mod, String version, String importPath, String importer, String pos)
            throws Driver.CompileError {
        String target = mod;
        for (Replace r : replaces) {
            if (r.oldPath().equals(mod) && (r.oldVersion() == null || r.oldVersion().equals(version))) {
                if (r.dir() != null) {
                    if (!Files.isDirectory(r.dir())) {
                        throw new Driver.CompileError(pos + ": " + mod + "@" + version + ": replacement directory "
                                + r.newPath() + " does not exist\n", 1);
                    }
                    if (!Files.isRegularFile(r.dir().resolve("go.mod"))) {
                        throw new Driver.CompileError(pos + ": " + mod + "@" + version + " (replaced by " + r.newPath()
                                + "): reading " + r.newPath() + "/go.mod: open " + r.dir().resolve("go.mod")
                                + ": no such file or directory\n", 1);
                    }
                    return r.dir();
                }
                target = r.newPath();
                version = r.newVersion();
            }
        }
        String sum = sums.get(target + " " + version);
        if (sum == null) {
            throw new Driver.CompileError(pos + ": missing go.sum entry for module providing package " + importPath
                    + " (imported by " + importer + "); to add:\n\tgo get " + importer + "\n", 1);
        }
        Path dir = cache().resolve(escape(target) + "@" + escape(version));
        if (!Files.isDirectory(dir)) {
            throw new Driver.CompileError(pos + ": module " + target + "@" + version + " is not in the module cache (" + cache()
                    + "): go4j does not download modules; go mod download " + target + "@" + version + " fetches it\n", 1);
        }
        verify(target, version, dir, sum);
        return dir;
    }

    /** The go command's words for an import no module of the build list provides. */
    private Driver.CompileError notProvided(String importPath, String pos, String importer) {
        if (modMod) {
            String proxy = System.getenv("GOPROXY");
            return new Driver.CompileError("go: finding module for package " + importPath + "\n" + pos
                    + ": cannot find module providing package " + importPath + ": "
                    + ("off".equals(proxy) ? "module lookup disabled by GOPROXY=off" : "go4j does not download modules") + "\n", 1);
        }
        if (!contains(importer) && !importer.equals("command-line-arguments")) {
            return new Driver.CompileError(pos + ": cannot find module providing package " + importPath
                    + ": import lookup disabled by -mod=readonly\n", 1);
        }
        return new Driver.CompileError(pos + ": no required module provides package " + importPath + "; to add it:\n\tgo get "
                + importPath + "\n", 1);
    }

    // ---- minimal version selection

    /**
     * Thrown (with -mod=mod) when the build list changed under packages already loaded: the
     * loading starts again with the new versions.
     */
    static final class BuildListChanged extends Driver.CompileError {
        private static final long serialVersionUID = 1L;

        BuildListChanged() {
            super("build list changed", 1);
        }
    }

    /**
     * The go command's check of a module whose package the build loads (its spotCheckRoots):
     * each of its requirements must be met by the build list as it stands. Where one asks for
     * more, go.mod is not what Go would write: -mod=readonly stops, -mod=mod selects again.
     */
    private void checkRequirements(String mod, String version) throws Driver.CompileError {
        for (String[] r : requirements(mod, version)) {
            String have = selected.get(r[0]);
            if (have == null || compareVersions(r[1], have) > 0) {
                if (!modMod) {
                    throw new Driver.CompileError(UPDATES_NEEDED, 1);
                }
                select(providing);
                checked.clear();
                throw new BuildListChanged();
            }
        }
    }

    /**
     * Minimal version selection: each module at the highest version the module graph requires
     * it at. The graph starts at go.mod's requirements; a module's requirements are in it, and
     * theirs in turn where that module's go.mod is before go 1.17 (a go 1.17 module's go.mod
     * lists all it needs: its requirements' requirements are pruned), or everywhere under a
     * main module before go 1.17. An excluded version is no requirement. The modules that
     * provide packages become roots, as the go command makes them, until nothing changes. Before
     * go 1.17, under -mod=readonly, go.mod must already require what is selected.
     *
     * @param providing module paths whose packages the build loads
     */
    private void select(Set<String> providing) throws Driver.CompileError {
        Map<String, String> roots = new LinkedHashMap<>(requires);
        while (true) {
            Map<String, String> sel = new LinkedHashMap<>(roots);
            Set<String> expanded = new HashSet<>();
            java.util.ArrayDeque<String[]> work = new java.util.ArrayDeque<>();
            for (var r : roots.entrySet()) {
                work.add(new String[] {r.getKey(), r.getValue()});
            }
            while (!work.isEmpty()) {
                String[] m = work.poll();
                if (!expanded.add(m[0] + "@" + m[1])) {
                    continue;
                }
                boolean follow = !pruned || !atLeast(goVersionOf(m[0], m[1]), 17);
                for (String[] r : requirements(m[0], m[1])) {
                    String have = sel.get(r[0]);
                    if (have == null || compareVersions(r[1], have) > 0) {
                        sel.put(r[0], r[1]);
                    }
                    if (follow) {
                        work.add(r);
                    }
                }
            }
            if (!pruned) {
                for (var r : requires.entrySet()) {
                    if (!modMod && !sel.get(r.getKey()).equals(r.getValue())) {
                        // Go 1.19 says this twice for such a go.mod
                        throw new Driver.CompileError(UPDATES_NEEDED + UPDATES_NEEDED, 1);
                    }
                }
                selected = sel;
                return;
            }
            Map<String, String> next = new LinkedHashMap<>();
            for (String p : roots.keySet()) {
                next.put(p, sel.get(p));
            }
            for (String p : providing) {
                if (sel.containsKey(p)) {
                    next.put(p, sel.get(p));
                }
            }
            if (next.equals(roots)) {
                selected = sel;
                return;
            }
            roots = next;
        }
    }

    /** The requirements {path, version} of a module's go.mod, without the versions the main module excludes. */
    private List<String[]> requirements(String mod, String version) throws Driver.CompileError {
        List<String[]> out = new ArrayList<>();
        for (String[] r : readModFile(mod, version).requires) {
            if (!excludes.contains(r[0] + " " + r[1])) {
                out.add(r);
            }
        }
        return out;
    }

    private String goVersionOf(String mod, String version) throws Driver.CompileError {
        return readModFile(mod, version).go;
    }

    /** A dependency's go.mod as version selection reads it: its go version and requirements. */
    private record ModFile(String go, List<String[]> requires) {
    }

    private final Map<String, ModFile> modFiles = new HashMap<>();

    /**
     * The go.mod of module {@code mod} at {@code version}: a replacement directory's, or the
     * module cache's {@code cache/download/<module>/@v/<version>.mod} (of the replacement module
     * version where a replace names one).
     */
    private ModFile readModFile(String mod, String version) throws Driver.CompileError {
        String key = mod + "@" + version;
        ModFile mf = modFiles.get(key);
        if (mf != null) {
            return mf;
        }
        Path file = null;
        String target = mod;
        String tv = version;
        for (Replace r : replaces) {
            if (r.oldPath().equals(mod) && (r.oldVersion() == null || r.oldVersion().equals(version))) {
                if (r.dir() != null) {
                    file = r.dir().resolve("go.mod");
                } else {
                    target = r.newPath();
                    tv = r.newVersion();
                }
            }
        }
        if (file == null) {
            file = cache().resolve("cache").resolve("download").resolve(escape(target)).resolve("@v").resolve(escape(tv) + ".mod");
        }
        if (!Files.isRegularFile(file)) {
            throw new Driver.CompileError("go: " + target + "@" + tv + ": module " + target + "@" + tv
                    + " is not in the module cache (" + cache() + "): go4j does not download modules; go mod download "
                    + target + "@" + tv + " fetches it\n", 1);
        }
        String goV = null;
        List<String[]> reqs = new ArrayList<>();
        boolean inRequire = false;
        for (String line : readLines(file)) {
            String l = line.replaceFirst("//.*", "").strip();
            if (inRequire) {
                if (l.equals(")")) {
                    inRequire = false;
                } else if (!l.isEmpty()) {
                    String[] f = l.split("\\s+");
                    if (f.length == 2) {
                        reqs.add(new String[] {unquote(f[0]), f[1]});
                    }
                }
                continue;
            }
            String[] f = l.split("\\s+");
            if (f[0].equals("go") && f.length == 2) {
                goV = f[1];
            } else if (f[0].equals("require")) {
                if (f.length == 2 && f[1].equals("(")) {
                    inRequire = true;
                } else if (f.length == 3) {
                    reqs.add(new String[] {unquote(f[1]), f[2]});
                }
            }
        }
        mf = new ModFile(goV, reqs);
        modFiles.put(key, mf);
        return mf;
    }

    /**
     * Semantic versions ordered as Go's semver.Compare orders them: major, minor, patch as
     * numbers, a pre-release before its release, pre-release identifiers numerically where both
     * are numbers; build metadata ignored.
     *
     * @return negative, zero or positive as a is below, equal to or above b
     */
    static int compareVersions(String a, String b) {
        String[] x = a.replaceFirst("^v", "").replaceFirst("\\+.*", "").split("-", 2);
        String[] y = b.replaceFirst("^v", "").replaceFirst("\\+.*", "").split("-", 2);
        String[] xn = x[0].split("\\.");
        String[] yn = y[0].split("\\.");
        for (int i = 0; i < 3; i++) {
            long xi = i < xn.length ? Long.parseLong(xn[i]) : 0;
            long yi = i < yn.length ? Long.parseLong(yn[i]) : 0;
            if (xi != yi) {
                return Long.compare(xi, yi);
            }
        }
        if (x.length != y.length) {
            return x.length == 1 ? 1 : -1; // a release is above its pre-releases
        }
        if (x.length == 1) {
            return 0;
        }
        String[] xp = x[1].split("\\.");
        String[] yp = y[1].split("\\.");
        for (int i = 0; i < Math.min(xp.length, yp.length); i++) {
            boolean xd = xp[i].matches("\\d+");
            boolean yd = yp[i].matches("\\d+");
            int c = xd && yd ? Long.compare(Long.parseLong(xp[i]), Long.parseLong(yp[i]))
                    : xd != yd ? (xd ? -1 : 1) : xp[i].compareTo(yp[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(xp.length, yp.length);
    }

    private static Path below(Path moduleDir, String modulePath, String importPath) {
        return importPath.equals(modulePath) ? moduleDir : moduleDir.resolve(importPath.substring(modulePath.length() + 1));
    }

    /** The module cache: $GOMODCACHE, else the first entry of $GOPATH (default ~/go) + /pkg/mod. */
    static Path cache() {
        String mc = System.getenv("GOMODCACHE");
        if (mc != null && !mc.isBlank()) {
            return Path.of(mc);
        }
        String gopath = System.getenv("GOPATH");
        if (gopath != null && !gopath.isBlank()) {
            return Path.of(gopath.split(java.io.File.pathSeparator)[0], "pkg", "mod");
        }
        return Path.of(System.getProperty("user.home"), "go", "pkg", "mod");
    }

    /** Go's escaping of module paths and versions in the cache: an upper-case letter is ! and its lower case. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                sb.append('!').append((char) (c + ('a' - 'A')));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Checks the module's files against go.sum's hash, once per module, in the go command's words. */
    private void verify(String mod, String version, Path dir, String want) throws Driver.CompileError {
        if (!verified.add(mod + "@" + version)) {
            return;
        }
        String got;
        try {
            got = hash1(dir, mod + "@" + version);
        } catch (IOException e) {
            throw new Driver.CompileError("go: verifying " + mod + "@" + version + ": " + e.getMessage() + "\n", 1);
        }
        if (!got.equals(want)) {
            throw new Driver.CompileError("verifying " + mod + "@" + version + ": checksum mismatch\n"
                    + "\tdownloaded: " + got + "\n"
                    + "\tgo.sum:     " + want + "\n\n"
                    + "SECURITY ERROR\n"
                    + "This download does NOT match an earlier download recorded in go.sum.\n"
                    + "The bits may have been replaced on the origin server, or an attacker may\n"
                    + "have intercepted the download attempt.\n\n"
                    + "For more information, see 'go help module-auth'.\n", 1);
        }
    }

    /**
     * Go's {@code dirhash.Hash1} of a module's files, as go.sum records it: the SHA-256 of the
     * lines {@code <sha256 hex of a file>  <prefix>/<its path>}, sorted by name, base64, after
     * {@code h1:}.
     *
     * @param dir    the module's directory (the unpacked zip, as in the module cache)
     * @param prefix {@code module@version}
     * @return the hash
     * @throws IOException if a file cannot be read
     */
    static String hash1(Path dir, String prefix) throws IOException {
        try {
            MessageDigest outer = MessageDigest.getInstance("SHA-256");
            List<String> names = new ArrayList<>();
            Map<String, Path> files = new HashMap<>();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String name = prefix + "/" + dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                    names.add(name);
                    files.put(name, p);
                }
            }
            names.sort(null);
            HexFormat hex = HexFormat.of();
            for (String name : names) {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(files.get(name)));
                outer.update((hex.formatHex(h) + "  " + name + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "h1:" + Base64.getEncoder().encodeToString(outer.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Go's check that vendor/modules.txt agrees with go.mod's requirements. */
    private void checkVendor() throws Driver.CompileError {
        List<String> lines = readLines(root.resolve("vendor/modules.txt"));
        Set<String> explicit = new HashSet<>();
        String current = null;
        for (String l : lines) {
            if (l.startsWith("# ")) {
                String[] f = l.substring(2).strip().split("\\s+");
                current = f.length >= 2 ? f[0] + "@" + f[1] : null;
            } else if (l.startsWith("## ") && current != null) {
                for (String part : l.substring(3).split(";")) {
                    if (part.strip().equals("explicit")) {
                        explicit.add(current);
                    }
                }
            }
        }
        StringBuilder bad = new StringBuilder();
        for (var r : requires.entrySet()) {
            String mv = r.getKey() + "@" + r.getValue();
            if (!explicit.contains(mv)) {
                bad.append('\t').append(mv).append(": is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n");
            }
        }
        if (!bad.isEmpty()) {
            throw new Driver.CompileError("go: inconsistent vendoring in " + root + ":\n" + bad
                    + "\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n"
                    + "\tTo sync the vendor directory, run:\n\t\tgo mod vendor\n", 1);
        }
    }

    /**
     * What a build of this module reads, for the build cache's key: go.mod, go.sum, every Go
     * file of the main module (vendor/ included) and of each local {@code replace} directory. A
     * module in the cache is named by its version, which go.mod holds.
     *
     * @return the files, sorted within each tree
     * @throws IOException if a tree cannot be read
     */
    List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("go.mod"));
        if (Files.isRegularFile(root.resolve("go.sum"))) {
            out.add(root.resolve("go.sum"));
        }
        List<Path> trees = new ArrayList<>();
        trees.add(root);
        for (Replace r : replaces) {
            if (r.dir() != null && Files.isDirectory(r.dir())) {
                trees.add(r.dir());
            }
        }
        for (Path tree : trees) {
            try (Stream<Path> s = Files.walk(tree)) {
                s.filter(p -> (p.toString().endsWith(".go") || p.endsWith("modules.txt")) && Files.isRegularFile(p)
                        && !ignoredDir(tree.relativize(p))).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The go command skips directories named testdata or starting with . or _. */
    private static boolean ignoredDir(Path rel) {
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String n = rel.getName(i).toString();
            if (n.startsWith(".") || n.startsWith("_") || n.equals("testdata")) {
                return true;
            }
        }
        return false;
    }
}
