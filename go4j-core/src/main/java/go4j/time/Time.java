package go4j.time;

import go4j.Interrupted;

import go4j.Chan;
import go4j.Panic;
import go4j.RecvChan;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Park;
import go4j.internal.runtime.Schedulers;
import go4j.internal.runtime.Timers;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Go's {@code time} package, the part goroutines use: {@link #sleep}, and timers as channels
 * ({@link #after}, {@link #tick}, {@link #newTimer}, {@link #newTicker}) usable in
 * {@code select}, {@link #afterFunc}, and the clock ({@link #now}, {@link #since},
 * {@link #until}). Durations are {@link Duration}s; times are {@link Instant}s. Everything
 * works from goroutines and from any other thread.
 *
 * <p>Inside a synctest bubble ({@code go4j.synctest.Synctest.test}) all of these use the
 * bubble's fake clock, which starts at 2000-01-01T00:00:00Z and moves only when every
 * goroutine of the bubble is durably blocked: a sleep of an hour returns at once, with
 * {@code now()} an hour later.
 *
 * <pre>{@code
 * Chan<Integer> work = new Chan<>();
 * String r = select(
 *     work.onRecv(v -> "got " + v),
 *     Time.after(Duration.ofMillis(50)).onRecv(t -> "timeout"));
 * Time.sleep(Duration.ofMillis(10));
 * }</pre>
 */
public final class Time {
    private Time() {
    }

    /**
     * Pauses the calling goroutine for at least {@code d}; returns at once if {@code d <= 0}.
     * A goroutine dump shows it as {@code [sleep]}, and it does not count as blocked for
     * deadlock detection: a timer wakes it.
     *
     * @param d how long to sleep
     * @throws go4j.Interrupted if the thread is interrupted while sleeping (the flag stays set)
     * @throws NullPointerException if {@code d} is null
     */
    public static void sleep(Duration d) {
        long ns = nanos(d);
        if (ns <= 0) {
            return;
        }
        long when = Timers.when(ns);
        if (when <= Timers.nanotime()) {
            // Over already (a nanosecond or two): no timer, but still give up the processor,
            // as a Go goroutine parked in Sleep does.
            Schedulers.current().gosched();
            return;
        }
        if (!Park.sleepUntil(when)) {
            Park.exitIfKilled();
            throw new Interrupted("sleep");
        }
        // Otherwise the sleep is over, even if an interrupt came in meanwhile (flag still set).
    }

    /**
     * Waits for {@code d} to elapse and then sends the time on the returned channel: Go's
     * {@code time.After}, the same as {@code newTimer(d).c()}. A timer nobody receives from
     * is garbage once the channel is, so there is no reason to prefer {@link #newTimer}.
     *
     * @param d how long until the time is sent
     * @return the channel that receives the time once, after {@code d}
     * @throws NullPointerException if {@code d} is null
     */
    public static RecvChan<Instant> after(Duration d) {
        return newTimer(d).c();
    }

    /**
     * Go's {@code time.Tick}: the channel of a new ticker, or the nil channel (never ready) if
     * {@code d <= 0}. An unreferenced ticker is garbage, so this does not leak.
     *
     * @param d the ticks' period
     * @return the ticker's channel, or the nil channel if {@code d <= 0}
     * @throws NullPointerException if {@code d} is null
     */
    public static RecvChan<Instant> tick(Duration d) {
        if (nanos(d) <= 0) {
            return Chan.nil();
        }
        return newTicker(d).c();
    }

    /**
     * A timer that sends the time on its channel after at least {@code d} (at once if
     * {@code d <= 0}): Go's {@code time.NewTimer}.
     *
     * @param d how long until the timer expires
     * @return the running timer
     * @throws NullPointerException if {@code d} is null
     */
    public static Timer newTimer(Duration d) {
        long when = Timers.when(nanos(d));
        Chan<Instant> c = ChanTimer.newChan();
        return new Timer(c, ChanTimer.start(c, when, 0));
    }

    /**
     * A ticker sending the time on its channel every {@code d}: Go's {@code time.NewTicker}.
     *
     * @param d the ticks' period; must be positive
     * @return the running ticker
     * @throws Panic "non-positive interval for NewTicker" if {@code d <= 0}
     * @throws NullPointerException if {@code d} is null
     */
    public static Ticker newTicker(Duration d) {
        long ns = nanos(d);
        if (ns <= 0) {
            throw new Panic("non-positive interval for NewTicker");
        }
        Chan<Instant> c = ChanTimer.newChan();
        return new Ticker(c, ChanTimer.start(c, Timers.when(ns), ns));
    }

    /**
     * Waits for {@code d} to elapse (not at all if {@code d <= 0}) and then runs {@code f} in
     * its own goroutine: Go's {@code time.AfterFunc}. The returned timer's {@code stop}
     * cancels the call; its {@code c()} is the nil channel. The timer fires even if nobody
     * keeps it.
     *
     * @param d how long until {@code f} runs
     * @param f the function to run in its own goroutine
     * @return the timer, whose {@code stop} cancels the call
     * @throws NullPointerException if {@code d} or {@code f} is null
     */
    public static Timer afterFunc(Duration d, Runnable f) {
        Objects.requireNonNull(f, "afterFunc: nil func");
        long when = Timers.when(nanos(d));
        G g = G.current();
        FuncTimer r = new FuncTimer(f, g == null ? null : g.program());
        r.reset(when, 0);
        return new Timer(Chan.nil(), r);
    }

    /** {@code d} in nanoseconds, saturated to a long as Go's Duration is an int64. */
    /**
     * Go's {@code time.Now}: the current time; inside a synctest bubble, the bubble's fake
     * time.
     *
     * <pre>{@code
     * Instant start = Time.now();
     * Time.sleep(Duration.ofSeconds(1));
     * Duration took = Time.since(start); // at least 1s; exactly 1s in a synctest bubble
     * }</pre>
     *
     * @return the current time
     */
    public static Instant now() {
        return Timers.wallNow();
    }

    /**
     * Go's {@code time.Since}: the time elapsed since {@code t}, {@code now() - t}.
     *
     * @param t an earlier time
     * @return the time since {@code t}
     */
    public static Duration since(Instant t) {
        Objects.requireNonNull(t, "t");
        return Duration.between(t, now());
    }

    /**
     * Go's {@code time.Until}: the time until {@code t}, {@code t - now()}.
     *
     * @param t a later time
     * @return the time until {@code t}
     */
    public static Duration until(Instant t) {
        Objects.requireNonNull(t, "t");
        return Duration.between(now(), t);
    }

    static long nanos(Duration d) {
        Objects.requireNonNull(d, "duration");
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
