package go4j.examples;

import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.nats.Codec;
import go4j.nats.LocalNatsServer;
import go4j.nats.Message;
import go4j.nats.NatsChan;
import go4j.nats.NatsRecv;
import go4j.nats.NatsSend;
import go4j.nats.NatsWorkerPool;
import go4j.nats.RecvOptions;
import go4j.time.Time;
import io.nats.client.Connection;
import io.nats.client.Nats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A worker pool across processes: a nats-server with JetStream, two worker JVMs each running a
 * {@link NatsWorkerPool} of two goroutines on the consumer "workers" of the work queue JOBS, and
 * this JVM as the producer, which sends 20 tasks and collects the results from RESULTS.
 * Which worker takes which task changes from run to run; every task is processed once.
 *
 * <p>{@code NatsExample worker URL NAME} is one worker process: it works until its standard
 * input is closed, then prints how many tasks it processed.
 */
public final class NatsExample {
    static final int TASKS = 20;
    private static final Codec<Integer> INTS = Codec.string().map(Integer::valueOf, String::valueOf);

    private NatsExample() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("worker")) {
            worker(args[1], args[2]);
            return;
        }
        if (LocalNatsServer.find() == null) {
            System.out.println("this topic needs nats-server, which is not installed:");
            System.out.println(LocalNatsServer.INSTALL_HINT);
            return;
        }
        try (LocalNatsServer server = LocalNatsServer.start();
             Connection nc = Nats.connect(server.url())) {
            System.out.println("nats-server with JetStream on " + server.url());
            NatsChan.workQueue(nc, "JOBS", "jobs", 100);
            NatsChan.workQueue(nc, "RESULTS", "results", 100);
            List<Process> workers = new ArrayList<>();
            for (String name : List.of("w1", "w2")) {
                workers.add(startWorker(server.url(), name));
            }
            for (Process w : workers) {
                String ready = readLine(w);
                if (!"ready".equals(ready)) {
                    throw new IllegalStateException("a worker JVM did not start: " + ready);
                }
            }
            System.out.println("two worker JVMs ready, 2 goroutines each");
            try (NatsSend<Integer> tasks = NatsChan.send(nc, "jobs", INTS)) {
                for (int i = 1; i <= TASKS; i++) {
                    tasks.send(i);
                }
            }
            System.out.println("producer sent tasks 1.." + TASKS);
            Map<String, TreeSet<Integer>> byWorker = new TreeMap<>();
            long sum = 0;
            try (NatsRecv<String> results = NatsChan.recv(nc, "RESULTS", "producer", Codec.string(), RecvOptions.defaults())) {
                for (int i = 0; i < TASKS; i++) {
                    Message<String> m = results.recv();
                    String[] p = m.value().split(" "); // "w1 7 49"
                    byWorker.computeIfAbsent(p[0], k -> new TreeSet<>()).add(Integer.parseInt(p[1]));
                    sum += Long.parseLong(p[2]);
                    m.ack();
                }
            }
            for (var e : byWorker.entrySet()) {
                System.out.println(e.getKey() + " processed " + e.getValue());
            }
            int total = byWorker.values().stream().mapToInt(TreeSet::size).sum();
            System.out.println("total: " + total + " tasks, each once; sum of squares " + sum);
            for (Process w : workers) {
                w.getOutputStream().close(); // the worker's signal to stop
                System.out.println(readLine(w));
                w.waitFor();
            }
        }
    }

    private static Process startWorker(String url, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), NatsExample.class.getName(), "worker", url, name)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String readLine(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1);
        StringBuilder sb = new StringBuilder();
        for (int c; (c = r.read()) != -1 && c != '\n'; ) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** One worker process: a NatsWorkerPool of two goroutines until stdin is closed. */
    static void worker(String url, String name) throws Exception {
        try (Connection nc = Nats.connect(url);
             Cancelable c = Context.withCancel(Context.background())) {
            NatsRecv<Integer> in = NatsChan.recv(nc, "JOBS", "workers", INTS, RecvOptions.defaults().context(c.context()).prefetch(1));
            NatsSend<String> out = NatsChan.send(nc, "results", Codec.string());
            NatsWorkerPool<Integer, String> pool = NatsWorkerPool.start(c.context(), 2, in, out, task -> {
                Time.sleep(Duration.ofMillis(20)); // the work
                return name + " " + task + " " + (long) task * task;
            });
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // until the producer closes our stdin
            }
            in.close();  // drain: what was fetched is still processed
            pool.await();
            out.close();
            System.out.println(name + ": processed " + pool.processed() + " tasks, acked each after its result was stored");
            System.out.flush();
        }
    }
}
