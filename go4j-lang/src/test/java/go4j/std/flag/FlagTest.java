package go4j.std.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.CellJ;
import go4j.lang.Ptr;
import go4j.lang.SliceL;
import org.junit.jupiter.api.Test;

/**
 * flag over os.Args: the values Go 1.19's flag gave for the same command line (the package's
 * flags are global, so one test defines and parses them all).
 */
class FlagTest {
    @Test
    void parsesGosSyntax() {
        SliceL saved = go4j.std.os.Pkg.Args;
        try {
            go4j.std.os.Pkg.Args = SliceL.of("prog", "-n", "5", "--name=bob", "-v", "-d", "1m30s", "-f", "2.5",
                    "-x=3", "rest", "-n", "9");
            Ptr n = Pkg.Int("n", 100, "number of `iterations`");
            Ptr name = Pkg.String("name", "go", "the name");
            Ptr v = Pkg.Bool("v", false, "verbose");
            Ptr d = Pkg.Duration("d", 1_000_000_000L, "a duration");
            Ptr f = Pkg.Float64("f", 0, "a float");
            CellJ x = new CellJ();
            Pkg.IntVar(x, "x", 7, "x value");
            assertEquals(7, x.getJ(), "a Var flag holds its default at once");
            assertFalse(Pkg.Parsed());
            Pkg.Parse();
            assertTrue(Pkg.Parsed());
            assertEquals(5, n.getJ());
            assertEquals("bob", name.getL());
            assertTrue(v.getZ());
            assertEquals(90_000_000_000L, d.getJ());
            assertEquals(2.5, f.getD());
            assertEquals(3, x.getJ());
            assertEquals(6, Pkg.NFlag());
            assertEquals(3, Pkg.NArg(), "the first non-flag ends the flags");
            assertEquals("rest", Pkg.Arg(0));
            assertEquals("9", Pkg.Arg(2));
            assertEquals("", Pkg.Arg(3));
        } finally {
            go4j.std.os.Pkg.Args = saved;
        }
    }
}
