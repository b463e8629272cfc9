package go4j.lang;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Array;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The operations compiled Go code calls that are not a slice's, a map's or a string's own:
 * Go's arithmetic where the JVM's differs (shifts, division, unsigned conversions),
 * interface boxing and type tests, channels and select over go4j's own, panics, recover and
 * goroutines, and the program's entry ({@link #main}).
 *
 * <p>Each method is small and static so that HotSpot inlines it into the generated code.
 */
public final class Rt {
    private Rt() {
    }

    /** The function whose deferred calls are running on this goroutine (recover's target). */
    static final ThreadLocal<Defers> PANICKING = new ThreadLocal<>();

    // ------------------------------------------------------------------ program

    /**
     * Runs a Go program: its packages' initializers, then {@code main.main}, as the main
     * goroutine under {@link Go#main}; when main returns the program exits with status 0,
     * whatever other goroutines are doing (spec "Program execution").
     *
     * @param inits the packages' {@code $init} methods, dependencies first
     * @param main  {@code main.main}
     */
    public static void main(Runnable[] inits, Runnable main) {
        Go.main(() -> {
            try {
                for (Runnable r : inits) {
                    r.run();
                }
                main.run();
            } catch (Throwable t) {
                throw goFrames(goPanic(t));
            }
        });
        Stdout.flush();
        System.exit(0);
    }

    /**
     * {@code go f(x)}: starts the call as a goroutine; a Java exception escaping it is
     * reported as the Go run-time error it stands for.
     *
     * @param call the call, its operands evaluated already
     */
    public static void go(Runnable call) {
        Go.go(() -> {
            try {
                call.run();
            } catch (Throwable t) {
                throw goFrames(goPanic(t));
            }
        });
    }

    /** Go's os.Exit: flushes what the program printed, then ends the process. */
    public static void exit(long code) {
        Stdout.flush();
        System.out.flush();
        Runtime.getRuntime().halt((int) code);
    }

    // ------------------------------------------------------------------ panics

    /**
     * {@code panic(v)}.
     *
     * @param v the value (an interface value)
     * @return the panic, for the caller to throw
     */
    public static RuntimeException panic(Object v) {
        return new GoPanic(v);
    }

    /** @return recover(): the value of the panic in flight in a deferred call, or nil */
    public static Object recover() {
        Defers d = PANICKING.get();
        if (d == null || d.panic == null || !calledByDeferredFunction()) {
            return null;
        }
        return d.recover();
    }

    /**
     * {@code defer recover()}: recover run by a function's deferred calls acts for that function.
     * It stops the panic that function was called to handle (its caller's, when the function is
     * itself a deferred call of a panicking one), as long as the function is not panicking
     * itself (Go's recover1.go, test5 to test7).
     *
     * @return the recovered value, or nil
     */
    public static Object recoverDeferred() {
        Defers d = PANICKING.get();
        if (d == null || d.panic != null || d.outer == null || d.outer.panic == null || !deferredFunctionAbove()) {
            return null;
        }
        return d.outer.recover();
    }

    /** Whether, above the innermost Defers.run, exactly a thunk and a function stand before the next one. */
    private static boolean deferredFunctionAbove() {
        return WALKER.walk(frames -> {
            int runs = 0;
            int goFrames = 0;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame f = it.next();
                Class<?> c = f.getDeclaringClass();
                if (c == Defers.class && f.getMethodName().equals("run")) {
                    if (++runs == 2) {
                        return goFrames == 2;
                    }
                    continue;
                }
                if (runs == 1 && c.getName().startsWith("go.") && isStatic(c, f)) {
                    goFrames++;
                }
            }
            return false;
        });
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * Go's rule (spec "Handling panics"): recover stops a panic only when the deferred function
     * itself calls it, not a function that one calls, and not {@code defer recover()}. Between
     * {@link Defers#run} and here, the compiled code's static methods must be exactly two: the
     * thunk that makes the deferred call, and the deferred function (bridges to a method are
     * instance methods and do not count). Walked only when a panic is there to recover.
     */
    private static boolean calledByDeferredFunction() {
        return WALKER.walk(frames -> {
            int goFrames = 0;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame f = it.next();
                Class<?> c = f.getDeclaringClass();
                if (c == Defers.class && f.getMethodName().equals("run")) {
                    return goFrames == 2;
                }
                if (c.getName().startsWith("go.") && isStatic(c, f)) {
                    goFrames++;
                }
            }
            return false;
        });
    }

