package go4j.std.sort;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.fn.F$J$Z;
import go4j.fn.F$JJ$Z;
import go4j.fn.M$Len$$J;
import go4j.fn.M$Less$JJ$Z;
import go4j.fn.M$Swap$JJ$V;
import go4j.lang.GoPanic;
import go4j.lang.RType;
import go4j.lang.SliceD;
import go4j.lang.SliceJ;
import go4j.lang.SliceL;
import go4j.lang.Typed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** sort: the basic slices, Slice with a func value, Sort through Len/Less/Swap, Search. */
class SortTest {
    @Test
    void basicSlices() {
        SliceJ xs = SliceJ.of(5, 2, 8, 1, 9, 3);
        Pkg.Ints(xs);
        assertArrayEquals(new long[] {1, 2, 3, 5, 8, 9}, SliceJ.toArray(xs));
        assertTrue(Pkg.IntsAreSorted(xs));
        assertEquals(4, Pkg.SearchInts(xs, 8));
        assertEquals(6, Pkg.SearchInts(xs, 100));
        SliceL ss = SliceL.of("pear", "apple", "\u00C3", "fig");
        Pkg.Strings(ss);
        assertArrayEquals(new Object[] {"apple", "fig", "pear", "\u00C3"}, SliceL.toArray(ss), "byte order");
        assertTrue(Pkg.StringsAreSorted(ss));
        assertEquals(1, Pkg.SearchStrings(ss, "b"));
        SliceD ds = SliceD.of(2.5, Double.NaN, -1, Double.NaN, 0);
        Pkg.Float64s(ds);
        assertEquals("[NaN NaN -1 0 2.5]", sprintf("%v", new Typed(RType.slice(RType.FLOAT64), ds)));
        assertTrue(Pkg.Float64sAreSorted(ds));
        assertEquals(4, Pkg.SearchFloat64s(ds, 0.5));
        assertFalse(Pkg.IntsAreSorted(SliceJ.of(2, 1)));
        Pkg.Ints(null);
        assertTrue(Pkg.IntsAreSorted(null));
        // a window of a larger array: only the window is sorted
        SliceJ window = SliceJ.slice(SliceJ.of(9, 3, 2, 1, 0), 1, 4);
        Pkg.Ints(window);
        assertArrayEquals(new long[] {9, 1, 2, 3, 0}, window.array);
    }

    /** A person, as a compiled struct's object. */
    record Person(String name, long age) {
    }

    @Test
    void sliceIsStable() {
        Random rnd = new Random(1);
        Person[] ps = new Person[500];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = new Person("p" + i, rnd.nextInt(20));
        }
        SliceL s = SliceL.of((Object[]) ps.clone());
        F$JJ$Z byAge = (i, j) -> ((Person) s.array[(int) i]).age < ((Person) s.array[(int) j]).age;
        Object x = new Typed(RType.slice(RType.ANY), s);
        Pkg.Slice(x, byAge);
        Person[] want = ps.clone();
        Arrays.sort(want, Comparator.comparingLong(Person::age)); // stable
        assertArrayEquals(want, SliceL.toArray(s));
        assertTrue(Pkg.SliceIsSorted(x, byAge));
        Pkg.SliceStable(new Typed(RType.slice(RType.ANY), null), byAge); // a nil slice: nothing to do
    }

    @Test
    void sliceOfNoSlicePanicsAsGo() {
        F$JJ$Z never = (i, j) -> false;
        GoPanic p = assertThrows(GoPanic.class, () -> Pkg.Slice(42L, never));
        assertEquals("reflect: call of Swapper on int Value", p.getMessage());
    }

    /** A sort.Interface value as compiled code has one: its methods implement their method interfaces. */
    public static final class ByLen implements M$Len$$J, M$Less$JJ$Z, M$Swap$JJ$V {
        final String[] a;

        ByLen(String... a) {
            this.a = a;
        }

        @Override
        public long Len() {
            return a.length;
        }

        @Override
        public boolean Less(long i, long j) {
            return a[(int) i].length() < a[(int) j].length();
        }

        @Override
        public void Swap(long i, long j) {
            String t = a[(int) i];
            a[(int) i] = a[(int) j];
            a[(int) j] = t;
        }
    }

    @Test
    void sortInterface() {
        ByLen w = new ByLen("ccc", "a", "bb", "dddd", "e");
        assertFalse(Pkg.IsSorted(w));
        Pkg.Sort(w);
        assertArrayEquals(new String[] {"a", "e", "bb", "ccc", "dddd"}, w.a, "Go's order: 5 elements sort by insertion");
        assertTrue(Pkg.IsSorted(w));
        Random rnd = new Random(2);
        String[] big = new String[300];
        for (int i = 0; i < big.length; i++) {
            big[i] = "x".repeat(rnd.nextInt(10)) + i;
        }
        ByLen b = new ByLen(big.clone());
        Pkg.Stable(b);
        String[] want = big.clone();
        Arrays.sort(want, Comparator.comparingInt(String::length));
        assertArrayEquals(want, b.a);
        assertThrows(GoPanic.class, () -> Pkg.Sort(null));
    }

    @Test
    void reverseAndTheSliceTypes() {
        SliceJ xs = SliceJ.of(3, 1, 4, 1, 5, 9, 2, 6);
        Pkg.Sort(Pkg.Reverse(new IntSlice(xs)));
        assertArrayEquals(new long[] {9, 6, 5, 4, 3, 2, 1, 1}, SliceJ.toArray(xs));
        assertTrue(Pkg.IsSorted(Pkg.Reverse(new IntSlice(xs))));
        SliceL ss = SliceL.of("b", "c", "a");
        StringSlice.Sort(ss);
        assertArrayEquals(new Object[] {"a", "b", "c"}, SliceL.toArray(ss));
        assertEquals(3, StringSlice.Len(ss));
        assertTrue(StringSlice.Less(ss, 0, 1));
        SliceD ds = SliceD.of(1.5, Double.NaN, -2);
        Pkg.Sort(new Float64Slice(ds));
        assertEquals("[NaN -2 1.5]", sprintf("%v", new Typed(RType.slice(RType.FLOAT64), ds)));
        assertEquals("sort.IntSlice *sort.reverse", sprintf("%T %T", new IntSlice(xs), Pkg.Reverse(new IntSlice(xs))));
    }

    @Test
    void search() {
        F$J$Z atLeast50 = i -> i * i >= 50;
        assertEquals(8, Pkg.Search(100, atLeast50));
        assertEquals(0, Pkg.Search(0, atLeast50));
        F$J$Z never = i -> false;
        assertEquals(7, Pkg.Search(7, never));
    }
}
