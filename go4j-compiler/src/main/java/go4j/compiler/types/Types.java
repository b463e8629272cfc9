package go4j.compiler.types;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The basic types and the predicates over types that every phase needs: identity (spec
 * "Type identity") and Go's type strings. Assignability, conversion and method lookup live
 * with the checker.
 */
public final class Types {
    private static final Map<Type.Kind, Type.Basic> BASICS = new EnumMap<>(Type.Kind.class);

    static {
        for (Type.Kind k : Type.Kind.values()) {
            BASICS.put(k, new Type.Basic(k, k.goName));
        }
    }

    /** The invalid type: an expression whose type could not be determined (an error was reported). */
    public static final Type.Basic INVALID = BASICS.get(Type.Kind.INVALID);
    /** The type of {@code nil}. */
    public static final Type.Basic UNTYPED_NIL = BASICS.get(Type.Kind.UNTYPED_NIL);
    /**
     * {@code byte}: an alias of {@code uint8}, equal to it (kind equality) and printing as
     * {@code uint8} in {@code toString} (as {@code %T} does), named {@code byte} for the
     * checker's messages (as Go's compiler prints them).
     */
    public static final Type.Basic BYTE = new Type.Basic(Type.Kind.UINT8, "byte");
    /** {@code rune}: an alias of {@code int32}, as {@link #BYTE} is of {@code uint8}. */
    public static final Type.Basic RUNE = new Type.Basic(Type.Kind.INT32, "rune");

    private Types() {
    }

    /**
     * @param k a kind
     * @return the one basic type of that kind
     */
    public static Type.Basic basic(Type.Kind k) {
        return BASICS.get(k);
    }

    /**
     * @param t a type
     * @param k a kind
     * @return whether t's underlying type is the basic type of kind k
     */
    public static boolean isKind(Type t, Type.Kind k) {
        return t.underlying() instanceof Type.Basic b && b.kind() == k;
    }

