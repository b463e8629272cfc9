package go4j.internal.runtime;

import go4j.Go;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Park's spin before parking: which waits spin, the per-goroutine backoff after a spin that
 * ended unwoken, and the waker's skipped unpark. Runs under both schedulers: the jdk scheduler
 * spins (with more than one carrier), the gmp scheduler never does, and each case says what it
 * expects of either.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ParkSpinTest {
    /** Whether a goroutine's wait spins (asked on a goroutine: gmp lets only platform threads spin). */
    private static boolean spins() throws Exception {
        return inGoroutine(() -> Park.SPIN_NANOS > 0 && Schedulers.current().spinBeforePark());
    }

    /** Runs {@code body} as a goroutine and returns what it returns. */
    private static <T> T inGoroutine(Supplier<T> body) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Go.go(() -> {
            try {
                f.complete(body.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * One wait of the calling goroutine that only a platform thread ends, once the waiter has
     * given up spinning and parked: the spin, if any, ends unwoken.
     */
    private static void waitWokenAfterPark(WaitReason reason) {
        Sudog s = new Sudog(Thread.currentThread(), null);
        Thread waker = Thread.ofPlatform().start(() -> {
            while (!s.parked) {
                Thread.onSpinWait();
            }
            s.complete("v", true);
            s.wake();
        });
        assertTrue(Park.awaitDone(s, reason, s, 0));
        assertEquals("v", s.elem);
        try {
            waker.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** (spinBackoff, spinSkip) after each of {@code n} waits that end only after a park. */
    private static List<List<Integer>> backoffsAfterUnwokenWaits(WaitReason reason, int n) throws Exception {
        return inGoroutine(() -> {
            G g = G.current();
            List<List<Integer>> seen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                waitWokenAfterPark(reason);
                seen.add(List.of(g.spinBackoff, g.spinSkip));
            }
            return seen;
        });
    }

    @Test
    void aSpinThatEndsUnwokenMakesTheNextWaitsParkAtOnceWithAGrowingBackoff() throws Exception {
        List<List<Integer>> seen = backoffsAfterUnwokenWaits(WaitReason.CHAN_RECEIVE, 12);
        if (!spins()) {
            for (List<Integer> s : seen) {
                assertEquals(List.of(0, 0), s, "no spin, no backoff: " + seen);
            }
            return;
        }
        // Wait 1 spins and fails: backoff 1, skip 1. Wait 2 parks at once (skip 1 -> 0).
        // Wait 3 spins and fails: backoff 3, skip 3. Waits 4-6 skip. Wait 7: backoff 7, ...
        List<List<Integer>> want = new ArrayList<>();
        int backoff = 0, skip = 0;
        for (int i = 0; i < 12; i++) {
            if (skip > 0) {
                skip--;
            } else {
                backoff = Math.min(2 * backoff + 1, Park.MAX_SPIN_BACKOFF);
                skip = backoff;
            }
            want.add(List.of(backoff, skip));
        }
        assertEquals(want, seen);
    }

    @Test
    void theBackoffStopsAtItsCap() throws Exception {
        // 1 + 3 + 7 + 15 + 31 + 63 skipped and spinning waits reach the cap; 70 more stay there.
        List<List<Integer>> seen = backoffsAfterUnwokenWaits(WaitReason.SELECT, 1 + 2 + 4 + 8 + 16 + 32 + 64 + 70);
        int max = seen.stream().mapToInt(s -> s.get(0)).max().orElseThrow();
        assertEquals(spins() ? Park.MAX_SPIN_BACKOFF : 0, max);
    }

    @Test
    void waitsThatAreNotWorthASpinNeverSpin() throws Exception {
        for (WaitReason r : new WaitReason[] {WaitReason.SLEEP, WaitReason.WAIT_GROUP, WaitReason.SEMACQUIRE}) {
            assertFalse(r.spin, r.text);
            List<List<Integer>> seen = backoffsAfterUnwokenWaits(r, 3);
            assertEquals(List.of(List.of(0, 0), List.of(0, 0), List.of(0, 0)), seen, r.text);
        }
    }

    @Test
    void aSpinThatIsWokenResetsTheBackoff() throws Exception {
        if (!spins()) {
            return; // nothing spins: the other cases checked the backoff stays at zero
        }
        // A partner that completes the wait the moment the waiter announces it: on a machine
        // with two free carriers that lands inside the spin almost every time; under load
        // some rounds miss it, so try until one spin is woken.
        boolean reset = inGoroutine(() -> {
            G g = G.current();
            for (int round = 0; round < 2_000; round++) {
                waitWokenAfterPark(WaitReason.CHAN_SEND); // backoff >= 1
                while (g.spinSkip > 0) {
                    waitWokenAfterPark(WaitReason.CHAN_SEND);
                }
                Sudog s = new Sudog(Thread.currentThread(), null);
                AtomicBoolean ready = new AtomicBoolean();
                AtomicBoolean go = new AtomicBoolean();
                Thread partner = Thread.ofPlatform().start(() -> {
                    ready.set(true);
                    while (!go.get()) {
                        Thread.onSpinWait();
                    }
                    long t = System.nanoTime(); // give the waiter ~0.5 us to enter its spin
                    while (System.nanoTime() - t < 500) {
                        Thread.onSpinWait();
                    }
                    s.complete(null, true);
                    s.wake();
                });
                while (!ready.get()) { // the partner is running and watching: start the wait
                    Thread.onSpinWait();
                }
                go.set(true);
                Park.awaitDone(s, WaitReason.CHAN_SEND, s, 0);
                boolean parked = s.parked;
                try {
                    partner.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                // Not parked and the backoff back at zero: the spin was woken. (Not parked with
                // the backoff unchanged: the partner finished before the wait began; again.)
                if (!parked && g.spinBackoff == 0 && g.spinSkip == 0) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(reset, "a woken spin leaves backoff and skip at zero");
    }

    @Test
    void aWakeBeforeTheWaiterParkedSkipsTheUnparkAndLosesNothing() throws Exception {
        String got = inGoroutine(() -> {
            Sudog s = new Sudog(Thread.currentThread(), null);
            s.complete("early", true);
            s.wake(); // not parked: no unpark
            assertTrue(Park.awaitDone(s, WaitReason.CHAN_RECEIVE, s, 0));
            assertFalse(s.parked, "a completed wait never parks");
            return (String) s.elem;
        });
        assertEquals("early", got);
    }
}
