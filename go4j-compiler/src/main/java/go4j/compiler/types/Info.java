package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the checker learned about a package, for the phases after it (as {@code
 * go/types.Info}): every map is keyed by node identity.
 */
public final class Info {
    /**
     * The type of every expression (after untyped constants got their final type from
     * context, as go/types records them), and its constant value if it is a constant.
     */
    public final Map<Node.Expr, TypeAndValue> types = new IdentityHashMap<>();
    /** The object each declaring identifier declares (null for {@code _} and for package names). */
    public final Map<Node.Ident, Obj> defs = new IdentityHashMap<>();
    /** The object each using identifier denotes. */
    public final Map<Node.Ident, Obj> uses = new IdentityHashMap<>();
    /** For each {@code x.f} that selects a field or method (not a qualified identifier), what it selects. */
    public final Map<Node.Selector, Selection> selections = new IdentityHashMap<>();
    /**
     * Objects declared implicitly: the variable of each case clause of a type switch with a
     * bound name ({@code switch v := x.(type)}), keyed by the clause.
     */
    public final Map<Node, Obj> implicits = new IdentityHashMap<>();
    /** The package-level variables in initialization order (spec "Package initialization"). */
    public final List<Initializer> initOrder = new ArrayList<>();
    /** The function literals and declarations, each with the variables it captures from outside. */
    public final Map<Node, List<Obj.Var>> captures = new IdentityHashMap<>();

    /**
     * An expression's type, and its value if it is a constant (null otherwise); {@code mode}
     * says what the expression is.
     *
     * @param mode  what the expression denotes
     * @param type  its type
     * @param value its constant value, or null
     */
    public record TypeAndValue(Mode mode, Type type, Obj.Value value) {
    }

    /** What an expression denotes (go/types' operand modes). */
    public enum Mode {
        /** A type. */ TYPE,
        /** A constant. */ CONSTANT,
        /** An addressable variable. */ VARIABLE,
        /** A map index expression (assignable, not addressable). */ MAPINDEX,
        /** A computed value. */ VALUE,
        /**
         * A comma-ok form whose boolean result is used: {@code v, ok := m[k]}, {@code x.(T)},
         * {@code <-ch} on the right of a two-variable assignment (its type is the value's;
         * single-valued uses record VALUE or MAPINDEX).
         */ COMMAOK,
        /** A call with no result. */ NOVALUE,
        /** A built-in function. */ BUILTIN
    }

    /**
     * What {@code x.f} selects: a field ({@code FIELD}), a method value ({@code METHOD_VAL}:
     * {@code x.m}, called or not) or a method expression ({@code METHOD_EXPR}: {@code T.m});
     * {@code path} is the index path through embedded fields (the last index is the field's
     * or, for a method, -1), {@code indirect} whether a pointer was followed on the way.
     *
     * @param kind     what is selected
     * @param recv     the type of x
     * @param obj      the field's {@link Obj.Var} or the method's {@link Obj.Func}
     * @param path     the embedded-field path, ending with the field index (methods: the
     *                 path to the embedded field that has the method)
     * @param indirect whether a pointer indirection occurs on the path
     */
    public record Selection(SelectionKind kind, Type recv, Obj obj, int[] path, boolean indirect) {
    }

    /** The kinds of {@link Selection}. */
    public enum SelectionKind { FIELD, METHOD_VAL, METHOD_EXPR }

    /**
     * A package-level variable initialization: the variables on the left and the expression
     * (null when the variables have no initializer).
     *
     * @param lhs  the variables
     * @param init the initializing expression, or null
     */
    public record Initializer(List<Obj.Var> lhs, Node.Expr init) {
    }
}
