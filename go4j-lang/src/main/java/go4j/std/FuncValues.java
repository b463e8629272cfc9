package go4j.std;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Calls Go function values from the Java side of the standard packages ({@code sync.Once.Do},
 * {@code sort.Slice}, {@code strings.FieldsFunc}, ...). A compiled func value implements an
 * interface the compiler generates per erased signature, {@code go4j.fn.F$<params>$<result>}
 * with the single method {@code call} (docs/compiler.md): {@code func()} is {@code F$$V},
 * {@code func(i, j int) bool} is {@code F$JJ$Z}. Those interfaces exist only in the program's
 * class loader, so go4j-lang cannot name them in source: a {@code Caller} finds the interface
 * among the value's class's interfaces once per class and keeps a method handle for it.
 *
 * <pre>{@code
 * static final FuncValues.Caller LESS = new FuncValues.Caller("JJ$Z",
 *         MethodType.methodType(boolean.class, long.class, long.class));
 * boolean b = (boolean) LESS.handle(less).invokeExact(less, 0L, 1L);
 * }</pre>
 */
public final class FuncValues {
    private FuncValues() {
    }

    /**
     * The call method of one erased signature, per class of func value. A handle's type is the
     * signature's with the func value first, as {@code Object}, for {@code invokeExact}.
     */
    public static final class Caller extends ClassValue<MethodHandle> {
        private final String iface;
        private final MethodType type;

        /**
         * @param letters the signature's letters after {@code F$}, such as {@code "JJ$Z"}
         * @param type    the erased type of {@code call}
         */
        public Caller(String letters, MethodType type) {
            this.iface = "go4j.fn.F$" + letters;
            this.type = type;
        }

        /**
         * @param f a func value of this signature, non-null
         * @return the handle calling {@code f.call}, of type {@code (Object, params) result}
         */
        public MethodHandle handle(Object f) {
            return get(f.getClass());
        }

        @Override
        protected MethodHandle computeValue(Class<?> c) {
            Class<?> i = find(c);
            if (i == null) {
                throw new IllegalArgumentException(c.getName() + " does not implement " + iface);
            }
            try {
                return MethodHandles.publicLookup().findVirtual(i, "call", type)
                        .asType(type.insertParameterTypes(0, Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(iface + " has no call" + type, e);
            }
        }

        /** The interface named iface among c's, its superclasses' and superinterfaces'. */
        private Class<?> find(Class<?> c) {
            Deque<Class<?>> todo = new ArrayDeque<>();
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                todo.add(k);
            }
            while (!todo.isEmpty()) {
                Class<?> k = todo.poll();
                if (k.isInterface() && k.getName().equals(iface)) {
                    return k;
                }
                todo.addAll(List.of(k.getInterfaces()));
            }
            return null;
        }
    }

    /** {@code func()}. */
    private static final Caller RUN = new Caller("$V", MethodType.methodType(void.class));

    /**
     * Calls a {@code func()} value.
     *
     * @param f the func value, non-null
     */
    public static void run(Object f) {
        try {
            RUN.handle(f).invokeExact(f);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Rethrows what a Go function threw: Go's panics are unchecked already; anything else
     * passes through unchanged, unchecked in the eyes of javac.
     *
     * @param t what the call threw
     * @return never returns; declared so that callers can write {@code throw rethrow(t)}
     */
    public static RuntimeException rethrow(Throwable t) {
        FuncValues.<RuntimeException>sneaky(t);
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
