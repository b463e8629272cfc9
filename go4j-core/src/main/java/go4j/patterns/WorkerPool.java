package go4j.patterns;

import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.SendChan;
import go4j.context.Context;
import go4j.sync.WaitGroup;

import java.util.Objects;
import java.util.function.Function;

import static go4j.Go.go;

/**
 * A fixed set of worker goroutines sharing a task channel and a result channel, Go's
 * worker pool: send tasks to {@link #tasks()}, close it when there are no more, and range
 * over {@link #results()}, which is closed once every worker has returned.
 *
 * <pre>{@code
 * Context ctx = Context.background();
 * WorkerPool<Integer, Integer> pool = WorkerPool.start(ctx, 3, 10, job -> job * 2);
 * for (int j = 1; j <= 5; j++) {
 *     pool.tasks().send(j);
 * }
 * pool.tasks().close();
 * int sum = 0;
 * for (int r : pool.results()) {
 *     sum += r;
 * }
 * System.out.println(sum); // 30
 * }</pre>
 *
 * <p>A worker returns when the task channel is closed and drained, or when the context is
 * done (it then drops the task in hand, if any, once {@code work} returns). Results come in
 * the order the workers finish, not the order of the tasks.
 *
 * @param <T> the tasks' type
 * @param <R> the results' type
 */
public final class WorkerPool<T, R> {
    /*
     * Invariants: workers goroutines were started by start(); each takes tasks from `tasks`
     * and puts results on `results` until tasks is closed and drained or ctx is done, and
     * calls wg.done() exactly once on the way out (finally). One more goroutine waits for wg
     * and closes `results`: so results is closed exactly once, after the last send to it.
     * The pool never closes `tasks`: its sender does, as in Go.
     */
    private final Context ctx;       // the pool's lifetime
    private final Chan<T> tasks;     // buffered (queue); closed by the user
    private final Chan<R> results;   // buffered (queue); closed by the closer goroutine
    private final int workers;       // fixed at start

    private WorkerPool(Context ctx, int workers, int queue) {
        this.ctx = ctx;
        this.workers = workers;
        this.tasks = new Chan<>(queue);
        this.results = new Chan<>(queue);
    }

    /**
     * Starts {@code workers} goroutines, each applying {@code work} to tasks from a channel
     * buffered for {@code queue} tasks and sending the results on a channel buffered for
     * {@code queue} results ({@code queue} may be 0: unbuffered).
     *
     * @param <T>     the tasks' type
     * @param <R>     the results' type
     * @param ctx     the pool's lifetime: when it is done, the workers return
     * @param workers how many worker goroutines
     * @param queue   the capacity of the task channel and of the result channel
     * @param work    applied to each task, on the worker that took it
     * @return the running pool
     * @throws IllegalArgumentException if {@code workers < 1} or {@code queue < 0}
     * @throws NullPointerException     if an argument is null
     */
    public static <T, R> WorkerPool<T, R> start(Context ctx, int workers, int queue,
                                                Function<? super T, ? extends R> work) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(work, "work");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative: " + queue);
        }
        WorkerPool<T, R> pool = new WorkerPool<>(ctx, workers, queue);
        WaitGroup wg = new WaitGroup();
        wg.add(workers);
        for (int i = 0; i < workers; i++) {
            go(() -> {
                try {
                    pool.work(work);
                } finally {
                    wg.done();
                }
            });
        }
        go(() -> {
            wg.await();
            pool.results.close();
        });
        return pool;
    }

    private void work(Function<? super T, ? extends R> work) {
        for (Received<T> r; ctx.err() == null && (r = OrDone.recv(ctx, tasks)) != null && r.ok(); ) {
            if (!OrDone.send(ctx, results, work.apply(r.value()))) {
                return;
            }
        }
    }

    /**
     * Where tasks go in; close it when there are no more.
     *
     * @return the task channel, the same on every call
     */
    public SendChan<T> tasks() {
        return tasks;
    }

    /**
     * Where results come out; closed once every worker has returned.
     *
     * @return the result channel, the same on every call
     */
    public RecvChan<R> results() {
        return results;
    }

    /**
     * Sends {@code task} unless the pool's context is done first.
     *
     * @param task the task to queue
     * @return true if the task was queued, false if the context was done instead
     * @throws go4j.Panic "send on closed channel" if {@link #tasks()} was closed
     */
    public boolean submit(T task) {
        return OrDone.send(ctx, tasks, task);
    }

    /**
     * The number of worker goroutines.
     *
     * @return the {@code workers} the pool was started with
     */
    public int workers() {
        return workers;
    }
}
