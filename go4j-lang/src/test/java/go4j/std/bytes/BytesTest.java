package go4j.std.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.GoPanic;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bytes: each expected value is what Go 1.19 printed for the same call. */
class BytesTest {
    private static SliceB b(String javaText) {
        return Str.toBytes(Str.fromJava(javaText));
    }

    private static String s(SliceB b) {
        return Str.toJava(Str.fromBytes(b));
    }

    private static List<String> strs(SliceL l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Slice.len(l); i++) {
            out.add(s((SliceB) SliceL.get(l, i)));
        }
        return out;
    }

    @Test
    void buffer() {
        Buffer buf = new Buffer();
        buf.WriteString(Str.fromJava("hello"));
        buf.WriteByte(',');
        buf.Write(b(" world"));
        buf.WriteRune('é');
        assertEquals("hello, worldé", Str.toJava(buf.String()));
        assertEquals(14, buf.Len());
        buf.Truncate(5);
        assertEquals("hello", s(buf.Bytes()));
        buf.Reset();
        assertEquals(0, buf.Len());
        assertEquals("", buf.String());
        assertEquals("bytes.Buffer: truncation out of range", assertThrows(GoPanic.class, () -> buf.Truncate(1)).getMessage());
        assertEquals(2, Pkg.NewBuffer(b("xy")).Len());
        assertEquals("abc", Pkg.NewBufferString("abc").String());
    }

    @Test
    void splitJoinFields() {
        SliceL parts = Pkg.Split(b("a,b,,c"), b(","));
        assertEquals(List.of("a", "b", "", "c"), strs(parts));
        assertEquals(1, Slice.cap((SliceB) SliceL.get(parts, 0)), "a piece's capacity ends with it");
        assertEquals(List.of("h", "é", "l", "l", "o"), strs(Pkg.Split(b("héllo"), null)));
        assertEquals("a-b--c", s(Pkg.Join(parts, b("-"))));
        assertFalse(Pkg.Join(null, b("-")) == null, "no slices: empty, not nil");
        assertNull(Pkg.Join(SliceL.of(SliceB.make(0)), null), "one empty slice: nil");
        SliceL f = Pkg.Fields(b("  one two\u00a0three\tfour  "));
        assertEquals(List.of("one", "two", "three", "four"), strs(f));
        assertEquals(3, Slice.cap((SliceB) SliceL.get(f, 0)));
    }

    @Test
    void compareSearchAndTransform() {
        assertTrue(Pkg.Equal(b("a"), b("a")));
        assertTrue(Pkg.Equal(null, SliceB.make(0)));
        assertFalse(Pkg.Equal(b("a"), b("b")));
        assertEquals(-1, Pkg.Compare(b("a"), b("b")));
        assertEquals(1, Pkg.Compare(b("ab"), b("a")));
        assertEquals(1, Pkg.Compare(SliceB.of((byte) 200), SliceB.of((byte) 100)), "bytes compare unsigned");
        assertEquals(0, Pkg.Compare(null, null));
        SliceB s = b("a,b,,c");
        assertTrue(Pkg.Contains(s, b(",,")));
        assertEquals(5, Pkg.Index(s, b("c")));
        assertEquals(-1, Pkg.Index(s, b("z")));
        assertEquals(2, Pkg.IndexByte(s, 'b'));
        assertTrue(Pkg.HasPrefix(s, b("a,")));
        assertTrue(Pkg.HasSuffix(s, b(",c")));
        assertFalse(Pkg.HasSuffix(s, b("x")));
        assertEquals("HELLO, WÖRLD", s(Pkg.ToUpper(b("Hello, wörld"))));
        assertEquals("hello äö", s(Pkg.ToLower(b("HeLLo ÄÖ"))));
        assertEquals("hi there", s(Pkg.TrimSpace(b("  \t hi there \n"))));
        assertNull(Pkg.TrimSpace(b("   ")), "all space: nil");
        assertEquals("ababab", s(Pkg.Repeat(b("ab"), 3)));
        assertEquals("bytes: negative Repeat count", assertThrows(GoPanic.class, () -> Pkg.Repeat(b("a"), -1)).getMessage());
    }
}
