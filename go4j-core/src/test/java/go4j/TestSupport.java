package go4j;

import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Helpers for go4j's own tests: start a goroutine (or a platform thread) and keep a handle on
 * it, wait until it is parked in a go4j primitive, and collect how it ended.
 *
 * <p>No helper measures time: "blocked" means "parked in a go4j primitive with this wait
 * reason", read from the goroutine's {@link G}, never "did not finish within N ms". Waiting
 * loops give up after {@link #PATIENCE_NANOS} with a message, so that a broken primitive fails
 * the test with a reason instead of only hitting the class's {@code @Timeout}.
 */
public final class TestSupport {
    private TestSupport() {
    }

    /** How long {@link #until} polls before failing: generous, the machine is loaded. */
    public static final long PATIENCE_NANOS = 30_000_000_000L;

    /** A body that may throw anything. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws Throwable;
    }

    /** A body without result. */
    @FunctionalInterface
    public interface VoidBody {
        void run() throws Throwable;
    }

    /** A started goroutine or thread and, once it ends, its outcome. */
    public static final class Spawned<T> {
        private final CompletableFuture<Thread> thread = new CompletableFuture<>();
        private final CompletableFuture<G> g = new CompletableFuture<>();
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile boolean interruptedAtExit;

        private Runnable runner(Body<T> body) {
            return () -> {
                thread.complete(Thread.currentThread());
                g.complete(G.current());
                T value = null;
                Throwable failure = null;
                try {
                    value = body.run();
                } catch (Throwable t) {
                    failure = t;
                }
                // Recorded before the outcome is published, so that join() sees it.
                interruptedAtExit = Thread.currentThread().isInterrupted();
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            };
        }

        /** The goroutine's (or platform thread's) thread. */
        public Thread thread() {
            return thread.join();
        }

        /** The goroutine's G; null for a platform thread. */
        public G g() {
            return g.join();
        }

        /** Waits for the end and returns the result; rethrows what the body threw, unwrapped. */
        public T join() {
            try {
                return result.get();
            } catch (ExecutionException e) {
                Throwable t = e.getCause();
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                if (t instanceof Error err) {
                    throw err;
                }
                throw new AssertionError("body threw " + t, t);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("test thread interrupted", e);
            }
        }

        /** Waits for the end and returns what the body threw; fails if it returned normally. */
        public Throwable failure() {
            try {
                T v = result.get();
                return fail("expected the body to throw, it returned " + v);
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("test thread interrupted", e);
            }
        }

        /** True once the body has returned or thrown. */
        public boolean isDone() {
            return result.isDone();
        }

        /** The interrupt flag of the thread when its body ended (valid after join/failure). */
        public boolean interruptedAtExit() {
            return interruptedAtExit;
        }

        /** Interrupts the thread. */
        public void interrupt() {
            thread().interrupt();
        }

        /**
         * Waits until the goroutine is parked in a go4j primitive for {@code reason} (for a
         * platform thread, which has no G: parked in LockSupport with a blocker).
         */
        public Spawned<T> awaitBlocked(WaitReason reason) {
            Thread t = thread();
            G gg = g();
            if (gg == null) {
                until("platform thread parked in a go4j primitive",
                        () -> t.getState() == Thread.State.WAITING && LockSupport.getBlocker(t) != null
                                || isDone());
            } else {
                until("goroutine parked for " + reason,
                        () -> gg.waitReason() == reason && t.getState() == Thread.State.WAITING || isDone());
            }
            if (isDone()) {
                fail("expected the body to block for " + reason + ", it ended: " + describeOutcome());
            }
            return this;
        }

        private String describeOutcome() {
            try {
                return "returned " + result.getNow(null);
            } catch (Exception e) {
                return "threw " + e.getCause();
            }
        }
    }

    /** Starts {@code body} as a goroutine ({@link Go#go}). */
    public static <T> Spawned<T> spawn(Body<T> body) {
        Spawned<T> s = new Spawned<>();
        Go.go(s.runner(body));
        return s;
    }

    /** Starts {@code body} as a goroutine ({@link Go#go}). */
    public static Spawned<Void> spawnVoid(VoidBody body) {
        return spawn(() -> {
            body.run();
            return null;
        });
    }

    /** Starts {@code body} on a new platform thread, not a goroutine. */
    public static <T> Spawned<T> spawnPlatform(Body<T> body) {
        Spawned<T> s = new Spawned<>();
        Thread t = Thread.ofPlatform().daemon().unstarted(s.runner(body));
        t.start();
        return s;
    }

    /** Starts {@code body} on a new platform thread, not a goroutine. */
    public static Spawned<Void> spawnPlatformVoid(VoidBody body) {
        return spawnPlatform(() -> {
            body.run();
            return null;
        });
    }

    /** Polls {@code cond} (yielding, then sleeping briefly) until it holds; fails after {@link #PATIENCE_NANOS}. */
    public static void until(String what, BooleanSupplier cond) {
        until(what, PATIENCE_NANOS, cond);
    }

    /** {@link #until(String, BooleanSupplier)} with a patience of its own. */
    public static void until(String what, long patienceNanos, BooleanSupplier cond) {
        long start = System.nanoTime();
        for (int i = 0; !cond.getAsBoolean(); i++) {
            if (System.nanoTime() - start > patienceNanos) {
                fail("gave up waiting for: " + what);
            }
            if (i < 100) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(200_000);
            }
        }
    }

    /** Runs {@code body}, expecting a {@link Panic} with exactly {@code message}. */
    public static Panic assertPanics(String message, VoidBody body) {
        try {
            body.run();
        } catch (Panic p) {
            if (!message.equals(p.getMessage())) {
                throw new AssertionError("expected panic '" + message + "', got '" + p.getMessage() + "'", p);
            }
            return p;
        } catch (Throwable t) {
            throw new AssertionError("expected panic '" + message + "', got " + t, t);
        }
        throw new AssertionError("expected panic '" + message + "', nothing was thrown");
    }
}
