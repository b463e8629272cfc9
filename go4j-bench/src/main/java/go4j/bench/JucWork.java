package go4j.bench;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;

/**
 * The workloads with java.util.concurrent on virtual threads, where a counterpart exists: an
 * unbuffered channel is a {@link SynchronousQueue}, a buffered one an {@link ArrayBlockingQueue},
 * a WaitGroup a {@link CountDownLatch}. Queues cannot be closed, so the sieve and the worker
 * pool end with a poison value. JUC has no select and no context: those rows have no JUC entry.
 */
public final class JucWork {
    private JucWork() {
    }

    private static final Integer POISON = Integer.MIN_VALUE;

    static void go(JoxWork.Blocking body) {
        JoxWork.go(body);
    }

    static <T> BlockingQueue<T> queue(int capacity) {
        return capacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity);
    }

    public static long pingPong(int n) throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        go(() -> {
            for (int i = 0; i < n; i++) {
                pong.put(ping.take());
            }
        });
        long sum = 0;
        for (int i = 0; i < n; i++) {
            ping.put(i & 127);
            sum += pong.take();
        }
        return sum;
    }

    public static long prodCons(int p, int c, int capacity, int m) throws InterruptedException {
        BlockingQueue<Integer> q = queue(capacity);
        for (int i = 0; i < p; i++) {
            int n = Sizes.share(m, p, i);
            go(() -> {
                for (int j = 0; j < n; j++) {
                    q.put(j & 127);
                }
            });
        }
        long[] sums = new long[c];
        CountDownLatch wg = new CountDownLatch(c);
        for (int i = 0; i < c; i++) {
            int k = i;
            int n = Sizes.share(m, c, i);
            go(() -> {
                try {
                    long s = 0;
                    for (int j = 0; j < n; j++) {
                        s += q.take();
                    }
                    sums[k] = s;
                } finally {
                    wg.countDown();
                }
            });
        }
        wg.await();
        long sum = 0;
        for (long s : sums) {
            sum += s;
        }
        return sum;
    }

    public static long spawnJoin(int n) throws InterruptedException {
        CountDownLatch wg = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            Thread.startVirtualThread(wg::countDown);
        }
        wg.await();
        return n;
    }

    public static long sieve(int nPrimes, int limit) throws InterruptedException {
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        SynchronousQueue<Integer> first = q;
        go(() -> {
            for (int i = 2; i <= limit; i++) {
                first.put(i);
            }
            first.put(POISON);
        });
        int last = 0;
        for (int i = 0; i < nPrimes; i++) {
            int prime = q.take();
            last = prime;
            SynchronousQueue<Integer> in = q;
            SynchronousQueue<Integer> out = new SynchronousQueue<>();
            go(() -> filter(in, out, prime));
            q = out;
        }
        while (q.take() != POISON) {
            // drain: the poison travels down the chain and every filter ends
        }
        return last;
    }

    private static void filter(SynchronousQueue<Integer> in, SynchronousQueue<Integer> out, int prime)
            throws InterruptedException {
        for (Integer v; (v = in.take()) != POISON; ) {
            if (v % prime != 0) {
                out.put(v);
            }
        }
        out.put(POISON);
    }

    public static long skynet(long size) throws InterruptedException {
        SynchronousQueue<Long> c = new SynchronousQueue<>();
        go(() -> skynet(c, 0, size));
        return c.take();
    }

    private static void skynet(SynchronousQueue<Long> c, long num, long size) throws InterruptedException {
        if (size == 1) {
            c.put(num);
            return;
        }
        SynchronousQueue<Long> rc = new SynchronousQueue<>();
        long sub = size / 10;
        for (int i = 0; i < 10; i++) {
            long n = num + i * sub;
            go(() -> skynet(rc, n, sub));
        }
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += rc.take();
        }
        c.put(sum);
    }

    public static long workerPool(int n, int workers, int buffer) throws InterruptedException {
        ArrayBlockingQueue<Integer> jobs = new ArrayBlockingQueue<>(buffer);
        ArrayBlockingQueue<Integer> results = new ArrayBlockingQueue<>(buffer);
        go(() -> {
            for (int i = 1; i <= n; i++) {
                jobs.put(i);
            }
            for (int w = 0; w < workers; w++) {
                jobs.put(POISON);
            }
        });
        for (int w = 0; w < workers; w++) {
            go(() -> {
                for (Integer j; (j = jobs.take()) != POISON; ) {
                    results.put(j * 2);
                }
            });
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += results.take();
        }
        return sum;
    }

    // ---- mass wake-ups ----

    /** Virtual threads blocked on one latch until it is released (JUC's broadcast wake-up). */
    public static final class Parked {
        final CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch ended;
    }

    /** Starts n virtual threads that each await one latch, and waits until all have started. */
    public static Parked parkOnLatch(int n) throws InterruptedException {
        Parked p = new Parked();
        CountDownLatch started = new CountDownLatch(n);
        p.ended = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            go(() -> {
                started.countDown();
                p.gate.await();
                p.ended.countDown();
            });
        }
        started.await();
        return p;
    }

    /** Releases the latch and waits until every thread has returned. */
    public static long release(Parked p, int n) throws InterruptedException {
        p.gate.countDown();
        p.ended.await();
        return n;
    }

    /** A chain of stages over SynchronousQueues, ended by a poison value. */
    public static long pipeline(int stages, int m) throws InterruptedException {
        SynchronousQueue<Integer> first = new SynchronousQueue<>();
        SynchronousQueue<Integer> in = first;
        for (int s = 0; s < stages; s++) {
            SynchronousQueue<Integer> from = in;
            SynchronousQueue<Integer> out = new SynchronousQueue<>();
            go(() -> {
                for (Integer v; (v = from.take()) != POISON; ) {
                    out.put(v);
                }
                out.put(POISON);
            });
            in = out;
        }
        go(() -> {
            for (int i = 0; i < m; i++) {
                first.put(i & 127);
            }
            first.put(POISON);
        });
        long sum = 0;
        for (Integer v; (v = in.take()) != POISON; ) {
            sum += v;
        }
        return sum;
    }
}
