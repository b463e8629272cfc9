package go4j.bench;

import com.softwaremill.jox.Channel;
import go4j.Chan;
import go4j.sync.WaitGroup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;

import static go4j.Go.go;

/**
 * Memory per blocked goroutine and per empty channel, measured as heap-used-after-GC deltas.
 *
 * <p>Method: full GC (twice), read the used heap, create N objects of the kind and keep them
 * alive (N goroutines blocked in a receive on one shared unbuffered channel; N unbuffered
 * channels in an array allocated before the first reading), full GC again, read again:
 * (after - before) / N. A virtual thread's stack lives in the heap while it is parked (its
 * stack chunks), so heap used counts it; Go's side (go/workloads.go) adds {@code StackInuse}
 * to {@code HeapAlloc} for the same reason. Each figure includes what the program itself keeps
 * per item (the closure, the latch it counts down), alike on every side. JMH measures time, not
 * retained memory, so these run as plain code in the same worker JVMs as the benchmarks.
 */
public final class Memory {
    private Memory() {
    }

    private static final MemoryMXBean MX = ManagementFactory.getMemoryMXBean();

    static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return MX.getHeapMemoryUsage().getUsed();
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(200); // let the last goroutines reach their receive and park
    }

    /** Bytes per goroutine blocked in an unbuffered receive, for impl go4j, jox or juc. */
    public static double blockedGoroutine(String impl, int n) throws InterruptedException {
        return switch (impl) {
            case "go4j" -> {
                Chan<Integer> ch = new Chan<>();
                WaitGroup started = new WaitGroup();
                WaitGroup ended = new WaitGroup();
                started.add(n);
                ended.add(n);
                long before = usedAfterGc();
                for (int i = 0; i < n; i++) {
                    go(() -> {
                        started.done();
                        ch.recv();
                        ended.done();
                    });
                }
                started.await();
                settle();
                long after = usedAfterGc();
                ch.close();
                ended.await();
                yield (after - before) / (double) n;
            }
            case "jox" -> {
                Channel<Integer> ch = Channel.newRendezvousChannel();
                CountDownLatch started = new CountDownLatch(n);
                CountDownLatch ended = new CountDownLatch(n);
                long before = usedAfterGc();
                for (int i = 0; i < n; i++) {
                    JoxWork.go(() -> {
                        started.countDown();
                        ch.receiveOrClosed();
                        ended.countDown();
                    });
                }
                started.await();
                settle();
                long after = usedAfterGc();
                ch.done();
                ended.await();
                yield (after - before) / (double) n;
            }
            case "juc" -> {
                SynchronousQueue<Integer> q = new SynchronousQueue<>();
                CountDownLatch started = new CountDownLatch(n);
                CountDownLatch ended = new CountDownLatch(n);
                long before = usedAfterGc();
                for (int i = 0; i < n; i++) {
                    JoxWork.go(() -> {
                        started.countDown();
                        q.take();
                        ended.countDown();
                    });
                }
                started.await();
                settle();
                long after = usedAfterGc();
                for (int i = 0; i < n; i++) {
                    q.put(0);
                }
                ended.await();
                yield (after - before) / (double) n;
            }
            default -> throw new IllegalArgumentException("impl " + impl);
        };
    }

    /** Bytes per empty unbuffered channel, for impl go4j, jox or juc (a SynchronousQueue). */
    public static double emptyChan(String impl, int n) {
        Object[] chans = new Object[n];
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            chans[i] = switch (impl) {
                case "go4j" -> new Chan<Integer>();
                case "jox" -> Channel.newRendezvousChannel();
                case "juc" -> new SynchronousQueue<Integer>();
                default -> throw new IllegalArgumentException("impl " + impl);
            };
        }
        long after = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(chans);
        return (after - before) / (double) n;
    }
}
