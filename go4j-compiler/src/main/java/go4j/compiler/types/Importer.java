package go4j.compiler.types;

/**
 * Finds an imported package by its path, already checked (its package scope filled).
 *
 * <p>go4j's standard packages are Go stub files ({@code go4j/std/<path>/*.go} on the
 * class path); {@link StubImporter} parses and checks them.
 *
 * <pre>{@code
 * Importer imp = path -> path.equals("fmt") ? fmtPkg : null;
 * Info info = Checker.check(new Obj.Pkg("main", "main", false), files, imp);
 * }</pre>
 */
@FunctionalInterface
public interface Importer {
    /**
     * @param path an import path ({@code "fmt"}, {@code "math/bits"})
     * @return the checked package, or null if there is none with that path
     * @throws TypeErrors if the package's own files do not type-check
     */
    Obj.Pkg importPackage(String path);
}
