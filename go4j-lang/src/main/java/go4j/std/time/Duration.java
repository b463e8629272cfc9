package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

/**
 * Go's {@code time.Duration}, a standard named type whose underlying type is {@code int64}
 * (docs/compiler.md): a Duration value is a {@code long} of nanoseconds, and this class is its
 * box in an interface, with the value in {@link #v}. Go's methods are static, the receiver
 * first; {@link #String()} is the instance bridge that makes {@code fmt} print a boxed
 * Duration as Go does ({@code 1.5s}).
 *
 * <pre>{@code
 * Duration.String(1_500_000_000L);        // "1.5s"
 * Duration.Seconds(90_000_000_000L);      // 90.0
 * new Duration(2_000L).String();          // "2µs", as a Go string (UTF-8 bytes)
 * }</pre>
 */
public final class Duration implements GoValue, Stringer {
    /** {@code time.Duration}. */
    public static final RType TYPE = RType.named("time", "Duration").setUnderlying(RType.INT64);

    static final long NANOSECOND = 1;
    static final long MICROSECOND = 1000 * NANOSECOND;
    static final long MILLISECOND = 1000 * MICROSECOND;
    static final long SECOND = 1000 * MILLISECOND;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    /** The boxed value, in nanoseconds. */
    public final long v;

    /** @param v the value, in nanoseconds */
    public Duration(long v) {
        this.v = v;
    }

    /** @return d's absolute value; MinInt64's is MaxInt64, as Go saturates */
    public static long Abs(long d) {
        return d >= 0 ? d : d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
    }

    /** @return d in hours, as a float64 (whole hours plus the rest, each converted exactly) */
    public static double Hours(long d) {
        return (double) (d / HOUR) + (double) (d % HOUR) / (60 * 60 * 1e9);
    }

    /** @return d in whole microseconds, toward zero */
    public static long Microseconds(long d) {
        return d / MICROSECOND;
    }

    /** @return d in whole milliseconds, toward zero */
    public static long Milliseconds(long d) {
        return d / MILLISECOND;
    }

    /** @return d in minutes, as a float64 */
    public static double Minutes(long d) {
        return (double) (d / MINUTE) + (double) (d % MINUTE) / (60 * 1e9);
    }

    /** @return d in nanoseconds */
    public static long Nanoseconds(long d) {
        return d;
    }

    /**
     * @return d rounded to the nearest multiple of m, halves away from zero, saturating at
     *     the int64 bounds; d itself for m &lt;= 0
     */
    public static long Round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = Math.abs(d % m);
        if (d < 0) {
            if (lessThanHalf(r, m)) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    /** r &lt; m/2 without rounding m/2: 2r &lt; m, computed unsigned so that 2r cannot overflow. */
    private static boolean lessThanHalf(long r, long m) {
        return Long.compareUnsigned(r + r, m) < 0;
    }

    /** @return d in seconds, as a float64 */
    public static double Seconds(long d) {
        return (double) (d / SECOND) + (double) (d % SECOND) / 1e9;
    }

    /** @return d toward zero to a multiple of m; d itself for m &lt;= 0 */
    public static long Truncate(long d, long m) {
        return m <= 0 ? d : d - d % m;
    }

    /**
     * Go's Duration.String: {@code 72h3m0.5s}; under a second, one unit ({@code 1.5ms},
     * {@code 2µs}, {@code 7ns}) with the fraction's trailing zeros dropped; {@code 0s} for 0.
     *
     * @param d the duration
     * @return its text, a Go string (µ is U+00B5, two bytes)
     */
    public static String String(long d) {
        if (d == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        // |d| as unsigned: MinInt64's magnitude does not fit a long
        long u = d < 0 ? -d : d;
        if (Long.compareUnsigned(u, SECOND) < 0) {
            if (u < MICROSECOND) {
                return sb.append(u).append("ns").toString();
            }
            if (u < MILLISECOND) {
                fraction(sb, u, 3);
                return sb.append("\u00C2\u00B5s").toString();
            }
            fraction(sb, u, 6);
            return sb.append("ms").toString();
        }
        long secs = Long.divideUnsigned(u, SECOND);
        long nanos = Long.remainderUnsigned(u, SECOND);
        long hours = secs / 3600;
        long mins = secs / 60 % 60;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || mins > 0) {
            sb.append(mins).append('m');
        }
        sb.append(secs % 60);
        appendFraction(sb, nanos, 9);
        return sb.append('s').toString();
    }

    /** Appends v / 10^digits with its fraction, trailing zeros dropped. */
    private static void fraction(StringBuilder sb, long v, int digits) {
        long scale = (long) Math.pow(10, digits);
        sb.append(v / scale);
        appendFraction(sb, v % scale, digits);
    }

    /** Appends "." and frac as a digits-wide fraction without trailing zeros; nothing for 0. */
    private static void appendFraction(StringBuilder sb, long frac, int digits) {
        if (frac == 0) {
            return;
        }
        String f = Long.toString(frac);
        f = "0".repeat(digits - f.length()) + f;
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        sb.append('.').append(f, 0, end);
    }

    /** @return this Duration as Go prints it, for fmt */
    @Override
    public String String() {
        return String(v);
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duration d && d.v == v;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(v);
    }

    @Override
    public String toString() {
        return String(v);
    }
}
