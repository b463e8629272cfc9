package go4j.std.time;

import go4j.Chan;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code time.Timer}, a standard struct type (docs/compiler.md) used through its pointer:
 * {@link #C} is the public field Go code reads as {@code t.C}, a channel of capacity 1 on which
 * the timer sends a {@link Time} when it expires. The timer itself is a go4j timer running a
 * function (go4j.time's afterFunc), so that waiting for it parks the goroutine on go4j's
 * timers, never a thread.
 *
 * <pre>{@code
 * Timer t = Pkg.NewTimer(50_000_000L);  // 50ms
 * Object now = t.C.recv();              // a Time
 * t.Stop();                             // false: it has fired
 * }</pre>
 */
public final class Timer implements GoValue {
    /** {@code *time.Timer}. */
    public static final RType TYPE = RType.pointer(RType.named("time", "Timer").setUnderlying(
            RType.struct(List.of(new RType.Field("C", RType.chan(RType.ChanDir.RECV, Time.TYPE), false)))));

    /** Go's {@code C}: where the time is sent when the timer expires; nil for AfterFunc's. */
    public Chan<Object> C;
    private go4j.time.Timer timer; // null for the zero Timer, which Go would not let run

    /** The zero Timer: no channel, never started. */
    public Timer() {
    }

    Timer(Chan<Object> c, go4j.time.Timer timer) {
        this.C = c;
        this.timer = timer;
    }

    /** @return a Timer sharing this one's channel and timer, as copying Go's struct does */
    public Timer $copy() {
        return new Timer(C, timer);
    }

    /** @param o the Timer whose channel and timer this one takes */
    public void $set(Timer o) {
        C = o.C;
        timer = o.timer;
    }

    /**
     * @return whether this call stopped a pending timer; false if it had fired or was stopped
     * @throws go4j.lang.GoPanic for a Timer not made by NewTimer or AfterFunc, as Go's
     */
    public boolean Stop() {
        return started("Stop").stop();
    }

    /**
     * Restarts the timer to expire after d; a value already sent stays in {@link #C}, as in
     * Go 1.19.
     *
     * @return whether the timer was pending
     */
    public boolean Reset(long d) {
        return started("Reset").reset(java.time.Duration.ofNanos(d));
    }

    private go4j.time.Timer started(String method) {
        if (timer == null) {
            throw new go4j.lang.GoPanic("time: " + method + " called on uninitialized Timer");
        }
        return timer;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
