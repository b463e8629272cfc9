package go4j.std.container.list;

import go4j.lang.GoValue;
import go4j.lang.RType;

/**
 * Go's {@code list.List}, a standard struct type (docs/compiler.md): a doubly linked list as
 * Go builds it, a ring through a sentinel {@link #root} element, so that an element's
 * Next and Prev say null exactly where Go's do. The zero List is empty and ready to use: the
 * ring is made on first insertion.
 *
 * <p>Operations given an element of another list (or none) do nothing, as in Go.
 *
 * <pre>{@code
 * List l = new List();
 * Element e = l.PushBack(1L);
 * l.PushFront(0L);
 * l.MoveToFront(e);  // 1, 0
 * }</pre>
 */
public final class List implements GoValue {
    /** {@code *list.List}. */
    public static final RType TYPE = RType.pointer(RType.named("list", "List").setUnderlying(RType.struct(java.util.List.of())));

    /** The sentinel: root.next is the front, root.prev the back. */
    final Element root = new Element();
    private long len;

    /** Go's zero List, empty. */
    public List() {
    }

    /** @return a List with this one's sentinel links and length, as copying Go's struct does */
    public List $copy() {
        List c = new List();
        c.$set(this);
        return c;
    }

    /** @param other the List whose sentinel links and length this one takes */
    public void $set(List other) {
        root.$set(other.root);
        len = other.len;
    }

    /** Empties the list. @return the list */
    public List Init() {
        root.next = root;
        root.prev = root;
        len = 0;
        return this;
    }

    /** @return the number of elements */
    public long Len() {
        return len;
    }

    /** @return the first element, null if empty */
    public Element Front() {
        return len == 0 ? null : root.next;
    }

    /** @return the last element, null if empty */
    public Element Back() {
        return len == 0 ? null : root.prev;
    }

    private void lazyInit() {
        if (root.next == null) {
            Init();
        }
    }

    private Element insert(Element e, Element at) {
        e.prev = at;
        e.next = at.next;
        e.prev.next = e;
        e.next.prev = e;
        e.list = this;
        len++;
        return e;
    }

    private Element insertValue(Object v, Element at) {
        Element e = new Element();
        e.Value = v;
        return insert(e, at);
    }

    private void move(Element e, Element at) {
        if (e == at) {
            return;
        }
        e.prev.next = e.next;
        e.next.prev = e.prev;
        e.prev = at;
        e.next = at.next;
        e.prev.next = e;
        e.next.prev = e;
    }

    /** Removes e if it is in this list. @return e's Value */
    public Object Remove(Element e) {
        if (e.list == this) {
            e.prev.next = e.next;
            e.next.prev = e.prev;
            e.next = null; // no stray references from a removed element
            e.prev = null;
            e.list = null;
            len--;
        }
        return e.Value;
    }

    /** @return a new element holding v, at the front */
    public Element PushFront(Object v) {
        lazyInit();
        return insertValue(v, root);
    }

    /** @return a new element holding v, at the back */
    public Element PushBack(Object v) {
        lazyInit();
        return insertValue(v, root.prev);
    }

    /** @return a new element holding v, before mark; null if mark is not in this list */
    public Element InsertBefore(Object v, Element mark) {
        return mark.list != this ? null : insertValue(v, mark.prev);
    }

    /** @return a new element holding v, after mark; null if mark is not in this list */
    public Element InsertAfter(Object v, Element mark) {
        return mark.list != this ? null : insertValue(v, mark);
    }

    /** Moves e to the front. */
    public void MoveToFront(Element e) {
        if (e.list == this && root.next != e) {
            move(e, root);
        }
    }

    /** Moves e to the back. */
    public void MoveToBack(Element e) {
        if (e.list == this && root.prev != e) {
            move(e, root.prev);
        }
    }

    /** Moves e just before mark. */
    public void MoveBefore(Element e, Element mark) {
        if (e.list == this && e != mark && mark.list == this) {
            move(e, mark.prev);
        }
    }

    /** Moves e just after mark. */
    public void MoveAfter(Element e, Element mark) {
        if (e.list == this && e != mark && mark.list == this) {
            move(e, mark);
        }
    }

    /** Appends copies of other's values (other may be this list). */
    public void PushBackList(List other) {
        lazyInit();
        Element e = other.Front();
        for (long i = other.Len(); i > 0; i--, e = e.Next()) {
            insertValue(e.Value, root.prev);
        }
    }

    /** Prepends copies of other's values, in order (other may be this list). */
    public void PushFrontList(List other) {
        lazyInit();
        Element e = other.Back();
        for (long i = other.Len(); i > 0; i--, e = e.Prev()) {
            insertValue(e.Value, root);
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
