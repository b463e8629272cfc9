package go4j.std.os;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import go4j.fn.M$Write$L$A;
import go4j.lang.GoPanic;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.std.GoText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * os's variables and *os.File, and fmt writing on them as on any io.Writer: the texts are what
 * Go 1.19 prints for the same calls.
 */
class OsTest {
    /** Runs body with System.out and System.err captured; returns {out, err} as Java text. */
    private static String[] captured(Runnable body) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true));
        System.setErr(new PrintStream(e, true));
        try {
            body.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void argsIsTheProgramNameAlone() {
        assertEquals(1L, SliceL.len(Pkg.Args));
        assertEquals(System.getProperty("go4j.program", "prog"), Str.toJava((String) SliceL.get(Pkg.Args, 0)));
        assertEquals("[]string", sprintf("%T", GoText.strings(Pkg.Args)));
    }

    @Test
    void theStandardFilesWriteOnTheJvmsStreams() {
        Object[][] results = new Object[2][];
        String[] got = captured(() -> {
            results[0] = Pkg.Stdout.WriteString(Str.fromJava("héllo\n"));
            results[1] = Pkg.Stderr.Write(SliceB.fromString("oops\n"));
        });
        assertArrayEquals(new String[] {"héllo\n", "oops\n"}, got);
        assertArrayEquals(new Object[] {7L, null}, results[0], "bytes, not chars");
        assertArrayEquals(new Object[] {5L, null}, results[1]);
        assertEquals("*os.File /dev/stdout /dev/stderr", sprintf("%T %s %s", Pkg.Stderr, Pkg.Stdout.Name(), Pkg.Stderr.Name()));
    }

    @Test
    void fmtWritesOnAFileAsOnAnyWriter() {
        String[] got = captured(() -> {
            go4j.std.fmt.Pkg.Fprintln(Pkg.Stderr, SliceL.of("to stderr", 1L, true));
            go4j.std.fmt.Pkg.Fprintf(Pkg.Stdout, "%d\n", SliceL.of(7L));
        });
        assertArrayEquals(new String[] {"7\n", "to stderr 1 true\n"}, got);
        StringBuilder sb = new StringBuilder();
        M$Write$L$A compiled = p -> { // a Write method compiled from Go: the []byte erased
            sb.append(SliceB.toGoString((SliceB) p));
            return new Object[] {SliceB.len((SliceB) p), null};
        };
        Object[] r = go4j.std.fmt.Pkg.Fprint(compiled, SliceL.of("x", 3L));
        assertEquals("x3", sb.toString());
        assertEquals(2L, r[0]);
        assertThrows(GoPanic.class, () -> go4j.std.fmt.Pkg.Fprint(null, SliceL.of("x")), "Write on a nil interface");
    }
}
