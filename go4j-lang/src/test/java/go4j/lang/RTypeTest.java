package go4j.lang;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RType's %T texts, interning, recursive named types, and typeOf per compiler.md's boxing. */
class RTypeTest {

    @Test
    void textsAreGoPercentT() {
        assertEquals("int", RType.INT.toString());
        assertEquals("[]string", RType.slice(RType.STRING).toString());
        assertEquals("map[string]int", RType.map(RType.STRING, RType.INT).toString());
        assertEquals("[3]float64", RType.array(3, RType.FLOAT64).toString());
        assertEquals("chan<- int", RType.chan(RType.ChanDir.SEND, RType.INT).toString());
        assertEquals("<-chan int", RType.chan(RType.ChanDir.RECV, RType.INT).toString());
        assertEquals("chan (<-chan int)", RType.chan(RType.ChanDir.BOTH,
                RType.chan(RType.ChanDir.RECV, RType.INT)).toString());
        assertEquals("func(int) string", RType.func("func(int) string").toString());
        assertEquals("interface {}", RType.ANY.toString());
        assertEquals("error", RType.ERROR.toString());
        assertEquals("struct {}", RType.struct(List.of()).toString());
        assertEquals("struct { X int }", RType.struct(List.of(new RType.Field("X", RType.INT, false))).toString());
        assertEquals("main.Celsius", RType.named("main", "Celsius").setUnderlying(RType.FLOAT64).toString());
        assertEquals("geo.Point", RType.named("example.com/m/geo", "Point").setUnderlying(RType.INT).toString());
    }

    @Test
    void unnamedTypesAreInterned() {
        assertSame(RType.slice(RType.INT), RType.slice(RType.INT));
        assertSame(RType.map(RType.STRING, RType.slice(RType.INT)), RType.map(RType.STRING, RType.slice(RType.INT)));
    }

    @Test
    void namedTypesCanBeRecursive() {
        RType node = RType.named("main", "Node");
        node.setUnderlying(RType.struct(List.of(new RType.Field("Val", RType.INT, false),
                new RType.Field("Next", RType.pointer(node), false))));
        assertEquals("*main.Node", RType.pointer(node).toString());
        assertEquals(RType.Kind.STRUCT, node.kind());
        assertSame(node, node.fields().get(1).type().elem());
        assertThrows(IllegalStateException.class, () -> node.setUnderlying(RType.INT));
    }

    @Test
    void typeOfFollowsTheBoxingRules() {
        assertSame(RType.INT, RType.typeOf(1L));
        assertSame(RType.INT32, RType.typeOf(1));
        assertSame(RType.UINT8, RType.typeOf((byte) 1));
        assertSame(RType.INT16, RType.typeOf((short) 1));
        assertSame(RType.FLOAT32, RType.typeOf(1f));
        assertSame(RType.UINT, RType.typeOf(new Box.Uint(1)));
        assertSame(RType.UINTPTR, RType.typeOf(new Box.Uintptr(1)));
        assertSame(RType.slice(RType.INT), RType.typeOf(new Typed(RType.slice(RType.INT), null)));
        assertEquals(null, RType.typeOf(null));
    }

    @Test
    void comparability() {
        assertFalse(RType.slice(RType.INT).comparable());
        assertFalse(RType.array(2, RType.map(RType.INT, RType.INT)).comparable());
        assertTrue(RType.array(2, RType.STRING).comparable());
    }

    @Test
    void interfaceEqualityIsGos() {
        assertTrue(Eq.equal(1L, 1L));
        assertFalse(Eq.equal(1L, 1));
        assertFalse(Eq.equal(Double.NaN, Double.NaN));
        assertTrue(Eq.equal(0.0, -0.0));
        assertTrue(Eq.equal(null, null));
        Object a = new Typed(RType.slice(RType.INT), SliceJ.of(1));
        SliceTest.panics("runtime error: comparing uncomparable type []int", () -> Eq.equal(a, a));
    }
}
