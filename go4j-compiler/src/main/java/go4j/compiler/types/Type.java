package go4j.compiler.types;

import java.util.List;

/**
 * A Go type, as {@code go/types} models it (spec "Types"), without type parameters.
 *
 * <p>Identity (spec "Type identity") is {@link Types#identical}, not {@code equals}: two
 * {@link Slice} objects of identical element types are identical types. A {@link Named}
 * type is identical only to itself. {@link #toString()} is Go's type string as {@code
 * go/types} and {@code %T} print it ({@code []int}, {@code map[string]main.T}).
 */
public sealed interface Type
        permits Type.Basic, Type.Named, Type.Pointer, Type.Slice, Type.Array, Type.Map, Type.Chan,
        Type.Signature, Type.Struct, Type.Interface, Type.Tuple {

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
     */
    final class Named implements Type {
        /** The type's name object. */
        public final Obj.TypeName obj;
        private Type underlying;
        /** The methods declared with this type as receiver base, in source order. */
        public final List<Obj.Func> methods = new java.util.ArrayList<>();

        /** @param obj the type's name object; the underlying type is set later */
        public Named(Obj.TypeName obj) {
            this.obj = obj;
        }

        @Override
        public Type underlying() {
            return underlying == null ? Types.INVALID : underlying;
        }

        /** @param u the underlying type, resolved: never a Named */
        public void setUnderlying(Type u) {
            this.underlying = u.underlying();
        }

        /** @return whether the underlying type has been set */
        public boolean resolved() {
            return underlying != null;
        }

        /**
         * @param name a method name
         * @return the method declared on this type with that name, or null
         */
        public Obj.Func method(String name) {
            for (Obj.Func f : methods) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            Obj.Pkg p = obj.pkg();
            return p == null ? obj.name() : p.name() + "." + obj.name();
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
     * function; receivers do not take part in identity).
     */
    record Signature(Obj.Var recv, Tuple params, Tuple results, boolean variadic) implements Type {
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
     * {@code interface { methods }}: {@code methods} are the explicitly declared ones,
     * {@code embedded} the embedded interfaces; {@link #allMethods()} is the method set,
     * sorted by name (spec "Interface types"), computed once the embedded types resolve.
     */
    final class Interface implements Type {
        /** The methods declared in the literal. */
        public final List<Obj.Func> methods;
        /** The embedded interface types. */
        public final List<Type> embedded;
        private List<Obj.Func> all;

        /**
         * @param methods  declared methods
         * @param embedded embedded interfaces
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

        /** @return whether the method set is empty ({@code interface{}}, {@code any}) */
        public boolean isEmpty() {
            return allMethods().isEmpty();
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
