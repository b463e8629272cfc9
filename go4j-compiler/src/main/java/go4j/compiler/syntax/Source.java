package go4j.compiler.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One Go source file's text and name. Offsets are byte offsets into the file's UTF-8
 * text (Go's columns count bytes too); {@link #position(int)} turns one into Go's
 * {@code name:line:col}.
 */
public final class Source {
    private final String name;
    private final byte[] bytes;
    private final int[] lineStarts; // offset of the first byte of each line; lineStarts[0] == 0

    /**
     * @param name  the file's name as Go prints it in a position ({@code ./prog.go})
     * @param bytes the file's contents, UTF-8
     */
    public Source(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        int n = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        this.lineStarts = starts;
    }

    /**
     * @param name the file's name
     * @param text the file's contents
     * @return a source of the text's UTF-8 bytes
     */
    public static Source of(String name, String text) {
        return new Source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the file's name as positions print it */
    public String name() {
        return name;
    }

    /** @return the file's bytes (not a copy: do not write) */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * @param offset a byte offset
     * @return the 1-based line of the offset
     */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * @param offset a byte offset
     * @return the 1-based column (in bytes, as Go counts) of the offset
     */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /**
     * @param offset a byte offset
     * @return Go's position text, {@code name:line:col}
     */
    public String position(int offset) {
        return name + ":" + line(offset) + ":" + column(offset);
    }
}
