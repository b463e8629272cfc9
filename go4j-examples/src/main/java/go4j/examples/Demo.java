package go4j.examples;

import go4j.Go;
import go4j.Panic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./go4j demo}: a tour of go4j, one topic at a time, each running an example program
 * translated line for line from the Go original next to it ({@code go4j-examples/go/NAME.go}).
 * {@code ./go4j demo NAME...} runs some; {@code ./go4j demo --list} lists them.
 */
public final class Demo {
    private Demo() {
    }

    /** One stop of the tour. */
    record Topic(String name, String title, String example, String text, Runnable run) {
    }

    private static final String[] NO_ARGS = {};

    static final List<Topic> TOPICS = List.of(
            new Topic("goroutines", "goroutines", "GoroutinesExample", """
                    go(() -> f()) is Go's `go f()`. A goroutine is a virtual thread that go4j's
                    G/M/P scheduler runs; ten thousand of them cost a few milliseconds.""",
                    () -> GoroutinesExample.main(NO_ARGS)),
            new Topic("channels", "channels", "ChannelsExample", """
                    new Chan<>() is unbuffered: a send waits for a receiver. new Chan<>(3) buffers
                    three. After close, for-each drains the buffer and stops; recvOk says ok=false.""",
                    () -> ChannelsExample.main(NO_ARGS)),
            new Topic("select", "select", "SelectExample", """
                    select(...) runs one ready case (at random when several are), defaultCase when
                    none is; Time.after makes a timeout; a nil channel is never ready.""",
                    () -> SelectExample.main(NO_ARGS)),
            new Topic("fanin", "fan-in", "FanInExample", """
                    Two generators merged by one select loop. A closed source is replaced by the nil
                    channel, so select stops looking at it. The interleaving varies from run to run.""",
                    () -> FanInExample.main(NO_ARGS)),
            new Topic("fanout", "fan-out", "FanOutExample", """
                    Go's pipelines article: one channel read by two sq goroutines (fan-out), their
                    outputs merged back into one with a WaitGroup (fan-in).""",
                    () -> FanOutExample.main(NO_ARGS)),
            new Topic("closure", "closures", "ClosureExample", """
                    getSequence returns a function with its own counter. A Java lambda captures only
                    effectively final variables, so the counter lives in a one-element array.""",
                    () -> ClosureExample.main(NO_ARGS)),
            new Topic("generator", "generator", "GeneratorExample", """
                    The seed's Generater(done): a goroutine sends values until done is closed, then
                    closes its own channel, so main's for-each ends.""",
                    () -> GeneratorExample.main(NO_ARGS)),
            new Topic("workerpool", "worker pool", "WorkerPoolExample", """
                    Three workers range over a jobs channel and send to a results channel. Which
                    worker takes which job changes from run to run.""",
                    () -> WorkerPoolExample.main(NO_ARGS)),
            new Topic("future", "future", "FutureExample", """
                    execQuery starts the query in a goroutine; main picks the result up from a
                    channel when it needs it.""",
                    () -> FutureExample.main(NO_ARGS)),
            new Topic("context", "context", "ContextExample", """
                    A tree: withCancel, then withValue. work2 adds a 50 ms deadline, which fires
                    first; canceling the root then stops work1 and work3. try-with-resources on a
                    Cancelable is Go's defer cancel().""",
                    () -> ContextExample.main(NO_ARGS)),
            new Topic("waitgroup", "WaitGroup", "WaitGroupExample", """
                    wg.add(1) before go, wg.done() in a finally (Go's defer), wg.await() to wait.""",
                    () -> WaitGroupExample.main(NO_ARGS)),
            new Topic("http", "a goroutine per request", "HttpExample", """
                    The JDK's HttpServer with go as its executor: one goroutine per request, as
                    net/http does. Each handler races the work against a 1 s request context.""",
                    () -> HttpExample.main(NO_ARGS)),
            new Topic("sieve", "prime sieve", "SieveExample", """
                    Go's concurrent prime sieve: a daisy chain of filter goroutines, one per prime.""",
                    () -> SieveExample.main(NO_ARGS)),
            new Topic("patterns", "go4j.patterns", "PatternsExample", """
                    The same patterns as library calls: Generator, FanOut, FanIn, Pipeline,
                    WorkerPool, Future, ParallelMap, all stopping when their context is done.""",
                    () -> PatternsExample.main(NO_ARGS)),
            new Topic("scheduler", "the G/M/P scheduler", "SchedulerExample", """
                    A child JVM runs 100 busy goroutines with GODEBUG=schedtrace=100: every 100 ms
                    the scheduler prints Go's SCHED line (Ps, idle Ps, threads, spinning Ms, idle
                    Ms, the global run queue, then each P's local run queue).""",
                    Demo::schedulerTopic),
            new Topic("synctest", "synctest: a minute in milliseconds", "SynctestExample", """
                    Synctest.test runs a test in a bubble whose clock starts at 2000-01-01 and jumps
                    to the next timer whenever every goroutine in it waits (Go 1.25's
                    testing/synctest): a minute of retries with backoff, deadline and all.""",
                    () -> SynctestExample.main(NO_ARGS)),
            new Topic("leaks", "leaked goroutines", "LeakExample", """
                    A generator abandoned by its consumer waits to send forever. Go.leakedGoroutines()
                    (Go 1.26's leak profile) finds the goroutines that nothing able to run can reach.""",
                    () -> LeakExample.main(NO_ARGS)),
            new Topic("deadlock", "deadlock detection", "DeadlockExample", """
                    main waits for a value nobody will send, and so does the only other goroutine.
                    Go.main sees every goroutine asleep, prints Go's fatal error with the goroutine
                    dump (on stderr) and ends the process with exit status 2, as Go does: so it
                    runs in a child JVM here.""",
                    Demo::deadlockTopic),
            new Topic("nats", "a worker pool across JVMs (NATS)", "NatsExample", """
                    When one process is not enough, a broker goes between processes and channels
                    stay inside each. go4j-nats makes a NATS JetStream subject a go4j channel: here
                    a nats-server, two worker JVMs each running a worker pool over the subject,
                    and this JVM as the producer. Each task is acked after its result is stored.""",
                    Demo::natsTopic),
            new Topic("compiled", "Go compiled to JVM bytecode", "go4j run", """
                    No Java translation this time: ./go4j run compiles the Go source itself to JVM
                    bytecode that runs on go4j's runtime, here the notes' closure.go with -m, which
                    prints go4j's escape decision in Go's words (the captured i moves to the heap),
                    then sieve.go, its goroutines and channels go4j's own.""",
                    Demo::compiledTopic));

