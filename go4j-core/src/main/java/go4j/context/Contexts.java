package go4j.context;

import go4j.Chan;
import go4j.RecvChan;
import go4j.internal.runtime.Bubble;
import go4j.internal.runtime.Timers;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The package's functions behind {@link Context}'s static methods, and the walks over a chain
 * of contexts (Go's {@code value}, {@code parentCancelCtx}, {@code contextName}), each a loop.
 */
final class Contexts {
    private Contexts() {
    }

    /**
     * Go's {@code &cancelCtxKey}: {@code value(CANCEL_CTX_KEY)} answers the nearest
     * {@link CancelCtx} up the chain (null through a {@link WithoutCancelCtx}). A user-written
     * context that delegates {@code value} to one of ours passes it on, which is how a child
     * of such a wrapper still joins the tree without a goroutine. Compared by identity.
     */
    static final Object CANCEL_CTX_KEY = new Object() {
        @Override
        public String toString() {
            return "context.cancelCtxKey";
        }
    };

    /** Go's {@code closedchan}: the done channel of a context canceled before anyone asked for it. */
    static final Chan<Void> CLOSED_CHAN = new Chan<>();

    static {
        CLOSED_CHAN.close();
    }

    /** Goroutines ever started to watch a user-written parent (Go's {@code goroutines}; for tests). */
    static final LongAdder WATCHERS_STARTED = new LongAdder();
    /** Those of them still running (for tests). */
    static final LongAdder WATCHERS_LIVE = new LongAdder();

    // ---- constructors ----

    private static void requireParent(Context parent) {
        if (parent == null) {
            throw new NullPointerException("cannot create context from nil parent");
        }
    }

    static Cancelable withCancel(Context parent) {
        requireParent(parent);
        CancelCtx c = new CancelCtx(parent);
        c.propagateCancel(parent);
        return new Cancelable(c);
    }

    static Cancelable withDeadline(Context parent, Instant d, Throwable cause) {
        requireParent(parent);
        Objects.requireNonNull(d, "deadline");
        return deadlineCtx(parent, d, -1, cause);
    }

    static Cancelable withTimeout(Context parent, Duration timeout, Throwable cause) {
        requireParent(parent);
        Objects.requireNonNull(timeout, "timeout");
        long start = System.nanoTime();
        Instant now = Timers.wallNow(); // a synctest bubble's fake time inside one
        boolean fake = Bubble.current() != null;
        Instant d;
        try {
            d = now.plus(timeout);
        } catch (DateTimeException | ArithmeticException e) {
            d = timeout.isNegative() ? Instant.MIN : Instant.MAX;
        }
        long t = saturatedNanos(timeout);
        // In a bubble no fake time passed since `now`: the timer is armed for the whole timeout.
        long left = t <= 0 ? 0 : fake ? t : Math.max(0, t - (System.nanoTime() - start));
        return deadlineCtx(parent, d, left, cause);
    }

    /**
     * Go's WithDeadlineCause. {@code delayNanos} is the time left measured on the monotonic
     * clock when the caller knows it (withTimeout), else -1: measured here from the wall clock.
     */
    private static Cancelable deadlineCtx(Context parent, Instant d, long delayNanos, Throwable cause) {
        Optional<Instant> cur = deadline(parent);
        if (cur.isPresent() && cur.get().isBefore(d)) {
            // The parent's deadline is sooner: this is a plain canceling context.
            return withCancel(parent);
        }
        TimerCtx c = new TimerCtx(parent, d, cause);
        c.propagateCancel(parent);
        long dur = delayNanos >= 0 ? delayNanos : saturatedNanos(Duration.between(Timers.wallNow(), d));
        if (dur <= 0) {
            c.cancel(true, Context.DEADLINE_EXCEEDED, cause); // the deadline has already passed
            return new Cancelable(c);
        }
        c.arm(dur);
        return new Cancelable(c);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Context withValue(Context parent, Object key, Object val) {
        requireParent(parent);
        if (key == null) {
            throw new NullPointerException("nil key");
        }
        if (key.getClass().isArray()) {
            throw new IllegalArgumentException("key is not comparable");
        }
        return new ValueCtx(parent, key, val);
    }

    static Context withoutCancel(Context parent) {
        requireParent(parent);
        return new WithoutCancelCtx(parent);
    }

    static BooleanSupplier afterFunc(Context ctx, Runnable f) {
        requireParent(ctx);
        Objects.requireNonNull(f, "f");
        AfterFuncCtx a = new AfterFuncCtx(ctx, f);
        a.propagateCancel(ctx);
        return a.stopFunction();
    }

    static Throwable cause(Context c) {
        Objects.requireNonNull(c, "ctx");
        if (c.value(CANCEL_CTX_KEY) instanceof CancelCtx cc) {
            Throwable t = cc.causeIfCanceled();
            if (t != null) {
                return t;
            }
            // Not canceled when we looked, or canceled by a user-written context rather than a
            // CancelCtx. Read err, then look again: a cancel that landed between the two reads
            // published cc's cause with its err, and the cause, not err, is the answer (Go
            // reads both under cc's lock; TestCauseRace).
            RuntimeException err = c.err();
            t = cc.causeIfCanceled();
            return t != null ? t : err;
        }
        return c.err();
    }

    // ---- walks ----

    /** Go's value(): the lookup loop over this package's contexts. */
    static Object value(Context c, Object key) {
        boolean internal = key == CANCEL_CTX_KEY;
        for (;;) {
            if (c instanceof ValueCtx v) {
                if (!internal && (v.key == key || v.key.equals(key))) {
                    return v.val;
                }
                c = v.parent;
            } else if (c instanceof CancelCtx cc) {
                if (internal) {
                    return cc;
                }
                c = cc.parent;
            } else if (c instanceof WithoutCancelCtx w) {
                if (internal) {
                    return null; // Cause(withoutCancel) is nil; children don't join the tree
                }
                c = w.parent;
            } else if (c instanceof EmptyCtx) {
                return null;
            } else {
                return c.value(key); // a user-written context
            }
        }
    }

    /** The deadline of {@code c}, walking past contexts that only inherit theirs. */
    static Optional<Instant> deadline(Context c) {
        for (;;) {
            if (c instanceof TimerCtx t) {
                return t.deadline();
            } else if (c instanceof CancelCtx cc) {
                c = cc.parent;
            } else if (c instanceof ValueCtx v) {
                c = v.parent;
            } else if (c instanceof EmptyCtx || c instanceof WithoutCancelCtx) {
                return Optional.empty();
            } else {
                Optional<Instant> d = c.deadline();
                return d == null ? Optional.empty() : d;
            }
        }
    }

    /** The nearest ancestor-or-self that is not a value context: whose done() and err() it shares. */
    static Context skipValues(Context c) {
        while (c instanceof ValueCtx v) {
            c = v.parent;
        }
        return c;
    }

    /**
     * Go's parentCancelCtx: the CancelCtx whose done channel {@code parent} reports
     * ({@code pd}), or null. A user-written wrapper that delegates to one of ours is seen
     * through; one with a done channel of its own is not (it must be watched).
     */
    static CancelCtx parentCancelCtx(Context parent, RecvChan<Void> pd) {
        if (pd == CLOSED_CHAN) {
            return null;
        }
        if (!(parent.value(CANCEL_CTX_KEY) instanceof CancelCtx p)) {
            return null;
        }
        return p.doneIfCreated() == pd ? p : null;
    }

    // ---- String() forms ----

    /**
     * Go's String() of a context, built with a loop: {@code context.Background.WithCancel},
     * {@code ...WithValue(key, val)}, {@code ...WithDeadline(time [left])}, {@code ...WithoutCancel}.
     */
    static String name(Context c) {
        ArrayList<String> suffixes = new ArrayList<>();
        String root;
        for (;;) {
            if (c instanceof TimerCtx t) {
                suffixes.add(".WithDeadline(" + goTime(t.deadline) + " ["
                        + goDuration(saturatedNanos(Duration.between(Timers.wallNow(), t.deadline))) + "])");
                c = t.parent;
            } else if (c instanceof CancelCtx cc) {
                suffixes.add(".WithCancel");
                c = cc.parent;
            } else if (c instanceof ValueCtx v) {
                suffixes.add(".WithValue(" + stringify(v.key) + ", " + stringify(v.val) + ")");
                c = v.parent;
            } else if (c instanceof WithoutCancelCtx w) {
                suffixes.add(".WithoutCancel");
                c = w.parent;
            } else {
                root = goName(c); // EmptyCtx's toString, or a user-written context's
                break;
            }
        }
        StringBuilder sb = new StringBuilder(root);
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            sb.append(suffixes.get(i));
        }
        return sb.toString();
    }

    /** Go's stringify: a string as is, a "Stringer" by its toString, nil as {@code <nil>}, else the type. */
    static String stringify(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String s) {
            return s;
        }
        return goName(v);
    }

    /**
     * Go's contextName: String() when the value has one, else its type's name. In Java every
     * object has toString; one that only inherits Object's counts as "no String method".
     */
    static String goName(Object o) {
        try {
            if (o.getClass().getMethod("toString").getDeclaringClass() != Object.class) {
                return String.valueOf(o);
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e); // every class has a public toString
        }
        return o.getClass().getName();
    }

    private static final DateTimeFormatter GO_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter GO_ZONE = DateTimeFormatter.ofPattern("xx zzz");

    /**
     * Go's time.Time.String() in the local zone, "2006-01-02 15:04:05.999999999 -0700 MST":
     * the fraction without trailing zeros. An Instant has no monotonic reading, so no
     * {@code m=} part, as for a Go Time that carries none.
     */
    static String goTime(Instant t) {
        ZonedDateTime z;
        try {
            z = t.atZone(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            return t.toString(); // beyond what a zoned date can hold
        }
        StringBuilder sb = new StringBuilder(GO_DATE_TIME.format(z));
        int nanos = z.getNano();
        if (nanos != 0) {
            sb.append('.').append(fraction(nanos, 9));
        }
        String zone = GO_ZONE.format(z);
        if (zone.endsWith(" Z")) {
            zone = zone.substring(0, zone.length() - 1) + "UTC";
        }
        return sb.append(' ').append(zone).toString();
    }

    /** Go's time.Duration.String(): "1h2m3.5s", "1.5ms", "999ns", "0s", "-5µs". */
    static String goDuration(long d) {
        if (d == 0) {
            return "0s";
        }
        String sign = d < 0 ? "-" : "";
        long u = d < 0 ? -d : d; // Long.MIN_VALUE stays negative: read as unsigned below
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            if (u < 1_000L) {
                return sign + u + "ns";
            }
            int prec = u < 1_000_000L ? 3 : 6;
            String unit = u < 1_000_000L ? "\u00b5s" : "ms";
            long pow = prec == 3 ? 1_000L : 1_000_000L;
            long frac = u % pow;
            return sign + (u / pow) + (frac == 0 ? "" : "." + fraction(frac, prec)) + unit;
        }
        long secs = Long.divideUnsigned(u, 1_000_000_000L);
        long frac = Long.remainderUnsigned(u, 1_000_000_000L);
        StringBuilder sb = new StringBuilder(sign);
        long mins = secs / 60;
        if (mins > 0) {
            long hours = mins / 60;
            if (hours > 0) {
                sb.append(hours).append('h');
            }
            sb.append(mins % 60).append('m');
        }
        sb.append(secs % 60);
        if (frac != 0) {
            sb.append('.').append(fraction(frac, 9));
        }
        return sb.append('s').toString();
    }

    /** {@code v} as {@code digits} decimal digits (zero-padded), trailing zeros removed. */
    private static String fraction(long v, int digits) {
        String s = Long.toString(v);
        s = "0".repeat(digits - s.length()) + s;
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
