package go4j.std.time;

import go4j.Chan;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code time.Ticker}, a standard struct type (docs/compiler.md) used through its
 * pointer: {@link #C} is the public field Go code reads as {@code t.C}, of capacity 1, on which
 * a {@link Time} is sent every period; a tick the receiver is not ready for is dropped, as in
 * Go. Each tick is a go4j timer running a function that sends and schedules the next one, at
 * the next multiple of the period after the start, so ticks do not drift.
 *
 * <pre>{@code
 * Ticker t = Pkg.NewTicker(10_000_000L); // 10ms
 * t.C.recv();
 * t.Stop();
 * }</pre>
 */
public final class Ticker implements GoValue {
    /** {@code *time.Ticker}. */
    public static final RType TYPE = RType.pointer(RType.named("time", "Ticker").setUnderlying(
            RType.struct(List.of(new RType.Field("C", RType.chan(RType.ChanDir.RECV, Time.TYPE), false)))));

    /** Go's {@code C}: where each tick's time is sent. */
    public Chan<Object> C;
    private Ticks ticks; // null for the zero Ticker

    /** The zero Ticker: no channel, never started. */
    public Ticker() {
    }

    Ticker(long period) {
        C = new Chan<>(1);
        ticks = new Ticks(C, period);
    }

    /** @return a Ticker sharing this one's channel and ticks, as copying Go's struct does */
    public Ticker $copy() {
        Ticker t = new Ticker();
        t.$set(this);
        return t;
    }

    /** @param o the Ticker whose channel and ticks this one takes */
    public void $set(Ticker o) {
        C = o.C;
        ticks = o.ticks;
    }

    /** Stops the ticks; C is not closed, as in Go. */
    public void Stop() {
        if (ticks != null) {
            ticks.stop();
        }
    }

    /**
     * Stops the ticks and restarts them with period d from now.
     *
     * @throws GoPanic {@code non-positive interval for Ticker.Reset}, or for a zero Ticker
     *                 {@code time: Reset called on uninitialized Ticker}
     */
    public void Reset(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for Ticker.Reset");
        }
        if (ticks == null) {
            throw new GoPanic("time: Reset called on uninitialized Ticker");
        }
        ticks.restart(d);
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    /** The schedule of one ticker: a chain of one-shot go4j timers, one pending at a time. */
    static final class Ticks {
        private final Chan<Object> c;
        private long period;
        private long next;              // System.nanoTime() of the next tick
        private go4j.time.Timer timer;  // the pending tick; guarded by this
        private boolean stopped;        // guarded by this
        private long generation;        // guarded by this: a tick of an older one is stale

        Ticks(Chan<Object> c, long period) {
            this.c = c;
            restart(period);
        }

        synchronized void restart(long period) {
            if (timer != null) {
                timer.stop();
            }
            this.period = period;
            this.stopped = false;
            generation++;
            this.next = System.nanoTime() + period;
            schedule();
        }

        synchronized void stop() {
            stopped = true;
            generation++;
            if (timer != null) {
                timer.stop();
            }
        }

        /** Arms the timer for the next tick (the lock held). */
        private void schedule() {
            long delay = next - System.nanoTime();
            long g = generation;
            timer = go4j.time.Time.afterFunc(java.time.Duration.ofNanos(Math.max(delay, 0)), () -> tick(g));
        }

        /** A tick of generation g: stale if the ticker was stopped or reset since it was armed. */
        private void tick(long g) {
            synchronized (this) {
                if (stopped || g != generation) {
                    return;
                }
                long now = System.nanoTime();
                // the next multiple of the period after now: ticks missed while late are dropped
                next += Math.max(1, (now - next) / period + 1) * period;
                schedule();
            }
            c.trySend(Time.now());
        }
    }
}
