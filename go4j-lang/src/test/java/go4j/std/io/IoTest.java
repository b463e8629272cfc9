package go4j.std.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import go4j.fn.M$Read$L$A;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.std.strings.Builder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** io: each expected value is what Go 1.19 printed for the same call. */
class IoTest {
    private static Object reader(String s) {
        return go4j.std.strings.Pkg.NewReader(s);
    }

    @Test
    void readAllGrowsAsGosAppend() {
        Object[] r = Pkg.ReadAll(reader("x".repeat(600)));
        SliceB b = (SliceB) r[0];
        assertNull(r[1], "EOF is not an error of ReadAll");
        assertEquals(600, Slice.len(b));
        assertEquals(896, Slice.cap(b));
        assertEquals(512, Slice.cap((SliceB) Pkg.ReadAll(reader(""))[0]));
    }

    @Test
    void readFullAndItsErrors() {
        Object r = reader("abcdef");
        SliceB p = SliceB.make(4);
        assertEquals(4L, Pkg.ReadFull(r, p)[0]);
        Object[] short2 = Pkg.ReadFull(r, p);
        assertEquals(2L, short2[0]);
        assertSame(Pkg.ErrUnexpectedEOF, short2[1]);
        assertSame(Pkg.EOF, Pkg.ReadFull(r, p)[1]);
        assertSame(Pkg.ErrShortBuffer, Pkg.ReadAtLeast(reader("x"), SliceB.make(1), 2)[1]);
    }

    @Test
    void copyThroughAGoStyleReader() {
        // a reader as compiled Go code is one: only the method interface
        Object src = reader("hello");
        M$Read$L$A goReader = p -> Streams.read(src, (SliceB) p);
        Builder dst = new Builder();
        Object[] r = Pkg.Copy(dst, goReader);
        assertEquals(5L, r[0]);
        assertNull(r[1]);
        assertEquals("hello", dst.String());
        Object[] n = Pkg.CopyN(new Builder(), reader("abc"), 10);
        assertEquals(3L, n[0]);
        assertSame(Pkg.EOF, n[1]);
        assertEquals(3L, Pkg.Copy(Pkg.Discard, reader("abc"))[0]);
    }

    @Test
    void limitedAndMultiReaders() {
        LimitedReader l = (LimitedReader) Pkg.LimitReader(reader("abcdef"), 4);
        assertEquals("abcd", SliceB.toGoString((SliceB) Pkg.ReadAll(l)[0]));
        assertEquals(0, l.N);
        Object m = Pkg.MultiReader(SliceL.of(reader("one "), reader(""), reader("two")));
        assertEquals("one two", SliceB.toGoString((SliceB) Pkg.ReadAll(m)[0]));
        assertEquals("*io.LimitedReader", go4j.lang.RType.typeOf(l).toString());
    }

    @Test
    void javaStreamsOverGoReaders() throws Exception {
        InputStream in = Streams.inputStream(reader(Str.fromJava("héllo")));
        assertEquals("héllo", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        Builder b = new Builder();
        Streams.outputStream(b).write("abc".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("abc", b.String());
    }
}
