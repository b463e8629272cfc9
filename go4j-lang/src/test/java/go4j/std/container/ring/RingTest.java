package go4j.std.container.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import go4j.fn.F$L$V;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** container/ring: the rings Go 1.19 printed for the same operations. */
class RingTest {
    private static List<Object> values(Ring r) {
        List<Object> out = new ArrayList<>();
        r.Do((F$L$V) out::add);
        return out;
    }

    @Test
    void newMoveUnlinkLink() {
        Ring r = Pkg.New(5);
        for (long i = 0; i < 5; i++) {
            r.Value = i;
            r = r.Next();
        }
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), values(r));
        Ring cut = r.Unlink(2);
        assertEquals(List.of(1L, 2L), values(cut));
        r = r.Move(-1);
        assertEquals(List.of(4L, 0L, 3L), values(r));
        Ring s = Pkg.New(2);
        s.Value = "x";
        r.Link(s);
        assertEquals(java.util.Arrays.asList(4L, "x", null, 0L, 3L), values(r));
        assertEquals(5, r.Len());
        assertNull(Pkg.New(0));
    }

    @Test
    void theZeroRingIsOneElement() {
        Ring z = new Ring();
        assertEquals(1, z.Len());
        assertSame(z, z.Next());
        assertSame(z, z.Prev());
        assertSame(z, z.Move(3));
    }
}
