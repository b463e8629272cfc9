package go4j.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each example's output: exactly Go's where Go guarantees it, and where the interleaving of
 * goroutines decides (fan-in, worker pool, context), the lines, and the order Go guarantees.
 */
@Timeout(120)
class ExamplesTest {
    @Test
    void goroutinesSumWhatTenThousandGoroutinesSent() {
        assertEquals(List.of("goroutines started: 10000", "sum of what they sent: 50005000"),
                Output.of(GoroutinesExample::main));
    }

    @Test
    void channelsHandOffBufferCloseAndRange() {
        assertEquals(List.of(
                "unbuffered: ping",
                "buffered: len 3 cap 3",
                "range got 1",
                "range got 2",
                "range got 3",
                "after close: 0 false",
                "worker: working",
                "main: worker done"), Output.of(ChannelsExample::main));
    }

    @Test
    void selectTakesReadyCasesDefaultTimeoutAndNeverANilChannel() {
        assertEquals(List.of(
                "received both: 2",
                "no message ready: default",
                "timeout after 20ms",
                "a nil channel is never ready"), Output.of(SelectExample::main));
    }

    @Test
    void fanInMergesBothSourcesEachInOrderAndEndsWhenBothAreClosed() {
        List<String> out = Output.of(FanInExample::main);
        assertEquals(9, out.size(), out.toString());
        assertEquals("both closed", out.get(8));
        for (String src : List.of("a", "b")) {
            List<String> own = out.stream().filter(l -> l.startsWith(src + " ")).toList();
            assertEquals(List.of(src + " 1", src + " 2", src + " 3", src + " closed"), own, out.toString());
        }
    }

    @Test
    void fanOutSquaresEveryNumberOnce() {
        assertEquals(List.of("squares: [1 4 9 16 25 36]"), Output.of(FanOutExample::main));
    }

    @Test
    void closureKeepsItsOwnCounterPerSequence() {
        assertEquals(List.of("1", "2", "3", "1", "2"), Output.of(ClosureExample::main));
    }

    @Test
    void generatorSendsUntilDoneThenClosesItsChannel() {
        assertEquals(List.of("0", "1", "2", "3", "4",
                "generator: done, stopping",
                "main: generator closed its channel"), Output.of(GeneratorExample::main));
    }

    @Test
    void workerPoolRunsEachJobOnceStartedBeforeFinished() {
        List<String> out = Output.of(WorkerPoolExample::main);
        assertEquals(11, out.size(), out.toString());
        assertEquals("sum of results: 30", out.get(10));
        Pattern line = Pattern.compile("worker ([123]) (started |finished) job ([1-5])");
        Map<Integer, Integer> startedBy = new HashMap<>();
        Set<Integer> finished = new HashSet<>();
        Map<Integer, Integer> busyWith = new HashMap<>(); // worker -> job in hand
        for (String l : out.subList(0, 10)) {
            Matcher m = line.matcher(l);
            assertTrue(m.matches(), l);
            int w = Integer.parseInt(m.group(1)), j = Integer.parseInt(m.group(3));
            if (m.group(2).startsWith("started")) {
                assertEquals(null, startedBy.put(j, w), "job started twice: " + j);
                assertEquals(null, busyWith.put(w, j), "worker " + w + " started a job with one in hand");
            } else {
                assertEquals(w, startedBy.get(j), "job " + j + " finished by another worker or before it started");
                assertEquals(j, busyWith.remove(w));
                assertTrue(finished.add(j));
            }
        }
        assertEquals(Set.of(1, 2, 3, 4, 5), finished);
    }

    @Test
    void futureResultArrivesAfterMainMovedOn() {
        assertEquals(List.of("query sent; main does other things meanwhile",
                "result from select * from table"), Output.of(FutureExample::main));
    }

    @Test
    void contextDeadlineFiresFirstThenCancelStopsTheRest() {
        List<String> out = Output.of(ContextExample::main);
        assertEquals(5, out.size(), out.toString());
        assertEquals("work2: stopped: context deadline exceeded", out.get(0));
        assertEquals("main: cancel", out.get(1));
        assertEquals(Set.of("work1: stopped: context canceled", "work3: request 42 stopped: context canceled"),
                new HashSet<>(out.subList(2, 4)));
        assertEquals("main: all work stopped; ctx.Err() = context canceled", out.get(4));
    }

