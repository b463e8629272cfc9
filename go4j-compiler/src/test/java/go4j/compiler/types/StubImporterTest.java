package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Standard packages come from Go stubs on the class path, checked once per importer. */
class StubImporterTest {

    @Test
    void importsAStubPackageWithBodylessFunctions() {
        Importer imp = Harness.stubs();
        Obj.Pkg fmt = imp.importPackage("fmt");
        assertEquals("fmt", fmt.name());
        assertTrue(fmt.std);
        Obj println = fmt.scope.lookup("Println");
        assertTrue(println instanceof Obj.Func f && f.type().variadic());
        assertSame(fmt, imp.importPackage("fmt"), "checked once");
    }

    @Test
    void nestedPathsAndMissingPackages() {
        Importer imp = Harness.stubs();
        assertEquals("utf8", imp.importPackage("unicode/utf8").name());
        assertNull(imp.importPackage("no/such"));
    }

    @Test
    void unknownImportIsAnError() {
        TypeErrors e = assertThrows(TypeErrors.class, () -> Harness.check("./p.go", """
                package main
                import "no/such"
                func main() {}
                """));
        assertEquals("./p.go:2:8: package no/such is not in std", e.getMessage());
    }

    @Test
    void typesFromStubsPrintQualified() {
        TypeErrors e = assertThrows(TypeErrors.class, () -> Harness.check("./p.go", """
                package main
                import "time"
                func main() {
                	var d time.Duration = "x"
                	_ = d
                }
                """));
        assertEquals("./p.go:4:24: cannot use \"x\" (untyped string constant) as time.Duration value in variable declaration",
                e.getMessage());
    }
}
