package go4j.lang;

import org.junit.jupiter.api.Test;

import static go4j.lang.SliceTest.panics;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Go strings over Latin-1 chars: conversions, runes and Go's panics. */
class StrTest {

    @Test
    void fromJavaIsUtf8BytesAsChars() {
        String s = Str.fromJava("héllo");
        assertEquals(6, s.length());
        assertEquals(0xC3, s.charAt(1));
        assertEquals(0xA9, s.charAt(2));
        assertEquals("héllo", Str.toJava(s));
    }

    @Test
    void decodeRuneGivesRuneAndWidth() {
        String s = Str.fromJava("a世\uD83D\uDE00");
        long a = Str.decodeRune(s, 0);
        assertEquals('a', Str.rune(a));
        assertEquals(1, Str.width(a));
        long w = Str.decodeRune(s, 1);
        assertEquals(0x4E16, Str.rune(w));
        assertEquals(3, Str.width(w));
        long e = Str.decodeRune(s, 4);
        assertEquals(0x1F600, Str.rune(e));
        assertEquals(4, Str.width(e));
    }

    @Test
    void invalidUtf8DecodesAsRuneErrorOfWidthOne() {
        for (String bad : new String[] {"\u0080", "\u00C0\u0080", "\u00ED\u00A0\u0080", "\u00F4\u0090\u0080\u0080",
                "\u00E4\u00B8", "\u00FF"}) {
            long rw = Str.decodeRune(bad, 0);
            assertEquals(Str.RUNE_ERROR, Str.rune(rw), bad);
            assertEquals(1, Str.width(rw), bad);
        }
        assertEquals(0, Str.width(Str.decodeRune("", 0)));
    }

    @Test
    void fromRuneEncodesAndReplacesInvalid() {
        assertEquals(Str.fromJava("世"), Str.fromRune(0x4E16));
        assertEquals(Str.fromJava("\uFFFD"), Str.fromRune(-1));
        assertEquals(Str.fromJava("\uFFFD"), Str.fromRune(0xD800));
        assertEquals(Str.fromJava("\uFFFD"), Str.fromRune(0x110000));
    }

    @Test
    void runesRoundTrip() {
        String s = Str.fromJava("héllo, 世界");
        SliceI r = Str.toRunes(s);
        assertEquals(9, Slice.len(r));
        assertEquals(0xE9, SliceI.get(r, 1));
        assertEquals(s, Str.fromRunes(r));
        assertEquals(9, Str.runeCount(s));
    }

    @Test
    void bytesRoundTrip() {
        String s = Str.fromJava("é!");
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, '!'}, SliceB.toArray(Str.toBytes(s)));
        assertEquals(s, Str.fromBytes(Str.toBytes(s)));
    }

    @Test
    void indexAndSlicePanicWithGoTexts() {
        // str := "abc"; str[5], str[:5], str[5:], str[3:2] in Go 1.19
        panics("runtime error: index out of range [5] with length 3", () -> Str.index("abc", 5));
        panics("runtime error: slice bounds out of range [:5] with length 3", () -> Str.slice("abc", 0, 5));
        panics("runtime error: slice bounds out of range [5:3]", () -> Str.slice("abc", 5, 3));
        panics("runtime error: slice bounds out of range [3:2]", () -> Str.slice("abc", 3, 2));
        assertEquals("b", Str.slice("abc", 1, 2));
        assertEquals('c', Str.index("abc", 2));
    }

    @Test
    void compareIsByteOrder() {
        assertEquals(-1, Str.compare("a", "b"));
        assertEquals(1, Str.compare(Str.fromJava("é"), "z")); // 0xC3 > 'z'
        assertEquals(0, Str.compare("x", "x"));
    }
}
