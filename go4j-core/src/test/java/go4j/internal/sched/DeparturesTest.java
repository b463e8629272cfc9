package go4j.internal.sched;

import go4j.Chan;
import go4j.Go;
import go4j.diag.DiagSupport;
import go4j.internal.runtime.Schedulers;
import go4j.sync.WaitGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * gmp with its departures from Go turned off ({@link Departures}), one at a time and all at
 * once (pure Go policy): the same programs, through the public API, give the same results.
 * Each configuration runs in a child JVM, since the switches are read once per process.
 */
class DeparturesTest {
    /** In a child JVM: the departures in effect, then the results of a few programs of each shape. */
    public static final class Program {
        public static void main(String[] args) {
            Go.main(() -> {
                System.out.println(Departures.describe());
                System.out.println("ping-pong " + pingPong(20_000));
                System.out.println("fan-out/fan-in " + fanOutFanIn(8, 20_000));
                System.out.println("select " + selectOverTwo(20_000));
                System.out.println("spawn " + spawn(20_000));
                System.out.println("sieve " + sieve(300));
                int old = Go.gomaxprocs(1);
                String one = "gomaxprocs 1: " + fanOutFanIn(4, 5_000);
                Go.gomaxprocs(3);
                String three = "gomaxprocs 3: " + fanOutFanIn(4, 5_000);
                Go.gomaxprocs(old);
                System.out.println(one + ", " + three);
            });
        }

        static long pingPong(int n) {
            Chan<Integer> ping = new Chan<>();
            Chan<Integer> pong = new Chan<>();
            go(() -> {
                for (Integer v : ping) {
                    pong.send(v + 1);
                }
            });
            long sum = 0;
            for (int i = 0; i < n; i++) {
                ping.send(i);
                sum += pong.recv();
            }
            ping.close();
            return sum;
        }

        static long fanOutFanIn(int workers, int n) {
            Chan<Integer> jobs = new Chan<>();
            Chan<Long> results = new Chan<>();
            WaitGroup wg = new WaitGroup();
            for (int w = 0; w < workers; w++) {
                wg.add(1);
                go(() -> {
                    for (Integer j : jobs) {
                        results.send((long) j * j);
                    }
                    wg.done();
                });
            }
            go(() -> {
                for (int i = 0; i < n; i++) {
                    jobs.send(i);
                }
                jobs.close();
            });
            go(() -> {
                wg.await();
                results.close();
            });
            long sum = 0;
            for (Long r : results) {
                sum += r;
            }
            return sum;
        }

        static long selectOverTwo(int n) {
            Chan<Integer> a = new Chan<>();
            Chan<Integer> b = new Chan<>();
            go(() -> {
                for (int i = 0; i < n; i++) {
                    a.send(1);
                }
            });
            go(() -> {
                for (int i = 0; i < n; i++) {
                    b.send(2);
                }
            });
            long sum = 0;
            for (int i = 0; i < 2 * n; i++) {
                sum += Go.<Integer>select(a.onRecv(v -> v), b.onRecv(v -> v));
            }
            return sum;
        }

        static long spawn(int n) {
            AtomicLong sum = new AtomicLong();
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < n; i++) {
                int k = i;
                wg.add(1);
                go(() -> {
                    sum.addAndGet(k);
                    wg.done();
                });
            }
            wg.await();
            return sum.get();
        }

        /** The last of the first {@code n} primes, by Go's concurrent prime sieve. */
        static int sieve(int n) {
            Chan<Integer> ch = new Chan<>();
            go(() -> {
                for (int i = 2; ; i++) {
                    ch.send(i);
                }
            });
            Chan<Integer> in = ch;
            int prime = 0;
            for (int i = 0; i < n; i++) {
                prime = in.recv();
                Chan<Integer> from = in;
                Chan<Integer> out = new Chan<>();
                int p = prime;
                go(() -> {
                    for (;;) {
                        int v = from.recv();
                        if (v % p != 0) {
                            out.send(v);
                        }
                    }
                });
                in = out;
            }
            return prime;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "-Dgo4j.sched.goPolicy=true   | none (Go's policy)",
            "-Dgo4j.sched.quietWakes=false | stealGrace ringRule splitGate quietRespin policyTrials",
            "-Dgo4j.sched.stealGrace=false | quietWakes quietRespin policyTrials",
            "-Dgo4j.sched.ringRule=false   | quietWakes stealGrace quietRespin policyTrials",
            "-Dgo4j.sched.splitGate=false  | quietWakes stealGrace ringRule quietRespin policyTrials",
            "-Dgo4j.sched.quietRespin=false | quietWakes stealGrace ringRule splitGate policyTrials",
            "-Dgo4j.sched.policyTrials=false | quietWakes stealGrace ringRule splitGate quietRespin",
            "-Dgo4j.sched.none=0           | quietWakes stealGrace ringRule splitGate quietRespin policyTrials"})
    void theSameProgramsGiveTheSameResults(String switchOff, String inEffect) throws Exception {
        assumeTrue(Schedulers.current().name().equals("gmp"), () -> {
            String msg = "SKIPPED departure switches: this JVM runs the " + Schedulers.current().name() + " scheduler";
            System.err.println(msg);
            return msg;
        });
        DiagSupport.Child c = DiagSupport.runChild(Program.class, List.of(switchOff.strip()), Map.of());
        assertEquals(0, c.exit(), c.stderr());
        long n = 20_000;
        String expected = String.join("\n",
                inEffect.strip(),
                "ping-pong " + n * (n + 1) / 2,
                "fan-out/fan-in " + squares(20_000),
                "select " + 3 * n,
                "spawn " + n * (n - 1) / 2,
                "sieve 1987",
                "gomaxprocs 1: " + squares(5_000) + ", gomaxprocs 3: " + squares(5_000));
        assertEquals(expected, c.stdout().strip());
        assertEquals("", c.stderr().strip());
    }

    private static long squares(int n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i;
        }
        return s;
    }
}
