package go4j.std.log;

import go4j.lang.GoPanic;
import go4j.lang.SliceL;

/**
 * Go's {@code log} package (stub {@code go4j/std/log/log.go}): the functions of the standard
 * logger, a {@link Logger} writing on {@code os.Stderr} with Go's {@code LstdFlags} header
 * ({@code 2009/11/10 23:00:00 }, local time) and no prefix. Each function reports its caller's
 * line for {@code Lshortfile}, as Go's do, so each writes through {@link Logger#Output} itself.
 *
 * <pre>{@code
 * Pkg.SetFlags(0);
 * Pkg.Println(SliceL.of("hello"));                  // "hello\n" on standard error
 * Pkg.Fatalf("bad: %d", SliceL.of(3L));             // "bad: 3\n", exit status 1
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static final Logger STD = new Logger(go4j.std.os.Pkg.Stderr, "", Logger.LSTDFLAGS);

    /** @return a Logger writing on out, an {@code io.Writer} value */
    public static Logger New(Object out, String prefix, long flag) {
        return new Logger(out, prefix, flag);
    }

    /** @return the standard logger */
    public static Logger Default() {
        return STD;
    }

    /** The standard logger's Output; calldepth counts from Output's caller, as in Go. */
    public static Object Output(long calldepth, String s) {
        return STD.Output(calldepth + 1, s);
    }

    /** The standard logger's Print. */
    public static void Print(SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprint(v));
    }

    /** The standard logger's Printf. */
    public static void Printf(String format, SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprintf(format, v));
    }

    /** The standard logger's Println. */
    public static void Println(SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprintln(v));
    }

    /** The standard logger's Fatal: Print, then exit status 1. */
    public static void Fatal(SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprint(v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** The standard logger's Fatalf: Printf, then exit status 1. */
    public static void Fatalf(String format, SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprintf(format, v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** The standard logger's Fatalln: Println, then exit status 1. */
    public static void Fatalln(SliceL v) {
        STD.Output(2, go4j.std.fmt.Pkg.Sprintln(v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** The standard logger's Panic: Print, then panic with the message. */
    public static void Panic(SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprint(v);
        STD.Output(2, s);
        throw new GoPanic(s);
    }

    /** The standard logger's Panicf: Printf, then panic with the message. */
    public static void Panicf(String format, SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprintf(format, v);
        STD.Output(2, s);
        throw new GoPanic(s);
    }

    /** The standard logger's Panicln: Println, then panic with the message. */
    public static void Panicln(SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprintln(v);
        STD.Output(2, s);
        throw new GoPanic(s);
    }

    /** @return the standard logger's flags */
    public static long Flags() {
        return STD.Flags();
    }

    /** Sets the standard logger's flags. */
    public static void SetFlags(long flag) {
        STD.SetFlags(flag);
    }

    /** @return the standard logger's prefix */
    public static String Prefix() {
        return STD.Prefix();
    }

    /** Sets the standard logger's prefix. */
    public static void SetPrefix(String prefix) {
        STD.SetPrefix(prefix);
    }

    /** Sets the standard logger's output, an {@code io.Writer} value. */
    public static void SetOutput(Object w) {
        STD.SetOutput(w);
    }

    /** @return the standard logger's output, an {@code io.Writer} value */
    public static Object Writer() {
        return STD.Writer();
    }
}
