package go4j.internal.runtime;

import go4j.internal.base.Settings;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What happens when an exception escapes a goroutine (Go's unrecovered panic), and Go's
 * report of it:
 *
 * <pre>
 * panic: java.lang.IllegalStateException: boom
 *
 * goroutine 7 [running]:
 * com.example.Worker.run(...)
 *         Worker.java:31
 * </pre>
 *
 * The panic value is a {@code go4j.Panic}'s message (Go's runtime errors print that way) or the
 * exception's {@code toString()}; the frames are where it was thrown. Its causes and suppressed
 * exceptions follow the frames as the JDK prints them ({@code Caused by: ...},
 * {@code Suppressed: ...}, {@code ... 3 more} for the frames a cause shares with the exception
 * it caused), with frames in Go's form: Go has no cause chain to copy, and a Java report
 * without it hides why a call failed. {@code GOTRACEBACK}
 * (or {@code -Dgo4j.traceback}) works as in Go: {@code none} prints the first line only,
 * {@code single} (the default) adds the panicking goroutine, {@code all} (and
 * {@code system}, {@code crash}) every other goroutine of the program too.
 *
 * <p>Under {@code Go.main}, the first panic of a program prints the report on stderr and ends
 * the process with exit status 2, as Go does, and so do Go's fatal errors ({@link #fatal}, a
 * deadlock); with {@code -Dgo4j.exitOnPanic=false} (or {@code GO4J_EXIT_ON_PANIC=false}), for
 * an application embedding go4j, the process lives on: the program is torn down and
 * {@code Go.main} throws the exception (a {@code go4j.Panic} for a fatal error). Outside {@code Go.main}
 * (and after Go.main returned) the goroutine's thread's uncaught-exception handler gets the
 * exception when the application set one (on the thread or as the default); otherwise the
 * report is printed on stderr. The process lives on.
 */
public final class Panics {
    private Panics() {
    }

    /** Exit with status 2 on a panic, a fatal error or a deadlock under Go.main (true unless configured otherwise). */
    static final boolean EXIT_ON_PANIC =
            !"false".equalsIgnoreCase(String.valueOf(Settings.get("go4j.exitOnPanic", "GO4J_EXIT_ON_PANIC")));

    /** GOTRACEBACK: 0 none, 1 single, 2 all. */
    static final int TRACEBACK = traceback(Settings.get("go4j.traceback", "GOTRACEBACK"));

    /** Parses a GOTRACEBACK value as Go does: names, or a number (bad values mean the default). */
    static int traceback(String v) {
        if (v == null) {
            return 1;
        }
        switch (v) {
            case "none":
                return 0;
            case "single":
                return 1;
            case "all":
            case "system":
            case "crash":
                return 2;
            default:
                try {
                    int n = Integer.parseInt(v);
                    return n <= 0 ? 0 : n == 1 ? 1 : 2;
                } catch (NumberFormatException e) {
                    return 1;
                }
        }
    }

    /**
     * {@code go4j.Panic}, which registers itself from its static initializer (the runtime is a
     * floor below the public packages and must not name them); null until the first Panic
     * exists, and no Panic exists before.
     */
    private static volatile Class<? extends RuntimeException> panicClass;

    /**
     * Called once, by {@code go4j.Panic}'s static initializer.
     *
     * @param c the {@code go4j.Panic} class
     */
    public static void registerPanicClass(Class<? extends RuntimeException> c) {
        panicClass = c;
    }

    /**
     * Go's printed panic value for {@code t}.
     *
     * @param t the thrown panic
     * @return a Panic's message, else {@code t.toString()}
     */
    public static String value(Throwable t) {
        Class<? extends RuntimeException> pc = panicClass;
        if (pc != null && pc.isInstance(t)) {
            return String.valueOf(t.getMessage());
        }
        return t.toString();
    }

