package go4j.std.fmt;

import go4j.lang.ErrorString;
import go4j.lang.GoError;
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

    private static Object[] write(Writer w, Printer p) {
        byte[] b = p.buf.toString().getBytes(StandardCharsets.ISO_8859_1);
        return w.Write(SliceB.of(b));
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
     * @param w the writer
     * @param a the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprint(Writer w, SliceL a) {
        Printer p = new Printer();
        p.doPrint(args(a));
        return write(w, p);
    }

    /**
     * {@code func Fprintln(w io.Writer, a ...any) (n int, err error)}.
     *
     * @param w the writer
     * @param a the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprintln(Writer w, SliceL a) {
        Printer p = new Printer();
        p.doPrintln(args(a));
        return write(w, p);
    }

    /**
     * {@code func Fprintf(w io.Writer, format string, a ...any) (n int, err error)}.
     *
     * @param w      the writer
     * @param format the format
     * @param a      the operands
     * @return what {@code w.Write} returned
     */
    public static Object[] Fprintf(Writer w, String format, SliceL a) {
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
}
