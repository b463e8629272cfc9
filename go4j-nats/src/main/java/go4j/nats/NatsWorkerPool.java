package go4j.nats;

import go4j.Chan;
import go4j.Received;
import go4j.context.Context;
import go4j.patterns.OrDone;
import go4j.sync.WaitGroup;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static go4j.Go.go;

/**
 * Go's worker pool across processes: {@code workers} goroutines ranging over a {@link NatsRecv}
 * of tasks, the results going out on a {@link NatsSend}, each task acked only after its result
 * is stored. Start one in each worker process on the same consumer: the processes compete
 * for tasks, and a task whose process dies is delivered again to a survivor.
 *
 * <pre>{@code
 * NatsRecv<String> tasks = NatsChan.recv(nc, "JOBS", "workers", Codec.string(), opts.context(ctx));
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
 * <p>Give {@code in} the pool's context: when it ends, {@code in} hands back what it fetched and
 * each worker the task in its hands, delivered again about a second later. (A receiver whose
 * context goes on keeps what it fetched until its own context ends, or {@code ackWait}.)
 *
 * @param <T> the tasks' type
 * @param <R> the results' type
 */
public final class NatsWorkerPool<T, R> {
    /*
     * Invariants: each of the `workers` goroutines receives from `in` until it is closed and
     * drained or ctx is done, and answers every message it takes exactly once (ack after the
     * result is stored; nack if the function or the publish failed; handed back if ctx ended
     * the publish); it calls wg.done() once on its way out. One more goroutine waits for wg
     * and closes `done`, once.
     *
     * Why not go4j.patterns.WorkerPool behind a feeder: that is two more channels and two
     * more goroutines on every message's path (feeder, result collector), which cost CPU the
     * server shares; and on ctx's end the tasks queued in the pool's own channel were answered
     * by nobody (back only after ackWait). Ranging over `in` directly is Go's worker pool, and
     * on ctx's end `in` itself hands back what it holds (ADR 0018).
     */
    private final AtomicLong processed = new AtomicLong(); // tasks acked
    private final AtomicLong failed = new AtomicLong();    // tasks nacked
    private final Chan<Void> done = new Chan<>();          // closed when every worker returned

    private NatsWorkerPool(Context ctx, int workers, NatsRecv<T> in, NatsSend<R> out, Function<? super T, ? extends R> work) {
        WaitGroup wg = new WaitGroup();
        wg.add(workers);
        for (int i = 0; i < workers; i++) {
            go(() -> {
                try {
                    for (Received<Message<T>> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
                        handle(r.value(), out, work);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        go(() -> {
            wg.await();
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
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        return new NatsWorkerPool<>(ctx, workers, in, out, work);
    }

    private void handle(Message<T> m, NatsSend<R> out, Function<? super T, ? extends R> work) {
        try {
            R r = work.apply(m.value());
            out.send(r, "result-" + m.stream() + "-" + m.streamSequence());
            m.ack();
            processed.incrementAndGet();
        } catch (RuntimeException e) {
            if (!m.answered()) {
                if (e instanceof NatsException ne && ne.canceled()) {
                    m.handBack(); // the pool is stopping
                } else {
                    m.nack();
                }
            }
            failed.incrementAndGet();
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

    /** @return tasks not acked: the function or the result's publish failed (nacked), or ctx ended it (handed back) */
    public long failed() {
        return failed.get();
    }
}
