package go4j.time;

import go4j.Chan;
import go4j.Panic;
import go4j.RecvChan;
import go4j.internal.runtime.Timers;

import java.time.Duration;
import java.time.Instant;

/**
 * Go's {@code time.Timer}: a single event. When it expires the time is sent on {@link #c()},
 * unless it was made by {@link Time#afterFunc}, which runs a function instead. Made by
 * {@link Time#newTimer}, {@link Time#after} or {@link Time#afterFunc}.
 *
 * <p>Go 1.23 semantics: the channel is synchronous ({@code len} and {@code cap} are 0), so
 * once {@link #stop()} or {@link #reset} has returned, no value prepared before the call is
 * ever received; and a timer nobody refers to is garbage, even if it was never stopped.
 *
 * <pre>{@code
 * Chan<Integer> results = new Chan<>();
 * Timer t = Time.newTimer(Duration.ofSeconds(1));
 * String r = select(
 *     results.onRecv(v -> "result " + v),
 *     t.c().onRecv(now -> "timed out"));
 * t.stop();
 * }</pre>
 */
public final class Timer {
    private final Chan<Instant> c;      // the channel; nil for an afterFunc timer
    private final RuntimeTimer r;        // the runtime timer in the heap

    Timer(Chan<Instant> c, RuntimeTimer r) {
        this.c = c;
        this.r = r;
    }

    /**
     * The channel the time is sent on when the timer expires: Go's {@code t.C}. For a timer
     * made by {@link Time#afterFunc} it is the nil channel (never ready), as Go's is nil.
     *
     * @return the timer's channel, or the nil channel for an {@link Time#afterFunc} timer
     */
    public RecvChan<Instant> c() {
        return c;
    }

    /**
     * Prevents the timer from firing. Returns true if the call stops the timer, false if it
     * had already expired (its value received, or its function started) or been stopped.
     * After it returns, a receive from {@link #c()} blocks rather than getting a stale value;
     * if the program has not received from {@code c()} and the timer is running, it returns
     * true. For an {@link Time#afterFunc} timer, false means {@code f} has been started in
     * its own goroutine; {@code stop} does not wait for it.
     *
     * @return true if this call stopped the timer, false if it had expired or been stopped
     */
    public boolean stop() {
        if (Timers.outsideBubble(r)) {
            throw new Panic("stop of synctest timer from outside bubble");
        }
        return r.stop();
    }

    /**
     * Changes the timer to expire after {@code d} (at once if {@code d <= 0}); returns true if
     * the timer had been active, false if it had expired or been stopped. After it returns,
     * no value from the previous setting is received. For an {@link Time#afterFunc} timer it
     * either reschedules {@code f} (true) or schedules it to run again (false).
     *
     * @param d how long from now until the timer expires
     * @return true if the timer had been active, false if it had expired or been stopped
     * @throws NullPointerException if {@code d} is null
     */
    public boolean reset(Duration d) {
        if (Timers.outsideBubble(r)) {
            throw new Panic("reset of synctest timer from outside bubble");
        }
        return r.reset(Timers.when(Time.nanos(d)), 0);
    }

    /** The runtime timer, for tests. */
    RuntimeTimer runtimeTimer() {
        return r;
    }
}