    /**
     * @param t a type
     * @return t's underlying basic kind, or null if its underlying type is not basic
     */
    public static Type.Kind kindOf(Type t) {
        return t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    /**
     * @param t a type
     * @return whether t is the type of an untyped constant or of nil
     */
    public static boolean isUntyped(Type t) {
        return t instanceof Type.Basic b && b.kind().isUntyped();
    }

    /**
     * @param t a type
     * @return whether t's underlying type is an interface
     */
    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    /**
     * The default type of an untyped constant (spec "Constants"): {@code bool}, {@code int},
     * {@code rune}, {@code float64}, {@code complex128}, {@code string}; t itself otherwise.
     *
     * @param t a type
     * @return its default type
     */
    public static Type defaultType(Type t) {
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> basic(Type.Kind.BOOL);
                case UNTYPED_INT -> basic(Type.Kind.INT);
                case UNTYPED_RUNE -> RUNE;
                case UNTYPED_FLOAT -> basic(Type.Kind.FLOAT64);
                case UNTYPED_COMPLEX -> basic(Type.Kind.COMPLEX128);
                case UNTYPED_STRING -> basic(Type.Kind.STRING);
                default -> t;
            };
        }
        return t;
    }

    /**
     * Type identity (spec "Type identity").
     *
     * @param x a type
     * @param y a type
     * @return whether x and y are identical
     */
    public static boolean identical(Type x, Type y) {
        if (x == y) {
            return true;
        }
        return switch (x) {
            case Type.Basic a -> y instanceof Type.Basic b && a.kind() == b.kind();
            case Type.Named a -> false;
            case Type.TypeParam a -> false;
            case Type.Union a -> y instanceof Type.Union b
                    && TypeSet.equalTerms(TypeSet.unionTerms(a), TypeSet.unionTerms(b));
            case Type.Pointer a -> y instanceof Type.Pointer b && identical(a.elem(), b.elem());
            case Type.Slice a -> y instanceof Type.Slice b && identical(a.elem(), b.elem());
            case Type.Array a -> y instanceof Type.Array b && a.len() == b.len() && identical(a.elem(), b.elem());
            case Type.Map a -> y instanceof Type.Map b && identical(a.key(), b.key()) && identical(a.elem(), b.elem());
            case Type.Chan a -> y instanceof Type.Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem());
            case Type.Signature a -> y instanceof Type.Signature b && a.variadic() == b.variadic()
                    && identical(a.params(), b.params()) && identical(a.results(), b.results());
            case Type.Tuple a -> {
                if (!(y instanceof Type.Tuple b) || a.size() != b.size()) {
                    yield false;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!identical(a.at(i), b.at(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Struct a -> {
                if (!(y instanceof Type.Struct b) || a.fields().size() != b.fields().size()) {
                    yield false;
                }
                for (int i = 0; i < a.fields().size(); i++) {
                    Type.Field f = a.fields().get(i);
                    Type.Field g = b.fields().get(i);
                    if (!f.name().equals(g.name()) || f.embedded() != g.embedded()
                            || !identical(f.type(), g.type()) || !java.util.Objects.equals(f.tag(), g.tag())) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Interface a -> {
                if (!(y instanceof Type.Interface b)) {
                    yield false;
                }
                TypeSet as = a.typeSet();
                TypeSet bs = b.typeSet();
                if (as.comparable() != bs.comparable() || !TypeSet.equalTerms(as.terms(), bs.terms())) {
                    yield false;
                }
                List<Obj.Func> am = a.allMethods();
                List<Obj.Func> bm = b.allMethods();
                if (am.size() != bm.size()) {
                    yield false;
                }
                for (int i = 0; i < am.size(); i++) {
                    if (!am.get(i).name().equals(bm.get(i).name())
                            || !identical(am.get(i).type(), bm.get(i).type())) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    static String signatureString(Type.Signature s) {
        StringBuilder sb = new StringBuilder("(");
        List<Obj.Var> ps = s.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Type t = ps.get(i).type();
            if (s.variadic() && i == ps.size() - 1 && t instanceof Type.Slice sl) {
                sb.append("...").append(sl.elem());
            } else {
                sb.append(t);
            }
        }
        sb.append(")");
        Type.Tuple r = s.results();
        if (r.size() == 1) {
            sb.append(" ").append(r.at(0));
        } else if (r.size() > 1) {
            sb.append(" ").append(tupleString(r, true));
        }
        return sb.toString();
    }

    static String tupleString(Type.Tuple t, boolean parens) {
        String inner = t.vars().stream().map(v -> String.valueOf(v.type())).collect(Collectors.joining(", "));
        return "(" + inner + ")";
    }

    static String structString(Type.Struct s) {
        if (s.fields().isEmpty()) {
            return "struct{}";
        }
        StringBuilder sb = new StringBuilder("struct{");
        for (int i = 0; i < s.fields().size(); i++) {
            Type.Field f = s.fields().get(i);
            if (i > 0) {
                sb.append("; ");
            }
            if (!f.embedded()) {
                sb.append(f.name()).append(' ');
            }
            sb.append(f.type());
            if (f.tag() != null) {
                sb.append(' ').append(quote(f.tag()));
            }
        }
        return sb.append('}').toString();
    }

    static String interfaceString(Type.Interface t) {
        if (t.methods.isEmpty() && t.embedded.isEmpty()) {
            return "interface{}";
        }
        if (t.implicit && t.methods.isEmpty() && t.embedded.size() == 1) {
            return String.valueOf(t.embedded.get(0));
        }
        StringBuilder sb = new StringBuilder("interface{");
        boolean first = true;
        for (Obj.Func f : t.methods) {
            if (!first) {
                sb.append("; ");
            }
            first = false;
            sb.append(f.name()).append(signatureString(f.type()));
        }
        for (Type e : t.embedded) {
            if (!first) {
                sb.append("; ");
            }
            first = false;
            sb.append(e);
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
