package go4j.internal.runtime;

import go4j.internal.base.Settings;
import go4j.internal.sched.GmpScheduler;
import go4j.internal.sched.Scheduler;

/**
 * Chooses the scheduler once, at first use.
 *
 * <p>{@code gmp} when the JDK's virtual-thread builder hook is reachable (the JVM was started
 * with {@code --add-opens java.base/java.lang=ALL-UNNAMED}), unless {@code -Dgo4j.scheduler=jdk}
 * or {@code GO4J_SCHEDULER=jdk} asks for the JDK's. When {@code gmp} is wanted but the hook
 * is not reachable, one line on stderr says so and the JDK scheduler runs.
 * {@code -Dgo4j.gomaxprocs} or {@code GOMAXPROCS} set the initial GOMAXPROCS. Once chosen, the
 * scheduler is shown to JMX clients as {@code go4j:type=Runtime} ({@link RuntimeMBean}).
 */
public final class Schedulers {
    private Schedulers() {
    }

    private static final class Holder {
        static final Scheduler SCHEDULER = ranOneThread(choose());

        static {
            RuntimeMBean.registerLater(SCHEDULER); // go4j:type=Runtime, once, in the background
        }
    }

    /**
     * Runs one empty virtual thread of {@code s} to its end before any goroutine exists, so
     * that the JDK has loaded what the end of a virtual thread's life uses (on JDK 25,
     * {@code VirtualThread.run} calls {@code VirtualThreadEndEvent.isTurnedOn()} after the
     * task returns). Otherwise, in a program whose goroutines all park before the first one
     * ends, the JIT compiles {@code VirtualThread.run} with that class not loaded, and every
     * goroutine parked in that compiled code deoptimizes when its body returns
     * (docs/benchmarks.md, "Waking many at once"). Costs one thread start and join, once per
     * JVM.
     */
    private static Scheduler ranOneThread(Scheduler s) {
        Thread t = s.newThread(() -> { });
        t.start();
        boolean interrupted = false;
        for (;;) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // not ours to consume: restored below
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return s;
    }

    /**
     * The scheduler goroutines run on, chosen once.
     *
     * @return the scheduler
     */
    public static Scheduler current() {
        return Holder.SCHEDULER;
    }

    static int initialGomaxprocs() {
        String v = Settings.get("go4j.gomaxprocs", "GOMAXPROCS");
        if (v != null) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // Go ignores a malformed GOMAXPROCS too.
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static Scheduler choose() {
        int procs = initialGomaxprocs();
        String wanted = Settings.get("go4j.scheduler", "GO4J_SCHEDULER");
        if (wanted != null && !wanted.equals("gmp") && !wanted.equals("jdk")) {
            System.err.println("go4j: unknown scheduler '" + wanted + "' (expected gmp or jdk); using gmp if available");
            wanted = null;
        }
        if (!"jdk".equals(wanted)) {
            try {
                return GmpScheduler.create(procs);
            } catch (UnsupportedOperationException e) {
                System.err.println("go4j: gmp scheduler unavailable: " + e.getMessage() + "; using the JDK scheduler");
            }
        }
        if (System.getProperty("jdk.virtualThreadScheduler.parallelism") == null
                && Settings.get("go4j.gomaxprocs", "GOMAXPROCS") != null) {
            // Only effective before the first virtual thread starts; harmless otherwise.
            System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(procs));
        }
        return new JdkScheduler(procs);
    }
}
