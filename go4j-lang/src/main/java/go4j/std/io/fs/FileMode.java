package go4j.std.io.fs;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

/**
 * Go's {@code fs.FileMode} (and {@code os.FileMode}, its alias), a standard named type whose
 * underlying type is {@code uint32} (docs/compiler.md): a FileMode value is an {@code int}
 * holding the 32 bits, and this class is its box in an interface, with the value in {@link #v}.
 * Go's methods are static, the receiver first; {@link #String()} is the instance bridge that
 * makes {@code fmt} print a boxed FileMode as Go does ({@code -rw-r--r--}).
 *
 * <pre>{@code
 * FileMode.String(0644);                     // "-rw-r--r--"
 * FileMode.String(FileMode.MODE_DIR | 0755); // "drwxr-xr-x"
 * }</pre>
 */
public final class FileMode implements GoValue, Stringer {
    /** {@code fs.FileMode}. */
    public static final RType TYPE = RType.named("io/fs", "FileMode").setUnderlying(RType.UINT32);

    /** {@code fs.ModeDir}. */
    public static final int MODE_DIR = 1 << 31;
    /** {@code fs.ModeAppend}. */
    public static final int MODE_APPEND = 1 << 30;
    /** {@code fs.ModeExclusive}. */
    public static final int MODE_EXCLUSIVE = 1 << 29;
    /** {@code fs.ModeTemporary}. */
    public static final int MODE_TEMPORARY = 1 << 28;
    /** {@code fs.ModeSymlink}. */
    public static final int MODE_SYMLINK = 1 << 27;
    /** {@code fs.ModeDevice}. */
    public static final int MODE_DEVICE = 1 << 26;
    /** {@code fs.ModeNamedPipe}. */
    public static final int MODE_NAMED_PIPE = 1 << 25;
    /** {@code fs.ModeSocket}. */
    public static final int MODE_SOCKET = 1 << 24;
    /** {@code fs.ModeSetuid}. */
    public static final int MODE_SETUID = 1 << 23;
    /** {@code fs.ModeSetgid}. */
    public static final int MODE_SETGID = 1 << 22;
    /** {@code fs.ModeCharDevice}. */
    public static final int MODE_CHAR_DEVICE = 1 << 21;
    /** {@code fs.ModeSticky}. */
    public static final int MODE_STICKY = 1 << 20;
    /** {@code fs.ModeIrregular}. */
    public static final int MODE_IRREGULAR = 1 << 19;
    /** {@code fs.ModeType}: the type bits. */
    public static final int MODE_TYPE = MODE_DIR | MODE_SYMLINK | MODE_NAMED_PIPE | MODE_SOCKET | MODE_DEVICE
            | MODE_CHAR_DEVICE | MODE_IRREGULAR;
    /** {@code fs.ModePerm}: the Unix permission bits. */
    public static final int MODE_PERM = 0777;

    /** The letters of the mode bits from the highest down, as Go prints them. */
    private static final String LETTERS = "dalTLDpSugct?";

    /** The boxed value, the 32 bits. */
    public final int v;

    /** @param v the value */
    public FileMode(int v) {
        this.v = v;
    }

    /**
     * Go's {@code FileMode.String}: a letter for each type and special bit set ({@code -} when
     * none is), then {@code rwxrwxrwx} with {@code -} for each permission bit clear.
     *
     * @param m the mode
     * @return the text, such as {@code drwxr-xr-x}
     */
    public static String String(int m) {
        StringBuilder b = new StringBuilder(LETTERS.length() + 9);
        for (int i = 0; i < LETTERS.length(); i++) {
            if ((m & (1 << (31 - i))) != 0) {
                b.append(LETTERS.charAt(i));
            }
        }
        if (b.isEmpty()) {
            b.append('-');
        }
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            b.append((m & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return b.toString();
    }

    /** @return whether m describes a directory */
    public static boolean IsDir(int m) {
        return (m & MODE_DIR) != 0;
    }

    /** @return whether m describes a regular file: no type bit set */
    public static boolean IsRegular(int m) {
        return (m & MODE_TYPE) == 0;
    }

    /** @return m's Unix permission bits */
    public static int Perm(int m) {
        return m & MODE_PERM;
    }

    /** @return m's type bits */
    public static int Type(int m) {
        return m & MODE_TYPE;
    }

    @Override
    public String String() {
        return String(v);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
