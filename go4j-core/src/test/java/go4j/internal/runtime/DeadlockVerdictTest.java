package go4j.internal.runtime;

import go4j.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;


/**
 * The deadlock verdict on states a test cannot otherwise hold still: a goroutine of a program
 * that is "in" a wait without being parked, as a goroutine is between being woken and running
 * again. The verdict must call it awake whenever its wait can end: completed wait object,
 * pending interrupt, a reason that is not asleep.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DeadlockVerdictTest {
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static void until(String what, BooleanSupplier cond) {
        TestSupport.until(what, PATIENCE_NANOS, cond);
    }

    /**
     * A goroutine of {@code p} holding a wait open until released, parked in the meantime
     * (not through Park, which would end the wait when its object completes), so that its
     * carrier is idle as a parked goroutine's is.
     */
    private static final class Holder {
        final CompletableFuture<G> g = new CompletableFuture<>();
        volatile boolean release;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Holder(Program p, WaitReason reason, Object waitObject) {
            Goroutines.go(() -> {
                G self = G.beginWait(reason, waitObject);
                g.complete(self);
                while (!release) {
                    LockSupport.park(this); // returns at once once interrupted: then it spins
                }
                G.endWait(self);
                done.complete(null);
            }, p);
        }

        void releaseAndJoin() {
            release = true;
            LockSupport.unpark(g.join().thread());
            done.join();
        }
    }

    /**
     * A program as Go.main makes one, waiting in this thread: the test thread, a non-daemon
     * platform thread, would otherwise count as a thread outside go4j that may wake a goroutine.
     */
    private static Program program() {
        Program p = new Program();
        p.caller = Thread.currentThread();
        return p;
    }

    private static void assertAwake(Program p, Holder h) {
        G g = h.g.join();
        until("verdict no, because of " + g, () -> !Deadlock.verdict(p) && p.awakeHint == g);
        h.releaseAndJoin();
    }

    @Test
    void everyGoroutineInAnUncompletedWaitIsADeadlock() {
        Program p = program();
        Holder h = new Holder(p, WaitReason.CHAN_RECEIVE, new Sudog(null, null));
        h.g.join();
        // Polls: goroutines and timers of other tests may be awake for a while.
        try {
            until("verdict yes", () -> Deadlock.verdict(p));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + Deadlock.why(p) + "\n" + Dump.of(Goroutines.all()), e);
        }
        h.releaseAndJoin();
    }

    @Test
    void completedWaitObjectReadsAsAwake() {
        Program p = program();
        Sudog s = new Sudog(null, null);
        s.complete(null, true);
        assertAwake(p, new Holder(p, WaitReason.CHAN_RECEIVE, s));
    }

    @Test
    void firedSelectReadsAsAwake() {
        Program p = program();
        SelectWaiter w = new SelectWaiter();
        w.claim();
        w.fired = new Sudog(null, null, w, 0);
        assertAwake(p, new Holder(p, WaitReason.SELECT, w));
    }

    @Test
    void interruptedGoroutineReadsAsAwake() {
        Program p = program();
        Holder h = new Holder(p, WaitReason.CHAN_RECEIVE, new Sudog(null, null));
        h.g.join().thread().interrupt();
        assertAwake(p, h);
    }

    @Test
    void sleepingGoroutineReadsAsAwake() {
        Program p = program();
        assertAwake(p, new Holder(p, WaitReason.SLEEP, new Sudog(null, null)));
    }

    @Test
    void goroutineOutsideAnyWaitReadsAsAwake() {
        Program p = program();
        Holder h = new Holder(p, WaitReason.CHAN_RECEIVE, new Sudog(null, null));
        G g = h.g.join();
        G.endWait(g); // from this thread: the goroutine's wait looks over
        assertAwake(p, h);
    }
}
