package go4j.internal.sched;

import go4j.Chan;
import go4j.Go;
import go4j.sync.WaitGroup;

/**
 * The scheduler's benchmark program (not a test): the same workloads as
 * docs/scheduler-bench/bench.go, printed in the same format, so that bench.sh can interleave
 * go4j and Go runs and compare medians. Usage: {@code SchedBench WORKLOAD N REPS}; workloads:
 * {@code pingpong} (N round trips between two goroutines, unbuffered), {@code mpmc0} and
 * {@code mpmc1024} (4 producers x 4 consumers, N messages in total, unbuffered / buffer 1024),
 * {@code spawn} (N goroutines started and waited for).
 */
public final class SchedBench {
    private SchedBench() {
    }

    public static void main(String[] args) {
        String workload = args[0];
        int n = Integer.parseInt(args[1]);
        int reps = Integer.parseInt(args[2]);
        Go.main(() -> {
            for (int r = 0; r < reps; r++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                switch (workload) {
                    case "pingpong" -> pingpong(n);
                    case "mpmc0" -> mpmc(n, 0);
                    case "mpmc1024" -> mpmc(n, 1024);
                    case "spawn" -> spawn(n);
                    default -> throw new IllegalArgumentException(workload);
                }
                long dt = System.nanoTime() - t0;
                long dc = cpu() - c0;
                System.out.printf("%s %s %.1f ns/op %.1f cpu-ns/op%n", Go.scheduler(), workload,
                        (double) dt / n, (double) dc / n);
            }
        });
    }

    /** CPU time of the whole process (all threads, JIT and GC included), in ns. */
    static long cpu() {
        try {
            return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new javax.management.ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
        } catch (javax.management.JMException e) {
            return 0;
        }
    }

    static void pingpong(int n) {
        Chan<Integer> ping = new Chan<>();
        Chan<Integer> pong = new Chan<>();
        Chan<Boolean> done = new Chan<>();
        Go.go(() -> {
            for (int i = 0; i < n; i++) {
                pong.send(ping.recv());
            }
            done.send(true);
        });
        Integer one = 1;
        for (int i = 0; i < n; i++) {
            ping.send(one);
            pong.recv();
        }
        done.recv();
    }

    static void mpmc(int n, int buffer) {
        Chan<Integer> c = new Chan<>(buffer);
        WaitGroup wg = new WaitGroup();
        int per = n / 4;
        Integer one = 1;
        wg.add(8);
        for (int p = 0; p < 4; p++) {
            Go.go(() -> {
                for (int i = 0; i < per; i++) {
                    c.send(one);
                }
                wg.done();
            });
        }
        for (int q = 0; q < 4; q++) {
            Go.go(() -> {
                for (int i = 0; i < per; i++) {
                    c.recv();
                }
                wg.done();
            });
        }
        wg.await();
    }

    static void spawn(int n) {
        WaitGroup wg = new WaitGroup();
        wg.add(n);
        for (int i = 0; i < n; i++) {
            Go.go(wg::done);
        }
        wg.await();
    }
}
