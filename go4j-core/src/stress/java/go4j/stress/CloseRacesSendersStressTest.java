package go4j.stress;

import go4j.Chan;
import go4j.Panic;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static go4j.Go.gosched;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A close races a crowd of senders (plain send, trySend, select): every send that returned
 * normally was received exactly once, every send that panicked "send on closed channel" was
 * not received at all, whether the close caught the sender waiting or arriving.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CloseRacesSendersStressTest {
    private static final int ROUNDS = Integer.getInteger("go4j.stress.closeRounds", 400);
    private static final int SENDERS = 8;
    private static final int RECEIVERS = 2;
    private static final int MAX_PER_SENDER = 200;

    @ParameterizedTest(name = "capacity {0}")
    @ValueSource(ints = {0, 1, 16})
    void everyAcceptedSendIsReceivedWhenCloseRacesSenders(int capacity) throws Exception {
        long panics = 0;
        for (int round = 0; round < ROUNDS; round++) {
            panics += round(capacity);
        }
        System.out.printf("capacity %d: %d rounds, %d sends ended by close%n", capacity, ROUNDS, panics);
    }

    /** One round; returns how many senders were stopped by the close. */
    private static int round(int capacity) throws Exception {
        Chan<Integer> c = new Chan<>(capacity);
        ConcurrentLinkedQueue<Integer> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> received = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        WaitGroup wg = new WaitGroup();
        int[] stopped = new int[1];
        Object lock = new Object();

        wg.add(SENDERS + RECEIVERS + 1);
        for (int s = 0; s < SENDERS; s++) {
            int id = s;
            go(() -> {
                try {
                    for (int i = 0; i < MAX_PER_SENDER; i++) {
                        int v = id * MAX_PER_SENDER + i;
                        switch ((id + i) % 3) {
                            case 0 -> c.send(v);
                            case 1 -> {
                                while (!c.trySend(v)) {
                                    gosched();
                                }
                            }
                            default -> select(c.onSend(v));
                        }
                        accepted.add(v);
                    }
                } catch (Panic p) {
                    if (!p.getMessage().equals("send on closed channel")) {
                        unexpected.add(p);
                    }
                    synchronized (lock) {
                        stopped[0]++;
                    }
                } catch (Throwable t) {
                    unexpected.add(t);
                } finally {
                    wg.done();
                }
            });
        }
        for (int r = 0; r < RECEIVERS; r++) {
            go(() -> {
                try {
                    List<Integer> mine = new ArrayList<>();
                    for (Integer v : c) {
                        mine.add(v);
                    }
                    received.addAll(mine);
                } catch (Throwable t) {
                    unexpected.add(t);
                } finally {
                    wg.done();
                }
            });
        }
        int delay = ThreadLocalRandom.current().nextInt(200);
        go(() -> {
            try {
                for (int i = 0; i < delay; i++) {
                    gosched();
                }
                c.close();
            } finally {
                wg.done();
            }
        });
        wg.await();

        assertFalse(!unexpected.isEmpty(), () -> "unexpected: " + unexpected);
        BitSet a = new BitSet();
        accepted.forEach(a::set);
        BitSet got = new BitSet();
        for (int v : received) {
            assertFalse(got.get(v), "received twice: " + v);
            got.set(v);
        }
        assertEquals(accepted.size(), a.cardinality(), "a value was accepted twice");
        assertEquals(a, got, "received values differ from accepted sends");
        return stopped[0];
    }
}
