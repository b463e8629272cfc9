package go4j.std.container.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** container/list: the orders Go 1.19 printed for the same operations. */
class ListTest {
    private static java.util.List<Object> values(List l) {
        java.util.List<Object> out = new ArrayList<>();
        for (Element e = l.Front(); e != null; e = e.Next()) {
            out.add(e.Value);
        }
        return out;
    }

    @Test
    void insertMoveRemove() {
        List l = Pkg.New();
        Element e4 = l.PushBack(4L);
        Element e1 = l.PushFront(1L);
        l.InsertBefore(3L, e4);
        l.InsertAfter(2L, e1);
        assertEquals(java.util.List.of(1L, 2L, 3L, 4L), values(l));
        assertEquals(4, l.Len());
        l.MoveToBack(e1);
        assertEquals(4L, l.Remove(e4));
        assertEquals(java.util.List.of(2L, 3L, 1L), values(l));
        assertNull(e4.Next(), "a removed element has no neighbours");
        assertNull(l.Front().Prev());
        assertSame(e1, l.Back());
        l.MoveBefore(e1, l.Front());
        l.MoveAfter(l.Front(), l.Back());
        assertEquals(java.util.List.of(2L, 3L, 1L), values(l));
        assertEquals(4L, l.Remove(e4), "removing an element of no list changes nothing");
        assertEquals(3, l.Len());
    }

    @Test
    void theZeroListIsReadyAndListsCopyIntoOthers() {
        List l = Pkg.New();
        l.PushBack(3L);
        l.PushBack(2L);
        l.Front().Value = "one";
        List z = new List();
        z.PushBackList(l);
        z.PushFrontList(l);
        assertEquals(java.util.List.of("one", 2L, "one", 2L), values(z));
        z.PushBackList(z);
        assertEquals(8, z.Len());
        assertNull(new List().Front());
    }
}
