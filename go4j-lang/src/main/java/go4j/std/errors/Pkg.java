package go4j.std.errors;

import go4j.lang.Eq;
import go4j.lang.ErrorString;
import go4j.lang.GoError;
import go4j.lang.GoPanic;
import go4j.lang.Ptr;
import go4j.lang.RType;
import go4j.lang.SliceL;
import go4j.lang.Typed;
import go4j.lang.Values;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code errors} package (stub {@code go4j/std/errors/errors.go}). An {@code error}
 * is an Object on the JVM, as every interface value is (docs/compiler.md), holding a
 * {@link GoError}; nil is null. The optional methods Go looks for, {@code Unwrap() error}
 * and {@code Is(error) bool}, are found by name on the error's class: a compiled type has
 * them as public instance methods (erased: {@code Object Unwrap()}, {@code boolean
 * Is(Object)}), go4j-lang's own errors with their declared types.
 *
 * <pre>{@code
 * Object e = Pkg.New("boom");
 * Pkg.Is(e, e); // true
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** A class's {@code Unwrap()} as {@code (Object) Object}, or null when it has none. */
    private static final ClassValue<MethodHandle> UNWRAP = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> c) {
            return method(c, "Unwrap", MethodType.methodType(Object.class, Object.class));
        }
    };

    /** A class's {@code Is(error)} as {@code (Object, Object) boolean}, or null when it has none. */
    private static final ClassValue<MethodHandle> IS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> c) {
            return method(c, "Is", MethodType.methodType(boolean.class, Object.class, Object.class));
        }
    };

    /**
     * The public instance method of c named name whose arity is type's less the receiver and
     * whose result has type's kind (primitive exactly, or any reference), adapted to type.
     */
    private static MethodHandle method(Class<?> c, String name, MethodType type) {
        Class<?> want = type.returnType();
        for (Method m : c.getMethods()) {
            if (!m.getName().equals(name) || Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() != type.parameterCount() - 1
                    || m.getParameterTypes().length > 0 && m.getParameterTypes()[0].isPrimitive()) {
                continue;
            }
            Class<?> r = m.getReturnType();
            if (want.isPrimitive() ? r == want : !r.isPrimitive()) {
                try {
                    return MethodHandles.publicLookup().unreflect(m).asType(type);
                } catch (IllegalAccessException e) {
                    return null; // not callable from here: as if absent
                }
            }
        }
        return null;
    }

    /**
     * Go's {@code errors.New}.
     *
     * @param text the text, a Go string
     * @return a new {@code *errors.errorString}, distinct from every other
     */
    public static Object New(String text) {
        return ErrorString.of(text);
    }

    /**
     * Go's {@code errors.Unwrap}.
     *
     * @param err an error or null
     * @return what its {@code Unwrap() error} returns, or null if it has no such method
     */
    public static Object Unwrap(Object err) {
        Object u = unwrapAny(err);
        return u instanceof SliceL ? null : u; // an Unwrap() []error is not Unwrap() error
    }

    /** What err's Unwrap returns: an error, a []error (SliceL) for a multiple error, or null. */
    private static Object unwrapAny(Object err) {
        if (err == null) {
            return null;
        }
        MethodHandle h = UNWRAP.get(err.getClass());
        if (h == null) {
            return null;
        }
        try {
            return (Object) h.invokeExact(err);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Whether test holds for an error of err's tree: err, then what its Unwrap returns, and
     * for an error wrapping several ({@code Unwrap() []error}, Go 1.20's, as {@link #Join}
     * makes) each of them depth first, in order.
     */
    private static boolean anyInTree(Object err, java.util.function.Predicate<Object> test) {
        for (Object e = err; e != null; ) {
            if (test.test(e)) {
                return true;
            }
            Object u = unwrapAny(e);
            if (u instanceof SliceL list) {
                long n = SliceL.len(list);
                for (long i = 0; i < n; i++) {
                    if (anyInTree(SliceL.get(list, i), test)) { // recursion as deep as the errors nest
                        return true;
                    }
                }
                return false;
            }
            e = u;
        }
        return false;
    }

    /**
     * Go 1.20's {@code errors.Join}: an error wrapping the non-nil errs, its text theirs one
     * per line; nil when there is none.
     *
     * @param errs the errors, nils skipped
     * @return the joined error, or null
     */
    public static Object Join(SliceL errs) {
        List<Object> list = new ArrayList<>();
        long n = SliceL.len(errs);
        for (long i = 0; i < n; i++) {
            Object e = SliceL.get(errs, i);
            if (e != null) {
                list.add(e);
            }
        }
        return list.isEmpty() ? null : new JoinError(SliceL.of(list.toArray()));
    }

    /**
     * Go's {@code errors.Is}: walks err's chain comparing each error with target by Go's
     * {@code ==} (when target's type is comparable) and by the error's {@code Is} method.
     *
     * @param err    an error or null
     * @param target the error to look for, or null
     * @return whether the chain holds target
     */
    public static boolean Is(Object err, Object target) {
        if (err == null || target == null) {
            return err == target;
        }
        boolean comparable = RType.typeOf(target).comparable();
        return anyInTree(err, e -> {
            if (comparable && Eq.equal(e, target)) {
                return true;
            }
            MethodHandle is = IS.get(e.getClass());
            if (is != null) {
                try {
                    return (boolean) is.invokeExact(e, target);
                } catch (Throwable t) {
                    throw rethrow(t);
                }
            }
            return false;
        });
    }

    /**
     * Go's {@code errors.As}: the first error in err's chain of exactly the type target points
     * to, or, for a pointer to an interface type, with methods of the interface's names, is
     * stored through the pointer.
     *
     * @param err    an error or null
     * @param target a non-nil pointer as an interface value: to a struct, the struct's
     *               object; to a named type, its {@code N$Ptr}; to anything else, a
     *               {@link Typed} holding a {@link Ptr}
     * @return whether an error was stored
     * @throws GoPanic Go's {@code errors: target must be a non-nil pointer} or
     *                 {@code errors: *target must be interface or implement error}
     */
    public static boolean As(Object err, Object target) {
        RType tt = target == null ? null : RType.typeOf(target);
        if (tt == null || tt.kind() != RType.Kind.POINTER) {
            throw new GoPanic("errors: target must be a non-nil pointer");
        }
        RType want = tt.elem();
        if (want.kind() == RType.Kind.STRUCT) {
            return asStruct(err, target, want);
        }
        Ptr p = pointer(target);
        if (p == null) {
            throw new GoPanic("errors: target must be a non-nil pointer");
        }
        if (want.kind() == RType.Kind.INTERFACE) {
            List<String> methods = methodNames(want.underlying().toString());
            return anyInTree(err, e -> {
                if (hasMethods(e.getClass(), methods)) {
                    p.setL(e);
                    return true;
                }
                return false;
            });
        }
        if (!canBeError(want)) {
            throw new GoPanic("errors: *target must be interface or implement error");
        }
        return anyInTree(err, e -> {
            if (RType.typeOf(e) == want) {
                store(p, Values.unwrap(e));
                return true;
            }
            return false;
        });
    }

    /**
     * The Ptr of a pointer to a non-struct type in an interface: a {@link Typed}'s value, or
     * the field {@code p} of the class compiled code makes for a pointer to a named type
     * ({@code N$Ptr}).
     */
    private static Ptr pointer(Object target) {
        if (target instanceof Typed t) {
            return (Ptr) t.value();
        }
        try {
            return (Ptr) target.getClass().getField("p").get(target);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("not a pointer: " + target.getClass().getName(), e);
        }
    }

    /**
     * The method names of an interface type's string ({@code interface { Timeout() bool }});
     * an embedded {@code error} stands for {@code Error}.
     */
    private static List<String> methodNames(String iface) {
        int open = iface.indexOf('{');
        List<String> names = new ArrayList<>();
        if (open < 0) {
            return names;
        }
        for (String m : iface.substring(open + 1, iface.lastIndexOf('}')).split(";")) {
            m = m.trim();
            int paren = m.indexOf('(');
            if (paren > 0) {
                names.add(m.substring(0, paren).trim());
            } else if (m.equals("error")) {
                names.add("Error");
            }
        }
        return names;
    }

    /**
     * Whether c has a public instance method of each name: go4j sees method names, not
     * signatures, at run time, so this is how far "implements" can be checked.
     */
    private static boolean hasMethods(Class<?> c, List<String> names) {
        for (String n : names) {
            boolean found = false;
            for (Method m : c.getMethods()) {
                if (m.getName().equals(n) && !Modifier.isStatic(m.getModifiers())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * As for a pointer to a struct type, which is the struct's object itself: the error found
     * is copied into it with the class's {@code $set}, as {@code *target = e} copies in Go.
     */
    private static boolean asStruct(Object err, Object target, RType want) {
        return anyInTree(err, e -> {
            if (RType.typeOf(e) == want) {
                try {
                    MethodHandles.publicLookup()
                            .findVirtual(target.getClass(), "$set", MethodType.methodType(void.class, target.getClass()))
                            .invoke(target, e);
                } catch (Throwable t) {
                    throw rethrow(t);
                }
                return true;
            }
            return false;
        });
    }

    /** *p = v, v being the raw value of a type p's pointee kind holds (a named box's v). */
    private static void store(Ptr p, Object v) {
        switch (v) {
            case Long x -> p.setJ(x);
            case Integer x -> p.setI(x);
            case Double x -> p.setD(x);
            case Float x -> p.setF(x);
            case Boolean x -> p.setZ(x);
            default -> p.setL(v);
        }
    }

    /**
     * Whether values of the concrete type t can be errors. go4j sees no method sets at run
     * time, so every type a class stands for (a named type, a pointer to one) passes and only
     * the others (slices, maps, basic types) are refused.
     */
    private static boolean canBeError(RType t) {
        return t.isNamed() || t.kind() == RType.Kind.POINTER && t.elem().isNamed();
    }

    /**
     * Rethrows what a Go method called through a handle threw: Go's panics are unchecked
     * already, and anything else passes through unchanged, unchecked in the eyes of javac.
     *
     * @return never returns; declared so that callers can write {@code throw rethrow(t)}
     */
    private static RuntimeException rethrow(Throwable t) {
        Pkg.<RuntimeException>sneaky(t);
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
