package go4j.compiler.types;

import java.util.List;

/**
 * The universe scope (spec "Predeclared identifiers"): the basic types and their aliases
 * {@code byte}, {@code rune} and {@code any}, {@code error}, the constants {@code true},
 * {@code false} and {@code iota}, {@code nil}, and the built-in functions.
 */
public final class Universe {
    /** The universe scope. */
    public static final Scope SCOPE = new Scope(null);

    /** The predeclared {@code error} type: {@code interface { Error() string }}. */
    public static final Type.Named ERROR;

    /** The predeclared {@code any}: an alias of {@code interface{}}. */
    public static final Type.Interface ANY = new Type.Interface(List.of(), List.of());

    /** The predeclared {@code comparable}: the interface of the comparable types, a constraint only. */
    public static final Type.Named COMPARABLE;

    /** The predeclared {@code iota} (its value is set per constant spec by the checker). */
    public static final Obj.Const IOTA;

    /** The names of the built-in functions. */
    public static final List<String> BUILTINS = List.of("append", "cap", "close", "complex", "copy",
            "delete", "imag", "len", "make", "new", "panic", "print", "println", "real", "recover");

    static {
        for (Type.Kind k : Type.Kind.values()) {
            if (!k.isUntyped() && k != Type.Kind.INVALID && k != Type.Kind.UNSAFE_POINTER) {
                Type.Basic b = Types.basic(k);
                SCOPE.insert(b.name(), new Obj.TypeName(b.name(), b, null, -1));
            }
        }
        SCOPE.insert("byte", new Obj.TypeName("byte", Types.BYTE, null, -1));
        SCOPE.insert("rune", new Obj.TypeName("rune", Types.RUNE, null, -1));
        SCOPE.insert("any", new Obj.TypeName("any", ANY, null, -1));

        Obj.TypeName errName = new Obj.TypeName("error", null, null, -1);
        ERROR = new Type.Named(errName);
        errName.setType(ERROR);
        Type.Signature errSig = new Type.Signature(
                new Obj.Var("", ERROR, null, -1, false),
                new Type.Tuple(List.of()),
                new Type.Tuple(List.of(new Obj.Var("", Types.basic(Type.Kind.STRING), null, -1, false))),
                false);
        Obj.Func errorMethod = new Obj.Func("Error", errSig, null, -1, null);
        ERROR.setUnderlying(new Type.Interface(List.of(errorMethod), List.of()));
        SCOPE.insert("error", errName);

        Obj.TypeName compName = new Obj.TypeName("comparable", null, null, -1);
        COMPARABLE = new Type.Named(compName);
        compName.setType(COMPARABLE);
        Type.Interface comp = new Type.Interface(List.of(), List.of());
        comp.comparableMarker = true;
        COMPARABLE.setUnderlying(comp);
        SCOPE.insert("comparable", compName);

        SCOPE.insert("true", new Obj.Const("true", Types.basic(Type.Kind.UNTYPED_BOOL), null, -1,
                new Obj.Value(Boolean.TRUE)));
        SCOPE.insert("false", new Obj.Const("false", Types.basic(Type.Kind.UNTYPED_BOOL), null, -1,
                new Obj.Value(Boolean.FALSE)));
        IOTA = new Obj.Const("iota", Types.basic(Type.Kind.UNTYPED_INT), null, -1, null);
        SCOPE.insert("iota", IOTA);
        SCOPE.insert("nil", new Obj.Nil());
        for (String b : BUILTINS) {
            SCOPE.insert(b, new Obj.Builtin(b));
        }
    }

    private Universe() {
    }
}
