package go4j.compiler.types;

import java.util.List;

/**
 * A Go type, as {@code go/types} models it (spec "Types"), with type parameters (spec "Type
 * parameter declarations"): a {@link TypeParam}, a generic {@link Named} type and its
 * instances, and the {@link Union} terms of constraint interfaces.
 *
 * <p>Identity (spec "Type identity") is {@link Types#identical}, not {@code equals}: two
 * {@link Slice} objects of identical element types are identical types. A {@link Named}
 * type is identical only to itself. {@link #toString()} is Go's type string as {@code
 * go/types} and {@code %T} print it ({@code []int}, {@code map[string]main.T}).
 */
public sealed interface Type
        permits Type.Basic, Type.Named, Type.Pointer, Type.Slice, Type.Array, Type.Map, Type.Chan,
        Type.Signature, Type.Struct, Type.Interface, Type.Tuple, Type.TypeParam, Type.Union {

    /** @return the underlying type (spec "Underlying types"): itself except for {@link Named} */
    default Type underlying() {
        return this;
    }

    /** The kinds of {@link Basic} types; the UNTYPED ones are the types of untyped constants. */
    enum Kind {
        BOOL("bool"), INT("int"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"),
        UINT("uint"), UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), UINT64("uint64"),
        UINTPTR("uintptr"), FLOAT32("float32"), FLOAT64("float64"),
        COMPLEX64("complex64"), COMPLEX128("complex128"), STRING("string"), UNSAFE_POINTER("unsafe.Pointer"),
        UNTYPED_BOOL("untyped bool"), UNTYPED_INT("untyped int"), UNTYPED_RUNE("untyped rune"),
        UNTYPED_FLOAT("untyped float"), UNTYPED_COMPLEX("untyped complex"),
        UNTYPED_STRING("untyped string"), UNTYPED_NIL("untyped nil"), INVALID("invalid type");

        /** Go's name of the kind's type. */
        public final String goName;

        Kind(String goName) {
            this.goName = goName;
        }

        /** @return whether the kind is an integer kind, typed or untyped (runes are integers) */
        public boolean isInteger() {
            return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal())
                    || this == UNTYPED_INT || this == UNTYPED_RUNE;
        }

        /** @return whether the kind is an unsigned integer kind */
        public boolean isUnsigned() {
            return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
        }

        /** @return whether the kind is a float kind, typed or untyped */
        public boolean isFloat() {
            return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
        }

        /** @return whether the kind is a complex kind, typed or untyped */
        public boolean isComplex() {
            return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
        }

        /** @return whether the kind is numeric */
        public boolean isNumeric() {
            return isInteger() || isFloat() || isComplex();
        }

        /** @return whether the kind is the kind of an untyped constant (or nil) */
        public boolean isUntyped() {
            return ordinal() >= UNTYPED_BOOL.ordinal() && ordinal() <= UNTYPED_NIL.ordinal();
        }

        /** @return whether the kind is a string kind, typed or untyped */
        public boolean isString() {
            return this == STRING || this == UNTYPED_STRING;
        }

        /** @return whether the kind is a boolean kind, typed or untyped */
        public boolean isBoolean() {
            return this == BOOL || this == UNTYPED_BOOL;
        }
    }

    /**
     * A predeclared basic type; one object per kind ({@link Types#basic}), plus {@link
     * Types#BYTE} and {@link Types#RUNE} for the aliases {@code byte} and {@code rune}, whose
     * {@code name} the checker's messages print as Go's do ({@code []byte}); compare basic
     * types by {@link #kind()} or {@code equals} (kind equality), not {@code ==}.
     */
    record Basic(Kind kind, String name) implements Type {
        /** Go's type string, as {@code %T} and reflect print it: the kind's name ({@code byte} prints {@code uint8}). */
        @Override
        public String toString() {
            return kind.goName;
        }

        /** Basic types are equal when their kinds are: {@code byte} equals {@code uint8}. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Basic b && b.kind == kind;
        }

        @Override
        public int hashCode() {
            return kind.hashCode();
        }
    }

    /**
     * A defined type (spec "Type definitions"): {@code type T U}. Its underlying type is set
     * once, after the declaration has been resolved (so {@code type L struct{ next *L }}
     * can refer to itself); methods are added as their declarations are collected.
     *
     * <p>A generic type ({@code type List[T any] ...}) has {@link #typeParams}; an instance
     * ({@code List[int]}) has {@link #orig}, the generic type, and {@link #typeArgs}. There is
     * one instance object per generic type and list of identical type arguments ({@link
     * Subst#instantiate}), so instances are identical when they are the same object, as any
     * defined types; an instance's underlying type and methods are the generic type's with the
     * type parameters substituted, computed on first use.
     */
    final class Named implements Type {
        /** The type's name object (an instance shares its generic type's). */
        public final Obj.TypeName obj;
        private Type underlying;
        private final List<Obj.Func> methods = new java.util.ArrayList<>();
        /** A generic type's type parameters; empty otherwise. */
        public List<TypeParam> typeParams = List.of();
        /** An instance's generic type, or null. */
        public final Named orig;
        /** An instance's type arguments; empty otherwise. */
        public final List<Type> typeArgs;
        /** A generic type's instances, each made once (Subst.instantiate). */
        final List<Named> instances = new java.util.ArrayList<>();
        /** The checker that declared a generic type: it resolves methods and takes note of instances. */
        Resolver resolver;
        private int expandedMethods = -1;

        /** @param obj the type's name object; the underlying type is set later */
        public Named(Obj.TypeName obj) {
            this.obj = obj;
            this.orig = null;
            this.typeArgs = List.of();
        }

        /** An instance of generic type orig; made by Subst.instantiate only. */
        Named(Named orig, List<Type> typeArgs) {
            this.obj = orig.obj;
            this.orig = orig;
            this.typeArgs = List.copyOf(typeArgs);
        }

        @Override
        public Type underlying() {
            if (underlying == null && orig != null && orig.resolved()) {
                underlying = Subst.underlyingOf(this);
            }
            return underlying == null ? Types.INVALID : underlying;
        }

        /** @param u the underlying type, resolved: never a Named */
        public void setUnderlying(Type u) {
            this.underlying = u.underlying();
        }

        /** @return whether the underlying type has been set */
        public boolean resolved() {
            return underlying != null || orig != null && orig.resolved();
        }

        /** @return whether this is a generic type (not an instance of one) */
        public boolean isGeneric() {
            return !typeParams.isEmpty();
        }

        /**
         * @return the methods declared with this type as receiver base, in source order; for
         *         an instance, the generic type's methods with the type arguments substituted
         */
        public List<Obj.Func> methods() {
            if (orig != null) {
                List<Obj.Func> om = orig.methods();
                if (expandedMethods != om.size()) {
                    methods.clear();
                    for (Obj.Func m : om) {
                        methods.add(Subst.instanceMethod(this, m));
                    }
                    expandedMethods = om.size();
                }
            }
            return methods;
        }

        /** @param m a method declared with this (generic or ordinary) type as receiver base */
        public void addMethod(Obj.Func m) {
            methods.add(m);
        }

        /**
         * @param name a method name
         * @return the method declared on this type with that name, or null
         */
        public Obj.Func method(String name) {
            for (Obj.Func f : methods()) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            Obj.Pkg p = obj.pkg();
            String s = p == null ? obj.name() : p.name() + "." + obj.name();
            if (orig != null) {
                StringBuilder sb = new StringBuilder(s).append('[');
                for (int i = 0; i < typeArgs.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(typeArgs.get(i));
                }
                s = sb.append(']').toString();
            }
            return s;
        }
    }

    /**
     * What a generic type needs from the checker that declared it: its methods' signatures
     * resolved on demand, and word of each instance made (for code generation).
     */
    interface Resolver {
        /** @param f a method whose signature may not be resolved yet */
        void resolve(Obj.Func f);

        /** @param inst an instance just made */
        void instanceCreated(Named inst);

        /** @param inst a function instance just made */
        void instanceCreated(Obj.Func inst);
    }

    /**
     * A type parameter (spec "Type parameter declarations"): its name, its index in its list,
     * and its constraint, an interface ({@link #iface}). Its underlying type is itself: it is
     * not an interface type; what operations it allows comes from its constraint's type set
     * (the checker's core types).
     */
    final class TypeParam implements Type {
        /** The type parameter's name object. */
        public final Obj.TypeName obj;
        /** Its index in its type parameter list. */
        public final int index;
        private Type bound;

        /**
         * @param obj   the name object
         * @param index the index in its list
         * @param bound the constraint, or null until resolved
         */
        public TypeParam(Obj.TypeName obj, int index, Type bound) {
            this.obj = obj;
            this.index = index;
            this.bound = bound;
        }

        /** @return the constraint as written (an interface type or a defined interface) */
        public Type bound() {
            return bound == null ? Universe.ANY : bound;
        }

        /** @param b the constraint, once resolved */
        public void setBound(Type b) {
            this.bound = b;
        }

        /** @return the constraint's interface */
        public Interface iface() {
            return bound().underlying() instanceof Interface i ? i : Universe.ANY;
        }

        @Override
        public String toString() {
            return obj.name();
        }
    }

    /** A term of a union: {@code T} or {@code ~T}. */
    record Term(boolean tilde, Type type) {
        @Override
        public String toString() {
            return (tilde ? "~" : "") + type;
        }
    }

    /** A union of terms in a constraint ({@code ~int | string}), an element of an interface. */
    record Union(List<Term> terms) implements Type {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < terms.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(terms.get(i));
            }
            return sb.toString();
        }
    }

    /** {@code *elem}. */
    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return "*" + elem;
        }
    }

    /** {@code []elem}. */
    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return "[]" + elem;
        }
    }

    /** {@code [len]elem}. */
    record Array(long len, Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    /** {@code map[key]elem}. */
    record Map(Type key, Type elem) implements Type {
        @Override
        public String toString() {
            return "map[" + key + "]" + elem;
        }
    }

    /** A channel's direction. */
    enum Dir { BOTH, SEND, RECV }

    /** {@code chan elem}, {@code chan<- elem}, {@code <-chan elem}. */
    record Chan(Dir dir, Type elem) implements Type {
        @Override
        public String toString() {
            return switch (dir) {
                case BOTH -> elem instanceof Chan c && c.dir == Dir.RECV ? "chan (" + elem + ")" : "chan " + elem;
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
        }
    }

    /**
     * A function's or method's type: parameters, results, whether the last parameter is
     * variadic (its type is then a {@link Slice}), and for a method its receiver (null for a
     * function; receivers do not take part in identity); {@code typeParams} are a generic
     * function's type parameters, or for a method of a generic type the receiver's (empty
     * otherwise).
     */
    record Signature(Obj.Var recv, Tuple params, Tuple results, boolean variadic, List<TypeParam> typeParams)
            implements Type {
        /** A signature without type parameters. */
        public Signature(Obj.Var recv, Tuple params, Tuple results, boolean variadic) {
            this(recv, params, results, variadic, List.of());
        }

        @Override
        public String toString() {
            return "func" + Types.signatureString(this);
        }
    }

    /** A struct field. */
    record Field(String name, Type type, boolean embedded, String tag, Obj.Pkg pkg) {
    }

    /** {@code struct { fields }}. */
    record Struct(List<Field> fields) implements Type {
        @Override
        public String toString() {
            return Types.structString(this);
        }

        /**
         * @param name a field name
         * @return the index of the field with that name declared directly, or -1
         */
        public int indexOf(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * {@code interface { elements }}: {@code methods} are the explicitly declared ones,
     * {@code embedded} the embedded elements (interfaces, and in constraints other types and
     * {@link Union}s); {@link #allMethods()} is the method set, sorted by name (spec
     * "Interface types"), computed once the embedded types resolve, and {@link #typeSet()}
     * its type set (spec "General interfaces"). {@code implicit} marks the interface a
     * constraint such as {@code [T ~int]} stands for.
     */
    final class Interface implements Type {
        /** The methods declared in the literal. */
        public final List<Obj.Func> methods;
        /** The embedded elements. */
        public final List<Type> embedded;
        /** Whether this is the implicit interface of a constraint written as a type ({@code [T ~int]}). */
        public boolean implicit;
        /** Whether this is {@code comparable}'s interface. */
        boolean comparableMarker;
        private List<Obj.Func> all;
        private TypeSet tset;

        /**
         * @param methods  declared methods
         * @param embedded embedded elements
         */
        public Interface(List<Obj.Func> methods, List<Type> embedded) {
            this.methods = methods;
            this.embedded = embedded;
        }

        /** @return the full method set, sorted by name */
        public List<Obj.Func> allMethods() {
            if (all == null) {
                var m = new java.util.TreeMap<String, Obj.Func>();
                for (Obj.Func f : methods) {
                    m.put(f.name(), f);
                }
                for (Type e : embedded) {
                    if (e.underlying() instanceof Interface ei) {
                        for (Obj.Func f : ei.allMethods()) {
                            m.putIfAbsent(f.name(), f);
                        }
                    }
                }
                all = List.copyOf(m.values());
            }
            return all;
        }

        /** @return the type set (its methods, terms and comparability), computed once */
        public TypeSet typeSet() {
            if (tset == null) {
                tset = TypeSet.of(this);
            }
            return tset;
        }

        /** @return whether the method set is empty and there are no type terms ({@code interface{}}, {@code any}) */
        public boolean isEmpty() {
            return allMethods().isEmpty() && typeSet().isAll();
        }

        /** @return whether this interface may only be a constraint (it has type terms or is comparable) */
        public boolean isConstraint() {
            TypeSet ts = typeSet();
            return ts.comparable() || !TypeSet.isAllTerms(ts.terms());
        }

        @Override
        public String toString() {
            return Types.interfaceString(this);
        }
    }

    /** The types of several values: a parameter or result list, or a multi-valued call. */
    record Tuple(List<Obj.Var> vars) implements Type {
        /** @return the number of values */
        public int size() {
            return vars.size();
        }

        /**
         * @param i an index
         * @return the type of value i
         */
        public Type at(int i) {
            return vars.get(i).type();
        }

        @Override
        public String toString() {
            return Types.tupleString(this, false);
        }
    }
}
