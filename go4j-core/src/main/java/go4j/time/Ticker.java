package go4j.time;

import go4j.Chan;
import go4j.Panic;
import go4j.RecvChan;
import go4j.internal.runtime.Timers;

import java.time.Duration;
import java.time.Instant;

/**
 * Go's {@code time.Ticker}: sends the time on {@link #c()} every period. It adjusts the
 * intervals or drops ticks to make up for slow receivers: the channel holds at most one
 * tick, never a backlog. Made by {@link Time#newTicker} or {@link Time#tick}.
 *
 * <p>Go 1.23 semantics: the channel is synchronous ({@code len} and {@code cap} are 0), no
 * tick prepared before {@link #stop()} or {@link #reset} is received after it returns, and a
 * ticker nobody refers to is garbage, even if it was never stopped.
 *
 * <pre>{@code
 * Ticker ticker = Time.newTicker(Duration.ofMillis(100));
 * for (int i = 0; i < 3; i++) {
 *     Instant t = ticker.c().recv();
 *     System.out.println("tick at " + t);
 * }
 * ticker.stop();
 * }</pre>
 */
public final class Ticker {
    private final Chan<Instant> c;    // the channel the ticks are delivered on
    private final ChanTimer r;        // the runtime timer in the heap

    Ticker(Chan<Instant> c, ChanTimer r) {
        this.c = c;
        this.r = r;
    }

    /**
     * The channel the ticks are delivered on: Go's {@code t.C}.
     *
     * @return the channel the ticks are sent on, the same on every call
     */
    public RecvChan<Instant> c() {
        return c;
    }

    /**
     * Turns the ticker off: no more ticks are sent, and a tick not yet received is dropped.
     * It does not close the channel, so that a receiver does not see a false tick.
     */
    public void stop() {
        if (Timers.outsideBubble(r)) {
            throw new Panic("stop of synctest timer from outside bubble");
        }
        r.stop();
    }

    /**
     * Stops the ticker and restarts it with period {@code d}: the next tick arrives after
     * {@code d}. A stopped ticker starts again.
     *
     * @param d the new period; must be positive
     * @throws Panic "non-positive interval for Ticker.Reset" if {@code d <= 0}
     * @throws NullPointerException if {@code d} is null
     */
    public void reset(Duration d) {
        if (Timers.outsideBubble(r)) {
            throw new Panic("reset of synctest timer from outside bubble");
        }
        long ns = Time.nanos(d);
        if (ns <= 0) {
            throw new Panic("non-positive interval for Ticker.Reset");
        }
        r.reset(Timers.when(ns), ns);
    }

    /** The runtime timer, for tests. */
    ChanTimer runtimeTimer() {
        return r;
    }
}