    @Test
    void waitGroupWaitsForEveryGoroutine() {
        assertEquals(List.of("squares: [0 1 4 9 16]"), Output.of(WaitGroupExample::main));
    }

    @Test
    void sievePrintsTheFirstTenPrimes() {
        assertEquals(List.of("2", "3", "5", "7", "11", "13", "17", "19", "23", "29"),
                Output.of(SieveExample::main));
    }

    @Test
    void httpServesEachRequestAndTimesOutTheSlowOne() {
        List<String> out = Output.of(HttpExample::main);
        assertEquals("serving on 127.0.0.1 (an ephemeral port)", out.get(0));
        assertEquals("GET /?q=gopher -> 200 hello, gopher", out.get(1));
        assertEquals("GET /?q=slow   -> 504 context deadline exceeded", out.get(2));
        assertTrue(out.get(3).startsWith("20 concurrent requests, answered correctly: "), out.get(3));
        assertEquals(4, out.size());
    }

    @Test
    void synctestRunsAMinuteOfBackoffOnTheBubblesClock() {
        List<String> out = Output.of(SynctestExample::main);
        assertEquals(List.of(
                "attempt at 0 s: connection refused",
                "attempt at 1 s: connection refused",
                "attempt at 3 s: connection refused",
                "attempt at 7 s: connection refused",
                "attempt at 15 s: connection refused",
                "attempt at 31 s: connection refused",
                "gave up after 6 attempts at 60 s: context deadline exceeded"), out.subList(0, 7));
        assertTrue(out.get(7).matches("bubble time: 60 s; real time: \\d+ ms"), out.get(7)); // how fast: SynctestTest
        assertEquals(8, out.size());
    }

    @Test
    void leakFinderReportsTheAbandonedGenerator() {
        assertEquals(List.of("got 0 1 2", "1 leaked goroutine:", "goroutine 2 [chan send (leaked)]:"),
                Output.of(LeakExample::main));
    }

    @Test
    void patternsLibraryGivesTheSameResults() {
        assertEquals(List.of(
                "generator: 0 1 2",
                "fan-out to 2, fan-in: [1 4 9 16 25 36]",
                "pipeline: [10 30 50]",
                "worker pool, sum of results: 30",
                "future: result from select * from table",
                "parallel map, limit 2: [2 4 3]"), Output.of(PatternsExample::main));
    }

    @Test
    void fmtPrintsLikeGo() {
        List<String> out = Output.of(args -> {
            Fmt.println("a", 1, true, null, List.of(1, 2), new int[]{3, 4}, Map.of("k", 5),
                    new IllegalStateException("boom"), new ArrayList<>());
        });
        assertEquals(List.of("a 1 true <nil> [1 2] [3 4] map[k:5] boom []"), out);
    }

    @Test
    void natsWorkerPoolAcrossTwoJvmsProcessesEachTaskOnce() {
        List<String> out = Output.of(NatsExample::main);
        assertTrue(go4j.nats.LocalNatsServer.find() != null, go4j.nats.LocalNatsServer.INSTALL_HINT);
        assertTrue(out.get(0).startsWith("nats-server with JetStream on nats://127.0.0.1:"), out.toString());
        assertEquals("two worker JVMs ready, 2 goroutines each", out.get(1));
        assertEquals("producer sent tasks 1..20", out.get(2));
        Set<Integer> tasks = new HashSet<>();
        int listed = 0;
        for (String line : out) {
            Matcher m = Pattern.compile("w[12] processed \\[(.*)]").matcher(line);
            if (m.matches()) {
                for (String t : m.group(1).split(", ")) {
                    assertTrue(tasks.add(Integer.parseInt(t)), "task " + t + " twice: " + out);
                    listed++;
                }
            }
        }
        assertEquals(20, listed, out.toString());
        assertEquals(20, tasks.size());
        assertTrue(out.contains("total: 20 tasks, each once; sum of squares 2870"), out.toString());
        int byWorkers = 0;
        for (String line : out) {
            Matcher m = Pattern.compile("w[12]: processed (\\d+) tasks, acked each after its result was stored").matcher(line);
            if (m.matches()) {
                byWorkers += Integer.parseInt(m.group(1));
            }
        }
        assertEquals(20, byWorkers, out.toString());
    }
}
