package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports go4j's standard packages from their Go stubs on the class path ({@code
 * go4j/std/<path>/*.go}, docs/compiler.md "Standard packages"): parses every stub file of
 * the package and type-checks it as a package of its own, once per importer.
 *
 * <pre>{@code
 * Importer std = new StubImporter();            // go4j/std/<path>/*.go
 * Obj.Pkg fmt = std.importPackage("fmt");       // fmt.Println, fmt.Stringer, ...
 * Info info = Checker.check(mainPkg, files, std);
 * }</pre>
 */
public final class StubImporter implements Importer {
    private final String root;
    private final ClassLoader loader;
    private final Map<String, Obj.Pkg> cache = new HashMap<>();

    /** An importer of {@code go4j/std/<path>/*.go} through this class's loader. */
    public StubImporter() {
        this("go4j/std", StubImporter.class.getClassLoader());
    }

    /**
     * @param root   the resource folder holding one folder per import path
     * @param loader the class loader to read resources through
     */
    public StubImporter(String root, ClassLoader loader) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.loader = loader;
    }

    @Override
    public synchronized Obj.Pkg importPackage(String path) {
        if (cache.containsKey(path)) {
            return cache.get(path);
        }
        Map<String, byte[]> sources = read(path);
        if (sources.isEmpty()) {
            cache.put(path, null);
            return null;
        }
        List<Node.File> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            files.add(Parser.parse(new Source(e.getKey(), e.getValue())));
        }
        String name = files.get(0).pkgName().name();
        Obj.Pkg pkg = new Obj.Pkg(path, name, true);
        cache.put(path, pkg); // before checking: an import cycle then sees the package (Go rejects those anyway)
        Checker.check(pkg, files, this);
        return pkg;
    }

    /** @return the package's stub files by name, sorted */
    private Map<String, byte[]> read(String path) {
        Map<String, byte[]> out = new TreeMap<>();
        String dir = root + "/" + path;
        try {
            Enumeration<URL> urls = loader.getResources(dir);
            while (urls.hasMoreElements()) {
                URL u = urls.nextElement();
                URI uri = u.toURI();
                if (uri.getScheme().equals("jar")) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException e) {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    }
                    collect(fs.getPath(dir), out, path);
                } else if (uri.getScheme().equals("file")) {
                    collect(Path.of(uri), out, path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            // a loader that cannot list folders: the conventional single file <last>.go
            String last = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = loader.getResourceAsStream(dir + "/" + last + ".go")) {
                if (in != null) {
                    out.put(path + "/" + last + ".go", in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void collect(Path dir, Map<String, byte[]> out, String path) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".go") && !n.endsWith("_test.go") && Files.isRegularFile(p)) {
                    out.put(path + "/" + n, Files.readAllBytes(p));
                }
            }
        }
    }
}
