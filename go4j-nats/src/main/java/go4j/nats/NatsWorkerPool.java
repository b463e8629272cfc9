package go4j.nats;

import go4j.Chan;
import go4j.context.Context;
import go4j.patterns.WorkerPool;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static go4j.Go.go;

/**
 * {@link WorkerPool} across processes: the tasks come from a {@link NatsRecv}, the results go
 * out on a {@link NatsSend}, and each task is acked only after its result is stored. Start one
 * in each worker process on the same consumer: the processes compete for tasks, and a task
 * whose process dies is delivered again to a survivor.
 *
 * <pre>{@code
 * NatsRecv<String> tasks = NatsChan.recv(nc, "JOBS", "workers", Codec.string(), opts);
 * NatsSend<String> results = NatsChan.send(nc, "results", Codec.string());
 * NatsWorkerPool<String, String> pool = NatsWorkerPool.start(ctx, 4, tasks, results, String::toUpperCase);
 * pool.await();    // until tasks is closed (or ctx done) and every task taken is answered
 * }</pre>
 *
 * <p>Each result is published with the {@code Nats-Msg-Id} {@code result-<stream>-<seq>} of
 * its task: a task run twice (its first worker died after publishing, before acking) stores
 * one result within the stream's duplicate window. A task whose function throws is nacked
 * and delivered again, up to the endpoint's {@code maxDeliver}, then dead-lettered.
 *
 * @param <T> the tasks' type
 * @param <R> the results' type
 */
public final class NatsWorkerPool<T, R> {
    /*
     * Invariants: one feeder goroutine moves messages from `in` to the pool's task channel and
     * closes it when `in` is closed and drained (or ctx is done); each worker answers every
     * message it takes exactly once (ack after the result is stored, nack if the function or
     * the publish failed); `done` is closed once, after the pool's results channel is closed,
     * that is after every worker returned.
     */
    private final WorkerPool<Message<T>, Boolean> pool;   // Boolean: the task succeeded
    private final AtomicLong processed = new AtomicLong(); // tasks acked
    private final AtomicLong failed = new AtomicLong();    // tasks nacked
    private final Chan<Void> done = new Chan<>();          // closed when every worker returned

    private NatsWorkerPool(Context ctx, int workers, NatsRecv<T> in, NatsSend<R> out, Function<? super T, ? extends R> work) {
        // A task queue as long as the pool: the feeder rarely waits for a worker to come back
        // for one (measured: 0.59 -> 0.65 of jnats' rate in the bench, go4j.bench.nats.NatsBench).
        this.pool = WorkerPool.start(ctx, workers, workers, m -> handle(m, out, work));
        go(() -> {
            try {
                for (Message<T> m : in) {
                    if (!pool.submit(m)) {
                        m.handBack(); // ctx done
                        break;
                    }
                }
            } finally {
                pool.tasks().close();
            }
        });
        go(() -> {
            for (Boolean ignored : pool.results()) {
                // counted in handle; draining keeps the workers from blocking
            }
            done.close();
        });
    }

    /**
     * Starts {@code workers} goroutines applying {@code work} to the tasks of {@code in} and
     * publishing the results on {@code out}.
     *
     * @param <T>     the tasks' type
     * @param <R>     the results' type
     * @param ctx     the pool's lifetime
     * @param workers how many worker goroutines in this process
     * @param in      the tasks
     * @param out     where results go
     * @param work    applied to each task's value
     * @return the running pool
     */
    public static <T, R> NatsWorkerPool<T, R> start(Context ctx, int workers, NatsRecv<T> in, NatsSend<R> out,
                                                    Function<? super T, ? extends R> work) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(work, "work");
        return new NatsWorkerPool<>(ctx, workers, in, out, work);
    }

    private Boolean handle(Message<T> m, NatsSend<R> out, Function<? super T, ? extends R> work) {
        try {
            R r = work.apply(m.value());
            out.send(r, "result-" + m.stream() + "-" + m.streamSequence());
            m.ack();
            processed.incrementAndGet();
            return true;
        } catch (RuntimeException e) {
            if (!m.answered()) {
                if (e instanceof NatsException ne && ne.canceled()) {
                    m.handBack(); // the pool is stopping
                } else {
                    m.nack();
                }
            }
            failed.incrementAndGet();
            return false;
        }
    }

    /** Waits until every worker has returned: {@code in} was closed and drained, or ctx is done. */
    public void await() {
        done.recv();
    }

    /** @return the channel closed when every worker has returned, for a select */
    public go4j.RecvChan<Void> done() {
        return done;
    }

    /** @return tasks whose result was stored and which were acked, in this process */
    public long processed() {
        return processed.get();
    }

    /** @return tasks nacked because the function or the result's publish failed */
    public long failed() {
        return failed.get();
    }
}
