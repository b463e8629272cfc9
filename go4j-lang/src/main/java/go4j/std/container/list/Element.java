package go4j.std.container.list;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code list.Element}, a standard struct type (docs/compiler.md) used through its
 * pointer. {@link #Value} is Go's exported field, which compiled code reads and writes
 * directly, so it is public and named as in Go; the links and the owning list are Go's
 * unexported fields, which {@link go4j.std.container.list.List} maintains.
 *
 * <pre>{@code
 * for (Element e = l.Front(); e != null; e = e.Next()) {
 *     System.out.println(e.Value);
 * }
 * }</pre>
 */
public final class Element implements GoValue {
    /** {@code *list.Element}. */
    public static final RType TYPE = RType.pointer(RType.named("list", "Element").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Value}, an interface value. */
    public Object Value;

    Element next;
    Element prev;
    /** The list this element belongs to, null once removed. */
    go4j.std.container.list.List list;

    /** Go's zero Element, in no list. */
    public Element() {
    }

    /** @return an Element with this one's links and value, as copying Go's struct does */
    public Element $copy() {
        Element c = new Element();
        c.$set(this);
        return c;
    }

    /** @param other the Element whose links and value this one takes */
    public void $set(Element other) {
        next = other.next;
        prev = other.prev;
        list = other.list;
        Value = other.Value;
    }

    /** @return the next element of the list, null at the back or outside a list */
    public Element Next() {
        Element p = next;
        return list != null && p != list.root ? p : null;
    }

    /** @return the previous element of the list, null at the front or outside a list */
    public Element Prev() {
        Element p = prev;
        return list != null && p != list.root ? p : null;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
