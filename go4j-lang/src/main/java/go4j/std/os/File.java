package go4j.std.os;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Writer;

import java.util.List;

/**
 * Go's {@code os.File}, a standard struct type (docs/compiler.md) used through its pointer, as
 * {@code os.Stdout} and {@code os.Stderr}: the only files go4j has. Each write goes to a
 * {@link Writer}, which writes and flushes at once, as Go writes straight to the file
 * descriptor. A File is a {@link Writer}, so a {@code *File} in an {@code io.Writer} is what
 * {@code fmt.Fprint*} writes on: compiled code calls {@code Write} through the interface.
 *
 * <pre>{@code
 * Pkg.Stderr.WriteString("oops\n");               // os.Stderr.WriteString("oops\n")
 * fmt.Pkg.Fprintln(Pkg.Stdout, SliceL.of("hi"));  // fmt.Fprintln(os.Stdout, "hi")
 * }</pre>
 */
public final class File implements GoValue, Writer {
    /** {@code *os.File}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "File").setUnderlying(RType.struct(List.of())));

    private final String name;
    private final Writer out;

    /**
     * @param name the name Go gives the file, a Go string
     * @param out  where its bytes go
     */
    File(String name, Writer out) {
        this.name = name;
        this.out = out;
    }

    /** @return the file's name, such as {@code /dev/stdout} */
    public String Name() {
        return name;
    }

    /**
     * Go's {@code (*File).Write}.
     *
     * @param b the bytes, a nil slice writes nothing
     * @return {@code {Long n, null}}: all bytes are written
     */
    @Override
    public Object[] Write(SliceB b) {
        return out.Write(b);
    }

    /**
     * Go's {@code (*File).WriteString}.
     *
     * @param s the text, a Go string
     * @return {@code {Long n, null}}
     */
    public Object[] WriteString(String s) {
        return Write(Str.toBytes(s));
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
