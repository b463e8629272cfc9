package go4j.internal.runtime;

/** For tests: ends the goroutines a returned Go.main left behind, as a failed program's teardown does. */
public final class Teardown {
    private Teardown() {
    }

    /**
     * Tears {@code p} down: its goroutines unwind at their waits (Goroutines.kill).
     *
     * @param p a program whose main goroutine has returned
     */
    public static void kill(Program p) {
        Goroutines.kill(p, 5_000);
    }
}
