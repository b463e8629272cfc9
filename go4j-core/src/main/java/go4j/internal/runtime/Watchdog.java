package go4j.internal.runtime;

import go4j.internal.base.Settings;
import go4j.internal.base.RuntimeThread;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * go4j's watchdog thread ({@code go4j-watchdog}, a daemon platform thread): ticks the
 * {@link Clock} and runs deadlock detection for the programs of {@code Go.main}.
 *
 * <p>Ticks every {@link #WATCH_PERIOD_MILLIS} ms while some program is watched (so a deadlock
 * is reported within about that time), every second while goroutines live but no program is
 * watched, and parks when there is neither. The first goroutine to start wakes it.
 *
 * <p>Invariants: {@link #state} is {@code RUNNING} whenever a goroutine is registered or a
 * program watched — the watchdog sets {@code IDLE} and then re-checks both before parking,
 * while a spawner registers and then reads {@code state} (Dekker's handshake on volatiles), so
 * one of them sees the other. Deadlock scans of a program back off so that they take at most
 * about 1/{@link #BACKOFF} of the watchdog's time.
 */
final class Watchdog {
    private Watchdog() {
    }

    static final long WATCH_PERIOD_MILLIS = 50;
    private static final long IDLE_PERIOD_MILLIS = 1000;
    private static final int BACKOFF = 20;

    private static final int NOT_STARTED = 0, RUNNING = 1, IDLE = 2;

    /**
     * {@code -Dgo4j.deadlock=off} (or {@code GO4J_DEADLOCK=off}; also {@code false}, {@code 0}):
     * no "all goroutines are asleep" verdict, for a program that knows a waker go4j cannot see
     * (see {@link Outside}). The exact "no goroutines (main called runtime.Goexit)" case stays.
     * {@code trace}: detection on, and each time what holds a program's verdict back changes,
     * a line on stderr says what it is now ({@code go4j: no deadlock verdict: ...}), for a
     * program that hangs with no report.
     */
    private static final String SETTING = Settings.get("go4j.deadlock", "GO4J_DEADLOCK");
    static final boolean DETECT = detect(SETTING);
    private static final boolean TRACE = "trace".equalsIgnoreCase(SETTING);

    static boolean detect(String v) {
        return v == null || !(v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    private static final Set<Program> WATCHED = ConcurrentHashMap.newKeySet();
    private static volatile int state = NOT_STARTED;
    private static Thread thread; // guarded by Watchdog.class

    /** Starts watching {@code p} for deadlock until it ends. */
    static void watch(Program p) {
        p.detecting = true;
        WATCHED.add(p);
        wake();
    }

    /** Called when a goroutine is about to start: wakes the watchdog if it is not running. */
    static void goroutineStarting() {
        if (state != RUNNING) {
            wake();
        }
    }

    private static synchronized void wake() {
        if (state == NOT_STARTED) {
            Clock.tick();
            state = RUNNING;
            thread = new RuntimeThread(Watchdog::loop, "go4j-watchdog");
            thread.start();
            return;
        }
        if (state == IDLE) {
            Clock.tick(); // the watchdog slept: stamps taken before its first tick must be fresh
            state = RUNNING;
        }
        LockSupport.unpark(thread);
    }

    private static void loop() {
        while (true) {
            Clock.tick();
            for (Program p : WATCHED) {
                check(p);
            }
            if (WATCHED.isEmpty() && Goroutines.count() == 0) {
                state = IDLE;
                if (WATCHED.isEmpty() && Goroutines.count() == 0) {
                    LockSupport.park(Watchdog.class);
                    continue; // woken (state is RUNNING again) or spurious: look again
                }
                synchronized (Watchdog.class) {
                    state = RUNNING;
                }
                continue;
            }
            long period = WATCHED.isEmpty() ? IDLE_PERIOD_MILLIS : WATCH_PERIOD_MILLIS;
            LockSupport.parkNanos(Watchdog.class, TimeUnit.MILLISECONDS.toNanos(period));
        }
    }

    private static void check(Program p) {
        if (!p.detecting || p.ended()) {
            WATCHED.remove(p);
            return;
        }
        if (p.mainGoexited && p.live.sum() == 0) {
            p.finish(Program.End.NO_GOROUTINES, null, null);
            return;
        }
        long start = System.nanoTime();
        if (!DETECT || start - p.nextCheckNanos < 0) {
            return;
        }
        try {
            String why = Deadlock.why(p);
            if (why == null) {
                p.finish(Program.End.DEADLOCK, null, Deadlock.report(p));
                WATCHED.remove(p);
            } else if (TRACE && !why.equals(p.lastWhy)) {
                p.lastWhy = why;
                System.err.println("go4j: no deadlock verdict: " + why);
            }
        } catch (Throwable t) {
            // A bug here must not kill the watchdog (the clock would stop): report and go on.
            Thread self = Thread.currentThread();
            self.getUncaughtExceptionHandler().uncaughtException(self, t);
        }
        long end = System.nanoTime();
        p.nextCheckNanos = end + (end - start) * BACKOFF;
    }
}
