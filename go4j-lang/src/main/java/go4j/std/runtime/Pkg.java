package go4j.std.runtime;

import go4j.Go;

/**
 * Go's {@code runtime} package, the part programs call (stub
 * {@code go4j/std/runtime/runtime.go}), on go4j's scheduler ({@link Go}).
 *
 * <pre>{@code
 * Pkg.GOMAXPROCS(0);   // the current setting
 * Pkg.NumGoroutine();  // 1 in a program that started none
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /**
     * Go's GC: asks the JVM for a full collection ({@code System.gc()}), which the JVM does
     * unless started with {@code -XX:+DisableExplicitGC}, so that {@link #ReadMemStats} after
     * it reports what is live, as Go's does.
     */
    public static void GC() {
        System.gc();
    }

    /** @return the previous number of processors running goroutines; n &lt; 1 only asks */
    public static long GOMAXPROCS(long n) {
        return Go.gomaxprocs((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
    }

    /** Ends the calling goroutine after its deferred calls ran. */
    public static void Goexit() {
        Go.goexit();
    }

    /** Yields the processor so that other goroutines run. */
    public static void Gosched() {
        Go.gosched();
    }

    /** @return the number of processors the JVM may use */
    public static long NumCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return the number of live goroutines */
    public static long NumGoroutine() {
        return Go.numGoroutine();
    }

    /** runtime.MemProfileRate: kept for programs that set it; nothing reads it. */
    public static long MemProfileRate = 512 * 1024;

    /** @param x kept reachable up to here by the call itself */
    public static void KeepAlive(Object x) {
    }

    /**
     * Accepted and ignored: the JVM runs no Go finalizers.
     *
     * @param obj       the object
     * @param finalizer its finalizer
     */
    public static void SetFinalizer(Object obj, Object finalizer) {
    }

    /** A no-op: there is no debugger trap to fall into. */
    public static void Breakpoint() {
    }

    /** @param m filled with the JVM heap's figures */
    public static void ReadMemStats(MemStats m) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        m.Alloc = used;
        m.HeapAlloc = used;
        m.HeapInuse = used;
        m.TotalAlloc = Math.max(m.TotalAlloc, used);
        m.Sys = rt.totalMemory();
        m.HeapSys = rt.totalMemory();
        m.HeapIdle = rt.freeMemory();
        long gcs = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, gc.getCollectionCount());
        }
        m.NumGC = (int) gcs;
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * The compiled program's frames of the calling goroutine, innermost first, without the
     * compiler's wrappers (go/defer thunks, interface bridges: Rt.isGoFrame).
     */
    private static java.util.List<StackWalker.StackFrame> goFrames() {
        return WALKER.walk(frames -> frames
                .filter(f -> go4j.lang.Rt.isGoFrame(f.getClassName(), f.getLineNumber()))
                .toList());
    }

    /**
     * Go's {@code runtime.Caller}.
     *
     * @param skip 0 for the function calling Caller, 1 for its caller, ...
     * @return {@code {Long pc, String file, Long line, Boolean ok}}: the file's absolute path as
     *     the class records it; pc is a stand-in (the frame's depth, never 0 when ok)
     */
    public static Object[] Caller(long skip) {
        java.util.List<StackWalker.StackFrame> fs = goFrames();
        if (skip < 0 || skip >= fs.size()) {
            return new Object[] {0L, "", 0L, false};
        }
        StackWalker.StackFrame f = fs.get((int) skip);
        String file = f.getFileName() == null ? "?" : go4j.lang.Str.fromJava(f.getFileName());
        return new Object[] {(long) (fs.size() - skip), file, (long) f.getLineNumber(), true};
    }

    /**
     * Go's {@code runtime.Stack}: the calling goroutine's trace in Go's form (its compiled
     * frames, {@code main.f()} or, with arguments, {@code main.f(...)}, then a tab, file and line), and with {@code all} the program's
     * other goroutines after it, as go4j's dump has them; as much as fits in buf.
     *
     * @param buf where to write
     * @param all whether to add the other goroutines
     * @return the bytes written
     */
    public static long Stack(go4j.lang.SliceB buf, boolean all) {
        String dump = Go.stack(all);
        int nl = dump.indexOf('\n');
        StringBuilder sb = new StringBuilder(nl >= 0 ? dump.substring(0, nl + 1) : "goroutine 1 [running]:\n");
        for (StackWalker.StackFrame f : goFrames()) {
            sb.append(go4j.lang.Rt.goFuncName(f.getClassName(), f.getMethodName()))
                    .append(f.getMethodType().parameterCount() == 0 ? "()" : "(...)").append("\n\t").append(f.getFileName()).append(':').append(f.getLineNumber()).append('\n');
        }
        if (all) {
            int others = dump.indexOf("\n\ngoroutine ");
            if (others >= 0) {
                sb.append(dump, others + 1, dump.length());
            }
        }
        String text = go4j.lang.Str.fromJava(sb.toString());
        int n = (int) Math.min(text.length(), go4j.lang.SliceB.len(buf));
        for (int i = 0; i < n; i++) {
            go4j.lang.SliceB.set(buf, i, (byte) text.charAt(i));
        }
        return n;
    }

    /** @return $GOROOT, else an installed Go toolchain's root, else "" */
    public static String GOROOT() {
        String env = System.getenv("GOROOT");
        if (env != null && !env.isEmpty()) {
            return go4j.lang.Str.fromJava(env);
        }
        for (String d : new String[] {"/usr/lib/go-1.19", "/usr/lib/go", "/usr/local/go"}) {
            if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(d, "src"))) {
                return d;
            }
        }
        return "";
    }
}
