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

    // ---- generic code: what Go 1.19 reports once per shape

    /**
     * One instance for each GC shape of each generic function or method: Go 1.19 compiles (and
     * {@code -m} reports on) a generic body once per shape of its type arguments, where go4j
     * compiles one body per instance (ADR 0011). A type argument's shape is its underlying type
     * ({@code MyInt} and {@code int} share one), and every pointer type is one shape when the
     * type parameter's constraint has no core type (a pointer to an array keeps its own, as in
     * cmd/compile's Shapify).
     *
     * @param instances function instances and methods of type instances ({@code Info.bodies}' keys)
     * @return one of them per generic declaration and shape, in no particular order
     */
    public static java.util.List<Obj.Func> shapes(java.util.Collection<Obj.Func> instances) {
        java.util.List<Obj.Func> out = new java.util.ArrayList<>();
        java.util.List<java.util.List<Type>> shapesOut = new java.util.ArrayList<>();
        for (Obj.Func inst : instances) {
            java.util.List<Type.TypeParam> tps = typeParams(inst);
            java.util.List<Type> shape = new java.util.ArrayList<>();
            for (int i = 0; i < inst.typeArgs.size(); i++) {
                shape.add(shape(inst.typeArgs.get(i), i < tps.size() ? tps.get(i) : null));
            }
            boolean seen = false;
            for (int k = 0; k < out.size() && !seen; k++) {
                seen = out.get(k).origin == inst.origin && sameShape(shapesOut.get(k), shape);
            }
            if (!seen) {
                out.add(inst);
                shapesOut.add(shape);
            }
        }
        return out;
    }

    /** The pointer shape every pointer type argument shares (Go's {@code go.shape.*uint8}). */
    private static final Type POINTER_SHAPE = new Type.Pointer(go4j.compiler.types.Universe.SCOPE.lookup("uint8").type());

    private static Type shape(Type arg, Type.TypeParam tp) {
        Type u = arg.underlying();
        if (u instanceof Type.Pointer p && !(p.elem().underlying() instanceof Type.Array)
                && (tp == null || go4j.compiler.types.Checker.coreType(tp) == null)) {
            return POINTER_SHAPE;
        }
        return u;
    }

    private static boolean sameShape(java.util.List<Type> a, java.util.List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !go4j.compiler.types.Types.identical(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The type parameters an instance's type arguments stand for: the function's, or its receiver type's. */
    private static java.util.List<Type.TypeParam> typeParams(Obj.Func inst) {
        if (inst.origin != null && inst.origin.type() != null && !inst.origin.type().typeParams().isEmpty()) {
            return inst.origin.type().typeParams();
        }
        if (inst.type() != null && inst.type().recv() != null) {
            Type r = inst.type().recv().type();
            if (r instanceof Type.Pointer p) {
                r = p.elem();
            }
            if (r instanceof Type.Named n && n.orig != null) {
                return n.orig.typeParams;
            }
        }
        return java.util.List.of();
    }
}
