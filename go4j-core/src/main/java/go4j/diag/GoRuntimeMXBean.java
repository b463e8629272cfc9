package go4j.diag;

/**
 * go4j's runtime as a JMX MXBean, {@code go4j:type=Runtime} in the platform MBean server: what
 * Go's {@code runtime.NumGoroutine}, {@code runtime.GOMAXPROCS}, {@code GODEBUG=schedtrace}
 * and {@code runtime.Stack} tell, for JConsole, VisualVM, JDK Mission Control or any JMX client.
 *
 * <pre>{@code
 * MBeanServer server = ManagementFactory.getPlatformMBeanServer();
 * ObjectName name = new ObjectName(GoRuntimeMXBean.OBJECT_NAME);
 * int goroutines = (Integer) server.getAttribute(name, "NumGoroutine");
 * String dump = (String) server.invoke(name, "goroutineDump", null, null);
 * // or typed, through a proxy:
 * GoRuntimeMXBean go4j = JMX.newMXBeanProxy(server, name, GoRuntimeMXBean.class);
 * System.out.println(go4j.getScheduler() + " " + go4j.getGomaxprocs());
 * }</pre>
 *
 * <p>go4j registers it once, a second after its runtime starts (the first goroutine,
 * {@code Go.main} or anything else that needs the scheduler), from a short-lived thread of its
 * own, so that a program never waits for the JDK's management machinery and a short one never
 * builds it; a client that looks sooner does not find it yet. Registration never fails the program: with no platform MBean
 * server, or the name already taken (a second copy of go4j in another class loader), go4j runs
 * without it. {@code -Dgo4j.jmx=false} (or {@code GO4J_JMX=false}) turns it off
 * (docs/settings.md).
 *
 * <p>Each attribute is read when it is asked for, on its own: two attributes are two moments.
 * {@link #getSchedtrace()} gives the scheduler's figures at one moment, as Go prints them.
 *
 * <p>The scheduler figures are the gmp scheduler's (Go's schedtrace). On the jdk scheduler
 * (plain virtual threads on the JDK's ForkJoinPool) there are no Ps: {@link #getThreads()},
 * {@link #getIdleProcs()} and {@link #getRunQueue()} are read from the JDK's own
 * {@code jdk.management:type=VirtualThreadScheduler} MXBean, the figures nothing there
 * matches are -1 (as the JDK's MXBeans answer for what they cannot measure), the local run
 * queues are an empty array and {@link #getSchedtrace()} is null.
 */
public interface GoRuntimeMXBean {
    /** Where the platform MBean server holds it: {@value}. */
    String OBJECT_NAME = "go4j:type=Runtime";

    /** {@return the live goroutines, main goroutines of {@code Go.main} included ({@code Go.numGoroutine()})} */
    int getNumGoroutine();

    /** {@return GOMAXPROCS ({@code Go.gomaxprocs(0)})} */
    int getGomaxprocs();

    /**
     * Sets GOMAXPROCS as {@code Go.gomaxprocs(n)} does, with its rules: on the gmp scheduler
     * the Ps are resized at once; on the jdk scheduler the value is recorded and reported but
     * the JDK's pool keeps the size it started with.
     *
     * @param n the new GOMAXPROCS, at least 1
     * @throws IllegalArgumentException if {@code n < 1} (where {@code Go.gomaxprocs} only
     *                                  queries), or if the gmp scheduler cannot allocate that
     *                                  many Ps (GOMAXPROCS then stays as it was)
     */
    void setGomaxprocs(int n);

    /** {@return the scheduler running goroutines: "gmp" or "jdk" ({@code Go.scheduler()})} */
    String getScheduler();

    /**
     * Go's {@code SCHED} line now, as {@code GODEBUG=schedtrace=N} prints it on stderr
     * ({@code SCHED 1004ms: gomaxprocs=2 idleprocs=1 threads=4 spinningthreads=0 needspinning=0
     * idlethreads=2 runqueue=0 [0 0]}; the time is since the scheduler started); null on the jdk
     * scheduler.
     *
     * @return the {@code SCHED} line, or null on the jdk scheduler
     */
    String getSchedtrace();

    /**
     * Ps with nothing to run (Go's {@code idleprocs}); on jdk, the parallelism less the virtual
     * threads mounted, or -1 if the JDK does not say.
     *
     * @return the idle Ps, or on jdk the idle carriers
     */
    int getIdleProcs();

    /**
     * Carrier threads (Go's {@code threads}: Ms ever created, plus sysmon); on jdk, the size of
     * the JDK's pool, or -1 if the JDK does not say.
     *
     * @return the carrier threads
     */
    int getThreads();

    /** {@return the Ms looking for work (Go's {@code spinningthreads}); -1 on jdk} */
    int getSpinningThreads();

    /** {@return the Ms parked with nothing to do (Go's {@code idlethreads}); -1 on jdk} */
    int getIdleThreads();

    /**
     * Goroutines waiting in the global run queue (Go's {@code runqueue}); on jdk, the JDK's
     * estimate of the virtual threads queued anywhere in its pool, or -1 if it does not say.
     *
     * @return the length of the global run queue, or on jdk the JDK's estimate
     */
    int getRunQueue();

    /** {@return the goroutines waiting in each P's local run queue (the bracketed list of Go's line); empty on jdk} */
    int[] getLocalRunQueues();

    /**
     * Every goroutine in the JVM, in Go's format and with Go's wait reasons
     * ({@code goroutine 7 [chan receive, 2 minutes]:}, then its frames): the text of
     * {@code Go.stack(true)} called from a thread that is not a goroutine, without that caller's
     * own entry; "" when no goroutine is alive.
     *
     * @return the dump, in Go's format
     */
    String goroutineDump();
}
