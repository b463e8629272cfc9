package go4j.internal.runtime;

import go4j.internal.base.Settings;
import go4j.internal.base.RuntimeThread;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What outside go4j may still wake a goroutine: the deadlock verdict's third condition, next
 * to "every goroutine asleep" and "no timer pending" ({@link Deadlock}). It is the JVM's
 * counterpart of Go's network poller, which Go's checkdead counts as awake: on the JVM any
 * thread go4j did not start may send on a channel, call {@code wg.done()} or start a goroutine
 * later (an HTTP server's dispatcher, a scheduled executor, a {@code CompletableFuture}
 * callback, a JDBC driver's thread), and a verdict must not kill the program it would wake.
 *
 * <p>Awake, so no verdict while one exists:
 * <ol>
 *   <li>a live platform thread that is running (computing, or in a native call such as a
 *       socket read or a selector: Go's goroutine in the network poller), blocked on a
 *       monitor, or in a timed wait (a sleep, a scheduled executor with a task due, a
 *       {@code java.util.Timer}), whether a daemon or not: a platform thread a goroutine
 *       creates is a daemon by inheritance (the dispatcher of an {@code HttpServer} started in
 *       {@code Go.main} is one). A thread parked in an untimed wait
 *       ({@link Thread.State#WAITING}) is asleep if it stays in that one wait (its JMX waited
 *       count does not move) from {@link #look} to {@link Look#confirmed}: such a thread (an
 *       idle executor's worker, a thread in {@code join} or on a channel) acts again only when
 *       something running wakes it, and all of that is watched here too. A wake that came
 *       just before the first look and that the OS has not acted on yet is invisible here,
 *       so {@link Deadlock} spaces the two looks by a watchdog period when there is such a
 *       thread;
 *   <li>a {@link ForkJoinPool} with a task running, queued or scheduled: the common pool
 *       ({@code CompletableFuture}'s async methods and its timeouts, parallel streams) and the
 *       pool of every live fork-join worker thread (the JDK's virtual-thread scheduler, which
 *       runs virtual threads go4j did not start, and times their sleeps). A pool's count of
 *       scheduled tasks is updated by its delay-scheduler thread, so it lags: that thread
 *       counts under rule 1 too (in a timed wait while a task is scheduled, woken when one
 *       is added);
 *   <li>a virtual thread go4j did not start running, runnable or in a timed park on go4j's
 *       own scheduler ({@link go4j.internal.sched.Scheduler#quiescent}: a virtual thread a goroutine creates runs
 *       there).
 * </ol>
 *
 * <p>Not counted: the thread waiting in this {@code Go.main}; go4j's own threads
 * ({@link RuntimeThread}: {@link Timers#mayWake} covers the timers); the JVM's own (the system
 * thread group, the JDK's innocuous threads such as the cleaner, the virtual-thread pollers and
 * the process reaper, the virtual threads' unparker (rule 3 asks what it holds), the thread
 * in DestroyJavaVM, Flight Recorder's threads); and the threads
 * named by {@code -Dgo4j.deadlock.ignoreThreads=REGEX} (or {@code GO4J_DEADLOCK_IGNORE_THREADS}),
 * for an application that knows some of its threads never reach a goroutine (a test runner's
 * stdin reader, say). So a goroutine that waits for something only those can bring (a
 * {@code Process.waitFor()} on another thread, which the JDK's reaper ends; a virtual thread
 * go4j did not start blocked in a socket read, which a poller ends) is not seen as awake;
 * {@code -Dgo4j.deadlock=off} turns detection off for such a program.
 *
 * <p>Each rule only delays a verdict; none can make one. Cost, paid only when every goroutine
 * is already asleep and no timer is pending: two enumerations of the platform threads (no
 * stacks) and a JMX thread-info read of those in an untimed wait.
 */
final class Outside {
    private Outside() {
    }

    /** The root of the thread groups (the JVM's "system" group). */
    private static final ThreadGroup ROOT = root();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static ThreadGroup root() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) {
            g = g.getParent();
        }
        return g;
    }

    /**
     * The first look at the threads outside go4j for {@code p}'s verdict: {@link Look#awake}
     * says whether one may act now; if none may, {@link Look#confirmed} later checks that the
     * ones in untimed waits stayed in them.
     */
    static Look look(Program p) {
        List<Thread> waiting = new ArrayList<>();
        String awake = quietOutside(p, waiting);
        if (awake != null) {
            return new Look(awake, null, null);
        }
        long[] ids = ids(waiting);
        long[] waited = waitedCounts(ids);
        return waited == null ? new Look("a thread left its untimed wait", null, null) : new Look(null, ids, waited);
    }

    /** What {@link #look} saw. */
    static final class Look {
        private final String awake;  // what may act, or null
        private final long[] ids;    // the threads in untimed waits (when awake is null)
        private final long[] waited; // their waited counts then

        private Look(String awake, long[] ids, long[] waited) {
            this.awake = awake;
            this.ids = ids;
            this.waited = waited;
        }

        /** What outside go4j may act now, in a few words, or null if nothing may. */
        String awake() {
            return awake;
        }

        /** How many threads outside go4j were in untimed waits (when {@link #awake} is null). */
        int untimedWaits() {
            return ids == null ? 0 : ids.length;
        }

        /**
         * The second look (after {@link #awake} said null): null if nothing outside go4j may act
         * now either and every thread seen in an untimed wait then has been in that same wait
         * since; else what moved.
         */
        String confirmed(Program p) {
            List<Thread> waiting = new ArrayList<>();
            String now = quietOutside(p, waiting);
            if (now != null) {
                return now;
            }
            // Same threads (a new one was started by something running), same waits.
            if (!Arrays.equals(ids(waiting), ids) || !Arrays.equals(waitedCounts(ids), waited)) {
                return "a thread outside go4j left its untimed wait, or started";
            }
            return null;
        }
    }

    private static long[] ids(List<Thread> threads) {
        long[] ids = new long[threads.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = threads.get(i).threadId();
        }
        return ids;
    }

    /**
     * Applies the rules to the platform threads of this moment: what may act (a thread, a
     * busy pool, the scheduler), or null, with the threads in untimed waits to confirm later
     * added to {@code waiting}, in enumeration order.
     */
    private static String quietOutside(Program p, List<Thread> waiting) {
        List<ForkJoinPool> pools = new ArrayList<>(4);
        pools.add(ForkJoinPool.commonPool());
        Thread self = Thread.currentThread();
        for (Thread t : platformThreads()) {
            if (t == self || t == p.caller || t instanceof RuntimeThread || !t.isAlive()) {
                continue;
            }
            if (t instanceof ForkJoinWorkerThread w) {
                ForkJoinPool pool = w.getPool();
                if (!containsSame(pools, pool)) {
                    pools.add(pool);
                }
                continue;
            }
            if (jvms(t) || ignored(t)) {
                continue;
            }
            Thread.State st = t.getState();
            if (st == Thread.State.WAITING) {
                waiting.add(t);
            } else if (st != Thread.State.TERMINATED) {
                // running, in I/O, blocked on a monitor, or in a wait that ends by itself
                return "thread \"" + t.getName() + "\" is " + st;
            }
        }
        for (ForkJoinPool pool : pools) {
            if (!pool.isQuiescent() || pool.getDelayedTaskCount() > 0) {
                return "fork-join pool busy: " + pool;
            }
        }
        return Schedulers.current().quiescent() ? null : "a continuation that is not a goroutine's runs or waits to run";
    }

    /**
     * How many times each thread has waited so far (JMX), or null if one is no longer in an
     * untimed wait. A thread that ended counts as -1: it waits for nothing and wakes nobody.
     */
    private static long[] waitedCounts(long[] ids) {
        long[] counts = new long[ids.length];
        if (ids.length == 0) {
            return counts;
        }
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            ThreadInfo ti = infos[i];
            if (ti == null) {
                counts[i] = -1;
            } else if (ti.getThreadState() != Thread.State.WAITING) {
                return null;
            } else {
                counts[i] = ti.getWaitedCount();
            }
        }
        return counts;
    }

    /** A snapshot of the live platform threads (virtual threads are never listed). */
    private static List<Thread> platformThreads() {
        for (int size = 64; ; size *= 2) {
            Thread[] ts = new Thread[size];
            int n = ROOT.enumerate(ts, true);
            if (n < size) { // else there may be more: look again with room to spare
                return Arrays.asList(ts).subList(0, n);
            }
        }
    }

    /** The JVM's own threads: they run no application code that could reach a goroutine. */
    private static boolean jvms(Thread t) {
        String c = t.getClass().getName();
        return t.getThreadGroup() == ROOT // Reference Handler, Finalizer, Signal Dispatcher, Attach Listener, ...
                || c.equals("jdk.internal.misc.InnocuousThread") // Common-Cleaner, pollers, unparker, process reaper, ...
                || t.getName().equals("DestroyJavaVM") // waits for the non-daemon threads to end
                || t.getName().startsWith("JFR "); // Flight Recorder's periodic tasks and streams
    }

    /** {@code go4j.deadlock.ignoreThreads}: names of threads that never reach a goroutine. */
    private static final Pattern IGNORED = ignoredThreads(
            Settings.get("go4j.deadlock.ignoreThreads", "GO4J_DEADLOCK_IGNORE_THREADS"));

    static Pattern ignoredThreads(String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            System.err.println("go4j: ignoring go4j.deadlock.ignoreThreads, not a regular expression: " + e.getMessage());
            return null;
        }
    }

    private static boolean ignored(Thread t) {
        return IGNORED != null && IGNORED.matcher(t.getName()).matches();
    }

    private static boolean containsSame(List<ForkJoinPool> pools, ForkJoinPool pool) {
        for (ForkJoinPool q : pools) {
            if (q == pool) {
                return true;
            }
        }
        return false;
    }
}
