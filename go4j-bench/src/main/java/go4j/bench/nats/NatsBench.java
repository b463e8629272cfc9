package go4j.bench.nats;

import go4j.context.Context;
import go4j.nats.Codec;
import go4j.nats.LocalNatsServer;
import go4j.nats.NatsChan;
import go4j.nats.NatsRecv;
import go4j.nats.NatsSend;
import go4j.nats.NatsWorkerPool;
import go4j.nats.RecvOptions;
import io.nats.client.ConsumeOptions;
import io.nats.client.Connection;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStream;
import io.nats.client.Nats;
import io.nats.client.PublishOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.PublishAck;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The NATS rows of {@code ./go4j bench}: messages per second through a worker pool fed from a
 * JetStream work queue, each task's result published (and its PubAck awaited) before the task
 * is acked, done two ways on the same server with the same settings:
 * <ul>
 * <li>jnats directly: one pulling {@code IterableConsumer} shared by W platform threads, each
 * {@code nextMessage}, {@code js.publish} (synchronous), {@code ack};</li>
 * <li>go4j-nats: a {@link NatsRecv} on the same kind of consumer, a {@link NatsWorkerPool} of W
 * goroutines publishing on a {@link NatsSend}.</li>
 * </ul>
 * Same stream settings (file storage, work-queue retention), same consumer settings (durable
 * pull, explicit ack, maxAckPending, batch), same W, same message ids on the results. The
 * tasks are stored before the clock starts; the clock stops when the last task is acked.
 * The two alternate round by round; each ratio is the median of the per-round ratios.
 *
 * <p>{@code NatsBench [--rounds N] [--tasks N] [--workers W] [--warmups N]}: prints a Markdown
 * table. Each side first runs {@code --warmups} (4) unmeasured runs of {@code --tasks}.
 * {@code --only go4j} (or {@code jnats}) runs one side alone, round after round, for a profiler.
 */
public final class NatsBench {
    private static final int MAX_ACK_PENDING = 256;
    private static final int BATCH = 64;

