package go4j.std.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import go4j.fn.M$Write$L$A;
import go4j.lang.GoError;
import go4j.lang.SliceB;
import go4j.lang.Str;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** os's environment, and Stdout/Stderr as files: raw bytes, written at once. */
class OsTest {
    @Test
    void environment() {
        assertEquals(Str.fromJava(System.getenv("PATH")), Pkg.Getenv("PATH"));
        assertEquals("", Pkg.Getenv("GO4J_NO_SUCH_VARIABLE"));
        assertArrayEquals(new Object[] {"", false}, Pkg.LookupEnv("GO4J_NO_SUCH_VARIABLE"));
        assertEquals(ProcessHandle.current().pid(), Pkg.Getpid());
    }

    @Test
    void stdoutWritesBytes() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            assertArrayEquals(new Object[] {3L, null}, Pkg.Stdout.WriteString(Str.fromJava("é!")));
            M$Write$L$A w = Pkg.Stdout; // io.Writer in compiled code
            w.Write(SliceB.fromString("x"));
        } finally {
            System.setOut(old);
        }
        assertEquals("é!x", buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("/dev/stderr", Pkg.Stderr.Name());
        assertEquals("invalid argument", ((GoError) new File().WriteString("x")[1]).Error());
    }
}