    private static boolean isStatic(Class<?> c, StackWalker.StackFrame f) {
        try {
            return java.lang.reflect.Modifier.isStatic(
                    c.getDeclaredMethod(f.getMethodName(), f.getMethodType().parameterArray()).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The Go value a recovered Throwable stands for: what {@code recover()} returns, and what
     * standard packages that recover as Go's do report (net/http's server, a handler's panic).
     *
     * @param t what a Go call threw
     * @return the panic value
     */
    public static Object panicValue(Throwable t) {
        Throwable g = goPanic(t);
        if (g instanceof GoPanic p) {
            return p.value();
        }
        return RuntimeError.plain(g.getMessage());
    }

    /** A Throwable as the Go panic it stands for: Java's own exceptions become Go's run-time errors. */
    static RuntimeException goPanic(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case Panic p -> p;
            case NullPointerException e -> RuntimeError.nilDeref();
            case ArithmeticException e -> RuntimeError.divide();
            case RuntimeException e -> e;
            case Error e -> throw e;
            default -> new Panic(t.toString(), t);
        };
    }

    /**
     * A panic's frames as Go names them: only the compiled program's ({@code go.main.Pkg.f}
     * is {@code main.f}, {@code go.main.T.M} is {@code main.T.M}), each with its file and line.
     */
    static RuntimeException goFrames(RuntimeException p) {
        if (isGoexit(p)) {
            return p;
        }
        java.util.List<StackTraceElement> out = new java.util.ArrayList<>();
        for (StackTraceElement e : p.getStackTrace()) {
            StackTraceElement g = goFrame(e);
            if (g != null) {
                out.add(g);
            }
        }
        if (!out.isEmpty()) {
            p.setStackTrace(out.toArray(new StackTraceElement[0]));
        }
        return p;
    }

    /** Import paths of the compiled packages whose JVM package name is not their path with dots: declarePackage. */
    private static final java.util.Map<String, String> PACKAGE_PATHS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Records a compiled package's import path, which its JVM package name does not keep
     * ({@code go.example.com.m.greet} is {@code example.com/m/greet}): each package's
     * initialisation declares it first, so that frames name its functions as Go does.
     *
     * @param jvmPackage the package of its classes ({@code go.example.com.m.greet})
     * @param path       its import path
     */
    public static void declarePackage(String jvmPackage, String path) {
        PACKAGE_PATHS.put(jvmPackage, path);
    }

    /** The type arguments in the JVM name of a generic function's or type's instance (the compiler's Jvm.escape). */
    private static final java.util.regex.Pattern GENERIC_INSTANCE = java.util.regex.Pattern.compile("\\$L.*\\$R");

    /**
     * The Go name of the package or type a compiled class stands for: {@code go.main.Pkg} is
     * {@code main}, {@code go.main.T} is {@code main.T}.
     *
     * @param className a compiled class's binary name (starting {@code go.})
     * @return what Go prints before a function's name
     */
    public static String goQualifier(String className) {
        String goName = className.substring(3);
        int dot = className.lastIndexOf('.');
        String path = dot < 0 ? null : PACKAGE_PATHS.get(className.substring(0, dot));
        if (path != null) {
            // the package's import path as Go writes it (example.com/m/greet, not example.com.m.greet)
            goName = path + className.substring(dot);
        }
        goName = goName.endsWith(".Pkg") ? goName.substring(0, goName.length() - 4) : goName;
        // an instance of a generic type ($L...$R: its type arguments) is Go's T[...]
        return GENERIC_INSTANCE.matcher(goName).replaceAll("[...]");
    }

    /**
     * The Go name of a compiled method, the compiler's escapes read back: {@code init$D0} is
     * {@code init.0}, {@code main$Dfunc1} {@code main.func1}, {@code Sum$Lint$R} {@code Sum[...]};
     * a pointer receiver's {@code $P} in front is dropped (goFuncName puts it in the qualifier).
     *
     * @param m the JVM method's name
     * @return the name Go's traceback prints
     */
    public static String goMethod(String m) {
        if (m.startsWith(PTR_RECEIVER)) {
            m = m.substring(PTR_RECEIVER.length());
        }
        if (m.startsWith("lambda")) {
            return m;
        }
        // an instance of a generic function or type: Go's F[...]
        m = GENERIC_INSTANCE.matcher(m).replaceAll("[...]");
        if (m.indexOf('$') < 0) {
            return m;
        }
        // the compiler's Jvm.escape read back: a literal's main$Dfunc1 is main.func1, a
        // method's (*T).M is $x0028$PT$x0029$DM; any other $ (blank$3) is dropped
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c != '$' || i + 1 == m.length()) {
                sb.append(c);
                continue;
            }
            char e = m.charAt(i + 1);
            switch (e) {
                case 'D' -> sb.append('.');
                case 'P' -> sb.append('*');
                case 'C' -> sb.append(',');
                case 'S' -> sb.append(' ');
                case 'x' -> {
                    if (i + 6 <= m.length()) {
                        sb.append((char) Integer.parseInt(m, i + 2, i + 6, 16));
                        i += 4;
                    }
                }
                default -> {
                    continue; // a synthetic name's $: dropped, the character after it kept
                }
            }
            i++;
        }
        return sb.toString();
    }

    /**
     * What the compiler puts before the JVM name of a method with a pointer receiver (its
     * Jvm.escape of {@code *}): {@code go.main.T.$PM} is Go's {@code main.(*T).M}.
     */
    private static final String PTR_RECEIVER = "$P";

    /**
     * The Go name of a compiled function: {@link #goQualifier} and {@link #goMethod} joined, a
     * pointer receiver's type in parentheses as Go writes it ({@code main.(*T).M},
     * {@code main.(*List[...]).Push}; a value receiver's {@code main.T.M}).
     *
     * @param className the compiled class's binary name (starting {@code go.})
     * @param methodName the JVM method's name
     * @return the name Go's traceback prints
     */
    public static String goFuncName(String className, String methodName) {
        return receiverQualifier(className, methodName) + "." + goMethod(methodName);
    }

