package go4j.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The slice helpers against Go 1.19: capacities and panic texts printed by real Go. */
class SliceTest {

    static void panics(String text, Executable e) {
        GoPanic p = assertThrows(GoPanic.class, e);
        assertEquals(text, p.getMessage());
        assertEquals(text, ((GoError) p.value()).Error());
    }

    /** The capacities each append that grew a slice gave, one element appended at a time. */
    private interface Appender {
        long appendOne();
    }

    private static List<Long> capacities(int n, Appender a) {
        List<Long> caps = new ArrayList<>();
        long c = 0;
        for (int i = 0; i < n; i++) {
            long now = a.appendOne();
            if (now != c) {
                caps.add(now);
                c = now;
            }
        }
        return caps;
    }

    /*
     * The expected capacities come from Go 1.19 running, for each element type,
     *
     *     var a []int
     *     for i := 0; i < 2000; i++ {
     *         c := cap(a)
     *         a = append(a, i)
     *         if cap(a) != c { fmt.Print(cap(a), " ") }
     *     }
     *
     * (5000 appends for []byte).
     */

    @Test
    void appendGrowsIntSlicesAsGo() {
        SliceJ[] s = {null};
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 848L, 1280L, 1792L, 2560L),
                capacities(2000, () -> Slice.cap(s[0] = SliceJ.append(s[0], 7))));
    }

    @Test
    void appendGrowsByteSlicesAsGo() {
        SliceB[] s = {null};
        assertEquals(List.of(8L, 16L, 32L, 64L, 128L, 256L, 512L, 896L, 1408L, 2048L, 3072L, 4096L, 5376L),
                capacities(5000, () -> Slice.cap(s[0] = SliceB.append(s[0], (byte) 1))));
    }

    @Test
    void appendGrowsStringSlicesAsGoWithSixteenByteElements() {
        SliceL[] s = {null};
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 848L, 1280L, 1792L, 2560L),
                capacities(2000, () -> Slice.cap(s[0] = SliceL.append(s[0], "x"))));
    }

    @Test
    void appendGrowsInt32SlicesAsGo() {
        SliceI[] s = {null};
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 864L, 1344L, 2048L),
                capacities(2000, () -> Slice.cap(s[0] = SliceI.append(s[0], 1))));
    }

    @Test
    void appendSeveralRoundsTheNeededCapacity() {
        // cap(append([]int{1, 2, 3}, 4, 5, 6, 7)) == 8
        assertEquals(8, Slice.cap(SliceJ.appendValues(SliceJ.of(1, 2, 3), new long[] {4, 5, 6, 7})));
        // cap(append([]byte("hello"), " world, longer"...)) == 24
        assertEquals(24, Slice.cap(SliceB.appendString(SliceB.fromString("hello"), " world, longer")));
        // cap(append([]int(nil), make([]int, 5)...)) == 6
        assertEquals(6, Slice.cap(SliceJ.appendSlice(null, SliceJ.make(5))));
        // cap(append(make([]string, 3), "a", "b")) == 6
        assertEquals(6, Slice.cap(SliceL.appendValues(SliceL.make(3, 3, ""), new Object[] {"a", "b"})));
        // cap(append([]byte(nil), "abc"...)) == 8
        assertEquals(8, Slice.cap(SliceB.appendString(null, "abc")));
    }

    @Test
    void appendWithRoomSharesTheArray() {
        SliceJ s = SliceJ.make(1, 4);
        SliceJ t = SliceJ.append(s, 5);
        assertSame(s.array, t.array);
        assertEquals(1, Slice.len(s));
        assertEquals(5, SliceJ.get(t, 1));
    }

    @Test
    void appendNothingToNilIsNil() {
        assertNull(SliceJ.appendValues(null, new long[0]));
        assertNull(SliceJ.appendSlice(null, null));
    }

    @Test
    void appendSliceToItselfOverlapping() {
        SliceJ s = SliceJ.make(3, 10);
        SliceJ.set(s, 0, 1);
        SliceJ.set(s, 1, 2);
        SliceJ.set(s, 2, 3);
        SliceJ t = SliceJ.appendSlice(SliceJ.slice(s, 0, 1), s);
        assertArrayEquals(new long[] {1, 1, 2, 3}, SliceJ.toArray(t));
    }

    @Test
    void nilSliceHasZeroLengthAndCapacity() {
        assertEquals(0, Slice.len(null));
        assertEquals(0, Slice.cap(null));
        assertNull(SliceJ.slice(null, 0, 0));
    }

    @Test
    void indexOutOfRangePanicsWithGoText() {
        SliceJ s = SliceJ.of(1, 2, 3);
        panics("runtime error: index out of range [5] with length 3", () -> SliceJ.get(s, 5));
        panics("runtime error: index out of range [-1]", () -> SliceJ.get(s, -1));
        panics("runtime error: index out of range [0] with length 0", () -> SliceL.set(null, 0, "x"));
    }

    @Test
    void sliceBoundsPanicWithGoTexts() {
        // Each text printed by Go 1.19 for s := []int{1, 2, 3} and the expression named.
        SliceJ s = SliceJ.of(1, 2, 3);
        panics("runtime error: slice bounds out of range [:5] with capacity 3", () -> SliceJ.slice(s, 0, 5));
        panics("runtime error: slice bounds out of range [3:2]", () -> SliceJ.slice(s, 3, 2));
        panics("runtime error: slice bounds out of range [5:3]", () -> SliceJ.slice(s, 5, 3)); // s[5:]
        panics("runtime error: slice bounds out of range [-1:]", () -> SliceJ.slice(s, -1, 3));
        panics("runtime error: slice bounds out of range [::5] with capacity 3", () -> SliceJ.slice(s, 1, 2, 5));
        panics("runtime error: slice bounds out of range [:3:2]", () -> SliceJ.slice(s, 1, 3, 2));
        panics("runtime error: slice bounds out of range [3:2:]", () -> SliceJ.slice(s, 3, 2, 3));
        panics("runtime error: slice bounds out of range [:5] with length 3",
                () -> SliceJ.sliceArray(new long[3], 0, 5));
    }

    @Test
    void threeIndexSliceLimitsCapacity() {
        SliceJ s = SliceJ.slice(SliceJ.of(1, 2, 3, 4), 1, 2, 3);
        assertEquals(1, Slice.len(s));
        assertEquals(2, Slice.cap(s));
        SliceJ t = SliceJ.append(SliceJ.append(s, 9), 10); // past max: a new array
        assertArrayEquals(new long[] {2, 9, 10}, SliceJ.toArray(t));
    }

    @Test
    void makePanicsWithGoTexts() {
        panics("runtime error: makeslice: len out of range", () -> SliceJ.make(-1));
        panics("runtime error: makeslice: cap out of range", () -> SliceJ.make(2, 1));
        assertEquals(5, Slice.cap(SliceJ.make(3, 5)));
    }

    @Test
    void copyHandlesOverlapAndReturnsTheShorterLength() {
        SliceJ s = SliceJ.of(1, 2, 3, 4);
        assertEquals(3, SliceJ.copy(SliceJ.slice(s, 1, 4), s));
        assertArrayEquals(new long[] {1, 1, 2, 3}, SliceJ.toArray(s));
        assertEquals(0, SliceJ.copy(null, s));
    }

    @Test
    void byteSlicesConvertWithStrings() {
        SliceB b = SliceB.fromString("hi");
        assertEquals("hi", SliceB.toGoString(b));
        assertEquals("", SliceB.toGoString(null));
        assertEquals(2, SliceB.copyString(SliceB.make(5), "hi"));
    }

    @Test
    void stringSlicesMadeWithAZeroHoldIt() {
        assertEquals("", SliceL.get(SliceL.make(2, 2, ""), 1));
    }
}
