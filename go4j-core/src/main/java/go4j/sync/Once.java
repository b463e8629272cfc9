package go4j.sync;

import java.util.Objects;

/**
 * Go's sync.Once: runs a function exactly once. Every {@link #run} returns only after that
 * one call has returned; if the function throws, the Once still counts as done and later
 * calls do nothing, as in Go.
 *
 * <pre>{@code
 * Once once = new Once();
 * for (int i = 0; i < 10; i++) {
 *     go(() -> once.run(() -> System.out.println("only once")));
 * }
 * }</pre>
 */
public final class Once {
    /* Invariant: done becomes true only after f has returned or thrown, under m. */
    private volatile boolean done;
    private final Mutex m = new Mutex();

    /** Calls {@code f} if and only if no call of run on this Once has called it before (Go's Do). */
    public void run(Runnable f) {
        Objects.requireNonNull(f, "f");
        if (done) {
            return;
        }
        m.lock();
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                }
            }
        } finally {
            m.unlock();
        }
    }
}
