package go4j.std.strings;

import static go4j.std.GoText.go;
import static go4j.std.GoText.java;
import static go4j.std.GoText.sprintf;
import static go4j.std.GoText.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.fn.F$I$I;
import go4j.fn.F$I$Z;
import go4j.lang.GoPanic;
import go4j.lang.SliceL;
import go4j.std.unicode.Pkg;
import org.junit.jupiter.api.Test;

/** strings against what Go 1.19 prints for the same calls (expected values in comments' place). */
class StringsTest {
    private static String q(SliceL s) {
        return sprintf("%q", strings(s));
    }

    @Test
    void splitting() {
        assertEquals("[\"a\" \"b\" \"c\"]", q(go4j.std.strings.Pkg.Fields(go("  a b\t\nc  "))));
        assertEquals("[\"a\" \"b\" \"\" \"c\"]", q(go4j.std.strings.Pkg.Split("a,b,,c", ",")));
        assertEquals("[\"a\" \"b\" \"c\"]", q(go4j.std.strings.Pkg.Split("abc", "")));
        assertEquals("[\"a\" \"b,c,d\"]", q(go4j.std.strings.Pkg.SplitN("a,b,c,d", ",", 2)));
        assertNull(go4j.std.strings.Pkg.SplitN("a,b,c,d", ",", 0));
        assertEquals("[\"a,\" \"b,\" \"c\"]", q(go4j.std.strings.Pkg.SplitAfter("a,b,c", ",")));
        // an invalid byte splits off as "\uFFFD", as Go 1.19's explode has it
        assertEquals("[\"a\" \"\uFFFD\" \"é\"]", q(go4j.std.strings.Pkg.Split(go("a") + "\u00FF" + go("é"), "")));
        assertEquals("[\"\"]", q(go4j.std.strings.Pkg.Split("", ",")));
        assertEquals("[]", q(go4j.std.strings.Pkg.Fields("   ")));
        assertEquals("a-b", go4j.std.strings.Pkg.Join(SliceL.of("a", "b"), "-"));
        assertEquals("", go4j.std.strings.Pkg.Join(null, "-"));
        Object[] cut = go4j.std.strings.Pkg.Cut("k=v", "=");
        assertEquals("k v true", cut[0] + " " + cut[1] + " " + cut[2]);
        F$I$Z digit = Pkg::IsDigit;
        assertEquals("[\"a\" \"b\" \"c\"]", q(go4j.std.strings.Pkg.FieldsFunc("a1b2c", digit)));
    }

    @Test
    void replacing() {
        assertEquals("bbaa", go4j.std.strings.Pkg.Replace("aaaa", "a", "b", 2));
        assertEquals("-a-b-c-", go4j.std.strings.Pkg.Replace("abc", "", "-", -1));
        assertEquals("|h|é|l|l|o|", java(go4j.std.strings.Pkg.Replace(go("héllo"), "", "|", -1)));
        assertEquals("xbc", go4j.std.strings.Pkg.ReplaceAll("abc", "a", "x"));
        assertEquals("ababab", go4j.std.strings.Pkg.Repeat("ab", 3));
        GoPanic p = assertThrows(GoPanic.class, () -> go4j.std.strings.Pkg.Repeat("ab", -1));
        assertEquals("strings: negative Repeat count", p.value());
        F$I$I upperNoA = r -> r == 'a' ? -1 : Pkg.ToUpper(r);
        assertEquals("BNN", go4j.std.strings.Pkg.Map(upperNoA, "banana"));
    }

    @Test
    void replacer() {
        Replacer r = go4j.std.strings.Pkg.NewReplacer(SliceL.of("a", "1", "aa", "2", "b", ""));
        assertEquals("111", r.Replace("aaab"));
        assertEquals("XaXYXcX", go4j.std.strings.Pkg.NewReplacer(SliceL.of("", "X", "b", "Y")).Replace("abc"));
        assertEquals("\"XhX\\xc3X\\xa9X\"",
                sprintf("%q", go4j.std.strings.Pkg.NewReplacer(SliceL.of("", "X")).Replace(go("hé"))));
        assertEquals("XhXEX", go4j.std.strings.Pkg.NewReplacer(SliceL.of("", "X", go("é"), "E")).Replace(go("hé")));
        assertEquals("11", go4j.std.strings.Pkg.NewReplacer(SliceL.of("a", "1", "a", "2")).Replace("aa"));
        assertEquals("*strings.Replacer", sprintf("%T", r));
        assertThrows(GoPanic.class, () -> go4j.std.strings.Pkg.NewReplacer(SliceL.of("a")));
    }

