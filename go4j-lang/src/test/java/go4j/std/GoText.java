package go4j.std;

import go4j.lang.RType;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Typed;

/**
 * Test helpers: Java text to and from Go strings (UTF-8 bytes, a char each), and Go's
 * {@code fmt.Sprintf} (go4j's own), so that a test can print a result as the Go program
 * whose output it is compared with prints it.
 */
public final class GoText {
    private GoText() {
    }

    /** @return the Go string of Java text */
    public static String go(String java) {
        return Str.fromJava(java);
    }

    /** @return the Java text of a Go string */
    public static String java(String go) {
        return Str.toJava(go);
    }

    /**
     * @param format a Go format, as Java text
     * @param args   interface values
     * @return fmt.Sprintf's result as Java text
     */
    public static String sprintf(String format, Object... args) {
        return java(go4j.std.fmt.Pkg.Sprintf(go(format), SliceL.of(args)));
    }

    /** @return a []string in an interface value */
    public static Object strings(SliceL s) {
        return new Typed(RType.slice(RType.STRING), s);
    }
}