    private NatsBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3, tasks = 10_000, workers = 4, warmups = 4;
        String only = null; // "go4j" or "jnats": one side alone, for profiling it
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--tasks" -> tasks = Integer.parseInt(args[i + 1]);
                case "--workers" -> workers = Integer.parseInt(args[i + 1]);
                case "--only" -> {
                    only = args[i + 1];
                    if (!only.equals("go4j") && !only.equals("jnats")) {
                        throw new IllegalArgumentException("--only go4j or --only jnats, not " + only);
                    }
                }
                case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (LocalNatsServer.find() == null) {
            System.out.println("go4j bench: no NATS rows: " + LocalNatsServer.INSTALL_HINT);
            return;
        }
        if (only != null) {
            boolean go4j = only.equals("go4j");
            try (LocalNatsServer server = LocalNatsServer.start();
                 Connection nc = Nats.connect(server.url())) {
                for (int r = 0; r < rounds; r++) {
                    run(nc, "o" + r, tasks, workers, go4j);
                }
            }
            return;
        }
        double[] raw = new double[rounds], ours = new double[rounds], ratios = new double[rounds];
        try (LocalNatsServer server = LocalNatsServer.start();
             Connection nc = Nats.connect(server.url())) {
            // Both paths compiled, the server's store warm, and gmp's policy trials settled.
            for (int w = 0; w < warmups; w++) {
                run(nc, "warm" + w, tasks, workers, false);
                run(nc, "warm" + w, tasks, workers, true);
            }
            for (int r = 0; r < rounds; r++) {
                boolean go4jFirst = r % 2 == 1;
                double a = run(nc, "r" + r + (go4jFirst ? "b" : "a"), tasks, workers, go4jFirst);
                double b = run(nc, "r" + r + (go4jFirst ? "a" : "b"), tasks, workers, !go4jFirst);
                raw[r] = go4jFirst ? b : a;
                ours[r] = go4jFirst ? a : b;
                ratios[r] = ours[r] / raw[r];
                System.err.printf(Locale.ROOT, "round %d: jnats %.0f msg/s, go4j-nats %.0f msg/s, %.3f%n",
                        r + 1, raw[r], ours[r], ratios[r]);
            }
        }
        System.out.printf(Locale.ROOT, "# go4j bench NATS rows: %s, %d cores, %s, %d rounds after %d warm-up runs a side, "
                        + "%d tasks, %d workers, scheduler %s, nats-server %s%n",
                cpu(), Runtime.getRuntime().availableProcessors(), java.time.Instant.now().toString().substring(0, 16) + "Z",
                rounds, warmups, tasks, workers, go4j.Go.scheduler(), serverVersion());
        System.out.println("| workload | jnats directly (msg/s) | go4j-nats (msg/s) | go4j-nats / jnats |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| worker pool over a JetStream work queue (result published, then ack) | %.0f | %.0f | %.2f |%n",
                median(raw), median(ours), median(ratios));
    }

    /** One run on fresh streams: returns messages per second. */
    private static double run(Connection nc, String tag, int tasks, int workers, boolean go4j) throws Exception {
        String jobs = "BJ" + tag + (go4j ? "g" : "j"), jobsSubject = "bj." + tag + (go4j ? "g" : "j");
        String res = "BR" + tag + (go4j ? "g" : "j"), resSubject = "br." + tag + (go4j ? "g" : "j");
        NatsChan.workQueue(nc, jobs, jobsSubject, -1);
        NatsChan.workQueue(nc, res, resSubject, -1);
        JetStream js = nc.jetStream();
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            acks.add(js.publishAsync(jobsSubject, Integer.toString(i).getBytes(StandardCharsets.UTF_8)));
        }
        for (CompletableFuture<PublishAck> f : acks) {
            f.get();
        }
        Timed t = go4j ? viaGo4j(nc, jobs, resSubject, tasks, workers) : viaJnats(nc, jobs, resSubject, tasks, workers);
        double rate = tasks / ((t.end - t.start) / 1e9);
        System.err.printf(Locale.ROOT, "  %s: %.0f msg/s, CPU per message: machine %.1f us, this JVM %.1f us%n",
                go4j ? "go4j-nats" : "jnats", rate, (t.cpuEnd[0] - t.cpuStart[0]) / 1e3 / tasks,
                (t.cpuEnd[1] - t.cpuStart[1]) / 1e3 / tasks);
        nc.jetStreamManagement().deleteStream(jobs);
        nc.jetStreamManagement().deleteStream(res);
        return rate;
    }

    /** A run's clock (ns) and CPU readings ({@link #cpuNow}) at its start and end. */
    private record Timed(long start, long end, long[] cpuStart, long[] cpuEnd) {
    }

    private static Timed viaGo4j(Connection nc, String jobs, String resSubject, int tasks, int workers) throws Exception {
        Codec<Integer> ints = Codec.string().map(Integer::valueOf, String::valueOf);
        long[] cpu0 = cpuNow();
        long t0 = System.nanoTime();
        NatsRecv<Integer> in = NatsChan.recv(nc, jobs, "workers", ints,
                RecvOptions.defaults().maxAckPending(MAX_ACK_PENDING).prefetch(BATCH));
        NatsSend<Integer> out = NatsChan.send(nc, resSubject, ints);
        NatsWorkerPool<Integer, Integer> pool = NatsWorkerPool.start(Context.background(), workers, in, out, v -> v + 1);
        while (pool.processed() < tasks) {
            Thread.sleep(1);
        }
        long t1 = System.nanoTime();
        long[] cpu1 = cpuNow();
        in.close();
        pool.await();
        out.close();
        return new Timed(t0, t1, cpu0, cpu1);
    }

    private static Timed viaJnats(Connection nc, String jobs, String resSubject, int tasks, int workers) throws Exception {
        long[] cpu0 = cpuNow();
        long t0 = System.nanoTime();
        nc.jetStreamManagement().addOrUpdateConsumer(jobs, ConsumerConfiguration.builder().durable("workers")
                .ackPolicy(AckPolicy.Explicit).deliverPolicy(DeliverPolicy.All)
                .ackWait(Duration.ofSeconds(30)).maxAckPending(MAX_ACK_PENDING).build());
        JetStream js = nc.jetStream();
        IterableConsumer it = js.getConsumerContext(jobs, "workers")
                .iterate(ConsumeOptions.builder().batchSize(BATCH).expiresIn(1000).build());
        AtomicInteger done = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    while (done.get() < tasks) {
                        io.nats.client.Message m = it.nextMessage(Duration.ofMillis(100));
                        if (m == null) {
                            continue;
                        }
                        int v = Integer.parseInt(new String(m.getData(), StandardCharsets.UTF_8));
                        var meta = m.metaData();
                        js.publish(resSubject, Integer.toString(v + 1).getBytes(StandardCharsets.UTF_8),
                                PublishOptions.builder().messageId("result-" + meta.getStream() + "-" + meta.streamSequence()).build());
                        m.ack();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        while (done.get() < tasks) {
            Thread.sleep(1);
        }
        long t1 = System.nanoTime();
        long[] cpu1 = cpuNow();
        it.stop();
        for (Thread t : threads) {
            t.join();
        }
        it.close();
        return new Timed(t0, t1, cpu0, cpu1);
    }

    /**
     * CPU time so far, in ns: the whole machine's busy time (Linux /proc/stat: every core, the
     * server's included; 0 elsewhere) and this JVM's. The server shares the cores, so a client
     * that burns more CPU per message leaves the server less.
     */
    private static long[] cpuNow() {
        long machine = 0;
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long jiffies = 0;
            for (int i = 1; i < f.length && i <= 7; i++) {
                if (i != 4 && i != 5) { // user nice system irq softirq; not idle, iowait, steal
                    jiffies += Long.parseLong(f[i]);
                }
            }
            machine = jiffies * 10_000_000L; // USER_HZ 100
        } catch (Exception ignored) {
            // not Linux
        }
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new long[] {machine, jvm};
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String cpu() {
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String serverVersion() {
        try {
            Process p = new ProcessBuilder(LocalNatsServer.find().toString(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return v.replace("nats-server: ", "");
        } catch (Exception e) {
            return "?";
        }
    }
}
