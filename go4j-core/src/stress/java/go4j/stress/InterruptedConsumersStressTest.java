package go4j.stress;

import go4j.Chan;
import go4j.Interrupted;
import go4j.Received;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 16 producers and 16 consumers on one channel while a separate thread interrupts goroutines
 * at random: an interrupted receive or send did not happen (go4j's contract), so every element
 * is still delivered exactly once. Half the goroutines go through {@code select}, half through
 * the plain operations, so both withdraw paths are exercised.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptedConsumersStressTest {
    private static final int PRODUCERS = 16;
    private static final int CONSUMERS = 16;
    private static final int PER_PRODUCER = Integer.getInteger("go4j.stress.interruptElements", 8_000);

    @ParameterizedTest(name = "capacity {0}")
    @ValueSource(ints = {0, 16})
    void everyElementDeliveredExactlyOnceWhileConsumersAreInterrupted(int capacity) throws Exception {
        run(capacity, false);
    }

    @ParameterizedTest(name = "capacity {0}")
    @ValueSource(ints = {0, 16})
    void everyElementDeliveredExactlyOnceWhileProducersAndConsumersAreInterrupted(int capacity) throws Exception {
        run(capacity, true);
    }

    private static void run(int capacity, boolean interruptProducers) throws Exception {
        Chan<Integer> c = new Chan<>(capacity);
        AtomicIntegerArray seen = new AtomicIntegerArray(PRODUCERS * PER_PRODUCER);
        AtomicReferenceArray<Thread> victims = new AtomicReferenceArray<>(CONSUMERS + (interruptProducers ? PRODUCERS : 0));
        LongAdder interruptedRecvs = new LongAdder();
        LongAdder interruptedSends = new LongAdder();
        WaitGroup consumers = new WaitGroup();
        WaitGroup producers = new WaitGroup();
        Chan<Void> start = new Chan<>();

        consumers.add(CONSUMERS);
        for (int k = 0; k < CONSUMERS; k++) {
            int id = k;
            go(() -> {
                victims.set(id, Thread.currentThread());
                try {
                    for (;;) {
                        Received<Integer> r;
                        try {
                            r = id % 2 == 0 ? c.recvOk() : select(c.onRecvOk(Received::new));
                        } catch (Interrupted e) {
                            interruptedRecvs.increment();
                            Thread.interrupted(); // clear, and keep consuming
                            continue;
                        }
                        if (!r.ok()) {
                            return;
                        }
                        seen.incrementAndGet(r.value());
                    }
                } finally {
                    Thread.interrupted();
                    consumers.done();
                }
            });
        }

        producers.add(PRODUCERS);
        for (int p = 0; p < PRODUCERS; p++) {
            int id = p;
            go(() -> {
                try {
                    start.recvOk(); // closed once the consumers have been interrupted while blocked
                    if (interruptProducers) {
                        victims.set(CONSUMERS + id, Thread.currentThread());
                    }
                    for (int i = 0; i < PER_PRODUCER; i++) {
                        int v = id * PER_PRODUCER + i;
                        for (;;) {
                            try {
                                if (i % 2 == 0) {
                                    c.send(v);
                                } else {
                                    select(c.onSend(v));
                                }
                                break;
                            } catch (Interrupted e) {
                                interruptedSends.increment();
                                Thread.interrupted(); // the send did not happen: send v again
                            }
                        }
                    }
                } finally {
                    Thread.interrupted();
                    producers.done();
                }
            });
        }

        AtomicBoolean stop = new AtomicBoolean();
        Thread interrupter = Thread.ofPlatform().name("interrupter").start(() -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            while (!stop.get()) {
                Thread t = victims.get(rnd.nextInt(victims.length()));
                if (t != null) {
                    t.interrupt();
                }
                LockSupport.parkNanos(20_000);
            }
        });

        try { // the interrupter stops even if this fails: it must not go on into later tests
            // The consumers start on an empty channel, so they block: wait until interrupts have
            // hit blocked receives before producing, so that the withdraw path certainly runs.
            while (interruptedRecvs.sum() < CONSUMERS) {
                Thread.sleep(1);
            }
            start.close();
            producers.await();
        } finally {
            stop.set(true);
            interrupter.join();
        }
        c.close();
        consumers.await();

        for (int i = 0; i < seen.length(); i++) {
            assertEquals(1, seen.get(i), "element " + i + " delivered " + seen.get(i) + " times");
        }
        assertTrue(interruptedRecvs.sum() >= CONSUMERS);
        System.out.printf("capacity %d: %d elements, %d receives and %d sends interrupted%n",
                capacity, seen.length(), interruptedRecvs.sum(), interruptedSends.sum());
    }
}
