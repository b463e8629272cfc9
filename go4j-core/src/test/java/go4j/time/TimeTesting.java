package go4j.time;

import go4j.Chan;
import go4j.Go;
import go4j.Received;

import java.lang.ref.WeakReference;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Helpers for the time tests: where code runs, and waiting for an outcome without timing it. */
final class TimeTesting {
    private TimeTesting() {
    }

    /** Where a test body runs: timers must work from goroutines and from platform threads. */
    enum On {
        GOROUTINE, PLATFORM_THREAD;

        void run(ThrowingRunnable body) {
            if (this == GOROUTINE) {
                inGoroutine(body);
            } else {
                Chan<Throwable> done = new Chan<>(1);
                Thread t = Thread.ofPlatform().start(() -> done.send(attempt(body)));
                rethrow(done.recv());
                try {
                    t.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Throwable;
    }

    /** Runs {@code body} in a goroutine and waits for it; its failure fails the caller. */
    static void inGoroutine(ThrowingRunnable body) {
        Chan<Throwable> done = new Chan<>(1);
        Go.go(() -> done.send(attempt(body)));
        Received<Throwable> r = done.recvOk();
        rethrow(r.value());
    }

    private static Throwable attempt(ThrowingRunnable body) {
        try {
            body.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(t);
        }
    }

    /** Waits until {@code cond} holds; fails after a generous bound (not a timing assertion). */
    static void await(BooleanSupplier cond, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("never happened: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Runs the GC until {@code ref} is cleared. */
    static void awaitCollected(WeakReference<?> ref, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ref.get() != null) {
            if (System.nanoTime() > deadline) {
                fail("never collected: " + what);
            }
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until a one-shot timer has delivered its value (to a receiver or its buffer). */
    static void awaitDelivered(Timer t) {
        await(() -> !t.runtimeTimer().armed(), "timer delivered");
    }

    static void sleepMillis(long ms) {
        Time.sleep(java.time.Duration.ofMillis(ms));
    }
}
