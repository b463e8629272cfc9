package go4j.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** White-box access to a channel's wait queues, for tests outside the runtime package. */
public final class HChanProbe {
    private HChanProbe() {
    }

    /** Goroutines queued on {@code h}, sending or receiving, counted under its lock. */
    public static int waiters(HChan h) {
        h.lock();
        try {
            return h.recvq.size() + h.sendq.size();
        } finally {
            h.unlock();
        }
    }

    /**
     * Makes a completing waker and an interrupt meet in the worst order: with {@code h}'s lock
     * held, takes the first waiter off its receive ({@code recvq}) or send queue (for a
     * select this claims it), runs {@code between} (the test interrupts the waiter there and
     * waits until it left its park), completes the waiter with {@code value} exactly as a
     * sender or receiver would, releases the lock and wakes it.
     */
    public static void completeFirstAfter(HChan h, boolean recvq, Object value, Runnable between) {
        Sudog w;
        h.lock();
        try {
            w = (recvq ? h.recvq : h.sendq).dequeue();
            assertNotNull(w, "the parked thread's waiter is queued");
            between.run();
            w.complete(value, true);
        } finally {
            h.unlock();
        }
        w.wake();
    }
}
