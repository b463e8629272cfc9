package go4j.std.container.ring;

import go4j.fn.F$L$V;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.RuntimeError;

import java.util.List;

/**
 * Go's {@code ring.Ring}, a standard struct type (docs/compiler.md): an element of a circular
 * doubly linked list, used through its pointer. {@link #Value} is Go's exported field, which
 * compiled code reads and writes directly, so it is public and named as in Go; the links are
 * Go's unexported ones. A zero Ring is linked to itself the first time it is used, as in Go.
 *
 * <p>Go lets Len and Do be called on a nil {@code *Ring} (0, nothing); compiled code calls
 * these as instance methods, so that is a nil dereference here.
 *
 * <pre>{@code
 * Ring r = Pkg.New(2);
 * r.Value = 1L;
 * r.Next().Value = 2L;
 * r.Do(v -> System.out.println(v)); // 1, 2
 * }</pre>
 */
public final class Ring implements GoValue {
    /** {@code *ring.Ring}. */
    public static final RType TYPE = RType.pointer(RType.named("ring", "Ring").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Value}, an interface value. */
    public Object Value;

    Ring next;
    Ring prev;

    /** Go's zero Ring. */
    public Ring() {
    }

    /** @return a Ring with this one's links and value, as copying Go's struct does */
    public Ring $copy() {
        Ring c = new Ring();
        c.$set(this);
        return c;
    }

    /** @param other the Ring whose links and value this one takes */
    public void $set(Ring other) {
        next = other.next;
        prev = other.prev;
        Value = other.Value;
    }

    private Ring init() {
        next = this;
        prev = this;
        return this;
    }

    /** @return the next element */
    public Ring Next() {
        return next == null ? init() : next;
    }

    /** @return the previous element */
    public Ring Prev() {
        return next == null ? init() : prev;
    }

    /** @return the element n steps on (backwards for n < 0) */
    public Ring Move(long n) {
        if (next == null) {
            return init();
        }
        Ring r = this;
        for (; n < 0; n++) {
            r = r.prev;
        }
        for (; n > 0; n--) {
            r = r.next;
        }
        return r;
    }

    /**
     * Links s after this element: two rings become one, or, for an s in this ring, the
     * elements between are cut out.
     *
     * @return this element's former Next
     */
    public Ring Link(Ring s) {
        Ring n = Next();
        if (s != null) {
            Ring p = s.Prev();
            next = s;
            s.prev = this;
            n.prev = p;
            p.next = n;
        }
        return n;
    }

    /** @return the n elements after this one, removed as a ring of their own; null for n <= 0 */
    public Ring Unlink(long n) {
        if (n <= 0) {
            return null;
        }
        return Link(Move(n + 1));
    }

    /** @return the number of elements */
    public long Len() {
        long n = 1;
        for (Ring p = Next(); p != this; p = p.next) {
            n++;
        }
        return n;
    }

    /**
     * {@code r.Len()} on any *Ring, nil included: Go's method gives 0 for nil.
     *
     * @param r the ring, or null
     * @return its length
     */
    public static long Len(Ring r) {
        return r == null ? 0 : r.Len();
    }

    /**
     * {@code r.Do(f)} on any *Ring: Go's method does nothing for nil (without calling f).
     *
     * @param r the ring, or null
     * @param f a {@code func(any)} value
     */
    public static void Do(Ring r, Object f) {
        if (r != null) {
            r.Do(f);
        }
    }

    /**
     * Calls f on each element's Value, from this one on.
     *
     * @param f a {@code func(any)} value
     */
    public void Do(Object f) {
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        F$L$V fn = (F$L$V) f;
        fn.call(Value);
        for (Ring p = Next(); p != this; p = p.next) {
            fn.call(p.Value);
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
