package go4j.std.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.fn.M$Write$L$A;
import go4j.lang.GoPanic;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import org.junit.jupiter.api.Test;

/**
 * log: Loggers writing into a Java io.Writer. The expected lines are what Go 1.19 wrote for the
 * same calls (the timestamp's shape is Go's {@code 2009/11/10 23:00:00 }).
 */
class LogTest {
    /** An io.Writer collecting what it is given, one Write a line as Go's Logger writes. */
    static final class Collect implements M$Write$L$A {
        final StringBuilder text = new StringBuilder();
        int writes;

        @Override
        public Object[] Write(Object p) {
            text.append(Str.fromBytes((SliceB) p));
            writes++;
            return new Object[] {Slice.len((SliceB) p), null};
        }
    }

    @Test
    void headersAsTheFlagsSay() {
        Collect out = new Collect();
        Logger l = Pkg.New(out, "", 0);
        l.Println(SliceL.of("hello", 42L));
        l.Printf("x=%d", SliceL.of(7L));
        l.Print(SliceL.of("no newline"));
        l.SetPrefix("app: ");
        l.Print(SliceL.of("with prefix\n"));
        assertEquals("hello 42\nx=7\nno newline\napp: with prefix\n", out.text.toString());
        assertEquals(4, out.writes, "one write a line");
        l.SetFlags(Logger.LMSGPREFIX | Logger.LSTDFLAGS);
        out.text.setLength(0);
        l.Println(SliceL.of("stamped"));
        assertTrue(out.text.toString().matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d app: stamped\n"), out.text.toString());
        l.SetFlags(Logger.LTIME | Logger.LMICROSECONDS | Logger.LUTC);
        l.SetPrefix("");
        out.text.setLength(0);
        l.Println(SliceL.of("us"));
        assertTrue(out.text.toString().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{6} us\n"), out.text.toString());
        assertEquals(Logger.LTIME | Logger.LMICROSECONDS | Logger.LUTC, l.Flags());
    }

    @Test
    void panicWritesThenPanicsWithTheMessage() {
        Collect out = new Collect();
        Logger l = Pkg.New(out, "", 0);
        GoPanic p = assertThrows(GoPanic.class, () -> l.Panicf("bad %d", SliceL.of(3L)));
        assertEquals("bad 3", p.getMessage());
        assertEquals("bad 3\n", out.text.toString());
    }

    @Test
    void theStandardLoggerHasGosDefaults() {
        assertEquals(3, Pkg.Flags(), "LstdFlags");
        assertEquals("", Pkg.Prefix());
    }
}
