package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

import java.time.Instant;
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
 * Go's do, and {@link #String()} shows as {@code m=+0.001}. The zone is a {@link Location}
 * (null for UTC); {@link #Format} writes the time by Go's layouts.
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
    private Location loc;  // null: UTC

    /** The zero Time: January 1, year 1, 00:00:00 UTC. */
    public Time() {
    }

    private Time(long sec, int nsec, boolean hasMono, long mono, Location loc) {
        this.sec = sec;
        this.nsec = nsec;
        this.hasMono = hasMono;
        this.mono = mono;
        this.loc = loc;
    }

    /** Now, in the local zone, with a monotonic reading. */
    static Time now() {
        Instant i = Instant.now();
        long m = System.nanoTime() - MONO_START;
        return new Time(i.getEpochSecond() + UNIX_TO_YEAR1, i.getNano(), true, m, Location.LOCAL);
    }

    /** The instant sec + nsec after the Unix epoch, in the local zone, nsec normalized. */
    static Time unix(long sec, long nsec) {
        sec += Math.floorDiv(nsec, 1_000_000_000L);
        nsec = Math.floorMod(nsec, 1_000_000_000L);
        return new Time(sec + UNIX_TO_YEAR1, (int) nsec, false, 0, Location.LOCAL);
    }

    /** The instant of a date and time in loc (null: UTC), without a monotonic reading. */
    static Time of(ZonedDateTime t, Location loc) {
        return new Time(t.toEpochSecond() + UNIX_TO_YEAR1, t.getNano(), false, 0, loc);
    }

    /** @return a Time equal to this one */
    public Time $copy() {
        return new Time(sec, nsec, hasMono, mono, loc);
    }

    /** @param o the Time this one becomes a copy of */
    public void $set(Time o) {
        sec = o.sec;
        nsec = o.nsec;
        hasMono = o.hasMono;
        mono = o.mono;
        loc = o.loc;
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
        return new Time(s, (int) n, hasMono, mono + d, loc);
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
        return new Time(sec, nsec, false, 0, Location.LOCAL);
    }

    /**
     * @return t in loc, without its monotonic reading
     * @throws go4j.lang.GoPanic {@code time: missing Location in call to Time.In} for nil
     */
    public Time In(Location l) {
        if (l == null) {
            throw new go4j.lang.GoPanic("time: missing Location in call to Time.In");
        }
        return new Time(sec, nsec, false, 0, l == Location.UTC ? null : l); // UTC is nil, as in Go
    }

    /** @return t's location (UTC's for a time in UTC) */
    public Location Location() {
        return loc == null ? Location.UTC : loc;
    }

    /** @return {String abbreviation, Long offset in seconds east of UTC} of t's zone at t */
    public Object[] Zone() {
        ZonedDateTime t = dateTime();
        return new Object[] {zoneName(t), (long) t.getOffset().getTotalSeconds()};
    }

    /** @return the time years, months and days later, normalized as Date normalizes */
    public Time AddDate(long years, long months, long days) {
        ZonedDateTime t = dateTime();
        return Pkg.Date(t.getYear() + years, t.getMonthValue() + months, t.getDayOfMonth() + days, t.getHour(),
                t.getMinute(), t.getSecond(), t.getNano(), Location());
    }

    /** @return t rounded down to a multiple of d since the zero Time; t (without mono) for d &lt;= 0 */
    public Time Truncate(long d) {
        Time t = new Time(sec, nsec, false, 0, loc);
        return d <= 0 ? t : t.Add(-remainder(d));
    }

    /** @return t rounded to the nearest multiple of d since the zero Time, halves up */
    public Time Round(long d) {
        Time t = new Time(sec, nsec, false, 0, loc);
        if (d <= 0) {
            return t;
        }
        long r = remainder(d);
        return Long.compareUnsigned(r + r, d) < 0 ? t.Add(-r) : t.Add(d - r);
    }

    /** (t - zero Time) mod d, in nanoseconds, exactly. */
    private long remainder(long d) {
        return java.math.BigInteger.valueOf(sec).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(nsec)).mod(java.math.BigInteger.valueOf(d)).longValue();
    }

    /**
     * Go's Format: t in the layout, the reference time Mon Jan 2 15:04:05 MST 2006 written as
     * t should be.
     *
     * @param layout a Go layout such as {@code 2006-01-02T15:04:05Z07:00}
     * @return the text, a Go string
     */
    public String Format(String layout) {
        ZonedDateTime t = dateTime();
        return Layout.format(t, zoneName(t), layout);
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
        return Instant.ofEpochSecond(Unix(), nsec).atZone(loc == null ? ZoneOffset.UTC : loc.zone());
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

    /**
     * Go's Time.String: {@code 2006-01-02 15:04:05.999999999 -0700 MST}, then
     * {@code m=±seconds} for a monotonic reading.
     *
     * @return the text, a Go string
     */
    @Override
    public String String() {
        String s = Format("2006-01-02 15:04:05.999999999 -0700 MST");
        if (!hasMono) {
            return s;
        }
        long m = Math.abs(mono);
        return s + " m=" + (mono < 0 ? '-' : '+') + m / 1_000_000_000L + "." + String.format("%09d", m % 1_000_000_000L);
    }

    /** English short names, which are the zone database's abbreviations where it has them. */
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** The zone's abbreviation at t: UTC's, a fixed zone's own, else the JDK's (CET, CEST, ...). */
    private String zoneName(ZonedDateTime t) {
        return abbreviation(loc, t);
    }

    /** The abbreviation of zone loc (null: UTC) at t, as Format prints it. */
    static String abbreviation(Location loc, ZonedDateTime t) {
        if (loc == null) {
            return "UTC";
        }
        return loc.abbreviation() != null ? loc.abbreviation() : ZONE.format(t);
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Time t && t.sec == sec && t.nsec == nsec && t.hasMono == hasMono
                && t.mono == mono && t.loc == loc;
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
