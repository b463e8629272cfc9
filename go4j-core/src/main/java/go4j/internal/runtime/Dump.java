package go4j.internal.runtime;

import java.util.List;

/**
 * Goroutine dumps in Go's format:
 *
 * <pre>
 * goroutine 7 [chan receive, 2 minutes]:
 * com.example.Worker.run(...)
 *         Worker.java:31
 * </pre>
 *
 * One entry per goroutine, separated by blank lines. The status is the goroutine's go4j wait
 * reason ({@code chan receive}, {@code select}, {@code sync.Mutex.Lock}, ...) with the wait
 * time once it reaches a minute (Go always says "minutes"), {@code running} for the goroutine
 * taking the dump and {@code runnable} for one that is not waiting. A goroutine waiting
 * outside go4j gets the nearest Go status: {@code sleep}, {@code IO wait},
 * {@code sync.Cond.Wait} (Object.wait), {@code semacquire} (other JDK locks). Frames of go4j's
 * own machinery and of the JDK's virtual-thread plumbing are left out, as Go leaves out runtime
 * frames. A goroutine that {@link Leaks} found can never wake says so after its reason, as
 * Go 1.26 does once its leak profile has found it: {@code goroutine 7 [chan send (leaked)]:}.
 */
public final class Dump {
    private Dump() {
    }

    private static final long MINUTE = 60_000_000_000L;

