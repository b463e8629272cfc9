package go4j;

import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static go4j.Go.defaultCase;
import static go4j.Go.go;
import static go4j.Go.gosched;
import static go4j.Go.select;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's classic channel programs, translated line for line where Java allows: the prime sieve
 * (test/chan/sieve1.go), doubleselect.go, fifo.go, nonblock.go, goroutines.go, select7.go,
 * zerosize.go, sendstmt.go, and runtime/chan_test.go's TestSelectStress and TestMultiConsumer.
 * Where Go's program leaks goroutines blocked forever (the sieve), ours stops them with a quit
 * channel, so that the test leaves nothing behind in the shared JVM.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GoClassicsTest {

    // ---- sieve1.go ----

    /** Sends 2, 3, 4, ... to ch until quit is closed. */
    private static void generate(SendChan<Integer> ch, RecvChan<Void> quit) {
        for (int i = 2; ; i++) {
            if (select(ch.onSend(i, () -> false), quit.onRecv(q -> true))) {
                return;
            }
        }
    }

    /** Copies the values from in to out, removing those divisible by prime. */
    private static void filter(RecvChan<Integer> in, SendChan<Integer> out, int prime, RecvChan<Void> quit) {
        for (;;) {
            Integer i = select(in.onRecv(), quit.onRecv(q -> null));
            if (i == null) {
                return;
            }
            if (i % prime != 0 && select(out.onSend(i, () -> false), quit.onRecv(q -> true))) {
                return;
            }
        }
    }

    /** The prime sieve: daisy-chains filter goroutines. */
    private static void sieve(SendChan<Integer> primes, RecvChan<Void> quit) {
        Chan<Integer> ch = new Chan<>();
        go(() -> generate(ch, quit));
        RecvChan<Integer> in = ch;
        for (;;) {
            Integer prime = select(in.onRecv(), quit.onRecv(q -> null));
            if (prime == null || select(primes.onSend(prime, () -> false), quit.onRecv(q -> true))) {
                return;
            }
            Chan<Integer> ch1 = new Chan<>();
            RecvChan<Integer> from = in;
            go(() -> filter(from, ch1, prime, quit));
            in = ch1;
        }
    }

    @Test
    void primeSieveYieldsTheFirstHundredPrimes() {
        Chan<Integer> primes = new Chan<>();
        Chan<Void> quit = new Chan<>();
        var s = spawnVoid(() -> sieve(primes, quit));
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            got.add(primes.recv());
        }
        quit.close();
        s.join();
        List<Integer> expected = new ArrayList<>();
        for (int n = 2; expected.size() < 100; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) {
                prime &= n % d != 0;
            }
            if (prime) {
                expected.add(n);
            }
        }
        assertEquals(expected, got);
        assertEquals(541, got.get(99));
    }

    // ---- doubleselect.go ----

    @Test
    void doubleSelectNeverRunsTwoCasesOfOneSelect() {
        // A sender selects over four channels; four muxes forward to one channel; the receiver
        // checks that no value arrives twice (which would mean two cases of one select ran).
        int iterations = 20_000;
        Chan<Integer> c1 = new Chan<>(), c2 = new Chan<>(), c3 = new Chan<>(), c4 = new Chan<>();
        Chan<Boolean> done = new Chan<>();
        Chan<Integer> cmux = new Chan<>();
        go(() -> {
            try {
                for (int i = 0; i < iterations; i++) {
                    select(c1.onSend(i), c2.onSend(i), c3.onSend(i), c4.onSend(i));
                }
            } finally {
                c4.close();
                c3.close();
                c2.close();
                c1.close();
            }
        });
        for (Chan<Integer> in : List.of(c1, c2, c3, c4)) {
            go(() -> {
                for (int v : in) {
                    cmux.send(v);
                }
                done.send(true);
            });
        }
        go(() -> {
            for (int i = 0; i < 4; i++) {
                done.recv();
            }
            cmux.close();
        });
        Set<Integer> seen = new HashSet<>();
        for (int v : cmux) {
            assertTrue(seen.add(v), "got duplicate value " + v);
        }
        assertEquals(iterations, seen.size(), "and lost none");
    }

    // ---- fifo.go ----

    @Test
    void asynchronousFifoReturnsValuesInOrder() {
        int n = 10;
        Chan<Integer> ch = new Chan<>(n);
        for (int i = 0; i < n; i++) {
            ch.send(i);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, ch.recv(), "bad receive");
        }
    }

    @Test
    void synchronousDaisyChainReadsElementsInSequence() {
        // Each link waits for its turn, receives from the shared unbuffered channel and must get
        // the next value: unbuffered channels act as pure fifos.
        int n = 10;
        Chan<Integer> ch = new Chan<>();
        Chan<Integer> start = new Chan<>();
        Chan<Integer> in = start;
        List<TestSupport.Spawned<Void>> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Chan<Integer> out = new Chan<>();
            Chan<Integer> myIn = in;
            int val = i;
            links.add(spawnVoid(() -> {
                myIn.recv();
                Integer got = ch.recv();
                out.send(1); // pass the turn on before checking, so a failure cannot hang the chain
                assertEquals(val, got);
            }));
            in = out;
        }
        start.send(0);
        for (int i = 0; i < n; i++) {
            ch.send(i);
        }
        in.recv();
        links.forEach(TestSupport.Spawned::join);
    }

    // ---- nonblock.go ----

    /** Retries a non-blocking select until it does not take its default (nonblock.go's loops, without sleeps). */
    private static void untilNotDefault(java.util.function.BooleanSupplier nonBlockingSelect) {
        while (!nonBlockingSelect.getAsBoolean()) {
            gosched();
        }
    }

    private static <T> void nonBlockingRoundTrip(int buffer, T toReceiver, T toSender) {
        Chan<T> c = new Chan<>(buffer);
        Chan<Object> strobe = new Chan<>();

        assertEquals("default", select(c.onRecv(v -> "received"), defaultCase(() -> "default")),
                "nothing is ready: a non-blocking receive takes default");

        go(() -> strobe.send(c.recv()));
        untilNotDefault(() -> select(c.onSend(toReceiver, () -> true), defaultCase(() -> false)));
        assertEquals(toReceiver, strobe.recv());

        go(() -> {
            c.send(toSender);
            strobe.send(true);
        });
        if (buffer > 0) {
            strobe.recv();
        }
        Object[] got = new Object[1];
        untilNotDefault(() -> select(c.onRecv(v -> {
            got[0] = v;
            return true;
        }), defaultCase(() -> false)));
        assertEquals(toSender, got[0]);
        if (buffer == 0) {
            strobe.recv();
        }
    }

    @ParameterizedTest(name = "buffer {0}")
    @ValueSource(ints = {0, 1})
    void nonBlockingSendsAndReceivesOfSeveralTypesEventuallyPass(int buffer) {
        nonBlockingRoundTrip(buffer, 123, 234);
        nonBlockingRoundTrip(buffer, 123456L, 234567L);
        nonBlockingRoundTrip(buffer, true, true);
        nonBlockingRoundTrip(buffer, "hello", "hello again");
    }

    // ---- goroutines.go ----

    @Test
    void aChainOfTenThousandGoroutinesPassesAValueAlong() {
        int n = 10_000;
        Chan<Integer> leftmost = new Chan<>();
        Chan<Integer> left = leftmost;
        Chan<Integer> right = leftmost;
        for (int i = 0; i < n; i++) {
            right = new Chan<>();
            Chan<Integer> l = left, r = right;
            go(() -> l.send(r.recv() + 1));
            left = right;
        }
        Chan<Integer> last = right;
        go(() -> last.send(1));
        assertEquals(n + 1, leftmost.recv());
    }

    // ---- select7.go ----

    @Test
    void everyWayToSendReachesEveryWayToReceive() {
        List<Function<Chan<Integer>, Integer>> receivers = List.of(
                c -> c.recv(),
                c -> select(c.onRecv()),
                c -> select(c.onRecv(), new Chan<Integer>().onRecv()));
        List<java.util.function.Consumer<Chan<Integer>>> senders = List.of(
                c -> c.send(1),
                c -> select(c.onSend(1)),
                c -> select(c.onSend(1), new Chan<Integer>().onSend(1)));
        for (var recv : receivers) {
            for (var send : senders) {
                Chan<Integer> c = new Chan<>();
                var r = spawn(() -> recv.apply(c));
                gosched();
                send.accept(c);
                assertEquals(1, r.join());
            }
        }
    }

    // ---- zerosize.go, sendstmt.go ----

    @Test
    void channelsOfVoidCarryOnlyTheFactOfASend() {
        Chan<Void> unbuffered = new Chan<>();
        Chan<Void> buffered = new Chan<>(1);
        buffered.send(null);
        assertEquals(new Received<Void>(null, true), buffered.recvOk());
        go(() -> unbuffered.send(null));
        assertEquals(new Received<Void>(null, true), unbuffered.recvOk());
    }

    @Test
    void aChannelReceivedFromAChannelCanBeSentToInASelect() {
        Chan<Chan<Integer>> cc = new Chan<>(1);
        Chan<Integer> c = new Chan<>(1);
        cc.send(c);
        assertEquals("sent", select(cc.recv().onSend(2, () -> "sent"), defaultCase(() -> "nonblock")));
        assertEquals(2, c.recv(), "bad receive");
    }

    // ---- perm.go: directions are enforced by the types ----

    @Test
    void directionalViewsExposeOnlyTheirDirection() {
        assertThrows(NoSuchMethodException.class, () -> SendChan.class.getMethod("recv"));
        assertThrows(NoSuchMethodException.class, () -> SendChan.class.getMethod("onRecv"));
        assertThrows(NoSuchMethodException.class, () -> RecvChan.class.getMethod("send", Object.class));
        assertThrows(NoSuchMethodException.class, () -> RecvChan.class.getMethod("close"));
    }

    // ---- runtime/chan_test.go TestSelectStress ----

    @Test
    void selectStressDoesNotDeadlock() {
        // 4 goroutines send n values on each channel, 4 receive n from each, one sends n on
        // each in a single select and one receives n from each in a single select; a case is
        // disabled (its channel set to nil) once it has done its n.
        int n = 10_000;
        @SuppressWarnings("unchecked")
        Chan<Integer>[] c = new Chan[] {new Chan<Integer>(), new Chan<Integer>(), new Chan<Integer>(2), new Chan<Integer>(3)};
        WaitGroup wg = new WaitGroup();
        wg.add(10);
        for (int k = 0; k < 4; k++) {
            Chan<Integer> ch = c[k];
            go(() -> {
                for (int i = 0; i < n; i++) {
                    ch.send(0);
                }
                wg.done();
            });
            go(() -> {
                for (int i = 0; i < n; i++) {
                    ch.recv();
                }
                wg.done();
            });
        }
        go(() -> {
            int[] cnt = new int[4];
            Chan<Integer>[] c1 = c.clone();
            for (int i = 0; i < 4 * n; i++) {
                int k = select(c1[3].onSend(0, () -> 3), c1[2].onSend(0, () -> 2), c1[0].onSend(0, () -> 0),
                        c1[1].onSend(0, () -> 1));
                if (++cnt[k] == n) {
                    c1[k] = Chan.nil();
                }
            }
            wg.done();
        });
        go(() -> {
            int[] cnt = new int[4];
            Chan<Integer>[] c1 = c.clone();
            for (int i = 0; i < 4 * n; i++) {
                int k = select(c1[0].onRecv(v -> 0), c1[1].onRecv(v -> 1), c1[2].onRecv(v -> 2),
                        c1[3].onRecv(v -> 3));
                if (++cnt[k] == n) {
                    c1[k] = Chan.nil();
                }
            }
            wg.done();
        });
        wg.await();
        for (Chan<Integer> ch : c) {
            assertNull(ch.tryRecv(), "every value was received");
        }
    }

    // ---- runtime/chan_test.go TestMultiConsumer ----

    @Test
    void multipleConsumersRangingOverOneChannelSeeEveryValueOnce() {
        int nwork = 23;
        int niter = 50_000;
        int[] pn = {2, 3, 7, 11, 13, 17, 19, 23, 27, 31};
        Chan<Integer> q = new Chan<>(nwork * 3);
        Chan<Integer> r = new Chan<>(nwork * 3);
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < nwork; i++) {
            wg.add(1);
            int w = i;
            go(() -> {
                for (int v : q) {
                    if (pn[w % pn.length] == v) {
                        gosched(); // mess with the fifo-ish nature of range
                    }
                    r.send(v);
                }
                wg.done();
            });
        }
        AtomicLong expect = new AtomicLong();
        go(() -> {
            long e = 0;
            for (int i = 0; i < niter; i++) {
                int v = pn[i % pn.length];
                e += v;
                q.send(v);
            }
            expect.set(e);
            q.close();
            wg.await();
            r.close();
        });
        int n = 0;
        long s = 0;
        for (int v : r) {
            n++;
            s += v;
        }
        assertEquals(niter, n);
        assertEquals(expect.get(), s);
    }
}
