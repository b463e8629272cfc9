package go4j.std.unicode.utf8;

import static go4j.std.GoText.go;
import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.GoPanic;
import go4j.lang.SliceB;
import org.junit.jupiter.api.Test;

/** unicode/utf8 over go4j's one-char-per-byte strings, against Go 1.19's results. */
class Utf8Test {
    @Test
    void decoding() {
        String s = go("héllo, 世界");
        assertEquals(9L, Pkg.RuneCountInString(s));
        assertArrayEquals(new Object[] {0xE9, 2L}, Pkg.DecodeRuneInString(s.substring(1)));
        assertArrayEquals(new Object[] {0x754C, 3L}, Pkg.DecodeLastRuneInString(s));
        assertArrayEquals(new Object[] {0xFFFD, 0L}, Pkg.DecodeRuneInString(""));
        assertArrayEquals(new Object[] {0xFFFD, 1L}, Pkg.DecodeRuneInString("\u00FFa"));
        assertArrayEquals(new Object[] {0xFFFD, 1L}, Pkg.DecodeLastRuneInString("a\u00E4\u00B8"), "a cut-off 世");
        assertArrayEquals(new Object[] {0xFFFD, 0L}, Pkg.DecodeLastRuneInString(""));
        assertArrayEquals(new Object[] {(int) 'a', 1L}, Pkg.DecodeRune(SliceB.fromString("ab")));
        assertArrayEquals(new Object[] {(int) 'b', 1L}, Pkg.DecodeLastRune(SliceB.fromString("ab")));
        assertEquals(3L, Pkg.RuneCount(SliceB.fromString(go("世a") + "\u00FF")));
    }

    @Test
    void validity() {
        assertFalse(Pkg.ValidString("a\u00FFb"));
        assertTrue(Pkg.ValidString(go("héllo, 世界")));
        assertFalse(Pkg.ValidString("\u00ED\u00A0\u0080"), "an encoded surrogate");
        assertFalse(Pkg.ValidString("\u00C0\u0080"), "an overlong NUL");
        assertTrue(Pkg.Valid(SliceB.fromString("abc")));
        assertTrue(Pkg.ValidRune(0x10FFFF));
        assertFalse(Pkg.ValidRune(0xD800));
        assertFalse(Pkg.ValidRune(-1));
        assertTrue(Pkg.FullRuneInString(go("世")));
        assertFalse(Pkg.FullRuneInString("\u00E4\u00B8"));
        assertTrue(Pkg.FullRuneInString("\u00E4a"), "invalid at the second byte: full");
        assertFalse(Pkg.FullRuneInString(""));
        assertTrue(Pkg.RuneStart('a'));
        assertFalse(Pkg.RuneStart(0xB8));
    }

    @Test
    void encoding() {
        assertEquals(1L, Pkg.RuneLen('a'));
        assertEquals(2L, Pkg.RuneLen('é'));
        assertEquals(3L, Pkg.RuneLen('世'));
        assertEquals(4L, Pkg.RuneLen(0x1F600));
        assertEquals(-1L, Pkg.RuneLen(0xD800));
        assertEquals(-1L, Pkg.RuneLen(0x110000));
        SliceB buf = SliceB.make(4);
        assertEquals(3L, Pkg.EncodeRune(buf, '€'));
        assertEquals("[226 130 172 0]", sprintf("%v", new go4j.lang.Typed(go4j.lang.RType.slice(go4j.lang.RType.UINT8), buf)));
        assertEquals(3L, Pkg.EncodeRune(buf, -5), "an invalid rune encodes as RuneError");
        GoPanic p = assertThrows(GoPanic.class, () -> Pkg.EncodeRune(SliceB.make(1), '€'));
        assertEquals("runtime error: index out of range [2] with length 1", p.getMessage());
        assertEquals(go("a€"), SliceB.toGoString(Pkg.AppendRune(SliceB.fromString("a"), '€')));
    }
}
