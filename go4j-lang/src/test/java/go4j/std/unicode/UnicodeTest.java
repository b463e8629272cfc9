package go4j.std.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** unicode's classes and case mappings, as Go 1.19 answers for the same runes. */
class UnicodeTest {
    @Test
    void classes() {
        assertTrue(Pkg.IsLetter('é'));
        assertTrue(Pkg.IsLetter('世'));
        assertFalse(Pkg.IsLetter('1'));
        assertFalse(Pkg.IsLetter(-1));
        assertTrue(Pkg.IsDigit('٣'));
        assertFalse(Pkg.IsDigit('Ⅷ'));
        assertTrue(Pkg.IsNumber('Ⅷ'));
        assertTrue(Pkg.IsUpper('A'));
        assertFalse(Pkg.IsUpper('ǅ'), "title case is not upper case");
        assertTrue(Pkg.IsTitle('ǅ'));
        assertTrue(Pkg.IsLower('ß'));
        assertTrue(Pkg.IsPunct('!'));
        assertFalse(Pkg.IsPunct('+'));
        assertTrue(Pkg.IsSymbol('+'));
        assertTrue(Pkg.IsMark(0x301));
        assertTrue(Pkg.IsControl('\n'));
        assertTrue(Pkg.IsControl(0x85));
        assertFalse(Pkg.IsControl(0x200B), "Go's IsControl stops at Latin-1");
    }

    @Test
    void spaceIsGos() {
        for (int r : new int[] {'\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029,
            0x202F, 0x205F, 0x3000}) {
            assertTrue(Pkg.IsSpace(r), Integer.toHexString(r));
        }
        for (int r : new int[] {0x200B, 0xFEFF, 0x180E, 'a', 0}) {
            assertFalse(Pkg.IsSpace(r), Integer.toHexString(r));
        }
    }

    @Test
    void printable() {
        assertTrue(Pkg.IsPrint(' '));
        assertFalse(Pkg.IsPrint(0xA0), "only the ASCII space prints among spaces");
        assertTrue(Pkg.IsGraphic(0xA0));
        assertFalse(Pkg.IsPrint('\n'));
        assertTrue(Pkg.IsPrint('€'));
    }

    @Test
    void cases() {
        assertEquals('ß', Pkg.ToUpper('ß'));
        assertEquals('É', Pkg.ToUpper('é'));
        assertEquals('ä', Pkg.ToLower('Ä'));
        assertEquals('ǅ', Pkg.ToTitle('ǆ'));
        assertEquals('Ǆ', Pkg.ToUpper('ǆ'));
        assertEquals(-5, Pkg.ToUpper(-5));
        assertEquals('k', Pkg.ToLower(0x212A), "the Kelvin sign");
    }
}
