package go4j.bench;

import com.softwaremill.jox.Channel;
import com.softwaremill.jox.ChannelClosed;
import com.softwaremill.jox.Select;

import java.util.concurrent.CountDownLatch;

/**
 * The workloads with jox channels ({@code com.softwaremill.jox:channels}) on virtual threads.
 * jox has channels and select but no goroutines or WaitGroup: threads are started with
 * {@link Thread#startVirtualThread} and joined with a {@link CountDownLatch}; jox's
 * {@code done()} is Go's close. Same shapes and checksums as {@link Go4jWork}.
 */
public final class JoxWork {
    private JoxWork() {
    }

    /** A body for a virtual thread that may block in jox (InterruptedException is checked). */
    @FunctionalInterface
    interface Blocking {
        void run() throws InterruptedException;
    }

    static void go(Blocking body) {
        Thread.startVirtualThread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static <T> Channel<T> chan(int capacity) {
        return capacity == 0 ? Channel.newRendezvousChannel() : Channel.newBufferedChannel(capacity);
    }

    public static long pingPong(int n) throws InterruptedException {
        Channel<Integer> ping = Channel.newRendezvousChannel();
        Channel<Integer> pong = Channel.newRendezvousChannel();
        go(() -> {
            for (int i = 0; i < n; i++) {
                pong.send(ping.receive());
            }
        });
        long sum = 0;
        for (int i = 0; i < n; i++) {
            ping.send(i & 127);
            sum += pong.receive();
        }
        return sum;
    }

    public static long prodCons(int p, int c, int capacity, int m) throws InterruptedException {
        Channel<Integer> ch = chan(capacity);
        for (int i = 0; i < p; i++) {
            int n = Sizes.share(m, p, i);
            go(() -> {
                for (int j = 0; j < n; j++) {
                    ch.send(j & 127);
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
                        s += ch.receive();
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

    public static long selectRecv(int k, int m) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Channel<Integer>[] chans = new Channel[k];
        for (int i = 0; i < k; i++) {
            Channel<Integer> ch = Channel.newRendezvousChannel();
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
            Channel<Integer> c0 = chans[0];
            Channel<Integer> c1 = chans[1];
            for (int i = 0; i < m; i++) {
                sum += Select.select(c0.receiveClause(), c1.receiveClause());
            }
        } else {
            Channel<Integer> c0 = chans[0];
            Channel<Integer> c1 = chans[1];
            Channel<Integer> c2 = chans[2];
            Channel<Integer> c3 = chans[3];
            for (int i = 0; i < m; i++) {
                sum += Select.select(c0.receiveClause(), c1.receiveClause(), c2.receiveClause(),
                        c3.receiveClause());
            }
        }
        return sum;
    }

    public static long sieve(int nPrimes, int limit) throws InterruptedException {
        Channel<Integer> ch = Channel.newRendezvousChannel();
        Channel<Integer> first = ch;
        go(() -> {
            for (int i = 2; i <= limit; i++) {
                first.send(i);
            }
            first.done();
        });
        int last = 0;
        for (int i = 0; i < nPrimes; i++) {
            int prime = ch.receive();
            last = prime;
            Channel<Integer> in = ch;
            Channel<Integer> out = Channel.newRendezvousChannel();
            go(() -> filter(in, out, prime));
            ch = out;
        }
        while (!(ch.receiveOrClosed() instanceof ChannelClosed)) {
            // drain: the closes cascade down the chain and every filter ends
        }
        return last;
    }

    private static void filter(Channel<Integer> in, Channel<Integer> out, int prime) throws InterruptedException {
        Object v;
        while (!((v = in.receiveOrClosed()) instanceof ChannelClosed)) {
            Integer i = (Integer) v;
            if (i % prime != 0) {
                out.send(i);
            }
        }
        out.done();
    }

    public static long skynet(long size) throws InterruptedException {
        Channel<Long> c = Channel.newRendezvousChannel();
        go(() -> skynet(c, 0, size));
        return c.receive();
    }

    private static void skynet(Channel<Long> c, long num, long size) throws InterruptedException {
        if (size == 1) {
            c.send(num);
            return;
        }
        Channel<Long> rc = Channel.newRendezvousChannel();
        long sub = size / 10;
        for (int i = 0; i < 10; i++) {
            long n = num + i * sub;
            go(() -> skynet(rc, n, sub));
        }
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += rc.receive();
        }
        c.send(sum);
    }

    public static long workerPool(int n, int workers, int buffer) throws InterruptedException {
        Channel<Integer> jobs = Channel.newBufferedChannel(buffer);
        Channel<Integer> results = Channel.newBufferedChannel(buffer);
        go(() -> {
            for (int i = 1; i <= n; i++) {
                jobs.send(i);
            }
            jobs.done();
        });
        CountDownLatch wg = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            go(() -> {
                try {
                    Object j;
                    while (!((j = jobs.receiveOrClosed()) instanceof ChannelClosed)) {
                        results.send((Integer) j * 2);
                    }
                } finally {
                    wg.countDown();
                }
            });
        }
        go(() -> {
            wg.await();
            results.done();
        });
        long sum = 0;
        Object r;
        while (!((r = results.receiveOrClosed()) instanceof ChannelClosed)) {
            sum += (Integer) r;
        }
        return sum;
    }

    // ---- mass wake-ups ----

    /** Virtual threads blocked in a receive on one rendezvous channel until it is done (closed). */
    public static final class Parked {
        final Channel<Integer> ch = Channel.newRendezvousChannel();
        CountDownLatch ended;
    }

    public static Parked parkOnChan(int n) throws InterruptedException {
        Parked p = new Parked();
        CountDownLatch started = new CountDownLatch(n);
        p.ended = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            go(() -> {
                started.countDown();
                if (!(p.ch.receiveOrClosed() instanceof ChannelClosed)) {
                    throw new IllegalStateException("received a value from a channel nobody sends on");
                }
                p.ended.countDown();
            });
        }
        started.await();
        return p;
    }

    public static long closeBroadcast(Parked p, int n) throws InterruptedException {
        p.ch.done();
        p.ended.await();
        return n;
    }

    public static long pipeline(int stages, int m) throws InterruptedException {
        Channel<Integer> first = Channel.newRendezvousChannel();
        Channel<Integer> in = first;
        for (int s = 0; s < stages; s++) {
            Channel<Integer> from = in;
            Channel<Integer> out = Channel.newRendezvousChannel();
            go(() -> {
                Object v;
                while (!((v = from.receiveOrClosed()) instanceof ChannelClosed)) {
                    out.send((Integer) v);
                }
                out.done();
            });
            in = out;
        }
        go(() -> {
            for (int i = 0; i < m; i++) {
                first.send(i & 127);
            }
            first.done();
        });
        long sum = 0;
        Object v;
        while (!((v = in.receiveOrClosed()) instanceof ChannelClosed)) {
            sum += (Integer) v;
        }
        return sum;
    }
}
