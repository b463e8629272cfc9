package go4j.bench;

import go4j.Go;

import java.util.concurrent.CountDownLatch;

/**
 * Runs one benchmark invocation inside a goroutine (go4j) or a virtual thread (jox, JUC).
 *
 * <p>JMH calls a benchmark method on a platform thread. A go4j channel operation done there would
 * park and unpark a platform thread (~10 µs), which measures the OS, not go4j. So every
 * invocation starts its whole workload in a fresh goroutine and the JMH thread only waits for it
 * to finish, once per invocation: that one platform-thread wake-up is amortised over a batch of
 * 10,000 or more operations (well under 1% of any result here). jox and JUC run the same way on a
 * plain virtual thread, so the three pay the same fixed cost.
 */
public final class Harness {
    private Harness() {
    }

    /** A workload body that may throw (jox and JUC block with checked InterruptedException). */
    @FunctionalInterface
    public interface Body {
        long run() throws Exception;
    }

    /** Runs {@code body} as a new go4j goroutine ({@code go(...)}) and returns its result. */
    public static long goroutine(Body body) {
        Outcome o = new Outcome(body);
        Go.go(o);
        return o.join();
    }

    /** Runs {@code body} on a new virtual thread of the JDK's scheduler and returns its result. */
    public static long virtualThread(Body body) {
        Outcome o = new Outcome(body);
        Thread.startVirtualThread(o);
        return o.join();
    }

    private static final class Outcome implements Runnable {
        private final Body body;
        private final CountDownLatch done = new CountDownLatch(1);
        private long result;       // written before done.countDown(), read after await
        private Throwable failure; // likewise

        Outcome(Body body) {
            this.body = body;
        }

        @Override
        public void run() {
            try {
                result = body.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }

        long join() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the workload", e);
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
    }
}