    /**
     * Go's panic report for {@code t} escaping {@code g}, with the given traceback level.
     *
     * @param g the goroutine that panicked
     * @param t what escaped it
     * @param traceback 0: the first line only; 1: with {@code g}'s frames; 2: also its program's other goroutines
     * @return the report's text
     */
    public static String report(G g, Throwable t, int traceback) {
        StringBuilder sb = new StringBuilder();
        sb.append("panic: ").append(value(t)).append('\n');
        if (traceback >= 1) {
            sb.append('\n');
            Dump.header(sb, g.id, "running", 0);
            Dump.frames(sb, t.getStackTrace());
            causes(sb, t);
            if (traceback >= 2) {
                for (G other : Goroutines.of(g.program)) {
                    if (other != g) {
                        Dump.entry(sb, other, true);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Appends what the JDK's printStackTrace prints after the first frames of {@code t}: its
     * suppressed exceptions and its cause, recursively, each as a caption and the frames not in
     * common with the exception that encloses it. Iterative along the cause chain, whose length
     * the application decides; a cycle is cut as the JDK cuts it.
     */
    static void causes(StringBuilder sb, Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(t);
        enclosed(sb, t, "", seen);
    }

    /** The suppressed exceptions and the cause chain of {@code t}, indented by {@code prefix}. */
    private static void enclosed(StringBuilder sb, Throwable t, String prefix, Set<Throwable> seen) {
        for (Throwable enclosing = t; ; ) {
            StackTraceElement[] outer = enclosing.getStackTrace();
            for (Throwable s : enclosing.getSuppressed()) {
                if (caption(sb, s, outer, prefix + "\t", "Suppressed: ", seen)) {
                    enclosed(sb, s, prefix + "\t", seen); // recursion as deep as suppression nests
                }
            }
            Throwable cause = enclosing.getCause();
            if (cause == null || !caption(sb, cause, outer, prefix, "Caused by: ", seen)) {
                return;
            }
            enclosing = cause;
        }
    }

    /**
     * Appends {@code caption}, {@code t} and its frames not shared with {@code outer} (then
     * {@code ... N more}, N counting the shared frames a report shows); false, after a
     * {@code [CIRCULAR REFERENCE: ...]} line, if {@code t} was appended already.
     */
    private static boolean caption(StringBuilder sb, Throwable t, StackTraceElement[] outer, String prefix,
                                   String caption, Set<Throwable> seen) {
        sb.append(prefix).append(caption);
        if (!seen.add(t)) {
            sb.append("[CIRCULAR REFERENCE: ").append(t).append("]\n");
            return false;
        }
        sb.append(t).append('\n');
        StackTraceElement[] trace = t.getStackTrace();
        int own = trace.length;
        for (int n = outer.length; own > 0 && n > 0 && trace[own - 1].equals(outer[n - 1]); n--) {
            own--;
        }
        Dump.frames(sb, trace, 0, own, prefix);
        int shared = 0;
        for (int i = own; i < trace.length; i++) {
            if (!Dump.hidden(trace[i])) {
                shared++;
            }
        }
        if (shared > 0) {
            sb.append(prefix).append("\t... ").append(shared).append(" more\n");
        }
        return true;
    }

    /**
     * Go's fatal error for misuse that {@code recover} cannot stop ({@code sync: unlock of
     * unlocked mutex} and the RWMutex ones): returns the {@code go4j.Panic} to throw, after, in a
     * goroutine of a running Go.main program, printing {@code fatal error: message}, a blank
     * line and the program's goroutines (the calling one first, running) and ending the
     * process with exit status 2. With the process kept alive ({@code go4j.exitOnPanic=false})
     * the program ends instead: Go.main tears it down and throws the Panic, whatever the
     * goroutine does with the one returned here. Outside Go.main, nothing is printed.
     *
     * @param <X> the Panic's type
     * @param fatal the {@code go4j.Panic} carrying the message
     * @return {@code fatal}, for the caller to throw
     */
    public static <X extends RuntimeException> X fatal(X fatal) {
        String message = fatal.getMessage();
        G g = G.current();
        Program p = g == null ? null : g.program;
        if (p == null || p.free || p.ended() || p.dead || !p.claimPanic()) {
            return fatal;
        }
        StringBuilder sb = new StringBuilder("fatal error: ").append(message).append('\n');
        if (TRACEBACK >= 1) {
            // Go prints every goroutine for a fatal error, as for a deadlock.
            sb.append('\n');
            Dump.header(sb, g.id, "running", 0);
            Dump.frames(sb, fatal.getStackTrace());
            for (G other : Goroutines.of(p)) {
                if (other != g) {
                    Dump.entry(sb, other, true);
                }
            }
        }
        String report = sb.toString();
        reportFatal(report);
        p.finish(Program.End.FATAL, fatal, report);
        return fatal;
    }

    /**
     * For a fatal error of a Go.main program (a deadlock too): prints {@code report} on stderr
     * and, unless the process is kept alive, ends it with Go's exit status 2.
     */
    static void reportFatal(String report) {
        System.err.print(report);
        System.err.flush();
        if (EXIT_ON_PANIC) {
            System.out.flush();
            Runtime.getRuntime().exit(2);
        }
    }

    /** Called on {@code g}'s thread with what escaped its body (not Goexit). */
    static void panicked(G g, Throwable t) {
        Program p = g.program;
        if (p.dead) {
            return; // torn down after a deadlock or an earlier panic: nothing more is reported
        }
        if (p.free || p.ended()) {
            // Outside Go.main, or after it returned: the process lives on. A program that ended
            // by a panic is being torn down: only its first panic is reported.
            if (p.free || p.end() == Program.End.RETURNED) {
                uncaught(g, t);
            }
            return;
        }
        if (!p.claimPanic()) {
            return; // a second panic racing the first: the first is reported
        }
        String report = report(g, t, TRACEBACK);
        reportFatal(report);
        p.finish(Program.End.PANICKED, t, report);
    }

    /** Outside Go.main: the thread's uncaught-exception handler, or Go's report on stderr. */
    private static void uncaught(G g, Throwable t) {
        Thread self = Thread.currentThread();
        Thread.UncaughtExceptionHandler h = self.getUncaughtExceptionHandler();
        // A G is the handler go4j sets (see G): it stands for no handler of the goroutine's own.
        if ((h instanceof G || h instanceof ThreadGroup) && Thread.getDefaultUncaughtExceptionHandler() == null) {
            // Nobody asked for the exception: print what Go prints (the JDK would print
            // "Exception in thread ..." for an unnamed virtual thread).
            System.err.print(report(g, t, TRACEBACK));
            System.err.flush();
        } else if (h != null) {
            h.uncaughtException(self, t);
        }
    }
}
