package go4j;

import go4j.internal.runtime.G;
import go4j.internal.runtime.Goexit;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.Timers;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Go#executor()}: an {@code ExecutorService} that starts each task as a goroutine of
 * the program that made it, at once (no queue, no pool: Go's {@code go f()} per task, as the
 * JDK's thread-per-task executor starts a thread). Its lifecycle is the JDK's: after
 * {@code shutdown} new tasks are rejected and running ones go on; it is terminated once it is
 * shut down and every task it started has ended.
 */
final class GoroutineExecutor extends AbstractExecutorService {
    /*
     * Implementation overview.
     *
     * state packs the lifecycle bit SHUTDOWN and the number of tasks started and not ended, in
     * units of ONE. Invariants:
     *   - a task is counted (execute's CAS) before its goroutine starts, and only while
     *     SHUTDOWN is clear, in the same CAS that reads it: once state is exactly SHUTDOWN
     *     (shut down, no task) it never changes again;
     *   - terminated is closed exactly once, by whoever moves state to exactly SHUTDOWN:
     *     shutdown() finding no task, or the last task to end after shutdown();
     *   - running holds the threads of the tasks that are running (for shutdownNow). A task
     *     adds itself and then reads stopping; shutdownNow sets stopping and then reads
     *     running: one of the two sees the other (both are volatile accesses), so no task that
     *     starts during shutdownNow escapes its interrupt.
     *
     * Waiting for termination is a go4j channel receive (close) or select (awaitTermination,
     * with a runtime timer), so that a goroutine waiting for tasks that are all blocked is
     * seen by deadlock detection as Go would see it, and is interrupted as go4j's waits are;
     * the JDK methods turn go4j's Interrupted into their InterruptedException.
     */
    private static final long SHUTDOWN = 1;
    private static final long ONE = 2;

    private final Program program;                             // the program tasks belong to
    private final AtomicLong state = new AtomicLong();         // SHUTDOWN | tasks * ONE
    private final Set<Thread> running = ConcurrentHashMap.newKeySet(); // threads of running tasks
    private volatile boolean stopping;                         // shutdownNow was called
    private final Chan<Void> terminated = new Chan<>();        // closed once terminated

    GoroutineExecutor(Program program) {
        this.program = program;
    }

    // ---- running tasks ----

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        for (;;) {
            long s = state.get();
            if ((s & SHUTDOWN) != 0) {
                throw new RejectedExecutionException("Go.executor() is shut down");
            }
            if (state.compareAndSet(s, s + ONE)) {
                break;
            }
        }
        if (tornDown()) {
            ended();
            throw new RejectedExecutionException("the program of this Go.executor() was torn down");
        }
        G g;
        try {
            g = Goroutines.go(() -> run(task), program);
        } catch (RuntimeException | Error e) { // Goexit included: the calling goroutine's program is gone
            ended();
            if (e instanceof Goexit && Program.current() != program) {
                // The executor's program was torn down meanwhile, not the caller's: a goroutine
                // of another program must not unwind for it.
                throw new RejectedExecutionException("the program of this Go.executor() was torn down");
            }
            throw e;
        }
        // The one way a goroutine is returned unstarted: its program was torn down between the
        // check above and the start (Goroutines.start). The task never runs; it ends here.
        if (g.thread().getState() == Thread.State.NEW) {
            ended();
            throw new RejectedExecutionException("the program of this Go.executor() was torn down");
        }
    }

    /** The program ended by a panic, a fatal error or a deadlock: it is being torn down. */
    private boolean tornDown() {
        if (!program.ended()) {
            return false;
        }
        Program.End end = program.end();
        return end != Program.End.RETURNED && end != Program.End.NO_GOROUTINES;
    }

    /**
     * The goroutine's body: the task, between registering for shutdownNow and counting its end.
     * A task that panics under {@code Go.main} is not counted as ended: its panic ends the
     * program, and a {@code close()} or {@code awaitTermination} that returned first would let
     * main return before the report (golang/go#74702, as {@code WaitGroup.go} guards too). The
     * {@link Interrupted} that shutdownNow's interrupt raises in a task is the cancellation it
     * asked for: the task ends normally.
     */
    private void run(Runnable task) {
        Thread self = Thread.currentThread();
        running.add(self);
        boolean finished = false;
        try {
            if (stopping) {
                self.interrupt(); // shutdownNow ran while this task was starting
            }
            task.run();
            finished = true;
        } catch (Interrupted e) {
            if (!stopping) {
                throw e;
            }
            finished = true; // canceled by shutdownNow: not a panic
        } catch (Goexit e) {
            finished = true;
            throw e;
        } finally {
            running.remove(self);
            if (finished || program == Program.FREE) {
                ended();
            }
        }
    }

    /** A counted task ended (or never started). */
    private void ended() {
        if (state.addAndGet(-ONE) == SHUTDOWN) {
            terminated.close();
        }
    }

    // ---- lifecycle ----

    @Override
    public void shutdown() {
        long before = state.getAndUpdate(s -> s | SHUTDOWN);
        if (before == 0) {
            terminated.close(); // running, with no task: terminated at once
        }
    }

    /**
     * {@link #shutdown()}, then interrupts every running task's goroutine. Returns an empty
     * list: a task starts the moment it is submitted, so none is ever waiting to start.
     */
    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        stopping = true;
        for (Thread t : running) {
            t.interrupt();
        }
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return (state.get() & SHUTDOWN) != 0;
    }

    @Override
    public boolean isTerminated() {
        return state.get() == SHUTDOWN;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit, "unit");
        if (isTerminated()) {
            return true;
        }
        long nanos = unit.toNanos(timeout);
        if (nanos <= 0) {
            return false;
        }
        Chan<Void> expired = new Chan<>(1);
        Timers.Handle timer = Timers.schedule(nanos, () -> expired.trySend(null));
        try {
            return Go.select(terminated.onRecv(x -> true), expired.onRecv(x -> isTerminated()));
        } catch (Interrupted e) {
            Thread.interrupted(); // the JDK's convention: InterruptedException, flag cleared
            throw new InterruptedException("awaitTermination interrupted");
        } finally {
            timer.cancel();
        }
    }

    /**
     * The JDK's {@code close}: shuts down and waits until every task has ended; if
     * interrupted while waiting, stops the tasks as {@link #shutdownNow()} does, waits on and
     * sets the interrupt flag again before it returns. Waits with no timer (the JDK's default
     * waits for a day at a time), so that under {@code Go.main} a wait for tasks that can
     * never end is Go's deadlock.
     */
    @Override
    public void close() {
        shutdown();
        boolean interrupted = false;
        while (!isTerminated()) {
            try {
                terminated.recv();
            } catch (Interrupted e) {
                Thread.interrupted();
                if (!interrupted) {
                    shutdownNow();
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        long s = state.get();
        String life = s == SHUTDOWN ? "terminated" : (s & SHUTDOWN) != 0 ? "shutting down" : "running";
        return "Go.executor()[" + life + ", tasks=" + (s / ONE) + "]";
    }
}
