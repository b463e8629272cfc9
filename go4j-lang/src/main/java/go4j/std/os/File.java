package go4j.std.os;

import go4j.fn.M$Write$L$A;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Writer;

import java.util.List;

/**
 * Go's {@code *os.File}, a standard struct type (docs/compiler.md), for now only the standard
 * output and error ({@link Pkg#Stdout}, {@link Pkg#Stderr}): writes go to go4j-lang's
 * {@link Writer#STDOUT} and {@link Writer#STDERR}, flushed at once, so they interleave with
 * fmt's output in the program's order. An io.Writer both for go4j-lang ({@link Writer}) and
 * for compiled code ({@link M$Write$L$A}).
 *
 * <pre>{@code
 * Pkg.Stdout.WriteString("hello\n");
 * }</pre>
 */
public final class File implements GoValue, Writer, M$Write$L$A {
    /** {@code *os.File}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "File").setUnderlying(RType.struct(List.of())));

    private String name;
    private Writer out;

    /** The zero File, which has no file: writing to it fails as Go's does (invalid argument). */
    public File() {
    }

    File(String name, Writer out) {
        this.name = name;
        this.out = out;
    }

    /** @return a File for the same file */
    public File $copy() {
        return new File(name, out);
    }

    /** @param o the File whose file this one takes */
    public void $set(File o) {
        name = o.name;
        out = o.out;
    }

    /** @return the name the file was opened with ({@code /dev/stdout}) */
    public String Name() {
        return name == null ? "" : name;
    }

    /**
     * @param p the bytes to write
     * @return {Long n, error}
     */
    @Override
    public Object[] Write(SliceB p) {
        if (out == null) {
            return new Object[] {0L, go4j.lang.ErrorString.of("invalid argument")};
        }
        return out.Write(p);
    }

    /** Write for calls through io.Writer in compiled code. */
    @Override
    public Object[] Write(Object p) {
        return Write((SliceB) p);
    }

    /**
     * @param s the Go string to write
     * @return {Long n, error}
     */
    public Object[] WriteString(String s) {
        return Write(SliceB.fromString(s));
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
