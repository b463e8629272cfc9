package go4j.bench;

import go4j.bench.Workload.Impl;
import go4j.bench.Workload.Kind;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code ./go4j bench}: runs every workload in Go, go4j on the gmp scheduler, go4j on the jdk
 * scheduler, jox and java.util.concurrent, interleaved, and prints one table.
 *
 * <p>How a run goes: for each round, for each workload, each implementation runs once, in an
 * order that rotates from round to round — Go as a separate process (the {@code go test -c}
 * binary of {@code go4j-bench/go}), go4j gmp in a worker JVM started with the gmp flags, go4j
 * jdk, jox and JUC in a worker JVM started with {@code -Dgo4j.scheduler=jdk} (all three run on
 * the JDK's virtual-thread scheduler). Workers run JMH in-process ({@link Worker}). A ratio
 * such as go4j/Go is computed per round, from two runs made seconds apart, and the table shows
 * the median of the rounds' ratios: the machine is shared and noisy, and pairwise ratios cancel
 * most of the slow drifts that absolute numbers suffer.
 *
 * <p>{@code --quick}: 3 rounds, short iterations, one pair of worker JVMs for the whole run (JIT
 * warm-up paid once, in round 1). Default (full): 5 rounds, longer iterations, fresh worker JVMs
 * every round. See {@link #QUICK} and {@link #FULL}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Iteration settings of one mode. */
    record Plan(String mode, int rounds, boolean freshWorkersEachRound,
                int microWarmups, int microWarmupsLater, long microWarmupMs, long microWarmupMsLater,
                int microIterations, long microMs,
                int heavyWarmups, int heavyIterations,
                String goMicroTime, String goHeavyTime, long capSeconds) {
        Plan withRounds(int n) {
            return new Plan(mode, n, freshWorkersEachRound, microWarmups, microWarmupsLater, microWarmupMs,
                    microWarmupMsLater, microIterations, microMs, heavyWarmups, heavyIterations, goMicroTime,
                    goHeavyTime, capSeconds);
        }
    }

    /**
     * Quick: one JIT warm-up iteration in round 1 only (the workers live through all rounds), one
     * short measured iteration; a whole-run workload is a single shot (round 1's is cold, and the
     * median of the rounds' ratios leaves it out). A jox or JUC run that takes longer than
     * {@code capSeconds} in round 1 is not repeated (its one value stands, and the report says
     * so): jox's sieve alone would otherwise take minutes. Full: fresh JVMs every round, 2 x 1 s
     * warm-up and 3 x 1 s measured iterations, whole runs 1 warm-up + 2 shots, the same cap at
     * 20 s (about 37 minutes on an idle 2-core machine, by the sum of its iteration times).
     */
    static final Plan QUICK = new Plan("quick", 3, false, 1, 1, 200, 100, 1, 150, 0, 1, "0.15s", "1x", 8);
    static final Plan FULL = new Plan("full", 5, true, 2, 2, 1000, 1000, 3, 1000, 1, 2, "1s", "2x", 20);

    public static void main(String[] args) throws Exception {
        Plan plan = FULL;
        Integer rounds = null;
        String only = null;
        String goBin = null;
        String goVersion = null;
        String noGo = null;
        Path results = Path.of("bench-results");
        Path record = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> plan = QUICK;
                case "--full" -> plan = FULL;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--go-bin" -> goBin = args[++i];
                case "--go-version" -> goVersion = args[++i];
                case "--no-go" -> noGo = args[++i];
                case "--results" -> results = Path.of(args[++i]);
                case "--record" -> record = Path.of(args[++i]);
                case "--chart-from" -> { // redraw latest.png from a latest-runs.csv
                    Path csv = Path.of(args[++i]);
                    Run run = Run.fromRunsCsv(csv, results);
                    new Report(run, "", "", 0).at(Files.getLastModifiedTime(csv).toInstant()
                            .atZone(java.time.ZoneId.systemDefault())).chart(results.resolve("latest.png"));
                    System.out.println("go4j bench: redrew " + results.resolve("latest.png") + " from " + csv);
                    return;
                }
                case "--list" -> {
                    for (Workload w : Workload.all()) {
                        System.out.println(w.name() + "  [" + w.unitLabel() + "]");
                    }
                    return;
                }
                default -> {
                    System.err.println("go4j bench: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (rounds != null) {
            plan = plan.withRounds(rounds);
        }
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : Workload.all()) {
            if (only == null || Pattern.compile(only).matcher(w.name()).find()) {
                workloads.add(w);
            }
        }
        if (workloads.isEmpty()) {
            System.err.println("go4j bench: no workload matches --only " + only);
            System.exit(2);
        }
        new BenchMain.Run(plan, workloads, goBin, goVersion, noGo, results, record).run();
    }

    /** One benchmark run: the rounds, then the report. */
    static final class Run {
        final Plan plan;
        final List<Workload> workloads;
        final String goBin;
        final String goVersion;
        final String noGo;
        final Path results;
        /** A document with a bench:begin ... bench:end section to rewrite (--record), or null. */
        final Path record;
        final Path rawDir;
        /** workload -> column ("go" or an Impl's name) -> one value per round (NaN: failed). */
        final Map<Workload, Map<String, double[]>> values = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final java.util.Set<String> capped = new java.util.HashSet<>();
        final List<String> runLog = new ArrayList<>(); // CSV rows: round,workload,impl,value,error
        WorkerProc gmp;
        WorkerProc jdk;
        String gmpScheduler = "?";
        int step;
        int steps;
        long startNanos;

        Run(Plan plan, List<Workload> workloads, String goBin, String goVersion, String noGo, Path results,
            Path record) {
            this.plan = plan;
            this.workloads = workloads;
            this.goBin = noGo == null ? goBin : null;
            this.goVersion = goVersion;
            this.noGo = noGo != null ? noGo : goBin == null ? "no Go binary given (--go-bin)" : null;
            this.results = results;
            this.record = record;
            this.rawDir = results.resolve("raw");
        }

        /** A finished run read back from its latest-runs.csv (for redrawing the chart). */
        static Run fromRunsCsv(Path csv, Path results) throws IOException {
            List<String[]> rows = new ArrayList<>();
            int rounds = 0;
            boolean go = false;
            for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = new ArrayList<>();
                StringBuilder cur = new StringBuilder();
                boolean quoted = false;
                for (char ch : line.toCharArray()) {
                    if (ch == '"') {
                        quoted = !quoted;
                    } else if (ch == ',' && !quoted) {
                        f.add(cur.toString());
                        cur.setLength(0);
                    } else {
                        cur.append(ch);
                    }
                }
                f.add(cur.toString());
                rows.add(f.toArray(new String[0]));
                rounds = Math.max(rounds, Integer.parseInt(f.get(0)));
                go |= f.get(2).equals("Go");
            }
            List<Workload> ws = new ArrayList<>();
            for (Workload w : Workload.all()) {
                if (rows.stream().anyMatch(r -> r[1].equals(w.name()))) {
                    ws.add(w);
                }
            }
            Run run = new Run(QUICK.withRounds(rounds), ws, go ? "go" : null, null, go ? null : "not in the CSV",
                    results, null);
            for (Workload w : ws) {
                Map<String, double[]> m = new LinkedHashMap<>();
                m.put("go", nanArray(rounds));
                for (Impl i : Impl.values()) {
                    m.put(i.name(), nanArray(rounds));
                }
                run.values.put(w, m);
            }
            for (String[] r : rows) {
                Workload w = ws.stream().filter(x -> x.name().equals(r[1])).findFirst().orElseThrow();
                String col = r[2].equals("Go") ? "go" : java.util.Arrays.stream(Impl.values())
                        .filter(i -> i.label.equals(r[2])).findFirst().orElseThrow().name();
                run.values.get(w).get(col)[Integer.parseInt(r[0]) - 1] = r[3].isEmpty() ? Double.NaN
                        : Double.parseDouble(r[3]);
            }
            return run;
        }

        boolean hasGo() {
            return goBin != null;
        }

        void run() throws Exception {
            Files.createDirectories(rawDir);
            String loadBefore = Report.loadAverage();
            startNanos = System.nanoTime();
            for (Workload w : workloads) {
                Map<String, double[]> m = new LinkedHashMap<>();
                m.put("go", nanArray(plan.rounds()));
                for (Impl i : Impl.values()) {
                    m.put(i.name(), nanArray(plan.rounds()));
                }
                values.put(w, m);
                int rounds = w.kind() == Kind.MEMORY && plan.mode().equals("quick") ? 1 : plan.rounds();
                steps += rounds * (w.impls().size() + (hasGo() ? 1 : 0));
            }
            if (plan.mode().equals("quick") && workloads.stream().anyMatch(w -> w.kind() == Kind.MEMORY)) {
                notes.add("memory rows: measured in round 1 only (quick mode; heap deltas do not depend on load)");
            }
            System.err.printf("go4j bench (%s): %d workloads x %d rounds, %d runs; Go: %s%n", plan.mode(),
                    workloads.size(), plan.rounds(), steps, hasGo() ? goVersion : "none (" + noGo + ")");
            try {
                for (int r = 0; r < plan.rounds(); r++) {
                    if (gmp == null || plan.freshWorkersEachRound()) {
                        restartWorkers(r);
                    }
                    for (Workload w : workloads) {
                        List<String> order = new ArrayList<>();
                        if (hasGo()) {
                            order.add("go");
                        }
                        for (Impl i : w.impls()) {
                            order.add(i.name());
                        }
                        int shift = r % order.size();
                        for (int k = 0; k < order.size(); k++) {
                            String col = order.get((k + shift) % order.size());
                            if (r > 0 && capped.contains(w.name() + "/" + col)) {
                                continue;
                            }
                            if (r > 0 && w.kind() == Kind.MEMORY && plan.mode().equals("quick")) {
                                continue; // heap deltas do not depend on load: once is enough in quick mode
                            }
                            long t0 = System.nanoTime();
                            runOne(r, w, col);
                            long took = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
                            if (r == 0 && plan.capSeconds() > 0 && took > plan.capSeconds()
                                    && (col.equals(Impl.JOX.name()) || col.equals(Impl.JUC.name()))) {
                                capped.add(w.name() + "/" + col);
                                steps -= plan.rounds() - 1;
                                notes.add(w.name() + ", " + Impl.valueOf(col).label + ": ran in round 1 only (" + took
                                        + " s, over the " + plan.mode() + " mode's " + plan.capSeconds() + " s cap)");
                            }
                        }
                    }
                }
            } finally {
                stopWorkers();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
            new Report(this, loadBefore, Report.loadAverage(), seconds).write();
        }

        void restartWorkers(int round) throws IOException {
            stopWorkers();
            gmp = new WorkerProc("gmp", rawDir.resolve("worker-gmp.log"),
                    List.of(Bench.HEAP, Bench.OPENS, Bench.GMP));
            jdk = new WorkerProc("jdk", rawDir.resolve("worker-jdk.log"), List.of(Bench.HEAP, Bench.JDK));
            gmpScheduler = gmp.scheduler;
            if (round == 0 && !"gmp".equals(gmp.scheduler)) {
                System.err.println("go4j bench: note: the gmp worker runs go4j on the '" + gmp.scheduler
                        + "' scheduler (see " + rawDir.resolve("worker-gmp.log") + ")");
            }
        }

        void stopWorkers() {
            if (gmp != null) {
                gmp.close();
            }
            if (jdk != null) {
                jdk.close();
            }
        }

        void runOne(int round, Workload w, String col) throws Exception {
            step++;
            String label = col.equals("go") ? "Go" : Impl.valueOf(col).label;
            System.err.printf("[%3d/%d %s] round %d/%d  %s  %-8s ", step, steps, progressClock(), round + 1,
                    plan.rounds(), w.name(), label);
            double[] r;
            long t0 = System.nanoTime();
            try {
                r = col.equals("go") ? runGo(w) : runJava(round, w, Impl.valueOf(col));
            } catch (Exception e) {
                r = new double[] {Double.NaN, Double.NaN};
                failures.add("round " + (round + 1) + ", " + w.name() + ", " + label + ": " + e.getMessage());
            }
            values.get(w).get(col)[round] = r[0];
            runLog.add(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%.1f", round + 1, Report.csv(w.name()), label,
                    Report.num(r[0]), Report.num(r[1]), w.kind() == Kind.MEMORY ? "bytes" : "ns",
                    (System.nanoTime() - t0) / 1e9));
            System.err.println(Double.isNaN(r[0]) ? "FAILED" : Report.format(w, w.display(r[0])) + " "
                    + w.unitLabel().substring(0, w.unitLabel().indexOf('/')));
        }

        String progressClock() {
            long el = System.nanoTime() - startNanos;
            String s = Report.clock(el);
            if (step > 1) {
                long left = el / (step - 1) * (steps - step + 1);
                s += ", ~" + Report.clock(left) + " left";
            }
            return s;
        }

        double[] runJava(int round, Workload w, Impl impl) throws Exception {
            WorkerProc p = impl == Impl.GMP ? gmp : jdk;
            String cmd;
            if (w.kind() == Kind.MEMORY) {
                int n = w.jmhClass().equals("goroutine") ? Sizes.MEM_GOROUTINES : Sizes.MEM_CHANNELS;
                cmd = "MEM " + w.jmhClass() + " " + (impl == Impl.GMP || impl == Impl.JDK ? "go4j"
                        : impl.name().toLowerCase(Locale.ROOT)) + " " + n;
            } else if (w.kind() == Kind.MICRO || w.kind() == Kind.MICRO_US) {
                boolean cold = round == 0 || plan.freshWorkersEachRound();
                cmd = String.format("RUN %s %s %s %d %d %d %d", w.jmhClass(), impl.method, w.params(),
                        cold ? plan.microWarmups() : plan.microWarmupsLater(),
                        cold ? plan.microWarmupMs() : plan.microWarmupMsLater(), plan.microIterations(), plan.microMs());
            } else {
                cmd = String.format("RUN %s %s %s %d %d %d %d", w.jmhClass(), impl.method, w.params(),
                        plan.heavyWarmups(), 0, plan.heavyIterations(), 0);
            }
            try {
                return p.call(cmd, Duration.ofMinutes(plan.mode().equals("quick") ? 3 : 15));
            } catch (WorkerProc.Dead e) {
                // A hung or crashed worker: start a fresh pair and go on with the next run.
                restartWorkers(round);
                throw e;
            }
        }

        double[] runGo(Workload w) throws Exception {
            String time = switch (w.kind()) {
                case MICRO, MICRO_US -> plan.goMicroTime();
                case HEAVY -> plan.goHeavyTime();
                case MEMORY -> "1x";
            };
            Process p = new ProcessBuilder(goBin, "-test.run=^$", "-test.bench=" + w.goBench(),
                    "-test.benchtime=" + time).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                Files.writeString(rawDir.resolve("go-failure.log"), out);
                throw new IOException("Go benchmark failed (exit " + p.exitValue() + ")");
            }
            String metric = w.kind() == Kind.MEMORY ? (w.jmhClass().equals("goroutine") ? "B/goroutine" : "B/chan")
                    : "ns/op";
            for (String line : out.split("\n")) {
                if (line.startsWith("Benchmark")) {
                    String[] f = line.trim().split("\\s+");
                    for (int i = 1; i < f.length; i++) {
                        if (f[i].equals(metric)) {
                            return new double[] {Double.parseDouble(f[i - 1]), 0};
                        }
                    }
                }
            }
            throw new IOException("no " + metric + " in the Go output: " + out.strip());
        }
    }

    static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** A {@link Worker} JVM: commands on its stdin, answers on its stdout. */
    static final class WorkerProc implements AutoCloseable {
        /** The worker died or did not answer in time. */
        static final class Dead extends IOException {
            Dead(String m) {
                super(m);
            }
        }

        private static final String EOF = "\u0000EOF";
        final String name;
        final Process process;
        final BufferedWriter in;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final String scheduler;

        WorkerProc(String name, Path log, List<String> jvmFlags) throws IOException {
            this.name = name;
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.addAll(jvmFlags);
            cmd.add("-Djmh.ignoreLock=true");
            cmd.add("--sun-misc-unsafe-memory-access=allow"); // JMH's own use of Unsafe, not ours
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Worker.class.getName());
            cmd.add(log.toString());
            process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException ignored) {
                    // the worker is gone; EOF below says so
                }
                lines.add(EOF);
            }, "worker-" + name + "-reader");
            reader.setDaemon(true);
            reader.start();
            String ready = next(Duration.ofMinutes(2));
            if (!ready.startsWith("READY scheduler=")) {
                throw new Dead("worker " + name + " did not start: " + ready);
            }
            scheduler = ready.substring("READY scheduler=".length());
        }

        private String next(Duration timeout) throws IOException {
            try {
                String l = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (l == null) {
                    close();
                    throw new Dead("worker " + name + " gave no answer within " + timeout.toMinutes() + " min");
                }
                if (l.equals(EOF)) {
                    throw new Dead("worker " + name + " exited (" + process.waitFor() + ")");
                }
                return l;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        /** Sends one command; returns {value, error}. */
        double[] call(String command, Duration timeout) throws IOException {
            in.write(command);
            in.newLine();
            in.flush();
            double[] result = null;
            String error = null;
            for (String l; !(l = next(timeout)).equals("DONE"); ) {
                if (l.startsWith("RESULT ")) {
                    String[] f = l.split(" ");
                    result = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                } else if (l.startsWith("ERROR ")) {
                    error = l.substring(6);
                }
            }
            if (result == null) {
                throw new IOException(error != null ? error : "no result");
            }
            return result;
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                try {
                    in.write("QUIT");
                    in.newLine();
                    in.flush();
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
