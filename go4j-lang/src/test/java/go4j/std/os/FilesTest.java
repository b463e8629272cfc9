package go4j.std.os;

import static go4j.std.GoText.go;
import static go4j.std.GoText.java;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.fn.F$L$L;
import go4j.lang.GoError;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * os's files from Java: names are Go strings (UTF-8 bytes) turned into the JDK's paths and
 * back, relative names follow Chdir, errors carry Go's texts, Expand parses as Go's. The
 * expected texts are what Go 1.19 printed for the same calls.
 */
class FilesTest {
    @TempDir
    Path tmp;

    private String dir() {
        return go(tmp.toString());
    }

    private static String text(Object err) {
        return err == null ? "<nil>" : java(((GoError) err).Error());
    }

    @Test
    void aNonAsciiNameRoundTrips() throws Exception {
        String name = dir() + "/" + go("héllo €.txt");
        assertNull(Pkg.WriteFile(name, SliceB.fromString(go("ça va\n")), 0644));
        assertTrue(Files.exists(tmp.resolve("héllo €.txt")), "the file the JDK sees has the UTF-8 name");
        Object[] r = Pkg.ReadFile(name);
        assertEquals("ça va\n", java(SliceB.toGoString((SliceB) r[0])));
        assertEquals(512, ((SliceB) r[0]).cap, "Go's ReadFile buffer: size+1, 512 at least");
        Object[] d = Pkg.ReadDir(dir());
        SliceL entries = (SliceL) d[0];
        assertEquals("héllo €.txt", java(((UnixDirent) entries.array[entries.offset]).Name()));
    }

    @Test
    void chdirMovesRelativeNames() throws Exception {
        Path before = Fs.cwd;
        try {
            assertNull(Pkg.Chdir(dir()));
            assertNull(Pkg.WriteFile("rel.txt", SliceB.fromString("x"), 0600));
            assertTrue(Files.exists(tmp.resolve("rel.txt")));
            assertEquals(tmp.toRealPath().toString(), java((String) Pkg.Getwd()[0]));
            assertEquals("chdir rel.txt: not a directory", text(Pkg.Chdir("rel.txt")));
            assertEquals("chdir nope: no such file or directory", text(Pkg.Chdir("nope")));
        } finally {
            Fs.cwd = before;
        }
    }

    @Test
    void errorsNameTheOperationAndTheFile() {
        String d = dir();
        assertEquals("open " + d + "/none: no such file or directory", text(Pkg.Open(d + "/none")[1]));
        assertEquals("stat : no such file or directory", text(Pkg.Stat("")[1]));
        assertEquals("open /tmp/\0x: invalid argument", text(Pkg.Open(go("/tmp/\0x"))[1]));
        assertNull(Pkg.Mkdir(d + "/sub", 0755));
        assertEquals("mkdir " + d + "/sub: file exists", text(Pkg.Mkdir(d + "/sub", 0755)));
        assertNull(Pkg.WriteFile(d + "/sub/f", null, 0644));
        assertEquals("remove " + d + "/sub: directory not empty", text(Pkg.Remove(d + "/sub")));
        assertEquals("rename " + d + "/x " + d + "/y: no such file or directory", text(Pkg.Rename(d + "/x", d + "/y")));
        assertTrue(Pkg.IsExist(Pkg.Mkdir(d + "/sub", 0755)));
        assertTrue(Pkg.IsNotExist(Pkg.Remove(d + "/x")));
        assertFalse(Pkg.IsNotExist(go4j.std.fmt.Pkg.Errorf(go("%w"), SliceL.of(Pkg.Remove(d + "/x")))),
                "IsNotExist unwraps PathError, LinkError and SyscallError only");
        File f = (File) Pkg.Open(d + "/sub/f")[0];
        assertNull(f.Close());
        assertEquals("close " + d + "/sub/f: file already closed", text(f.Close()));
        assertNull(Pkg.RemoveAll(d + "/sub"));
        assertNull(Pkg.RemoveAll(d + "/sub"), "nothing to remove is no error");
    }

    @Test
    void environmentChangesAreTheProgramsOwn() {
        assertNull(Pkg.Setenv(go("GO4J_FILES_TEST"), go("é")));
        assertEquals("é", java(Pkg.Getenv(go("GO4J_FILES_TEST"))));
        assertEquals("setenv: invalid argument", text(Pkg.Setenv("", "x")));
        assertEquals("setenv: invalid argument", text(Pkg.Setenv("A=B", "x")));
        assertNull(Pkg.Unsetenv(go("GO4J_FILES_TEST")));
        assertEquals(false, Pkg.LookupEnv(go("GO4J_FILES_TEST"))[1]);
    }

    @Test
    void expandParsesAsGo() {
        F$L$L brackets = k -> "<" + k + ">";
        assertEquals("<$> <#> <*> <a>b $", Pkg.Expand("$$ ${#} $* ${a}b $", brackets));
        F$L$L upper = k -> ((String) k).toUpperCase();
        assertEquals("x y -", Pkg.Expand("x${", upper) + " " + Pkg.Expand("${}y", upper) + " " + Pkg.Expand("$-", upper));
        assertEquals("no dollar", Pkg.Expand("no dollar", upper));
    }

    @Test
    void basenameIsGos() {
        assertEquals("c", Fs.basename("/a/b/c"));
        assertEquals("b", Fs.basename("a/b//"));
        assertEquals("/", Fs.basename("/"));
        assertEquals("x", Fs.basename("x"));
    }
}
