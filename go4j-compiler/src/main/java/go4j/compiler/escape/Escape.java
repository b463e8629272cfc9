package go4j.compiler.escape;

import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;

/**
 * Which local variables live in a heap cell ({@code go4j.lang.Cell*}) instead of a JVM local:
 * go4j's escape analysis, the decisions {@code ./go4j run -m} prints as Go's
 * {@code moved to heap: x}.
 *
 * <p>A JVM local cannot be pointed to and lives in one frame, so a variable needs a cell when
 * something other than its own frame must see it change:
 *
 * <ul>
 *   <li>its address is taken ({@code &x}, or implicitly by a pointer-method call on it): the
 *       pointer is the cell;</li>
 *   <li>a function literal captures it and it is {@link Obj.Var#reassigned reassigned}: the
 *       literal and the frame share the cell.</li>
 * </ul>
 *
 * A captured variable that nothing assigns after its declaration (a parameter, a
 * {@code ch := make(chan int)}, the slice a {@code sort.Slice} closure reads) is captured by
 * value: the literal gets a copy, which cannot differ from the variable. Go's compiler makes the
 * same choice for small variables it never reassigns. A struct or array variable is never in a
 * cell: its value is already an object that pointers and closures share.
 *
 * <p>Where the JVM has no equivalent, go4j keeps a cell that Go would not: Go leaves on the
 * stack a variable whose address or reassigned capture does not outlive the frame (a pointer
 * used only locally, a closure called on the spot); go4j cannot point into a frame, and leaves
 * such short-lived cells to HotSpot's own escape analysis, which removes them when it compiles
 * the function. {@code -m} prints go4j's decisions, so it lists those variables where Go does
 * not.
 *
 * <pre>{@code
 * Escape.movedToHeap(v); // true for i in: i := 0; inc := func() { i++ }
 * Escape.inCell(v);      // the same for a local; also true for a global whose address is taken
 * }</pre>
 */
public final class Escape {
    private Escape() {
    }

    /**
     * Whether variable {@code v} is kept in a cell: a local as the class comment says, or a
     * package-level variable whose address is taken (its static field holds the cell that
     * pointers share).
     *
     * @param v a variable, after type checking (which records its uses)
     * @return true if it is in a cell; false for a JVM local or static field, or a struct or
     *         array (already an object)
     */
    public static boolean inCell(Obj.Var v) {
        if (!(v.addressed || v.captured && v.reassigned)) {
            return false;
        }
        Type u = v.type().underlying();
        return !(u instanceof Type.Struct || u instanceof Type.Array);
    }

    /**
     * Whether local variable {@code v} is moved to the heap, as {@code -m} says it.
     *
     * @param v a variable, after type checking
     * @return true for a local in a cell; false otherwise, and for package-level variables
     *         (which Go does not report)
     */
    public static boolean movedToHeap(Obj.Var v) {
        return !v.global && inCell(v);
    }
}
