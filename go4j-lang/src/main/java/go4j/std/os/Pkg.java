package go4j.std.os;

import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Writer;

/**
 * Go's {@code os} package, the part that needs no files of its own (stub
 * {@code go4j/std/os/os.go}). Its variables are the static fields compiled code reads with
 * {@code getstatic}, typed as the compiler maps their Go types. Environment variables and the
 * program name cross from Java's text to Go strings (UTF-8, one char per byte) with
 * {@link Str#fromJava}.
 *
 * <pre>{@code
 * Pkg.Getenv("HOME");  // "/home/gopher"
 * Pkg.Exit(3);         // flushes stdout, ends the JVM with status 3
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // The variables are not final: a Go program may assign them, with putstatic.

    /**
     * Go's {@code os.Args}, a {@code []string}. go4j does not pass a program's arguments yet,
     * so it holds the program name alone: the system property {@code go4j.program} when set,
     * else {@code "prog"}.
     */
    public static SliceL Args = SliceL.of(Str.fromJava(System.getProperty("go4j.program", "prog")));

    /** Go's {@code os.Stdout}. */
    public static File Stdout = new File("/dev/stdout", Writer.STDOUT);

    /** Go's {@code os.Stderr}. */
    public static File Stderr = new File("/dev/stderr", Writer.STDERR);

    /**
     * Go's os.Exit: flushes what the program wrote, then halts the JVM: no deferred call, no
     * shutdown hook runs, as no deferred function runs in Go.
     *
     * @param code the exit status
     */
    public static void Exit(long code) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt((int) code);
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
