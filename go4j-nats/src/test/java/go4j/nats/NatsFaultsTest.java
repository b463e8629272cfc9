package go4j.nats;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import io.nats.client.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three faults of issue 21: a worker dies mid-task, the server restarts mid-stream, a
 * poison message. Each counts what was processed, and by whom.
 */
@Timeout(120)
class NatsFaultsTest extends NatsTestBase {
    private static final Codec<Integer> INTS = Codec.string().map(Integer::valueOf, String::valueOf);
    private static final Duration ACK_WAIT = Duration.ofSeconds(1);

    /** Tasks processed by the survivors, value -> how many times. */
    private static Map<Integer, Integer> drainResults(NatsRecv<Integer> results, int n) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Message<Integer> m = results.recv();
            counts.merge(m.value(), 1, Integer::sum);
            m.ack();
        }
        return counts;
    }

    /** A pool's two work queues, tasks and results. */
    private record PoolStreams(String jobs, String jobsSubject, String res, String resSubject) {
    }

    /** Makes the two work queues (names from {@code tag}) and stores the tasks 1..n, each once the stream has it. */
    private PoolStreams poolStreams(Connection nc, String tag, int n) {
        PoolStreams q = new PoolStreams(name(tag + "J"), name(tag.toLowerCase() + "j."), name(tag + "R"), name(tag.toLowerCase() + "r."));
        NatsChan.workQueue(nc, q.jobs(), q.jobsSubject(), 1000);
        NatsChan.workQueue(nc, q.res(), q.resSubject(), 1000);
        try (NatsSend<Integer> out = NatsChan.send(nc, q.jobsSubject(), INTS)) {
            for (int i = 1; i <= n; i++) {
                out.send(i);
            }
        }
        return q;
    }

    @Test
    void aWorkerJvmKilledMidTaskHasItsTaskProcessedOnceByTheSurvivors() throws Exception {
        Connection nc = connect();
        int n = 40;
        PoolStreams q = poolStreams(nc, "JOBS", n);
        // The victim: a worker JVM that takes one task and hangs on it until it is killed.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process victim = new ProcessBuilder(java.toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), KillableWorker.class.getName(), server.url(), q.jobs(), "workers")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String took;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            took = r.readLine();
            assertTrue(took != null && took.startsWith("took "), "the worker JVM said: " + took);
            victim.destroyForcibly().waitFor(); // killed mid-task: its task is unanswered
        }
        int victimTask = Integer.parseInt(took.substring(5));

        // The survivors: two worker pools in this JVM on the same consumer.
        Map<Integer, Integer> processedBy = new ConcurrentHashMap<>();
        AtomicInteger runs = new AtomicInteger();
        List<NatsWorkerPool<Integer, Integer>> pools = new ArrayList<>();
        List<NatsRecv<Integer>> ins = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Connection c = connect();
            NatsRecv<Integer> in = NatsChan.recv(c, q.jobs(), "workers", INTS,
                    RecvOptions.defaults().ackWait(ACK_WAIT).prefetch(4));
            ins.add(in);
            int id = w;
            pools.add(NatsWorkerPool.start(Context.background(), 2, in, NatsChan.send(c, q.resSubject(), INTS), v -> {
                runs.incrementAndGet();
                processedBy.merge(v, 1, Integer::sum);
                return v * 10 + id; // which survivor, in the last digit
            }));
        }
        try (NatsRecv<Integer> results = NatsChan.recv(nc, q.res(), "collector", INTS, RecvOptions.defaults())) {
            Map<Integer, Integer> counts = drainResults(results, n);
            ins.forEach(NatsRecv::close);
            pools.forEach(NatsWorkerPool::await);
            Set<Integer> tasks = new HashSet<>();
            counts.keySet().forEach(r -> tasks.add(r / 10));
            assertEquals(n, tasks.size(), "every task has one result: " + counts);
            assertEquals(1, processedBy.get(victimTask), "the killed worker's task, processed by the survivors");
            assertEquals(n, runs.get(), "each task processed once by the survivors: " + processedBy);
            assertEquals(n, pools.get(0).processed() + pools.get(1).processed());
        }
    }

    @Test
    void aServerRestartedMidStreamLosesNothingStoredAndPublishesResume() throws Exception {
        Connection pubConn = connect(), subConn = connect();
        String stream = name("RS"), subject = name("rs.");
        NatsChan.workQueue(pubConn, stream, subject, 10_000);
        int n = 300;
        Set<Integer> received = ConcurrentHashMap.newKeySet();
        AtomicInteger deliveries = new AtomicInteger();
        CountDownLatch halfway = new CountDownLatch(n / 3), all = new CountDownLatch(1);
        NatsRecv<Integer> in = NatsChan.recv(subConn, stream, "c", INTS, RecvOptions.defaults().ackWait(ACK_WAIT));
        go(() -> {
            for (Message<Integer> m : in) {
                deliveries.incrementAndGet();
                if (received.add(m.value())) {
                    halfway.countDown();
                }
                m.ack();
                if (received.size() == n) {
                    all.countDown();
                }
            }
        });
        Chan<Throwable> sent = new Chan<>(1);
        NatsSend<Integer> out = NatsChan.send(pubConn, subject, INTS);
        go(() -> {
            try {
                for (int i = 1; i <= n; i++) {
                    out.send(i, "rs-" + i); // returns once stored: across the restart too
                }
                sent.send(null);
            } catch (Throwable t) {
                sent.send(t);
            }
        });
        assertTrue(halfway.await(30, TimeUnit.SECONDS));
        server.crashAndRestart(); // SIGKILL mid-stream, then the same port and store
        Throwable failure = sent.recv();
        assertEquals(null, failure, "a send failed across the restart; the server's log:\n" + server.log());
        assertTrue(all.await(60, TimeUnit.SECONDS), "received " + received.size() + " of " + n);
        in.close();
        out.close();
        assertEquals(n, received.size());
        assertTrue(deliveries.get() >= n);
    }

    @Test
    void aPoisonTaskLandsInTheDeadLetterAfterMaxDeliverAndTheOthersAreDone() throws Exception {
        Connection nc = connect();
        String dead = name("PD"), deadSubject = name("pd.");
        NatsChan.keep(nc, dead, deadSubject);
        int n = 20, poison = 13;
        PoolStreams q = poolStreams(nc, "P", n);
        AtomicInteger poisonRuns = new AtomicInteger();
        NatsRecv<Integer> in = NatsChan.recv(nc, q.jobs(), "workers", INTS,
                RecvOptions.defaults().maxDeliver(3).deadLetter(deadSubject));
        NatsWorkerPool<Integer, Integer> pool = NatsWorkerPool.start(Context.background(), 2, in,
                NatsChan.send(nc, q.resSubject(), INTS), v -> {
                    if (v == poison) {
                        poisonRuns.incrementAndGet();
                        throw new IllegalArgumentException("poison");
                    }
                    return v;
                });
        try (NatsRecv<Integer> results = NatsChan.recv(nc, q.res(), "collector", INTS, RecvOptions.defaults());
             NatsRecv<Integer> deadLetters = NatsChan.recv(nc, dead, "d", INTS, RecvOptions.defaults())) {
            Map<Integer, Integer> counts = drainResults(results, n - 1);
            Message<Integer> d = deadLetters.recv();
            assertEquals(poison, d.value());
            d.ack();
            in.close();
            pool.await();
            assertEquals(n - 1, counts.size());
            assertTrue(!counts.containsKey(poison));
            assertEquals(3, poisonRuns.get(), "the poison task ran maxDeliver times, no more");
            assertEquals(3, pool.failed());
            assertEquals(1, in.deadLettered());
        }
    }

    @Test
    void cancelingAPoolMidStreamHandsBackEveryTaskItHeld() throws Exception {
        Connection nc = connect();
        int n = 30;
        PoolStreams q = poolStreams(nc, "H", n);
        // ackWait 60 s: a task not answered by the stopping pool would come back only then.
        Cancelable c = Context.withCancel(Context.background());
        NatsRecv<Integer> in = NatsChan.recv(nc, q.jobs(), "workers", INTS,
                RecvOptions.defaults().context(c.context()).ackWait(Duration.ofSeconds(60)));
        CountDownLatch twoInHand = new CountDownLatch(2);
        Chan<Void> never = new Chan<>();
        NatsWorkerPool<Integer, Integer> pool = NatsWorkerPool.start(c.context(), 2, in,
                NatsChan.send(nc, q.resSubject(), INTS, SendOptions.defaults().context(c.context())), v -> {
                    if (v > 2) { // the first two are done; the third and fourth hang in the workers' hands
                        twoInHand.countDown();
                        never.recv();
                    }
                    return v;
                });
        assertTrue(twoInHand.await(30, TimeUnit.SECONDS));
        c.cancel();
        in.awaitStopped();
        never.close(); // the two workers' functions return; their publishes see the context done
        pool.await();
        assertEquals(2, pool.processed());
        // Every other task, in the workers' hands or in the receiver's buffer, was handed back.
        Set<Integer> back = new HashSet<>();
        try (NatsRecv<Integer> other = NatsChan.recv(nc, q.jobs(), "workers", INTS,
                RecvOptions.defaults().ackWait(Duration.ofSeconds(60)))) {
            while (back.size() < n - 2) {
                Message<Integer> m = go4j.Go.select(other.onRecv(x -> x),
                        go4j.time.Time.after(Duration.ofSeconds(20)).onRecv(x -> null));
                assertTrue(m != null, "not handed back (waiting for ackWait); back so far: " + back);
                back.add(m.value());
                m.ack();
            }
        }
        assertEquals(n - 2, back.size());
    }

    @Test
    void cancelingThePoolsContextStopsItsWorkers() {
        Connection nc = connect();
        String jobs = name("CJ"), jobsSubject = name("cj."), resSubject = name("cr.");
        NatsChan.workQueue(nc, jobs, jobsSubject, 1000);
        NatsChan.workQueue(nc, name("CR"), resSubject, 1000);
        Cancelable c = Context.withCancel(Context.background());
        NatsRecv<Integer> in = NatsChan.recv(nc, jobs, "workers", INTS, RecvOptions.defaults().context(c.context()));
        NatsWorkerPool<Integer, Integer> pool = NatsWorkerPool.start(c.context(), 2, in,
                NatsChan.send(nc, resSubject, INTS), v -> v);
        c.cancel();
        pool.await(); // returns: the receiver reported closed, the workers returned
        assertEquals(0, pool.processed());
    }
}