    @Test
    void cases() {
        assertEquals("HÉLLO WÖRLD ß", java(go4j.std.strings.Pkg.ToUpper(go("héllo wörld ß"))));
        assertEquals("héllo", java(go4j.std.strings.Pkg.ToLower(go("HÉLLO"))));
        assertEquals("Hello Wide World", go4j.std.strings.Pkg.Title("hello wide world"));
        assertEquals("Héllo Ωorld", java(go4j.std.strings.Pkg.Title(go("héllo ωorld"))));
        assertEquals("ABC", go4j.std.strings.Pkg.ToTitle("abc"));
        // non-ASCII input is mapped rune by rune: invalid bytes become U+FFFD
        assertEquals("\"A\uFFFDB\uFFFD\"", sprintf("%q", go4j.std.strings.Pkg.ToUpper("a\u00FFb\u00C3")));
        String ascii = "ALREADY UPPER";
        assertTrue(ascii == go4j.std.strings.Pkg.ToUpper(ascii), "nothing to change: the same string");
        assertTrue(go4j.std.strings.Pkg.EqualFold("Go", "GO"));
        assertTrue(go4j.std.strings.Pkg.EqualFold(go("σ"), go("Σ")));
        assertTrue(go4j.std.strings.Pkg.EqualFold("K", go("\u212A")));
        assertFalse(go4j.std.strings.Pkg.EqualFold("Go", "Goo"));
    }

    @Test
    void trimming() {
        assertEquals("hi", go4j.std.strings.Pkg.Trim("xxhixx", "x"));
        assertEquals("hi ", go4j.std.strings.Pkg.TrimLeft("  hi ", " "));
        assertEquals("  hi", go4j.std.strings.Pkg.TrimRight("  hi!?", "?!"));
        assertEquals("hi", go4j.std.strings.Pkg.TrimSpace(go("\t hi \u00a0\n")));
        assertEquals("", go4j.std.strings.Pkg.TrimSpace(" \n "));
        assertEquals("h", go4j.std.strings.Pkg.Trim(go("éhéé"), go("é")));
        assertEquals("\u00C3h", go4j.std.strings.Pkg.Trim(go("é") + "\u00C3h", go("é")), "cuts runes, not bytes");
        assertEquals("bar", go4j.std.strings.Pkg.TrimPrefix("foobar", "foo"));
        assertEquals("foo", go4j.std.strings.Pkg.TrimSuffix("foobar", "bar"));
        F$I$Z digit = Pkg::IsDigit;
        assertEquals("abc", go4j.std.strings.Pkg.TrimFunc("123abc456", digit));
        assertEquals("", go4j.std.strings.Pkg.TrimFunc("123", digit));
    }

    @Test
    void searching() {
        assertEquals(3, go4j.std.strings.Pkg.Count("cheese", "e"));
        assertEquals(5, go4j.std.strings.Pkg.Count("five", ""));
        assertEquals(6, go4j.std.strings.Pkg.Count(go("héllo"), ""));
        assertEquals(4, go4j.std.strings.Pkg.Index("chicken", "ken"));
        assertEquals(3, go4j.std.strings.Pkg.LastIndex("go gopher", "go"));
        assertEquals(3, go4j.std.strings.Pkg.IndexRune(go("héllo"), 'l'));
        assertEquals(1, go4j.std.strings.Pkg.IndexRune(go("héllo"), 'é'));
        assertEquals(1, go4j.std.strings.Pkg.IndexRune("a\u00FF", 0xFFFD));
        assertEquals(-1, go4j.std.strings.Pkg.IndexRune("abc", 0xD800));
        assertEquals(2, go4j.std.strings.Pkg.IndexByte("abc", 'c'));
        assertEquals(4, go4j.std.strings.Pkg.IndexAny("golang", "xyzn"));
        assertEquals(5, go4j.std.strings.Pkg.LastIndexAny("golang", "go"));
        assertEquals(-1, go4j.std.strings.Pkg.IndexAny("golang", ""));
        assertFalse(go4j.std.strings.Pkg.ContainsAny("abc", ""));
        assertTrue(go4j.std.strings.Pkg.ContainsRune("abc", 'b'));
        assertTrue(go4j.std.strings.Pkg.Contains("seafood", "foo"));
        assertTrue(go4j.std.strings.Pkg.HasPrefix("golang", "go"));
        assertTrue(go4j.std.strings.Pkg.HasSuffix("golang", "ng"));
        assertEquals(-1, go4j.std.strings.Pkg.Compare("a", "b"));
        assertEquals(1, go4j.std.strings.Pkg.Compare("\u00C3", "a"), "byte order: 0xC3 after 'a'");
        F$I$Z upper = Pkg::IsUpper;
        assertEquals(2, go4j.std.strings.Pkg.IndexFunc("abCd", upper));
    }

    @Test
    void builder() {
        Builder sb = new Builder();
        sb.WriteString(go("hé"));
        sb.WriteByte('x');
        Object[] n = sb.WriteRune('€');
        assertEquals("héx€", java(sb.String()));
        assertEquals(7L, sb.Len());
        assertEquals(3L, n[0]);
        assertEquals("héx€ héx€ *strings.Builder", java(go4j.std.fmt.Pkg.Sprintf(go("%v %s %T"), SliceL.of(sb, sb, sb))));
        Builder copy = sb.$copy();
        sb.Reset();
        assertEquals(0L, sb.Len());
        assertEquals(7L, copy.Len());
        assertThrows(GoPanic.class, () -> sb.Grow(-1));
    }
}
