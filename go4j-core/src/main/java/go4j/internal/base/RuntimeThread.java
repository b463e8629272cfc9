package go4j.internal.base;

/**
 * A platform thread of go4j's own runtime (Go's system goroutines): the watchdog, the timer
 * threads, the gmp scheduler's Ms and sysmon, sync.Pool's cleanup thread. Always a daemon. Deadlock detection knows what each
 * of them can do (run goroutines, fire timers, which it watches on their own terms), so it never
 * counts one as a thread outside go4j that might wake a goroutine ({@code go4j.internal.runtime.Outside}).
 */
public class RuntimeThread extends Thread {
    /**
     * A runtime thread named {@code name} running {@code task}.
     *
     * @param task what the thread runs
     * @param name the thread's name
     */
    public RuntimeThread(Runnable task, String name) {
        this(task, name, 0);
    }

    /**
     * A runtime thread with a stack of its own size.
     *
     * @param task      what the thread runs
     * @param name      the thread's name
     * @param stackSize the stack's size in bytes, 0 for the JVM's default ({@code -Xss})
     */
    public RuntimeThread(Runnable task, String name, long stackSize) {
        super(null, task, name, stackSize, false);
        setDaemon(true);
    }
}
