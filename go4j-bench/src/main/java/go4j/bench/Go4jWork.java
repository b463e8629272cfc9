package go4j.bench;

import go4j.Chan;
import go4j.sync.WaitGroup;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * The workloads written with go4j, line for line as {@code go/workloads.go} writes them in Go.
 * Each runs on the calling goroutine and starts the goroutines it needs; each returns a checksum
 * (the tests check it, JMH consumes it).
 *
 * <p>Values are {@code Integer}s: small ones ({@code & 127}) come from the Integer cache, as
 * Go's ints cost nothing to send; where the workload itself makes large numbers (sieve, worker
 * pool, skynet) they are boxed, as a Java user's code would box them.
 */
public final class Go4jWork {
    private Go4jWork() {
    }

    /** n round trips over two unbuffered channels between this goroutine and another. */
    public static long pingPong(int n) {
        Chan<Integer> ping = new Chan<>();
        Chan<Integer> pong = new Chan<>();
        go(() -> {
            for (int i = 0; i < n; i++) {
                pong.send(ping.recv());
            }
        });
        long sum = 0;
        for (int i = 0; i < n; i++) {
            ping.send(i & 127);
            sum += pong.recv();
        }
        return sum;
    }

    /** m messages through one channel of {@code capacity} from p producers to c consumers. */
    public static long prodCons(int p, int c, int capacity, int m) {
        Chan<Integer> ch = new Chan<>(capacity);
        for (int i = 0; i < p; i++) {
            int n = Sizes.share(m, p, i);
            go(() -> {
                for (int j = 0; j < n; j++) {
                    ch.send(j & 127);
                }
            });
        }
        long[] sums = new long[c];
        WaitGroup wg = new WaitGroup();
        wg.add(c);
        for (int i = 0; i < c; i++) {
            int k = i;
            int n = Sizes.share(m, c, i);
            go(() -> {
                try {
                    long s = 0;
                    for (int j = 0; j < n; j++) {
                        s += ch.recv();
                    }
                    sums[k] = s;
                } finally {
                    wg.done();
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

    /** m receives by a select over k (2 or 4) unbuffered channels, each fed by its own producer. */
    public static long selectRecv(int k, int m) {
        @SuppressWarnings("unchecked")
        Chan<Integer>[] chans = new Chan[k];
        for (int i = 0; i < k; i++) {
            Chan<Integer> ch = new Chan<>();
            int n = Sizes.share(m, k, i);
            chans[i] = ch;
            go(() -> {
                for (int j = 0; j < n; j++) {
                    ch.send(j & 127);
                }
            });
        }
        long sum = 0;
        if (k == 2) {
            Chan<Integer> c0 = chans[0];
            Chan<Integer> c1 = chans[1];
            for (int i = 0; i < m; i++) {
                sum += select(c0.onRecv(), c1.onRecv());
            }
        } else {
            Chan<Integer> c0 = chans[0];
            Chan<Integer> c1 = chans[1];
            Chan<Integer> c2 = chans[2];
            Chan<Integer> c3 = chans[3];
            for (int i = 0; i < m; i++) {
                sum += select(c0.onRecv(), c1.onRecv(), c2.onRecv(), c3.onRecv());
            }
        }
        return sum;
    }

    /** Starts n goroutines that only say they are done, and waits for them. */
    public static long spawnJoin(int n) {
        WaitGroup wg = new WaitGroup();
        wg.add(n);
        for (int i = 0; i < n; i++) {
            go(wg::done);
        }
        wg.await();
        return n;
    }

    /** The concurrent prime sieve; returns the last of nPrimes primes, which must be {@code limit}. */
    public static long sieve(int nPrimes, int limit) {
        Chan<Integer> ch = new Chan<>();
        Chan<Integer> first = ch;
        go(() -> generate(first, limit));
        int last = 0;
        for (int i = 0; i < nPrimes; i++) {
            int prime = ch.recv();
            last = prime;
            Chan<Integer> in = ch;
            Chan<Integer> out = new Chan<>();
            go(() -> filter(in, out, prime));
            ch = out;
        }
        for (Integer ignored : ch) {
            // drain: the closes cascade down the chain and every filter ends
        }
        return last;
    }

    private static void generate(Chan<Integer> out, int limit) {
        for (int i = 2; i <= limit; i++) {
            out.send(i);
        }
        out.close();
    }

    private static void filter(Chan<Integer> in, Chan<Integer> out, int prime) {
        for (Integer v : in) {
            if (v % prime != 0) {
                out.send(v);
            }
        }
        out.close();
    }

    /** Skynet: a tree of goroutines with ten children each and {@code size} leaves. */
    public static long skynet(long size) {
        Chan<Long> c = new Chan<>();
        go(() -> skynet(c, 0, size));
        return c.recv();
    }

    private static void skynet(Chan<Long> c, long num, long size) {
        if (size == 1) {
            c.send(num);
            return;
        }
        Chan<Long> rc = new Chan<>();
        long sub = size / 10;
        for (int i = 0; i < 10; i++) {
            long n = num + i * sub;
            go(() -> skynet(rc, n, sub));
        }
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += rc.recv();
        }
        c.send(sum);
    }

    /** A producer, {@code workers} workers doubling each task, and this goroutine summing. */
    public static long workerPool(int n, int workers, int buffer) {
        Chan<Integer> jobs = new Chan<>(buffer);
        Chan<Integer> results = new Chan<>(buffer);
        go(() -> {
            for (int i = 1; i <= n; i++) {
                jobs.send(i);
            }
            jobs.close();
        });
        WaitGroup wg = new WaitGroup();
        wg.add(workers);
        for (int w = 0; w < workers; w++) {
            go(() -> {
                try {
                    for (Integer j : jobs) {
                        results.send(j * 2);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        go(() -> {
            wg.await();
            results.close();
        });
        long sum = 0;
        for (Integer r : results) {
            sum += r;
        }
        return sum;
    }

    // ---- mass wake-ups ----

    /** Goroutines blocked in a receive on one channel until it is closed. */
    public static final class Parked {
        final Chan<Integer> ch = new Chan<>();
        final WaitGroup ended = new WaitGroup();
        final WaitGroup started = new WaitGroup();
    }

    /**
     * Starts n goroutines that each receive from one unbuffered channel, and waits until all
     * have started (they park right after; the caller lets them settle).
     */
    public static Parked parkOnChan(int n) {
        Parked p = new Parked();
        p.started.add(n);
        p.ended.add(n);
        for (int i = 0; i < n; i++) {
            go(() -> {
                p.started.done();
                if (p.ch.recvOk().ok()) {
                    throw new IllegalStateException("received a value from a channel nobody sends on");
                }
                p.ended.done();
            });
        }
        p.started.await();
        return p;
    }

    /** Closes the channel and waits until every parked goroutine has returned; returns how many. */
    public static long closeBroadcast(Parked p, int n) {
        p.ch.close();
        p.ended.await();
        return n;
    }

    /**
     * m messages through a chain of {@code stages} goroutines over unbuffered channels, each
     * stage passing on what it receives; returns the sum the far end received.
     */
    public static long pipeline(int stages, int m) {
        Chan<Integer> first = new Chan<>();
        Chan<Integer> in = first;
        for (int s = 0; s < stages; s++) {
            Chan<Integer> from = in;
            Chan<Integer> out = new Chan<>();
            go(() -> {
                for (Integer v : from) {
                    out.send(v);
                }
                out.close();
            });
            in = out;
        }
        go(() -> {
            for (int i = 0; i < m; i++) {
                first.send(i & 127);
            }
            first.close();
        });
        long sum = 0;
        for (Integer v : in) {
            sum += v;
        }
        return sum;
    }
}