    /** goQualifier, with a pointer receiver's type as Go writes it: {@code main.(*T)}. */
    private static String receiverQualifier(String className, String methodName) {
        String q = goQualifier(className);
        if (methodName.startsWith(PTR_RECEIVER)) {
            int b = q.indexOf('[');
            int dot = q.lastIndexOf('.', b < 0 ? q.length() : b);
            q = q.substring(0, dot + 1) + "(*" + q.substring(dot + 1) + ")";
        }
        return q;
    }

    /**
     * Whether a frame of a compiled class is one Go's traceback shows: not the compiler's
     * wrappers, which carry no line (the bridges a call through an interface or a method value
     * goes through, go and defer thunks), as Go's traceback elides its own wrappers; nor code
     * the compiler marks line 0 (package initialisation calling the init functions, which Go's
     * runtime calls).
     *
     * @param className the frame's class
     * @param line the frame's line, negative when the method has none
     * @return true for a frame of Go source
     */
    public static boolean isGoFrame(String className, int line) {
        return className.startsWith("go.") && line > 0;
    }

    /**
     * A compiled program's frame as Go names it ({@code go.main.Pkg.f} is {@code main.f}).
     *
     * @param e a JVM stack frame
     * @return the frame with Go's names (its class {@code main.(*T)} for a pointer receiver's
     *     method), or null for a frame that is not the program's Go source
     */
    public static StackTraceElement goFrame(StackTraceElement e) {
        String c = e.getClassName();
        if (!isGoFrame(c, e.getLineNumber())) {
            return null;
        }
        return new StackTraceElement(receiverQualifier(c, e.getMethodName()), goMethod(e.getMethodName()), e.getFileName(),
                e.getLineNumber());
    }