    /**
     * The dump of the calling goroutine, or, when {@code all}, also of every other goroutine
     * of its program (a thread go4j did not start sees every goroutine of the JVM).
     *
     * @param all whether to dump the other goroutines too
     * @return the dump's text
     */
    public static String stack(boolean all) {
        StringBuilder sb = new StringBuilder();
        G self = G.current();
        // A thread go4j did not start prints the same way, as goroutine 0.
        header(sb, self == null ? 0 : self.id, "running", 0);
        frames(sb, Thread.currentThread().getStackTrace());
        if (all) {
            List<G> others = self == null ? Goroutines.all() : Goroutines.of(self.program);
            for (G g : others) {
                if (g != self) {
                    entry(sb, g, true);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The dump of {@code gs}, entries separated by blank lines ("" when none is alive).
     *
     * @param gs the goroutines to dump
     * @return the dump's text
     */
    public static String of(List<G> gs) {
        StringBuilder sb = new StringBuilder();
        for (G g : gs) {
            entry(sb, g, !sb.isEmpty());
        }
        return sb.toString();
    }

    /**
     * Go 1.26's goroutine leak profile, as a list: the goroutines that can never wake
     * ({@link Leaks#find}), of the calling goroutine's program (from a thread go4j did not
     * start, of the whole JVM), one Go-format entry each ({@code goroutine 7 [chan send
     * (leaked)]:} and its frames), sorted by program and id.
     *
     * @return one entry per leaked goroutine; empty when none
     */
    public static List<String> leaked() {
        G self = G.current();
        List<String> out = new java.util.ArrayList<>();
        for (G g : Leaks.find()) {
            if (self == null || g.program == self.program) {
                StringBuilder sb = new StringBuilder();
                entry(sb, g, false);
                if (!sb.isEmpty()) {
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }

    /** Appends {@code g}'s entry (preceded by a blank line when {@code separate}), if it is alive. */
    static void entry(StringBuilder sb, G g, boolean separate) {
        Thread t = g.thread;
        if (t == null || t.getState() == Thread.State.TERMINATED) {
            return;
        }
        // Read the wait, then the stack, and retry if the wait changed meanwhile, so that the
        // status and the frames describe the same moment.
        Object w = null;
        WaitReason r = null;
        long since = 0;
        StackTraceElement[] stack = new StackTraceElement[0];
        for (int attempt = 0; attempt < 3; attempt++) {
            w = g.waitOn();
            r = w == null ? null : g.reasonOf(w);
            since = g.waitSince();
            stack = t.getStackTrace();
            if (g.waitOn() == w) {
                break;
            }
        }
        if (t.getState() == Thread.State.TERMINATED) {
            return;
        }
        if (separate) {
            sb.append('\n');
        }
        if (r != null) {
            // Go 1.26 after a leak profile: "[chan send (leaked)]", before the minutes.
            String status = g.leaked() ? r.text + " (leaked)" : r.text;
            header(sb, g.id, g.bubble == null ? status : bubbled(g, status), Clock.coarseNanos() - since);
        } else {
            header(sb, g.id, statusOutsideGo4j(t, stack), 0);
        }
        frames(sb, stack);
    }

    /**
     * Go's header line: {@code goroutine 7 [chan receive]:}, with {@code , N minutes} once
     * {@code waitedNanos} reaches a minute (Go's runtime/traceback.go prints "minutes" for 1 too).
     *
     * @param sb where to append
     * @param id the goroutine's id
     * @param status the bracketed status text
     * @param waitedNanos how long it has waited, in nanoseconds
     */
    /** Go's status of a goroutine in a synctest bubble: {@code chan receive (durable), synctest bubble 1}. */
    private static String bubbled(G g, String status) {
        return status + (g.waitDurable ? " (durable)" : "") + ", synctest bubble " + g.bubble.id;
    }

    public static void header(StringBuilder sb, long id, String status, long waitedNanos) {
        sb.append("goroutine ").append(id).append(" [").append(status);
        long minutes = waitedNanos / MINUTE;
        if (minutes >= 1) {
            sb.append(", ").append(minutes).append(" minutes");
        }
        sb.append("]:\n");
    }

    /** The status of a goroutine not parked in go4j, from its thread's state and frames. */
    static String statusOutsideGo4j(Thread t, StackTraceElement[] stack) {
        Thread.State st = t.getState();
        switch (st) {
            case NEW:
                return "runnable";
            case BLOCKED:
                return "semacquire"; // entering a synchronized block
            case WAITING:
            case TIMED_WAITING:
                for (StackTraceElement e : stack) {
                    String c = e.getClassName();
                    String m = e.getMethodName();
                    if (c.equals("java.lang.Thread") && m.startsWith("sleep")
                            || c.equals("go4j.time.Time") && m.equals("sleep")) {
                        return "sleep";
                    }
                    if (c.startsWith("sun.nio.ch.") || c.startsWith("java.net.") || c.startsWith("java.nio.channels.")) {
                        return "IO wait";
                    }
                    if (c.equals("java.lang.Object") && m.startsWith("wait")) {
                        return "sync.Cond.Wait";
                    }
                }
                return "semacquire";
            default:
                // RUNNABLE: mounted or waiting for a carrier. Go's dump stops the world, so
                // every goroutine but the caller is "runnable" there too. (A native frame on
                // top cannot tell a blocking file read from an intrinsic in a loop: no "syscall".)
                return "runnable";
        }
    }

    /**
     * Appends the user frames of {@code stack}, Go-style: the call, then a tab and the file:line.
     *
     * @param sb where to append
     * @param stack the frames, innermost first
     */
    public static void frames(StringBuilder sb, StackTraceElement[] stack) {
        frames(sb, stack, 0, stack.length, "");
    }

    /** Appends the user frames of {@code stack[from, to)}, each line after {@code indent}. */
    static void frames(StringBuilder sb, StackTraceElement[] stack, int from, int to, String indent) {
        for (int i = from; i < to; i++) {
            StackTraceElement e = stack[i];
            if (hidden(e)) {
                continue;
            }
            sb.append(indent).append(e.getClassName()).append('.').append(e.getMethodName()).append("(...)\n")
                    .append(indent).append('\t')
                    .append(e.getFileName() == null ? "?" : e.getFileName());
            if (e.getLineNumber() > 0) {
                sb.append(':').append(e.getLineNumber());
            }
            sb.append('\n');
        }
    }

    /**
     * go4j's own machinery and the JDK's plumbing under a goroutine.
     *
     * @param e a stack frame
     * @return whether a dump leaves the frame out
     */
    public static boolean hidden(StackTraceElement e) {
        String c = e.getClassName();
        if (c.startsWith("go4j.")) {
            // User-facing code in go4j (patterns, examples, tests) stays visible.
            return c.startsWith("go4j.internal.") || c.equals("go4j.Chan") || c.startsWith("go4j.Chan$")
                    || c.equals("go4j.Select") || c.equals("go4j.Go") || c.startsWith("go4j.sync.")
                    || c.startsWith("go4j.time.") || c.startsWith("go4j.context.")
                    || c.equals("go4j.Panic") || c.equals("go4j.Interrupted")
                    || c.equals("go4j.Func") // Func.run, between the goroutine and its lambda
                    || c.equals("go4j.GoroutineExecutor"); // Go.executor()'s wrapper of a task
        }
        String m = e.getMethodName();
        return c.startsWith("java.lang.VirtualThread") || c.startsWith("jdk.internal.")
                || c.equals("java.lang.Thread") && (m.equals("getStackTrace") || m.equals("run") || m.equals("runWith"))
                || c.startsWith("java.lang.System$")
                || c.startsWith("java.util.concurrent.locks.LockSupport")
                || c.startsWith("java.util.concurrent.ForkJoin");
    }
}
