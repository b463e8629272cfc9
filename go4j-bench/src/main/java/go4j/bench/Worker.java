package go4j.bench;

import go4j.Go;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark JVM of a {@code ./go4j bench} run, started by {@link BenchMain} with one
 * scheduler's flags and driven over stdin/stdout, so that runs of different implementations can
 * be interleaved workload by workload without paying a JVM start (and a JIT warm-up) for each.
 *
 * <p>Commands, one per line; every answer ends with a line {@code DONE}:
 * <pre>
 *   RUN class method params wi wms i ms   one JMH benchmark in this JVM (forks 0); params is
 *                                         k=v,k=v or -; answers RESULT nanosPerOp error
 *   MEM kind impl n                       a {@link Memory} probe; answers RESULT bytes 0
 *   QUIT
 * </pre>
 * On the first line it says {@code READY scheduler=<gmp|jdk>}: the scheduler go4j really
 * runs on here. JMH's own output goes to the log file named by the first argument.
 */
public final class Worker {
    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(new FileOutputStream(args[0], true), true, StandardCharsets.UTF_8);
        // Keep stray prints of benchmark code off the protocol channel.
        System.setOut(log);
        out.println("READY scheduler=" + Go.scheduler());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] a = line.trim().split("\\s+");
            try {
                switch (a[0]) {
                    case "RUN" -> {
                        double[] r = runJmh(a, log);
                        out.println("RESULT " + r[0] + " " + r[1]);
                    }
                    case "MEM" -> {
                        int n = Integer.parseInt(a[3]);
                        double bytes = a[1].equals("goroutine") ? Memory.blockedGoroutine(a[2], n)
                                : Memory.emptyChan(a[2], n);
                        out.println("RESULT " + bytes + " 0");
                    }
                    case "QUIT" -> {
                        out.println("DONE");
                        System.exit(0);
                    }
                    default -> out.println("ERROR unknown command " + a[0]);
                }
            } catch (Throwable t) {
                t.printStackTrace(log);
                out.println("ERROR " + String.valueOf(t).replace('\n', ' '));
            }
            out.println("DONE");
        }
    }

    /** Runs one benchmark method in this JVM; returns {score in ns/op, score error in ns/op}. */
    static double[] runJmh(String[] a, PrintStream log) throws Exception {
        String cls = a[1];
        String method = a[2];
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + Worker.class.getPackageName().replace(".", "\\.") + "\\." + cls + "\\." + method + "$")
                .forks(0)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .warmupIterations(Integer.parseInt(a[4]))
                .warmupTime(TimeValue.milliseconds(Long.parseLong(a[5])))
                .measurementIterations(Integer.parseInt(a[6]))
                .measurementTime(TimeValue.milliseconds(Long.parseLong(a[7])));
        if (!a[3].equals("-")) {
            for (String kv : a[3].split(",")) {
                int eq = kv.indexOf('=');
                o.param(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        log.println("==== " + String.join(" ", a));
        Collection<RunResult> results = new Runner(o.build(),
                OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL)).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result for " + String.join(" ", a) + ", got " + results.size());
        }
        Result<?> r = results.iterator().next().getPrimaryResult();
        double toNanos = nanosPer(r.getScoreUnit());
        double err = Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError() * toNanos;
        return new double[] {r.getScore() * toNanos, err};
    }

    /** Nanoseconds per unit of a JMH score unit such as "ns/op", "ms/op" or "s/op". */
    static double nanosPer(String unit) {
        String u = unit.substring(0, unit.indexOf('/'));
        return switch (u) {
            case "ns" -> 1;
            case "us" -> TimeUnit.MICROSECONDS.toNanos(1);
            case "ms" -> TimeUnit.MILLISECONDS.toNanos(1);
            case "s" -> TimeUnit.SECONDS.toNanos(1);
            default -> throw new IllegalArgumentException("time unit " + unit);
        };
    }
}
