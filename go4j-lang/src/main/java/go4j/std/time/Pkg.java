package go4j.std.time;

import go4j.Chan;
import go4j.fn.F$$V;
import go4j.lang.ErrorString;
import go4j.lang.GoError;
import go4j.lang.GoPanic;
import go4j.lang.RuntimeError;
import go4j.lang.Str;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Go's {@code time} package (stub {@code go4j/std/time/time.go}) on go4j's timers
 * ({@code go4j.time}): {@link #Sleep} parks the goroutine, and the channels of
 * {@link #After}, {@link #Tick}, timers and tickers are go4j channels of capacity 1 on which
 * a go4j timer function sends a {@link Time}. A Duration is a {@code long} of nanoseconds.
 *
 * <pre>{@code
 * Pkg.Sleep(Duration.MILLISECOND * 10);
 * Chan<Object> c = Pkg.After(Duration.SECOND); // <-chan Time
 * Object[] r = Pkg.ParseDuration("1h30m");     // {5_400_000_000_000L, null}
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // ---- the clock ----

    /** @return the current local time, with a monotonic reading */
    public static Time Now() {
        return Time.now();
    }

    /** @return Now().Sub(t) */
    public static long Since(Time t) {
        return Time.now().Sub(t);
    }

    /** @return t.Sub(Now()) */
    public static long Until(Time t) {
        return t.Sub(Time.now());
    }

    /** @return the local Time sec seconds and nsec nanoseconds after the Unix epoch */
    public static Time Unix(long sec, long nsec) {
        return Time.unix(sec, nsec);
    }

    /** @return the local Time usec microseconds after the Unix epoch */
    public static Time UnixMicro(long usec) {
        return Time.unix(Math.floorDiv(usec, 1_000_000L), Math.floorMod(usec, 1_000_000L) * 1000);
    }

    /** @return the local Time msec milliseconds after the Unix epoch */
    public static Time UnixMilli(long msec) {
        return Time.unix(Math.floorDiv(msec, 1000L), Math.floorMod(msec, 1000L) * 1_000_000);
    }

    // ---- dates and zones ----

    /** Go's {@code time.UTC}, a package variable of the stub. */
    public static Location UTC = Location.UTC;

    /** Go's {@code time.Local}: the JVM's default zone. */
    public static Location Local = Location.LOCAL;

    /**
     * Go's Date: the time of the date and clock in loc; values out of their ranges carry into
     * the next larger unit (October 32 is November 1), as Go normalizes them.
     *
     * @throws GoPanic {@code time: missing Location in call to Date} for a nil loc
     */
    public static Time Date(long year, long month, long day, long hour, long min, long sec, long nsec, Location loc) {
        if (loc == null) {
            throw new GoPanic("time: missing Location in call to Date");
        }
        LocalDateTime t = LocalDateTime.of((int) year, 1, 1, 0, 0).plusMonths(month - 1).plusDays(day - 1)
                .plusHours(hour).plusMinutes(min).plusSeconds(sec).plusNanos(nsec);
        return Time.of(t.atZone(loc.zone()), loc == Location.UTC ? null : loc);
    }

    /** @return a zone named name, offset seconds east of UTC all year */
    public static Location FixedZone(String name, long offset) {
        return new Location(name, ZoneOffset.ofTotalSeconds((int) offset), name);
    }

    /**
     * @param name "" or "UTC" for UTC, "Local", or a zone database name ({@code Europe/Paris})
     * @return {Location, error}: Go's {@code unknown time zone NAME} for a name the JDK lacks
     */
    public static Object[] LoadLocation(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return new Object[] {Location.UTC, null};
        }
        if (name.equals("Local")) {
            return new Object[] {Location.LOCAL, null};
        }
        try {
            return new Object[] {new Location(name, ZoneId.of(Str.toJava(name)), null), null};
        } catch (DateTimeException e) {
            return new Object[] {null, ErrorString.of("unknown time zone " + name)};
        }
    }

    // ---- waiting ----

    /** Parks the calling goroutine for at least d; returns at once for d &lt;= 0. */
    public static void Sleep(long d) {
        go4j.time.Time.sleep(java.time.Duration.ofNanos(d));
    }

    /** @return a channel that receives the time once, after d */
    public static Chan<Object> After(long d) {
        return NewTimer(d).C;
    }

    /** @return the channel of a ticker that is never stopped; nil (null) for d &lt;= 0 */
    public static Chan<Object> Tick(long d) {
        return d <= 0 ? null : new Ticker(d).C;
    }

    /** @return a Timer sending the time on its C after d */
    public static Timer NewTimer(long d) {
        Chan<Object> c = new Chan<>(1);
        go4j.time.Timer t = go4j.time.Time.afterFunc(java.time.Duration.ofNanos(d), () -> c.trySend(Time.now()));
        return new Timer(c, t);
    }

    /**
     * @param f a {@code func()} value, run in its own goroutine after d
     * @return the Timer whose Stop cancels the call; its C is nil
     */
    public static Timer AfterFunc(long d, Object f) {
        return new Timer(null, go4j.time.Time.afterFunc(java.time.Duration.ofNanos(d), () -> {
            if (f == null) {
                throw RuntimeError.nilDeref(); // Go calls the nil func when the timer fires
            }
            ((F$$V) f).call();
        }));
    }

    /**
     * @return a Ticker sending the time on its C every d
     * @throws GoPanic {@code non-positive interval for NewTicker}
     */
    public static Ticker NewTicker(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for NewTicker");
        }
        return new Ticker(d);
    }

    // ---- parsing ----

    /** Units of ParseDuration, as Go strings; µs both as U+00B5 and U+03BC. */
    private static long unit(String u) {
        return switch (u) {
            case "ns" -> Duration.NANOSECOND;
            case "us", "\u00C2\u00B5s", "\u00CE\u00BCs" -> Duration.MICROSECOND;
            case "ms" -> Duration.MILLISECOND;
            case "s" -> Duration.SECOND;
            case "m" -> Duration.MINUTE;
            case "h" -> Duration.HOUR;
            default -> 0;
        };
    }

    /**
     * Go's ParseDuration: an optional sign, then one or more decimal numbers each with a unit
     * (ns, us, µs, ms, s, m, h), such as {@code 1h15m30.5s}; "0" alone needs no unit.
     *
     * @return {Long duration, error}
     */
    public static Object[] ParseDuration(String s) {
        String orig = s;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return new Object[] {0L, null};
        }
        if (s.isEmpty()) {
            return invalid(orig);
        }
        long total = 0; // read unsigned: up to 1<<63 for MinInt64
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return invalid(orig);
            }
            // the integer part: overflow is an error
            long v = 0;
            int start = i;
            for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                // v is read unsigned, up to 1<<63 (MinInt64's magnitude)
                if (Long.compareUnsigned(v, Long.divideUnsigned(1L << 63, 10)) > 0) {
                    return invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, 1L << 63) > 0) {
                    return invalid(orig);
                }
            }
            boolean digits = i > start;
            // the fraction: digits past a long's precision are read and ignored
            long f = 0;
            double scale = 1;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fstart = i;
                boolean full = false;
                for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                    if (full) {
                        continue;
                    }
                    long nf = f * 10 + (s.charAt(i) - '0');
                    if (f > Long.MAX_VALUE / 10 || nf < 0) {
                        full = true;
                        continue;
                    }
                    f = nf;
                    scale *= 10;
                }
                digits |= i > fstart;
            }
            if (!digits) {
                return invalid(orig);
            }
            int ustart = i;
            for (; i < s.length() && s.charAt(i) != '.' && (s.charAt(i) < '0' || s.charAt(i) > '9'); i++) {
                // the unit runs to the next number
            }
            if (i == ustart) {
                return error("time: missing unit in duration " + quote(orig));
            }
            String u = s.substring(ustart, i);
            long unit = unit(u);
            if (unit == 0) {
                return error("time: unknown unit " + quote(u) + " in duration " + quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(1L << 63, unit)) > 0) {
                return invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, 1L << 63) > 0) {
                    return invalid(orig);
                }
            }
            total += v;
            if (Long.compareUnsigned(total, 1L << 63) > 0) {
                return invalid(orig);
            }
        }
        if (neg) {
            return new Object[] {-total, null};
        }
        if (total < 0) {
            return invalid(orig);
        }
        return new Object[] {total, null};
    }

    private static Object[] invalid(String orig) {
        return error("time: invalid duration " + quote(orig));
    }

    private static Object[] error(String text) {
        GoError e = ErrorString.of(text);
        return new Object[] {0L, e};
    }

    /**
     * Quotes s as the time package's errors do: in double quotes, {@code "} and {@code \}
     * escaped, control and non-ASCII bytes as {@code \xNN}.
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x80) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** @return Go's {@code time.Parse}: {Time, error}, a time without zone in UTC */
    public static Object[] Parse(String layout, String value) {
        return go4j.std.time.Parse.parse(layout, value, Location.UTC, Location.LOCAL);
    }

    /** @return Go's {@code time.ParseInLocation}: {Time, error}, a time without zone in loc */
    public static Object[] ParseInLocation(String layout, String value, Location loc) {
        return go4j.std.time.Parse.parse(layout, value, loc, loc);
    }
}