    public static void main(String[] args) {
        int rc = run(args);
        if (rc != 0) {
            System.exit(rc);
        }
    }

    /** Runs the tour (or the topics named in args, or --list); returns the exit status. */
    static int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--list") || args[0].equals("-l"))) {
            for (Topic t : TOPICS) {
                System.out.printf("%-11s %s%n", t.name(), t.title());
            }
            return 0;
        }
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("usage: ./go4j demo [NAME... | --list]");
            return 0;
        }
        List<Topic> chosen = new ArrayList<>();
        for (String a : args) {
            Topic t = find(a);
            if (t == null) {
                System.err.println("go4j demo: no topic '" + a + "' (./go4j demo --list shows them)");
                return 2;
            }
            chosen.add(t);
        }
        if (chosen.isEmpty()) {
            chosen = TOPICS;
        }
        long start = System.nanoTime();
        System.out.println("go4j demo: scheduler " + Go.scheduler() + ", GOMAXPROCS=" + Go.gomaxprocs(0)
                + ". Each topic runs a Java program translated line for line from the Go one.");
        for (int i = 0; i < chosen.size(); i++) {
            show(TOPICS.indexOf(chosen.get(i)) + 1, chosen.get(i));
        }
        System.out.println();
        System.out.printf("%d topic%s in %.1f s.%n", chosen.size(), chosen.size() == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static Topic find(String name) {
        for (Topic t : TOPICS) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    private static void show(int number, Topic t) {
        System.out.println();
        System.out.println("== " + number + ". " + t.title() + " ==");
        for (String line : t.text().lines().toList()) {
            System.out.println(line);
        }
        if (t.name().equals("patterns")) {
            System.out.println("(" + t.example() + ".java: go4j's own library, no Go original)");
        } else if (t.name().equals("synctest") || t.name().equals("leaks")) {
            System.out.println("(" + t.example() + ".java: newer than Go 1.19, no Go original here)");
        } else if (t.name().equals("nats")) {
            System.out.println("(" + t.example() + ".java: go4j-nats, no Go original here)");
        } else if (t.name().equals("compiled")) {
            System.out.println("(go4j-examples/go/closure.go and sieve.go, compiled by ./go4j run)");
        } else {
            System.out.println("(go4j-examples/go/" + t.name() + ".go -> " + t.example() + ".java)");
        }
        System.out.println();
        Captured c = capture(t.run());
        indent(c.out());
        if (!c.err().isEmpty()) {
            System.out.println("  stderr:");
            indent(c.err());
        }
        if (c.failure() instanceof Panic p) { // what Go.main throws after Go's report
            System.out.println("  Go.main threw go4j.Panic: " + p.getMessage());
        } else if (c.failure() != null) {
            System.out.println("  the example failed: " + c.failure());
        }
    }

    private static void indent(String text) {
        text.lines().forEach(l -> System.out.println("  " + l));
    }

    // ---- the two topics that are more than running a main ----

    private static void schedulerTopic() {
        SchedulerExample.Trace trace = SchedulerExample.trace(100);
        trace.stdout().forEach(System.out::println);
        List<String> sched = trace.sched();
        int shown = Math.min(5, sched.size());
        for (int i = 0; i < shown; i++) {
            System.out.println(sched.get(i));
        }
        if (sched.size() > shown) {
            int more = sched.size() - shown;
            System.out.println("... " + more + " more SCHED line" + (more == 1 ? "" : "s"));
        }
        if (sched.isEmpty()) {
            System.out.println("(no SCHED line: the child JVM ran on the jdk scheduler, exit " + trace.exitCode() + ")");
        }
    }

    private static void compiledTopic() {
        for (List<String> args : List.of(List.of("run", "-m", "go4j-examples/go/closure.go"),
                List.of("run", "go4j-examples/go/sieve.go"))) {
            System.out.println("$ ./go4j " + String.join(" ", args));
            ChildJvm.Result r = ChildJvm.run("go4j.compiler.Driver", args, Map.of());
            r.stderr().forEach(System.out::println);
            r.stdout().forEach(System.out::println);
            if (r.exitCode() != 0) {
                System.out.println("exit status " + r.exitCode());
            }
        }
    }

    private static void natsTopic() {
        try {
            NatsExample.main(NO_ARGS);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deadlockTopic() {
        ChildJvm.Result r = ChildJvm.run(DeadlockExample.class, Map.of());
        r.stdout().forEach(System.out::println);
        r.stderr().stream().filter(l -> !l.startsWith("go4j: ")).forEach(System.err::println);
        System.err.println("exit status " + r.exitCode()); // what go run prints, on stderr
    }

    // ---- capturing a topic's output ----

    /** What a topic printed, and what it threw (null if nothing). */
    record Captured(String out, String err, Throwable failure) {
    }

    /** Runs {@code body} with System.out and System.err captured. */
    static Captured capture(Runnable body) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        Throwable failure = null;
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } catch (Throwable t) {
            failure = t;
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
        return new Captured(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), failure);
    }
}
