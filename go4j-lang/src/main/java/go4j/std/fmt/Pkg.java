package go4j.std.fmt;

import go4j.fn.M$Write$L$A;
import go4j.lang.ErrorString;
import go4j.lang.GoError;
import go4j.lang.RuntimeError;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Writer;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code fmt} package, per the standard-package convention of compiler.md: the functions
 * the stub {@code go4j/std/fmt/fmt.go} declares without bodies. A variadic {@code a ...any} is
 * a {@link SliceL} of interface values (null for none); Go strings are one char per byte; the
 * two results {@code (n int, err error)} are an {@code Object[]} {@code {Long n, GoError err}}.
 *
 * <p>The Print functions write each call's bytes with one write and flush it, as Go's fmt
 * writes straight to the file descriptor: output interleaves with {@code os.Stderr} and with
 * a panic report in the program's order.
 *
 * <pre>{@code
 * Pkg.Printf("%d %s\n", SliceL.of(42L, "go"));   // fmt.Printf("%d %s\n", 42, "go")
 * String s = Pkg.Sprint(SliceL.of(1L, 2L));       // "1 2"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static Object[] args(SliceL a) {
        return SliceL.toArray(a);
    }

    /**
     * Writes p's text on w, an {@code io.Writer} interface value: a {@link Writer} (Java's,
     * or an {@code *os.File}) or a value compiled from Go, which implements the method
     * interface {@link M$Write$L$A} as every Go type with that Write method does.
     */
    private static Object[] write(Object w, Printer p) {
        if (w == null) {
            throw RuntimeError.nilDeref(); // Go calls Write on the nil interface
        }
        byte[] b = p.buf.toString().getBytes(StandardCharsets.ISO_8859_1);
        return ((M$Write$L$A) w).Write(SliceB.of(b));
    }

    // ---- to os.Stdout ----

    /**
     * {@code func Print(a ...any) (n int, err error)}.
     *
     * @param a the operands
     * @return {@code {Long n, GoError err}}
     */
    public static Object[] Print(SliceL a) {
        return Fprint(Writer.STDOUT, a);
    }

    /**
     * {@code func Println(a ...any) (n int, err error)}.
     *
     * @param a the operands
     * @return {@code {Long n, GoError err}}
     */
    public static Object[] Println(SliceL a) {
        return Fprintln(Writer.STDOUT, a);
    }

    /**
     * {@code func Printf(format string, a ...any) (n int, err error)}.
     *
     * @param format the format, a Go string
     * @param a      the operands
     * @return {@code {Long n, GoError err}}
     */
    public static Object[] Printf(String format, SliceL a) {
        return Fprintf(Writer.STDOUT, format, a);
    }

    // ---- to a Writer ----

    /**
     * {@code func Fprint(w io.Writer, a ...any) (n int, err error)}.
     *
     * @param w the writer, an {@code io.Writer} interface value
     * @param a the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprint(Object w, SliceL a) {
        Printer p = new Printer();
        p.doPrint(args(a));
        return write(w, p);
    }

    /**
     * {@code func Fprintln(w io.Writer, a ...any) (n int, err error)}.
     *
     * @param w the writer, an {@code io.Writer} interface value
     * @param a the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprintln(Object w, SliceL a) {
        Printer p = new Printer();
        p.doPrintln(args(a));
        return write(w, p);
    }

    /**
     * {@code func Fprintf(w io.Writer, format string, a ...any) (n int, err error)}.
     *
     * @param w      the writer, an {@code io.Writer} interface value
     * @param format the format
     * @param a      the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprintf(Object w, String format, SliceL a) {
        Printer p = new Printer();
        p.doPrintf(format, args(a));
        return write(w, p);
    }

    // ---- to a string ----

    /**
     * {@code func Sprint(a ...any) string}.
     *
     * @param a the operands
     * @return the text
     */
    public static String Sprint(SliceL a) {
        Printer p = new Printer();
        p.doPrint(args(a));
        return p.buf.toString();
    }

    /**
     * {@code func Sprintln(a ...any) string}.
     *
     * @param a the operands
     * @return the text, ending in a newline
     */
    public static String Sprintln(SliceL a) {
        Printer p = new Printer();
        p.doPrintln(args(a));
        return p.buf.toString();
    }

    /**
     * {@code func Sprintf(format string, a ...any) string}.
     *
     * @param format the format
     * @param a      the operands
     * @return the text
     */
    public static String Sprintf(String format, SliceL a) {
        Printer p = new Printer();
        p.doPrintf(format, args(a));
        return p.buf.toString();
    }

    /**
     * {@code func Errorf(format string, a ...any) error}: with one {@code %w} of an error
     * operand, a {@link WrapError} that unwraps to it; otherwise an {@code *errors.errorString}.
     *
     * @param format the format
     * @param a      the operands
     * @return the error
     */
    public static Object Errorf(String format, SliceL a) {
        Printer p = new Printer();
        p.wrapErrs = true;
        p.doPrintf(format, args(a));
        String s = p.buf.toString();
        return p.wrappedErr == null ? ErrorString.of(s) : new WrapError(s, p.wrappedErr);
    }

    // ---- scanning (Scan): operands are pointers; each returns {Long n, error or null}

    /** @return Go's {@code fmt.Scan}: space-separated values from standard input, newlines counting as space */
    public static Object[] Scan(SliceL a) {
        return Fscan(go4j.std.os.Pkg.Stdin, a);
    }

    /** @return Go's {@code fmt.Scanln}: as Scan, stopping at a newline, which must follow the last item */
    public static Object[] Scanln(SliceL a) {
        return Fscanln(go4j.std.os.Pkg.Stdin, a);
    }

    /** @return Go's {@code fmt.Scanf}: standard input as format says */
    public static Object[] Scanf(String format, SliceL a) {
        return Fscanf(go4j.std.os.Pkg.Stdin, format, a);
    }

    /** @return Go's {@code fmt.Sscan} of str */
    public static Object[] Sscan(String str, SliceL a) {
        return Scan.ofString(str, true, false).doScan(a);
    }

    /** @return Go's {@code fmt.Sscanln} of str */
    public static Object[] Sscanln(String str, SliceL a) {
        return Scan.ofString(str, false, true).doScan(a);
    }

    /** @return Go's {@code fmt.Sscanf} of str */
    public static Object[] Sscanf(String str, String format, SliceL a) {
        return Scan.ofString(str, false, false).doScanf(format, a);
    }

    /** @return Go's {@code fmt.Fscan} of r, an io.Reader */
    public static Object[] Fscan(Object r, SliceL a) {
        return Scan.ofReader(r, true, false).doScan(a);
    }

    /** @return Go's {@code fmt.Fscanln} of r */
    public static Object[] Fscanln(Object r, SliceL a) {
        return Scan.ofReader(r, false, true).doScan(a);
    }

    /** @return Go's {@code fmt.Fscanf} of r */
    public static Object[] Fscanf(Object r, String format, SliceL a) {
        return Scan.ofReader(r, false, false).doScanf(format, a);
    }
}
