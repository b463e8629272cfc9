package go4j.stress;

import go4j.Interrupted;
import go4j.sync.Cond;
import go4j.sync.Mutex;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cond under contention: a cyclic barrier of goroutines released by broadcast, with a thread
 * interrupting waiters at random (an interrupted await must hold the lock again and must not
 * eat the broadcast others need), and a bounded queue on one Mutex and two Conds, woken by
 * signal, whose every element is delivered exactly once.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CondBroadcastStressTest {
    private static final int ROUNDS = Integer.getInteger("go4j.stress.condRounds", 5_000);
    private static final int PARTIES = 16;

    /** Go's usual Cond barrier: the last to arrive starts a new generation and broadcasts. */
    private static final class Barrier {
        final Mutex mu = new Mutex();
        final Cond cond = new Cond(mu);
        int arrived;      // guarded by mu
        long generation;  // guarded by mu
        final AtomicLong interruptedWaits = new AtomicLong(); // Cond.await ended by an interrupt
        final AtomicLong interruptedLocks = new AtomicLong(); // Mutex.lock ended by an interrupt

        /** Waits until all parties arrived; returns the generation it passed. */
        long await(int parties) {
            for (;;) { // Mutex.lock gives up on an interrupt, without the lock: try again
                try {
                    mu.lock();
                    break;
                } catch (Interrupted e) {
                    Thread.interrupted();
                    interruptedLocks.incrementAndGet();
                }
            }
            try {
                long g = generation;
                if (++arrived == parties) {
                    arrived = 0;
                    generation++;
                    cond.broadcast();
                    return g;
                }
                while (generation == g) {
                    try {
                        cond.await();
                    } catch (Interrupted e) {
                        // await holds mu again: clear the flag and wait on (the barrier is not
                        // broken by an interrupt, only this one wait)
                        Thread.interrupted();
                        interruptedWaits.incrementAndGet();
                    }
                }
                return g;
            } finally {
                mu.unlock();
            }
        }
    }

    @Test
    void aBroadcastBarrierReleasesEveryPartyEveryRoundDespiteInterrupts() throws Exception {
        Barrier b = new Barrier();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger[] passed = new AtomicInteger[ROUNDS]; // parties through each round
        for (int r = 0; r < ROUNDS; r++) {
            passed[r] = new AtomicInteger();
        }
        WaitGroup wg = new WaitGroup();
        for (int p = 0; p < PARTIES; p++) {
            wg.go(() -> {
                threads.add(Thread.currentThread());
                for (int r = 0; r < ROUNDS; r++) {
                    long g = b.await(PARTIES);
                    if (g != r) {
                        errors.add("passed generation " + g + " in round " + r);
                    }
                    // Nobody may be in round r+1's release before all of round r arrived.
                    passed[r].incrementAndGet();
                    if (r > 0 && passed[r - 1].get() != PARTIES) {
                        errors.add("round " + r + " started before round " + (r - 1) + " was through");
                    }
                }
                Thread.interrupted();
            });
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread interrupter = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                if (!threads.isEmpty()) {
                    threads.get(ThreadLocalRandom.current().nextInt(threads.size())).interrupt();
                }
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            wg.await();
        } finally {
            stop.set(true);
            interrupter.join();
        }
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        for (int r = 0; r < ROUNDS; r++) {
            assertEquals(PARTIES, passed[r].get(), "round " + r);
        }
        b.mu.lock();
        assertEquals(ROUNDS, b.generation);
        assertEquals(0, b.arrived);
        b.mu.unlock();
        System.out.printf("barrier: %d parties x %d rounds, %d waits and %d locks interrupted%n",
                PARTIES, ROUNDS, b.interruptedWaits.get(), b.interruptedLocks.get());
        assertTrue(b.interruptedWaits.get() > 0, "no wait was interrupted: the interrupt path did not run");
    }

    @Test
    void aBoundedQueueOnTwoCondsDeliversEveryElementExactlyOnce() throws Exception {
        int producers = 8, consumers = 8, perProducer = Integer.getInteger("go4j.stress.condElements", 20_000);
        int capacity = 4;
        Mutex mu = new Mutex();
        Cond notEmpty = new Cond(mu);
        Cond notFull = new Cond(mu);
        ArrayDeque<Integer> queue = new ArrayDeque<>(); // guarded by mu
        int total = producers * perProducer;
        BitSet received = new BitSet(total); // guarded by mu
        int[] duplicates = {0};              // guarded by mu
        int[] left = {total};                // guarded by mu: elements not yet taken
        WaitGroup wg = new WaitGroup();
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            wg.go(() -> {
                for (int i = 0; i < perProducer; i++) {
                    mu.lock();
                    while (queue.size() == capacity) {
                        notFull.await();
                    }
                    queue.add(base + i);
                    notEmpty.signal();
                    mu.unlock();
                }
            });
        }
        for (int c = 0; c < consumers; c++) {
            wg.go(() -> {
                for (;;) {
                    mu.lock();
                    while (queue.isEmpty() && left[0] > 0) {
                        notEmpty.await();
                    }
                    if (left[0] == 0) {
                        notEmpty.broadcast(); // the last element was taken: release the others
                        mu.unlock();
                        return;
                    }
                    int v = queue.poll();
                    left[0]--;
                    if (received.get(v)) {
                        duplicates[0]++;
                    }
                    received.set(v);
                    notFull.signal();
                    if (left[0] == 0) {
                        notEmpty.broadcast();
                    }
                    mu.unlock();
                }
            });
        }
        wg.await();
        mu.lock();
        assertEquals(0, duplicates[0]);
        assertEquals(total, received.cardinality());
        mu.unlock();
        System.out.printf("bounded queue: %d elements through %d producers and %d consumers%n", total, producers, consumers);
    }
}
