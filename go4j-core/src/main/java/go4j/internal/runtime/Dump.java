package go4j.internal.runtime;

import java.util.List;

/**
 * Goroutine dumps in Go's format:
 *
 * <pre>
 * goroutine 7 [chan receive, 2 minutes]:
 * com.example.Worker.run(Worker.java:31)
 *         ...
 * </pre>
 *
 * Frames of go4j's own machinery and of the JDK's virtual-thread plumbing are left out, as Go
 * leaves out runtime frames.
 */
public final class Dump {
    private Dump() {
    }

    /** The dump of the calling goroutine, or of every goroutine when {@code all}. */
    public static String stack(boolean all) {
        StringBuilder sb = new StringBuilder();
        G self = G.current();
        if (self != null) {
            append(sb, self, Thread.currentThread().getStackTrace(), true);
        } else {
            // A thread go4j did not start: print it the same way, without a goroutine id.
            sb.append("goroutine 0 [running]:\n");
            frames(sb, Thread.currentThread().getStackTrace());
        }
        if (all) {
            for (G g : Goroutines.all()) {
                if (g != self) {
                    Thread t = g.thread;
                    if (t == null || !t.isAlive()) {
                        continue;
                    }
                    sb.append('\n');
                    append(sb, g, t.getStackTrace(), false);
                }
            }
        }
        return sb.toString();
    }

    /** The dump of the given goroutines. */
    public static String of(List<G> gs) {
        StringBuilder sb = new StringBuilder();
        for (G g : gs) {
            Thread t = g.thread;
            if (t == null || !t.isAlive()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            append(sb, g, t.getStackTrace(), g == G.current());
        }
        return sb.toString();
    }

    /** Go's header status: the wait reason, with the wait time once it passes a minute. */
    public static String status(G g, boolean running, StackTraceElement[] stack) {
        if (running) {
            return "running";
        }
        WaitReason r = g.waitReason();
        String s;
        if (r != null) {
            s = r.text;
            long minutes = (Clock.coarseNanos() - g.waitSince()) / 60_000_000_000L;
            if (minutes >= 1) {
                s += ", " + minutes + (minutes == 1 ? " minute" : " minutes");
            }
            return s;
        }
        Thread t = g.thread;
        Thread.State st = t == null ? Thread.State.RUNNABLE : t.getState();
        if (st == Thread.State.WAITING || st == Thread.State.TIMED_WAITING || st == Thread.State.BLOCKED) {
            for (StackTraceElement e : stack) {
                String c = e.getClassName();
                if (c.equals("java.lang.Thread") && e.getMethodName().startsWith("sleep")) {
                    return "sleep";
                }
                if (c.startsWith("sun.nio.ch.") || c.startsWith("java.net.") || c.startsWith("java.io.")) {
                    return "IO wait";
                }
            }
            return st == Thread.State.BLOCKED ? "sync.Mutex.Lock" : "sleep";
        }
        return "runnable";
    }

    private static void append(StringBuilder sb, G g, StackTraceElement[] stack, boolean running) {
        sb.append("goroutine ").append(g.id).append(" [").append(status(g, running, stack)).append("]:\n");
        frames(sb, stack);
    }

    /** Appends the user frames of {@code stack}, Go-style: the call, then a tab and the file:line. */
    public static void frames(StringBuilder sb, StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (hidden(e)) {
                continue;
            }
            sb.append(e.getClassName()).append('.').append(e.getMethodName()).append("(...)\n\t")
                    .append(e.getFileName() == null ? "?" : e.getFileName());
            if (e.getLineNumber() > 0) {
                sb.append(':').append(e.getLineNumber());
            }
            sb.append('\n');
        }
    }

    /** go4j's own machinery and the JDK's plumbing under a goroutine. */
    public static boolean hidden(StackTraceElement e) {
        String c = e.getClassName();
        if (c.startsWith("go4j.")) {
            // User-facing code in go4j (patterns, examples, tests) stays visible.
            return c.startsWith("go4j.internal.") || c.equals("go4j.Chan") || c.startsWith("go4j.Chan$")
                    || c.equals("go4j.Select") || c.equals("go4j.Go") || c.startsWith("go4j.sync.")
                    || c.startsWith("go4j.time.") || c.startsWith("go4j.context.");
        }
        return c.startsWith("java.lang.VirtualThread") || c.startsWith("jdk.internal.")
                || c.equals("java.lang.Thread") && e.getMethodName().equals("getStackTrace")
                || c.equals("java.lang.Thread") && e.getMethodName().equals("run")
                || c.startsWith("java.util.concurrent.locks.LockSupport")
                || c.startsWith("java.util.concurrent.ForkJoin");
    }
}
