package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Parser;
import go4j.compiler.syntax.Source;
import go4j.compiler.syntax.SyntaxError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks Go source with the test stubs of {@code std/}: what the tests and a by-hand run share. */
final class Harness {
    private Harness() {
    }

    /** A fresh importer of the test stubs (go4j/compiler/types/std/<path>/*.go). */
    static Importer stubs() {
        return new StubImporter("go4j/compiler/types/std", Harness.class.getClassLoader());
    }

    /** @return the errors Go would print for the program ({@code ./prog.go:...}), or "" if it checks */
    static String errors(String name, String src) {
        try {
            check(name, src);
            return "";
        } catch (TypeErrors e) {
            return e.getMessage();
        } catch (SyntaxError e) {
            return "syntax: " + e.getMessage();
        }
    }

    /** A type as the checker's messages print it (the main package unqualified, byte as byte). */
    static String typeString(Type t) {
        return new Checker(new Obj.Pkg("main", "main", false), null).ts(t);
    }

    static Info check(String name, String src) {
        Node.File f = Parser.parse(Source.of(name, src));
        return Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), stubs());
    }

    /** By hand: {@code java ... go4j.compiler.types.Harness file.go...} prints each file's errors. */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            String src = Files.readString(Path.of(a), java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] bytes = Files.readAllBytes(Path.of(a));
            String out;
            try {
                Node.File f = Parser.parse(new Source("./" + Path.of(a).getFileName(), bytes));
                Checker.check(new Obj.Pkg("main", f.pkgName().name(), false), List.of(f), stubs());
                out = "";
            } catch (TypeErrors e) {
                out = e.getMessage();
            } catch (SyntaxError e) {
                out = "syntax: " + e.getMessage();
            } catch (RuntimeException e) {
                java.io.StringWriter w = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(w));
                out = "CRASH: " + w.toString().lines().limit(8).reduce("", (x, y) -> x + "\n" + y);
            }
            System.out.println("== " + a + (out.isEmpty() ? " OK" : "\n" + out));
        }
    }
}
