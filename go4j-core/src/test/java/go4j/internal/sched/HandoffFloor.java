package go4j.internal.sched;

import java.util.concurrent.ThreadFactory;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures what bounds a hand-off (not a test): two virtual threads passing a token through a
 * minimal park/unpark slot (no channel, no go4j runtime), on (a) the gmp scheduler, (b) a
 * trivial one-carrier FIFO executor: the floor of the JDK's park/unmount/mount machinery, and
 * (c) the JDK's default scheduler. Usage: {@code HandoffFloor gmp|floor|jdk N REPS}.
 */
public final class HandoffFloor {
    private HandoffFloor() {
    }

    /** One carrier, a plain FIFO: nothing a scheduler could do is cheaper. */
    static final class OneCarrier implements Executor {
        private final ArrayDeque<Runnable> q = new ArrayDeque<>();
        private final Thread carrier;

        OneCarrier() {
            carrier = new Thread(this::loop, "floor-carrier");
            carrier.setDaemon(true);
            carrier.start();
        }

        @Override
        public void execute(Runnable r) {
            if (Thread.currentThread() == carrier || Hooks.currentCarrier() == carrier) {
                q.addLast(r);
            } else {
                synchronized (this) {
                    q.addLast(r);
                }
                LockSupport.unpark(carrier);
            }
        }

        private void loop() {
            for (;;) {
                Runnable r;
                synchronized (this) {
                    r = q.pollFirst();
                }
                if (r == null) {
                    LockSupport.park();
                } else {
                    r.run();
                }
            }
        }
    }

    /** A one-value hand-off slot between exactly two threads. */
    static final class Slot {
        volatile Thread waiter;
        volatile boolean full;

        void put(Thread other) {
            full = true;
            LockSupport.unpark(other);
        }

        void take() {
            while (!full) {
                LockSupport.park();
            }
            full = false;
        }
    }

    /** go4j channels between plain virtual threads on gmp: the channel without goroutine bookkeeping. */
    static void chan(ThreadFactory builder, int n, int reps) throws Exception {
        for (int r = 0; r < reps; r++) {
            go4j.Chan<Integer> ping = new go4j.Chan<>();
            go4j.Chan<Integer> pong = new go4j.Chan<>();
            Integer one = 1;
            Thread a = builder.newThread(() -> {
                for (int i = 0; i < n; i++) {
                    pong.send(ping.recv());
                }
            });
            Thread b = builder.newThread(() -> {
                for (int i = 0; i < n; i++) {
                    ping.send(one);
                    pong.recv();
                }
            });
            long c0 = SchedBench.cpu();
            long t0 = System.nanoTime();
            a.start();
            b.start();
            a.join();
            b.join();
            long dt = System.nanoTime() - t0;
            System.out.printf("chan handoff %.1f ns/op %.1f cpu-ns/op%n", (double) dt / n,
                    (double) (SchedBench.cpu() - c0) / n);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        int reps = Integer.parseInt(args[2]);
        if (mode.equals("chan")) {
            chan(GmpScheduler.create(Integer.getInteger("go4j.gomaxprocs", 2))::newThread, n, reps);
            return;
        }
        ThreadFactory builder = switch (mode) {
            case "gmp" -> GmpScheduler.create(Integer.getInteger("go4j.gomaxprocs", 2))::newThread;
            case "floor" -> Door.CHOSEN.builder(new OneCarrier()).factory();
            default -> Thread.ofVirtual().factory();
        };
        for (int r = 0; r < reps; r++) {
            Slot ping = new Slot();
            Slot pong = new Slot();
            Thread[] ts = new Thread[2];
            ts[0] = builder.newThread(() -> {
                for (int i = 0; i < n; i++) {
                    ping.take();
                    pong.put(ts[1]);
                }
            });
            ts[1] = builder.newThread(() -> {
                for (int i = 0; i < n; i++) {
                    ping.put(ts[0]);
                    pong.take();
                }
            });
            long c0 = SchedBench.cpu();
            long t0 = System.nanoTime();
            ts[0].start();
            ts[1].start();
            ts[0].join();
            ts[1].join();
            long dt = System.nanoTime() - t0;
            System.out.printf("%s handoff %.1f ns/op %.1f cpu-ns/op%n", mode, (double) dt / n,
                    (double) (SchedBench.cpu() - c0) / n);
        }
    }
}
