package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Go's {@code time.Time}, a standard struct type (docs/compiler.md): the object is the Go
 * value, copied with {@link #$copy}, compared by value as Go's {@code ==} compares a Time's
 * fields. An instant is seconds since January 1 of year 1 UTC (so that the zero object is
 * Go's zero Time) and nanoseconds, plus, for a Time from {@link Pkg#Now}, a monotonic clock
 * reading, which {@link #Sub}, {@link #Before}, {@link #After} and {@link #Equal} prefer, as
 * Go's do, and {@link #String()} shows as {@code m=+0.001}. The zone is UTC or the JVM's
 * default zone (Go's Local).
 *
 * <pre>{@code
 * Time start = Pkg.Now();
 * long elapsed = Pkg.Since(start);     // a Duration, in nanoseconds
 * Pkg.Unix(0, 0).UTC().String();       // "1970-01-01 00:00:00 +0000 UTC"
 * }</pre>
 */
public final class Time implements GoValue, Stringer {
    /** {@code time.Time}. */
    public static final RType TYPE = RType.named("time", "Time").setUnderlying(RType.struct(List.of()));

    /** Seconds from January 1 of year 1 to the Unix epoch, both UTC. */
    static final long UNIX_TO_YEAR1 = 62135596800L;
    /** Where monotonic readings count from: about when the program started. */
    private static final long MONO_START = System.nanoTime() - 1;

    private long sec;      // seconds since January 1, year 1, UTC
    private int nsec;      // [0, 999999999]
    private boolean hasMono;
    private long mono;     // nanoseconds since MONO_START, when hasMono
    private ZoneId zone;   // null: UTC

    /** The zero Time: January 1, year 1, 00:00:00 UTC. */
    public Time() {
    }

    private Time(long sec, int nsec, boolean hasMono, long mono, ZoneId zone) {
        this.sec = sec;
        this.nsec = nsec;
        this.hasMono = hasMono;
        this.mono = mono;
        this.zone = zone;
    }

    /** Now, in the local zone, with a monotonic reading. */
    static Time now() {
        Instant i = Instant.now();
        long m = System.nanoTime() - MONO_START;
        return new Time(i.getEpochSecond() + UNIX_TO_YEAR1, i.getNano(), true, m, ZoneId.systemDefault());
    }

    /** The instant sec + nsec after the Unix epoch, in the local zone, nsec normalized. */
    static Time unix(long sec, long nsec) {
        sec += Math.floorDiv(nsec, 1_000_000_000L);
        nsec = Math.floorMod(nsec, 1_000_000_000L);
        return new Time(sec + UNIX_TO_YEAR1, (int) nsec, false, 0, ZoneId.systemDefault());
    }

    /** @return a Time equal to this one */
    public Time $copy() {
        return new Time(sec, nsec, hasMono, mono, zone);
    }

    /** @param o the Time this one becomes a copy of */
    public void $set(Time o) {
        sec = o.sec;
        nsec = o.nsec;
        hasMono = o.hasMono;
        mono = o.mono;
        zone = o.zone;
    }

    // ---- arithmetic and comparison ----

    /** @return t + d; the monotonic reading moves too */
    public Time Add(long d) {
        long s = sec + d / Duration.SECOND;
        long n = nsec + d % Duration.SECOND;
        if (n >= 1_000_000_000L) {
            s++;
            n -= 1_000_000_000L;
        } else if (n < 0) {
            s--;
            n += 1_000_000_000L;
        }
        return new Time(s, (int) n, hasMono, mono + d, zone);
    }

    /**
     * @return t - u, by the monotonic readings when both have one, saturating at the
     *     Duration bounds
     */
    public long Sub(Time u) {
        if (hasMono && u.hasMono) {
            return saturatingSub(mono, u.mono);
        }
        long ds = sec - u.sec;
        long dn = nsec - u.nsec;
        if (Math.abs(ds) >= Long.MAX_VALUE / Duration.SECOND - 1) {
            return ds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return saturatingAdd(ds * Duration.SECOND, dn);
    }

    private static long saturatingSub(long a, long b) {
        long d = a - b;
        if (((a ^ b) & (a ^ d)) < 0) {
            return a > b ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return d;
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        if (((a ^ s) & (b ^ s)) < 0) {
            return a > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return s;
    }

    private int compare(Time u) {
        if (hasMono && u.hasMono) {
            return Long.compare(mono, u.mono);
        }
        int c = Long.compare(sec, u.sec);
        return c != 0 ? c : Integer.compare(nsec, u.nsec);
    }

    /** @return whether t is after u */
    public boolean After(Time u) {
        return compare(u) > 0;
    }

    /** @return whether t is before u */
    public boolean Before(Time u) {
        return compare(u) < 0;
    }

    /** @return whether t and u are the same instant, whatever their zones */
    public boolean Equal(Time u) {
        return compare(u) == 0;
    }

    /** @return whether t is the zero Time */
    public boolean IsZero() {
        return sec == 0 && nsec == 0;
    }

    // ---- zones ----

    /** @return t in UTC, without its monotonic reading (as Go's UTC drops it) */
    public Time UTC() {
        return new Time(sec, nsec, false, 0, null);
    }

    /** @return t in the local zone, without its monotonic reading */
    public Time Local() {
        return new Time(sec, nsec, false, 0, ZoneId.systemDefault());
    }

    // ---- Unix times ----

    /** @return seconds since the Unix epoch */
    public long Unix() {
        return sec - UNIX_TO_YEAR1;
    }

    /** @return milliseconds since the Unix epoch */
    public long UnixMilli() {
        return Unix() * 1000 + nsec / 1_000_000;
    }

    /** @return microseconds since the Unix epoch */
    public long UnixMicro() {
        return Unix() * 1_000_000 + nsec / 1000;
    }

    /** @return nanoseconds since the Unix epoch (overflowing outside 1678-2262, as Go's) */
    public long UnixNano() {
        return Unix() * 1_000_000_000L + nsec;
    }

    // ---- calendar fields, in t's zone ----

    private ZonedDateTime dateTime() {
        return Instant.ofEpochSecond(Unix(), nsec).atZone(zone == null ? ZoneOffset.UTC : zone);
    }

    /** @return the year */
    public long Year() {
        return dateTime().getYear();
    }

    /** @return the month, January = 1 */
    public long Month() {
        return dateTime().getMonthValue();
    }

    /** @return the day of the month */
    public long Day() {
        return dateTime().getDayOfMonth();
    }

    /** @return the hour, 0 to 23 */
    public long Hour() {
        return dateTime().getHour();
    }

    /** @return the minute, 0 to 59 */
    public long Minute() {
        return dateTime().getMinute();
    }

    /** @return the second, 0 to 59 */
    public long Second() {
        return dateTime().getSecond();
    }

    /** @return the nanoseconds within the second */
    public long Nanosecond() {
        return nsec;
    }

    /** @return the day of the week, Sunday = 0 */
    public long Weekday() {
        return dateTime().getDayOfWeek().getValue() % 7;
    }

    /** @return the day of the year, 1 to 366 */
    public long YearDay() {
        return dateTime().getDayOfYear();
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    /**
     * Go's Time.String: {@code 2006-01-02 15:04:05.999999999 -0700 MST}, then
     * {@code m=±seconds} for a monotonic reading.
     *
     * @return the text, a Go string
     */
    @Override
    public String String() {
        ZonedDateTime t = dateTime();
        StringBuilder sb = new StringBuilder(64);
        sb.append(DATE_TIME.format(t));
        if (nsec != 0) {
            String f = String.format("%09d", nsec);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
        int off = t.getOffset().getTotalSeconds();
        sb.append(' ').append(off < 0 ? '-' : '+');
        off = Math.abs(off);
        sb.append(String.format("%02d%02d", off / 3600, off / 60 % 60));
        sb.append(' ').append(zoneName(t));
        if (hasMono) {
            sb.append(" m=").append(mono < 0 ? '-' : '+');
            long m = Math.abs(mono);
            sb.append(m / 1_000_000_000L).append('.').append(String.format("%09d", m % 1_000_000_000L));
        }
        return sb.toString();
    }

    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    /** The zone's abbreviation at t: UTC for UTC, else the JDK's (CET, CEST, EST, ...). */
    private String zoneName(ZonedDateTime t) {
        return zone == null ? "UTC" : ZONE.format(t);
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Time t && t.sec == sec && t.nsec == nsec && t.hasMono == hasMono
                && t.mono == mono && java.util.Objects.equals(t.zone, zone);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sec) * 31 + nsec;
    }

    @Override
    public String toString() {
        return String();
    }
}