    /**
     * The Go frames of {@code t}, as a goroutine dump lists them ({@code main.f(...)}, then a
     * tab and {@code file:line}), for a log of a recovered panic.
     *
     * @param t what a Go call threw
     * @return the frames, one pair of lines each
     */
    public static String goTrace(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            StackTraceElement g = goFrame(e);
            if (g != null) {
                sb.append(g.getClassName()).append('.').append(g.getMethodName()).append("(...)\n\t")
                        .append(g.getFileName() == null ? "?" : g.getFileName());
                if (g.getLineNumber() > 0) {
                    sb.append(':').append(g.getLineNumber());
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static boolean isGoexit(Throwable t) {
        return t.getClass().getName().equals("go4j.internal.runtime.Goexit");
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * A failed type assertion {@code x.(T)}.
     *
     * @param x     the interface value
     * @param iface the interface's static type, as Go prints it
     * @param want  the asserted type, as Go prints it
     * @return the panic to throw
     */
    public static RuntimeException assertFailed(Object x, String iface, String want) {
        RType ifaceT = TypeStrings.parse(iface);
        RType wantT = TypeStrings.parse(want);
        if (x == null) {
            return RuntimeError.nilToInterface(ifaceT, wantT);
        }
        RType actual = RType.typeOf(x);
        if (wantT.kind() == RType.Kind.INTERFACE) {
            return RuntimeError.missingMethod(actual, wantT, missingMethod(x, wantT.underlying().toString()));
        }
        return RuntimeError.typeAssertion(ifaceT, actual, wantT);
    }

    /** The Go method names whose bridges the compiler names {@code name$} (Jvm.ifaceMethodName). */
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of(
            "wait", "notify", "notifyAll", "getClass", "equals", "hashCode", "toString", "clone", "finalize");

    private static String missingMethod(Object x, String iface) {
        int b = iface.indexOf('{');
        String body = b < 0 ? "" : iface.substring(b + 1, iface.lastIndexOf('}')).trim();
        for (String m : body.split(";")) {
            m = m.trim();
            if (m.isEmpty()) {
                continue;
            }
            String name = m.substring(0, m.indexOf('('));
            boolean found = false;
            for (var jm : x.getClass().getMethods()) {
                // a method java.lang.Object also names is the bridge name$ (the compiler's Jvm.ifaceMethodName)
                if (jm.getName().equals(OBJECT_METHODS.contains(name) ? name + "$" : name)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return name;
            }
        }
        return "?";
    }

    /** @param p a pointer-like value about to be used: nil panics as Go's nil dereference */
    public static void nilCheck(Object p) {
        if (p == null) {
            throw RuntimeError.nilDeref();
        }
    }

    // ------------------------------------------------------------------ arithmetic

    /** @return x &lt;&lt; s with Go's rule: counts of 64 or more give 0 */
    public static long shl64(long x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return s >= 64 ? 0 : x << s;
    }

    /** @return x &gt;&gt; s for a signed x: counts of 64 or more give the sign */
    public static long shr64(long x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return x >> Math.min(s, 63);
    }

    /** @return x &gt;&gt; s for an unsigned x */
    public static long ushr64(long x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return s >= 64 ? 0 : x >>> s;
    }

    /** @return x &lt;&lt; s for an int-held x (the caller narrows the result) */
    public static int shl32(int x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return s >= 32 ? 0 : x << s;
    }

    /** @return x &gt;&gt; s for a signed int-held x (or a non-negative unsigned narrower one) */
    public static int shr32(int x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return x >> Math.min(s, 31);
    }

    /** @return x &gt;&gt; s for a uint32 */
    public static int ushr32(int x, long s) {
        if (s < 0) {
            throw RuntimeError.negativeShift();
        }
        return s >= 32 ? 0 : x >>> s;
    }

    /** An unsigned 64-bit shift count: a huge one is as good as 64, never negative. */
    public static long unsignedShiftCount(long s) {
        return s < 0 ? 64 : s;
    }

    /** @return x / y, Go's integer division (panics on zero; MinInt64 / -1 wraps) */
    public static long div64(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return x / y;
    }

    /** @return x % y */
    public static long rem64(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return x % y;
    }

    /** @return x / y unsigned */
    public static long udiv64(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return Long.divideUnsigned(x, y);
    }

    /** @return x % y unsigned */
    public static long urem64(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return Long.remainderUnsigned(x, y);
    }

    /** @return x / y for int-held values (the caller narrows) */
    public static int div32(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return x / y;
    }

    /** @return x % y for int-held values */
    public static int rem32(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return x % y;
    }

    /** @return x / y for uint32 */
    public static int udiv32(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return Integer.divideUnsigned(x, y);
    }

    /** @return x % y for uint32 */
    public static int urem32(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return Integer.remainderUnsigned(x, y);
    }

    /** @return a uint64's value as float64 */
    public static double u64ToDouble(long x) {
        if (x >= 0) {
            return x;
        }
        // halve keeping the low bit for correct rounding, then double
        return ((x >>> 1) | (x & 1)) * 2.0;
    }

    /** @return a uint64's value as float32 */
    public static float u64ToFloat(long x) {
        if (x >= 0) {
            return x;
        }
        return ((x >>> 1) | (x & 1)) * 2.0f;
    }

    /** @return a float64 converted to uint64 (Go leaves out-of-range results implementation-defined) */
    public static long doubleToU64(double d) {
        if (d < 9.223372036854775807E18) {
            return (long) d;
        }
        return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
    }

    // ------------------------------------------------------------------ interface values

    /** @return an int as an interface value */
    public static Object boxInt(long v) {
        return v;
    }

    /** @return an int8 as an interface value */
    public static Object boxInt8(int v) {
        return new Box.Int8(v);
    }

    /** @return an int16 */
    public static Object boxInt16(int v) {
        return (short) v;
    }

    /** @return an int32 */
    public static Object boxInt32(int v) {
        return v;
    }

    /** @return an int64 */
    public static Object boxInt64(long v) {
        return new Box.Int64(v);
    }

    /** @return a uint */
    public static Object boxUint(long v) {
        return new Box.Uint(v);
    }

    /** @return a uint8 */
    public static Object boxUint8(int v) {
        return (byte) v;
    }

    /** @return a uint16 */
    public static Object boxUint16(int v) {
        return new Box.Uint16(v);
    }

    /** @return a uint32 */
    public static Object boxUint32(int v) {
        return new Box.Uint32(v);
    }

    /** @return a uint64 */
    public static Object boxUint64(long v) {
        return new Box.Uint64(v);
    }

    /** @return a uintptr */
    public static Object boxUintptr(long v) {
        return new Box.Uintptr(v);
    }

    /** @return a float32 */
    public static Object boxFloat32(float v) {
        return v;
    }

    /** @return a float64 */
    public static Object boxFloat64(double v) {
        return v;
    }

    /** @return a bool */
    public static Object boxBool(boolean v) {
        return v;
    }

    /** @return the long-held value of an interface holding an integer type held in a long */
    public static long unboxLong(Object o) {
        return switch (o) {
            case Long l -> l;
            case Box.Int64 b -> b.v();
            case Box.Uint b -> b.v();
            case Box.Uint64 b -> b.v();
            case Box.Uintptr b -> b.v();
            default -> throw new ClassCastException(String.valueOf(o));
        };
    }

    /** @return the int-held value of an interface holding a narrower integer type */
    public static int unboxInt(Object o) {
        return switch (o) {
            case Integer i -> i;
            case Short s -> s;
            case Byte b -> b & 0xFF;
            case Box.Int8 b -> b.v();
            case Box.Uint16 b -> b.v();
            case Box.Uint32 b -> b.v();
            default -> throw new ClassCastException(String.valueOf(o));
        };
    }

    /** @return a float64 from an interface */
    public static double unboxFloat64(Object o) {
        return (Double) o;
    }

    /** @return a float32 from an interface */
    public static float unboxFloat32(Object o) {
        return (Float) o;
    }

    /** @return a bool from an interface */
    public static boolean unboxBool(Object o) {
        return (Boolean) o;
    }

    /** JVM boxes for equality and hashing of named types' values. */
    public static Object box(long v) {
        return v;
    }

    /** @return v boxed */
    public static Object box(int v) {
        return v;
    }

    /** @return v boxed */
    public static Object box(double v) {
        return v;
    }

    /** @return v boxed */
    public static Object box(float v) {
        return v;
    }

    /** @return v boxed */
    public static Object box(boolean v) {
        return v;
    }

    /** @return v itself */
    public static Object box(Object v) {
        return v;
    }

    /**
     * A slice, map, channel, function, array or non-struct pointer as an interface value.
     *
     * @param v          the value
     * @param typeString its Go type as go4j's checker prints it
     * @return the interface value
     */
    public static Object typed(Object v, String typeString) {
        return new Typed(TypeStrings.parse(typeString), v);
    }

    /** @return the run-time type a type string names */
    public static RType typeOfString(String typeString) {
        return TypeStrings.parse(typeString);
    }

    /** @return the Ptr inside an interface holding a pointer to a named non-struct type (N$Ptr) */
    public static Ptr ptrOf(Object o) {
        if (o instanceof Typed t) {
            return (Ptr) t.value();
        }
        try {
            return (Ptr) o.getClass().getField("p").get(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the value inside a {@link Typed} */
    public static Object untyped(Object o) {
        return ((Typed) o).value();
    }

    /** @return whether an interface value holds a value of the (unnamed composite or basic) type */
    public static boolean isType(Object o, String typeString) {
        if (o == null) {
            return false;
        }
        return RType.typeOf(o) == TypeStrings.parse(typeString);
    }

    /**
     * Whether a struct value held in an interface ({@code T$Val}) has all the named methods
     * in its method set: its class inherits bridges for *T's pointer methods, which T lacks.
     *
     * @param o       the interface value
     * @param methods the interface's method names, comma-separated
     * @return false if one of them is a pointer method of T
     */
    public static boolean valueHasMethods(Object o, String methods) {
        Class<?> c = o.getClass();
        if (!c.getName().endsWith("$Val")) {
            return true;
        }
        try {
            String[] ptrOnly = (String[]) c.getSuperclass().getField("$PTRONLY").get(null);
            for (String m : methods.split(",")) {
                for (String p : ptrOnly) {
                    if (p.equals(m)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** @return whether an interface value's class is exactly c or d (a *T: T, or T$Nil for nil) */
    public static boolean isClass(Object o, Class<?> c, Class<?> d) {
        return o != null && (o.getClass() == c || o.getClass() == d);
    }

    /** @return null for a nil *T held in an interface (T$Nil), else o */
    public static Object unNil(Object o) {
        return o instanceof NilPointer ? null : o;
    }

    /** @return whether an interface value's class is exactly c */
    public static boolean isClass(Object o, Class<?> c) {
        return o != null && o.getClass() == c;
    }

    /** @return o != nil */
    public static boolean notNil(Object o) {
        return o != null;
    }

    /**
     * The run-time type of a generated named type's class.
     *
     * @param c          the class (a struct's, its {@code $Val}, or a box)
     * @param typeString the type's name ({@code main.Point})
     * @return its RType; for a struct's own class (a pointer in an interface), {@code *T}
     */
    public static RType namedType(Class<?> c, String typeString) {
        RType t = TypeStrings.parse(typeString);
        if (c.getName().endsWith("$Val") || !isStructClass(c)) {
            return t;
        }
        return RType.pointer(t);
    }

    private static boolean isStructClass(Class<?> c) {
        try {
            c.getDeclaredMethod("$copy");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Declares a named type of the program for run-time type strings.
     *
     * @param name       {@code pkg.Name}
     * @param pkgPath    its package's path
     * @param underlying its underlying type's string
     */
    public static void declareType(String name, String pkgPath, String underlying) {
        TypeStrings.declare(name, pkgPath, underlying);
    }

    /**
     * Declares a named type with the class that boxes its values in interfaces, so that fmt can
     * call the String or Error method of a value it finds raw (an element of a []T).
     *
     * @param name       {@code pkg.Name}
     * @param pkgPath    its package's path
     * @param underlying its underlying type's string
     * @param box        its class
     */
    public static void declareType(String name, String pkgPath, String underlying, Class<?> box) {
        TypeStrings.declare(name, pkgPath, underlying);
        TypeStrings.declareClass(name, box);
    }

    /** Go's == on interface values (or struct and array values): panics on uncomparable dynamic types. */
    public static boolean equal(Object a, Object b) {
        return Eq.equal(a, b);
    }

    /**
     * Go's == on two values of a type that is not an interface (arrays), by its type string.
     *
     * @param a          a value
     * @param b          a value
     * @param typeString the type
     * @return whether they are equal
     */
    public static boolean valueEqual(Object a, Object b, String typeString) {
        return Eq.valueEqual(TypeStrings.parse(typeString), a, b);
    }

    /** @return a hash consistent with {@link #equal} */
    public static int hash(Object a) {
        return Eq.hash(a);
    }

    // ------------------------------------------------------------------ strings

    /** @return s[i] as a byte value 0..255 */
    public static int strIndex(String s, long i) {
        return Str.index(s, i);
    }

    /** @return s[lo:hi]; -1 for an absent bound */
    public static String strSlice(String s, long lo, long hi, long max) {
        return Str.slice(s, lo < 0 ? 0 : lo, hi < 0 ? s.length() : hi);
    }

    /** @return the packed rune and width at byte i */
    public static long decodeRune(String s, int i) {
        return Str.decodeRune(s, i);
    }

    /** @return string(r) */
    public static String runeString(long r) {
        return Str.fromRune(r);
    }

    /** @return string(b) for a []byte */
    public static String bytesToString(Object b) {
        return Str.fromBytes((SliceB) b);
    }

    /** @return string(r) for a []rune */
    public static String runesToString(Object r) {
        return Str.fromRunes((SliceI) r);
    }

    /** @return []byte(s) */
    public static SliceB bytesOf(String s) {
        return Str.toBytes(s);
    }

    /** @return []rune(s) */
    public static SliceI runesOf(String s) {
        return Str.toRunes(s);
    }

    // ------------------------------------------------------------------ slices and arrays

    /** @return len(x) for a slice, map or channel (nil: 0) */
    public static long len(Object x) {
        return switch (x) {
            case null -> 0;
            case Slice s -> s.len;
            case GoMap m -> GoMap.len(m);
            case Chan<?> c -> c.len();
            default -> throw new IllegalArgumentException("len of " + x.getClass());
        };
    }

    /** @return cap(x) for a slice or channel */
    public static long cap(Object x) {
        return switch (x) {
            case null -> 0;
            case Slice s -> s.cap;
            case Chan<?> c -> c.cap();
            default -> throw new IllegalArgumentException("cap of " + x.getClass());
        };
    }

    /** @return i as an array index, or Go's index panic */
    public static int checkIndex(long i, int len) {
        if (i < 0 || i >= len) {
            throw RuntimeError.index(i, len);
        }
        return (int) i;
    }

    /** s[lo:hi:max] of any slice; -1 for an absent bound. */
    public static Object reslice(Object s, long lo, long hi, long max) {
        long l = lo < 0 ? 0 : lo;
        long h = hi < 0 ? Slice.len((Slice) s) : hi;
        return switch (s) {
            case null -> max < 0 ? SliceL.slice(null, l, h) : SliceL.slice(null, l, h, max);
            case SliceJ x -> max < 0 ? SliceJ.slice(x, l, h) : SliceJ.slice(x, l, h, max);
            case SliceI x -> max < 0 ? SliceI.slice(x, l, h) : SliceI.slice(x, l, h, max);
            case SliceB x -> max < 0 ? SliceB.slice(x, l, h) : SliceB.slice(x, l, h, max);
            case SliceD x -> max < 0 ? SliceD.slice(x, l, h) : SliceD.slice(x, l, h, max);
            case SliceF x -> max < 0 ? SliceF.slice(x, l, h) : SliceF.slice(x, l, h, max);
            case SliceZ x -> max < 0 ? SliceZ.slice(x, l, h) : SliceZ.slice(x, l, h, max);
            case SliceL x -> max < 0 ? SliceL.slice(x, l, h) : SliceL.slice(x, l, h, max);
            default -> throw new IllegalArgumentException(s.getClass().toString());
        };
    }

    /** a[lo:hi:max] of an array (or pointer to one); -1 for an absent bound. */
    public static Object sliceOfArray(Object a, long lo, long hi, long max) {
        nilCheck(a);
        long l = lo < 0 ? 0 : lo;
        long h = hi < 0 ? Array.getLength(a) : hi;
        return switch (a) {
            case long[] x -> max < 0 ? SliceJ.sliceArray(x, l, h) : SliceJ.sliceArray(x, l, h, max);
            case int[] x -> max < 0 ? SliceI.sliceArray(x, l, h) : SliceI.sliceArray(x, l, h, max);
            case byte[] x -> max < 0 ? SliceB.sliceArray(x, l, h) : SliceB.sliceArray(x, l, h, max);
            case double[] x -> max < 0 ? SliceD.sliceArray(x, l, h) : SliceD.sliceArray(x, l, h, max);
            case float[] x -> max < 0 ? SliceF.sliceArray(x, l, h) : SliceF.sliceArray(x, l, h, max);
            case boolean[] x -> max < 0 ? SliceZ.sliceArray(x, l, h) : SliceZ.sliceArray(x, l, h, max);
            case Object[] x -> max < 0 ? SliceL.sliceArray(x, l, h) : SliceL.sliceArray(x, l, h, max);
            default -> throw new IllegalArgumentException(a.getClass().toString());
        };
    }

    /** Fills a new slice of structs or arrays with zero values. */
    public static void fillZero(SliceL s, Supplier<Object> zero) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.cap; i++) {
            s.array[s.offset + i] = zero.get();
        }
    }

    /** dst = src for arrays: copies the elements (struct elements deeply). */
    public static void arraySet(Object dst, Object src) {
        int n = Array.getLength(src);
        if (src instanceof Object[] s && n > 0 && isStruct(s[0])) {
            Object[] d = (Object[]) dst;
            for (int i = 0; i < n; i++) {
                d[i] = copyValue(s[i]);
            }
            return;
        }
        if (src instanceof Object[] s) {
            Object[] d = (Object[]) dst;
            for (int i = 0; i < n; i++) {
                d[i] = copyValue(s[i]);
            }
            return;
        }
        System.arraycopy(src, 0, dst, 0, n);
    }

    /** @return a copy of an array value (struct and array elements copied deeply) */
    public static Object arrayCopy(Object src) {
        Object dst = Array.newInstance(src.getClass().getComponentType(), Array.getLength(src));
        arraySet(dst, src);
        return dst;
    }

    private static boolean isStruct(Object o) {
        return o != null && isStructClass(o.getClass());
    }

    private static Object copyValue(Object o) {
        if (o == null) {
            return null;
        }
        if (o.getClass().isArray() && !(o instanceof Object[] && false)) {
            return arrayCopy(o);
        }
        return o;
    }

    private static final ConcurrentHashMap<String, VarHandle> FIELDS = new ConcurrentHashMap<>();

    /** {@code &a[i]} of a slice or array element that is not a struct. */
    public static Ptr elemPtr(Object arrOrSlice, long i) {
        Object arr;
        int idx;
        if (arrOrSlice instanceof Slice s) {
            if (i < 0 || i >= s.len) {
                throw RuntimeError.index(i, s.len);
            }
            idx = s.offset + (int) i;
            arr = arrayOf(s);
        } else {
            nilCheck(arrOrSlice);
            arr = arrOrSlice;
            idx = checkIndex(i, Array.getLength(arr));
        }
        return new ElemPtr(arr, idx);
    }

    private static Object arrayOf(Slice s) {
        return switch (s) {
            case SliceJ x -> x.array;
            case SliceI x -> x.array;
            case SliceB x -> x.array;
            case SliceD x -> x.array;
            case SliceF x -> x.array;
            case SliceZ x -> x.array;
            case SliceL x -> x.array;
        };
    }

    /** {@code &s.f} of a field that is not a struct. */
    public static Ptr fieldPtr(Object struct, String field) {
        nilCheck(struct);
        Class<?> c = struct.getClass();
        while (c.getName().endsWith("$Val")) {
            c = c.getSuperclass();
        }
        Class<?> cls = c;
        VarHandle vh = FIELDS.computeIfAbsent(cls.getName() + "#" + field, k -> {
            try {
                return MethodHandles.publicLookup().findVarHandle(cls, field, cls.getField(field).getType());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return new FieldPtr(struct, vh);
    }

    private static final class ElemPtr extends Ptr {
        private final Object arr;
        private final int i;

        ElemPtr(Object arr, int i) {
            this.arr = arr;
            this.i = i;
        }

        @Override
        public long getJ() {
            return ((long[]) arr)[i];
        }

        @Override
        public void setJ(long v) {
            ((long[]) arr)[i] = v;
        }

        @Override
        public int getI() {
            return arr instanceof byte[] b ? b[i] : ((int[]) arr)[i];
        }

        @Override
        public void setI(int v) {
            if (arr instanceof byte[] b) {
                b[i] = (byte) v;
            } else {
                ((int[]) arr)[i] = v;
            }
        }

        @Override
        public double getD() {
            return ((double[]) arr)[i];
        }

        @Override
        public void setD(double v) {
            ((double[]) arr)[i] = v;
        }

        @Override
        public float getF() {
            return ((float[]) arr)[i];
        }

        @Override
        public void setF(float v) {
            ((float[]) arr)[i] = v;
        }

        @Override
        public boolean getZ() {
            return ((boolean[]) arr)[i];
        }

        @Override
        public void setZ(boolean v) {
            ((boolean[]) arr)[i] = v;
        }

        @Override
        public Object getL() {
            return ((Object[]) arr)[i];
        }

        @Override
        public void setL(Object v) {
            ((Object[]) arr)[i] = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ElemPtr p && p.arr == arr && p.i == i;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(arr) * 31 + i;
        }
    }

    private static final class FieldPtr extends Ptr {
        private final Object obj;
        private final VarHandle vh;

        FieldPtr(Object obj, VarHandle vh) {
            this.obj = obj;
            this.vh = vh;
        }

        @Override
        public long getJ() {
            return (long) vh.get(obj);
        }

        @Override
        public void setJ(long v) {
            vh.set(obj, v);
        }

        @Override
        public int getI() {
            return (int) vh.get(obj);
        }

        @Override
        public void setI(int v) {
            vh.set(obj, v);
        }

        @Override
        public double getD() {
            return (double) vh.get(obj);
        }

        @Override
        public void setD(double v) {
            vh.set(obj, v);
        }

        @Override
        public float getF() {
            return (float) vh.get(obj);
        }

        @Override
        public void setF(float v) {
            vh.set(obj, v);
        }

        @Override
        public boolean getZ() {
            return (boolean) vh.get(obj);
        }

        @Override
        public void setZ(boolean v) {
            vh.set(obj, v);
        }

        @Override
        public Object getL() {
            return vh.get(obj);
        }

        @Override
        public void setL(Object v) {
            vh.set(obj, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FieldPtr p && p.obj == obj && p.vh == vh;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(obj) * 31 + vh.hashCode();
        }
    }

    // ------------------------------------------------------------------ maps

    /** @return a new map */
    public static GoMap makeMap() {
        return GoMap.make(0);
    }

    /** @return m[k], or null when absent (the caller substitutes the zero value) */
    public static Object mapGet(GoMap m, Object k) {
        Object v = GoMap.lookup(m, k);
        return v == GoMap.ABSENT ? null : v;
    }

    /** @return {m[k] or zero, ok} */
    public static Object[] mapGetOk(GoMap m, Object k, Object zero) {
        Object v = GoMap.lookup(m, k);
        return v == GoMap.ABSENT ? new Object[] {zero, Boolean.FALSE} : new Object[] {v, Boolean.TRUE};
    }

    /** m[k] = v */
    public static void mapPut(GoMap m, Object k, Object v) {
        GoMap.put(m, k, v);
    }

    /** delete(m, k) */
    public static void mapDelete(GoMap m, Object k) {
        GoMap.delete(m, k);
    }

    /** @return an iteration over m in Go's random order */
    public static GoMap.Iter mapIter(GoMap m) {
        return GoMap.iter(m);
    }

    // ------------------------------------------------------------------ channels

    /** @return make(chan T, n) */
    public static Chan<Object> makeChan(long n) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new Panic("makechan: size out of range");
        }
        return new Chan<>((int) n);
    }

    /** ch &lt;- v; a nil channel blocks for ever, as Go's */
    public static void send(Chan<Object> ch, Object v) {
        (ch == null ? Chan.nil() : ch).send(v);
    }

    /** @return &lt;-ch (null from a closed channel: the caller substitutes the zero value) */
    public static Object recv(Chan<Object> ch) {
        return (ch == null ? Chan.<Object>nil() : ch).recv();
    }

    /** @return {value or null, ok} of v, ok := &lt;-ch */
    public static Object[] recvOk(Chan<Object> ch) {
        var r = (ch == null ? Chan.<Object>nil() : ch).recvOk();
        return new Object[] {r.value(), r.ok()};
    }

    /** Replaces a null value (a closed channel's) in a {value, ok} pair with the zero value. */
    public static void zeroIfNull(Object[] pair, Object zero) {
        if (pair[0] == null) {
            pair[0] = zero;
        }
    }

    /** close(ch) */
    public static void close(Chan<Object> ch) {
        if (ch == null) {
            throw new Panic("close of nil channel");
        }
        ch.close();
    }

    /**
     * A select statement over go4j's own select.
     *
     * @param chans      each case's channel (null for a nil channel)
     * @param vals       each send case's value
     * @param sends      which cases send
     * @param hasDefault whether there is a default case
     * @return {Integer chosen case (-1 for default), received value or null, Boolean ok}
     */
    @SuppressWarnings("unchecked")
    public static Object[] select(Chan<Object>[] chans, Object[] vals, boolean[] sends, boolean hasDefault) {
        int n = chans.length;
        go4j.Case<Object[]>[] cases = new go4j.Case[n + (hasDefault ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            Chan<Object> c = chans[i] == null ? Chan.nil() : chans[i];
            final int idx = i;
            if (sends[i]) {
                cases[i] = c.onSend(vals[i], () -> new Object[] {idx, null, Boolean.TRUE});
            } else {
                cases[i] = c.onRecvOk((v, ok) -> new Object[] {idx, v, ok});
            }
        }
        if (hasDefault) {
            cases[n] = Go.defaultCase(() -> new Object[] {-1, null, Boolean.FALSE});
        }
        return Go.select(cases);
    }

    // ------------------------------------------------------------------ print, println

    /** The built-in print: to standard error, with no separators. */
    public static void print(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            sb.append(printArg(a));
        }
        writeStderr(sb.toString());
    }

    /** The built-in println: to standard error, spaces between, a newline at the end. */
    public static void println(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(printArg(args[i]));
        }
        sb.append('\n');
        writeStderr(sb.toString());
    }

    /** One argument of print/println as Go's runtime prints it (printint, printfloat, printpointer, printslice, ...). */
    private static String printArg(Object a) {
        return switch (a) {
            case null -> "(0x0,0x0)"; // a nil interface, as Go's printeface prints it
            case Double d -> GoPanic.printfloat(d);
            case Float f -> GoPanic.printfloat(f);
            case Complex c -> "(" + GoPanic.printfloat(c.re) + GoPanic.printfloat(c.im) + "i)";
            case String s -> s;
            case Boolean b -> b.toString();
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Short i -> i.toString();
            case Byte b -> Integer.toString(b & 0xFF);
            case Box.Uint u -> Long.toUnsignedString(u.v());
            case Box.Uint64 u -> Long.toUnsignedString(u.v());
            case Box.Uintptr u -> Long.toUnsignedString(u.v());
            case Box.Uint32 u -> Integer.toUnsignedString(u.v());
            case Box.Uint16 u -> Integer.toString(u.v());
            case Box.Int8 b -> Integer.toString(b.v());
            case Box.Int64 b -> Long.toString(b.v());
            case Typed t -> switch (t.type().kind()) {
                case SLICE -> t.value() == null ? "[0/0]0x0"
                        : "[" + ((Slice) t.value()).len + "/" + ((Slice) t.value()).cap + "]" + Values.address(t.value());
                case POINTER, MAP, CHAN, FUNC, UNSAFE_POINTER -> t.value() == null ? "0x0" : Values.address(t.value());
                default -> "(" + t.type() + ") " + Values.address(t.value());
            };
            default -> {
                RType rt = RType.typeOf(a);
                if (rt != null && rt.kind() == RType.Kind.POINTER) {
                    yield Values.address(a);
                }
                Object u = Values.unwrap(a);
                yield u != a && !(u instanceof GoValue) ? printArg(u) : "(" + rt + ") " + Values.address(a);
            }
        };
    }

    private static void writeStderr(String goString) {
        Stdout.flush();
        PrintStream err = System.err;
        err.write(Str.bytes(goString), 0, goString.length());
        err.flush();
    }
}
