package go4j.internal.runtime;

import go4j.diag.GoRuntimeMXBean;
import go4j.internal.base.RuntimeThread;
import go4j.internal.base.Settings;
import go4j.internal.sched.Schedtrace;
import go4j.internal.sched.Scheduler;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@code go4j:type=Runtime}: the runtime's figures for JMX clients ({@link GoRuntimeMXBean},
 * whose Javadoc is the user's contract).
 *
 * <p>Invariants: at most one registration attempt per JVM, made from {@link Schedulers} when
 * the scheduler is created (class initialization runs that once); the attempt runs on its own
 * {@link RuntimeThread}, so that nothing of the program waits for the JDK's management
 * machinery, and deadlock detection does not count it; whatever it throws is swallowed there.
 * The attempt comes {@link #REGISTER_AFTER_MILLIS} after the scheduler starts: building the
 * platform MBean server is a cost a short program would pay for a bean nobody looks at
 * (docs/diagnostics.md has the measurement), while the programs a JMX client attaches to run
 * longer than that. The bean itself holds no state but its scheduler: each attribute reads
 * the runtime when asked.
 */
public final class RuntimeMBean implements GoRuntimeMXBean {
    /** The JDK's MXBean for its virtual-thread scheduler (JDK 24+), read by name: no compile-time tie to jdk.management. */
    private static final String JDK_SCHEDULER = "jdk.management:type=VirtualThreadScheduler";

    /** How long after the scheduler starts the bean is registered (see the class comment). */
    static final long REGISTER_AFTER_MILLIS = 1_000;

    private final Scheduler sched; // the one Schedulers chose: never changes

    RuntimeMBean(Scheduler sched) {
        this.sched = sched;
    }

    /**
     * Registers the bean for {@code sched} from a runtime thread of its own,
     * {@link #REGISTER_AFTER_MILLIS} from now, unless {@code go4j.jmx}/{@code GO4J_JMX} is
     * {@code false} or {@code off}. Never throws.
     */
    static void registerLater(Scheduler sched) {
        if (!enabled(Settings.get("go4j.jmx", "GO4J_JMX"))) {
            return;
        }
        try {
            new RuntimeThread(() -> register(sched), "go4j-jmx").start();
        } catch (Throwable e) { // OutOfMemoryError: unable to create native thread
            // No bean then; the program runs on.
        }
    }

    /** Whether the setting's value leaves registration on: anything but false/off (any case). */
    static boolean enabled(String setting) {
        return setting == null || !(setting.equalsIgnoreCase("false") || setting.equalsIgnoreCase("off"));
    }

    private static void register(Scheduler sched) {
        try {
            Thread.sleep(REGISTER_AFTER_MILLIS); // a daemon: a JVM that ends meanwhile ends it
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            server.registerMBean(new RuntimeMBean(sched), new ObjectName(OBJECT_NAME));
        } catch (Throwable e) {
            // No platform MBean server (a runtime image without it), a security manager's
            // refusal, or the name taken by another copy of go4j in this JVM: no bean, and the
            // program runs on. Nothing is printed: a program that never looks loses nothing.
        }
    }

    // ---- Go's runtime functions ----

    @Override
    public int getNumGoroutine() {
        return Goroutines.count();
    }

    @Override
    public int getGomaxprocs() {
        return sched.gomaxprocs();
    }

    /** Go.gomaxprocs's path: the scheduler's setter, which validates n >= 1 on gmp (jdk only records). */
    @Override
    public void setGomaxprocs(int n) {
        if (n < 1) {
            // Go.gomaxprocs(n < 1) only queries; a setter that silently did nothing would mislead.
            throw new IllegalArgumentException("GOMAXPROCS must be >= 1: " + n);
        }
        sched.setGomaxprocs(n);
    }

    @Override
    public String getScheduler() {
        return sched.name();
    }

    @Override
    public String goroutineDump() {
        return Dump.of(Goroutines.all());
    }

    // ---- the scheduler's figures: gmp's schedtrace, or what the JDK says of its pool ----

    @Override
    public String getSchedtrace() {
        Schedtrace t = sched.schedtraceNow();
        return t == null ? null : t.toString();
    }

    @Override
    public int getIdleProcs() {
        Schedtrace t = sched.schedtraceNow();
        if (t != null) {
            return t.idleprocs();
        }
        long parallelism = jdkFigure("Parallelism");
        long mounted = jdkFigure("MountedVirtualThreadCount");
        return parallelism < 0 || mounted < 0 ? -1 : (int) Math.max(0, parallelism - mounted);
    }

    @Override
    public int getThreads() {
        Schedtrace t = sched.schedtraceNow();
        return t != null ? t.threads() : clamp(jdkFigure("PoolSize"));
    }

    @Override
    public int getSpinningThreads() {
        Schedtrace t = sched.schedtraceNow();
        return t != null ? t.spinningthreads() : -1;
    }

    @Override
    public int getIdleThreads() {
        Schedtrace t = sched.schedtraceNow();
        return t != null ? t.idlethreads() : -1;
    }

    @Override
    public int getRunQueue() {
        Schedtrace t = sched.schedtraceNow();
        return t != null ? t.runqueue() : clamp(jdkFigure("QueuedVirtualThreadCount"));
    }

    @Override
    public int[] getLocalRunQueues() {
        Schedtrace t = sched.schedtraceNow();
        return t != null ? t.runqsizes() : new int[0];
    }

    /** An attribute of the JDK's virtual-thread scheduler MXBean, or -1 if this JDK has none. */
    private static long jdkFigure(String attribute) {
        try {
            Object v = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(JDK_SCHEDULER), attribute);
            return v instanceof Number n ? n.longValue() : -1;
        } catch (Exception e) { // not there (before JDK 24), or not readable
            return -1;
        }
    }

    private static int clamp(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }
}
