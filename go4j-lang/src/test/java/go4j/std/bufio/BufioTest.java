package go4j.std.bufio;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import go4j.fn.F$LZ$A;
import go4j.lang.GoPanic;
import go4j.lang.SliceB;
import go4j.lang.Writer;
import org.junit.jupiter.api.Test;

/**
 * bufio's tricky corners, against what Go 1.19 printed for the same calls: the split
 * functions at their edges (an incomplete rune, Unicode spaces, a lone \r), the Scanner's
 * errors and panic for a misbehaving split function, ReadLine with \r\n across the buffer's
 * end, a short write's sticky ErrShortWrite.
 */
class BufioTest {
    private static Reader reader(String s, int size) {
        return Pkg.NewReaderSize(go4j.std.strings.Pkg.NewReader(s), size);
    }

    /** A split function's result as Go prints {@code fmt.Println(advance, token, err)}. */
    private static String split(Object[] r) {
        return sprintf("%v %v %v", r[0], new go4j.lang.Typed(go4j.lang.RType.slice(go4j.lang.RType.UINT8), r[1]), r[2]);
    }

    @Test
    void splitFunctionsAtTheirEdges() {
        assertEquals("0 [] <nil>", split(Pkg.ScanRunes(SliceB.fromString("\u00e2\u0082"), false)), "an incomplete rune waits");
        assertEquals("1 [239 191 189] <nil>", split(Pkg.ScanRunes(SliceB.fromString("\u00e2\u0082"), true)), "U+FFFD at EOF");
        assertEquals("2 [] <nil>", split(Pkg.ScanWords(SliceB.fromString("  ab"), false)), "spaces skipped, word incomplete");
        // NBSP, x, EM SPACE, y: both spaces are Unicode's
        assertEquals("6 [120] <nil>", split(Pkg.ScanWords(SliceB.fromString("\u00c2\u00a0x\u00e2\u0080\u0083y"), true)));
        assertEquals("2 [97] <nil>", split(Pkg.ScanLines(SliceB.fromString("a\r"), true)), "a final \\r dropped");
        assertEquals("4 [97 13] <nil>", split(Pkg.ScanLines(SliceB.fromString("a\r\r\n"), false)), "one \\r dropped");
        assertEquals("0 [] <nil>", split(Pkg.ScanBytes(null, true)));
    }

    @Test
    void aMisbehavingSplitFunctionIsGosErrorOrPanic() {
        Scanner s = Pkg.NewScanner(go4j.std.strings.Pkg.NewReader("abc"));
        s.Split((F$LZ$A) (data, atEOF) -> new Object[] {5L, null, null});
        assertFalse(s.Scan());
        assertSame(Pkg.ErrAdvanceTooFar, s.Err());
        s = Pkg.NewScanner(go4j.std.strings.Pkg.NewReader("abc"));
        s.Split((F$LZ$A) (data, atEOF) -> new Object[] {-1L, null, null});
        assertFalse(s.Scan());
        assertSame(Pkg.ErrNegativeAdvance, s.Err());
        Scanner empties = Pkg.NewScanner(go4j.std.strings.Pkg.NewReader(""));
        empties.Split((F$LZ$A) (data, atEOF) -> new Object[] {0L, SliceB.make(0), null});
        GoPanic p = assertThrows(GoPanic.class, () -> {
            while (empties.Scan()) {
                // empty tokens at EOF, without end
            }
        });
        assertEquals("bufio.Scan: too many empty tokens without progressing", p.value());
        assertEquals("Split called after Scan",
                assertThrows(GoPanic.class, () -> empties.Split(null)).value());
        assertEquals("Buffer called after Scan",
                assertThrows(GoPanic.class, () -> empties.Buffer(null, 10)).value());
    }

    @Test
    void readLineSplitsCrLfAcrossTheBuffersEnd() {
        Reader r = reader("123456789012345\r\nxyz", 16);
        String[] want = {"\"123456789012345\" true <nil>", "\"\" false <nil>", "\"xyz\" false <nil>", "\"\" false EOF"};
        for (String w : want) {
            Object[] l = r.ReadLine();
            assertEquals(w, sprintf("%q %v %v", new go4j.lang.Typed(go4j.lang.RType.slice(go4j.lang.RType.UINT8), l[0]), l[1], l[2]));
        }
    }

    @Test
    void unreadAfterPeekIsInvalid() {
        Reader r = reader("hi", 16);
        r.Peek(1);
        assertSame(Pkg.ErrInvalidUnreadByte, r.UnreadByte());
        assertSame(Pkg.ErrInvalidUnreadRune, r.UnreadRune());
        assertArrayEquals(new Object[] {(int) 'h', null}, r.ReadByte());
        assertNull(r.UnreadByte());
        assertArrayEquals(new Object[] {(int) 'h', 1L, null}, r.ReadRune());
    }

    @Test
    void aShortWriteIsStickyErrShortWrite() {
        Writer half = p -> new Object[] {SliceB.len(p) / 2, null};
        go4j.std.bufio.Writer w = Pkg.NewWriterSize(half, 16);
        w.WriteString("abcdef");
        assertSame(go4j.std.io.Pkg.ErrShortWrite, w.Flush());
        assertEquals(3, w.Buffered(), "what was not written stays");
        assertSame(go4j.std.io.Pkg.ErrShortWrite, w.Flush());
        assertArrayEquals(new Object[] {0L, go4j.std.io.Pkg.ErrShortWrite}, w.WriteString("x"));
    }

    @Test
    void newReaderAndWriterReuseALargeEnoughOne() {
        Reader r = reader("x", 32);
        assertSame(r, Pkg.NewReaderSize(r, 16));
        assertEquals(64, Pkg.NewReaderSize(r, 64).Size());
        assertEquals(16, reader("x", 3).Size(), "16 at least");
        go4j.std.bufio.Writer w = Pkg.NewWriterSize(go4j.std.io.Pkg.Discard, 0);
        assertEquals(4096, w.Size(), "4096 for a size <= 0");
        assertSame(w, Pkg.NewWriter(w));
    }
}
