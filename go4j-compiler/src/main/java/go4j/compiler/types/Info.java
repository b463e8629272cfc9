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
     * At each use of a generic function or type (its identifier: {@code f} in {@code f(x)} and
     * {@code f[int]}, {@code List} in {@code List[int]}, {@code Map} in {@code pkg.Map[K, V]}),
     * the instance used: its type arguments, explicit or inferred, and the instantiated type.
     */
    public final Map<Node.Ident, Instance> instances = new IdentityHashMap<>();
    /**
     * For each generic function of this package, its instances with concrete type arguments
     * (no type parameters in them), in the order they were met, including those only other
     * instances use; each is an {@link Obj.Func} whose {@code origin} is the generic function,
     * whose {@code typeArgs} are the type arguments and whose type is the instantiated signature.
     */
    public final Map<Obj.Func, List<Obj.Func>> funcInstances = new java.util.LinkedHashMap<>();
    /**
     * For each generic type of this package, its instances with concrete type arguments, in
     * the order they were met; an instance's methods ({@link Type.Named#methods()}) are the
     * generic methods instantiated.
     */
    public final Map<Type.Named, List<Type.Named>> typeInstances = new java.util.LinkedHashMap<>();
    /**
     * The body of each function instance and of each method of a type instance, checked with
     * the type parameters bound to the type arguments: what the checker learned about it, as
     * for any function, with concrete types only (code generation compiles the generic
     * declaration's body once per instance, reading this Info).
     */
    public final Map<Obj.Func, Info> bodies = new IdentityHashMap<>();
    /** For an instance body's Info: the instantiated signature its parameters belong to. */
    public Type.Signature signature;

    /**
     * An instance used at a use site.
     *
     * @param typeArgs the type arguments
     * @param type     the instantiated signature or type
     * @param func     for a function, the instance ({@link Obj.Func#origin} is the generic
     *                 function); null for a type
     */
    public record Instance(List<Type> typeArgs, Type type, Obj.Func func) {
    }

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
