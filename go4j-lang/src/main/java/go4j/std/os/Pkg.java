package go4j.std.os;

import go4j.lang.Rt;
import go4j.lang.Str;
import go4j.lang.Writer;

/**
 * Go's {@code os} package, the part that needs no files (stub {@code go4j/std/os/os.go}).
 * Environment variables cross from Java's text to Go strings (UTF-8, one char
 * per byte) with {@link Str#fromJava}.
 *
 * <pre>{@code
 * Pkg.Getenv("HOME");  // "/home/gopher"
 * Pkg.Exit(3);         // flushes stdout, ends the JVM with status 3
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Go's {@code os.Stdout}, a package variable of the stub. */
    public static File Stdout = new File("/dev/stdout", Writer.STDOUT);

    /** Go's {@code os.Stderr}, a package variable of the stub. */
    public static File Stderr = new File("/dev/stderr", Writer.STDERR);

    /**
     * Go's os.Exit, as go4j.lang's {@link Rt#exit}: flushes what the program wrote, then
     * halts the JVM: no deferred call, no shutdown hook runs, as no deferred function runs in
     * Go.
     *
     * @param code the exit status
     */
    public static void Exit(long code) {
        Rt.exit(code);
    }

    /** @return the value of the environment variable key, "" if unset */
    public static String Getenv(String key) {
        String v = System.getenv(Str.toJava(key));
        return v == null ? "" : Str.fromJava(v);
    }

    /** @return the process id */
    public static long Getpid() {
        return ProcessHandle.current().pid();
    }

    /** @return {String value, Boolean set} of the environment variable key */
    public static Object[] LookupEnv(String key) {
        String v = System.getenv(Str.toJava(key));
        return new Object[] {v == null ? "" : Str.fromJava(v), v != null};
    }
}
