package go4j.std.time;

import static go4j.std.GoText.java;
import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Chan;
import go4j.Go;
import go4j.fn.F$$V;
import go4j.lang.GoPanic;
import go4j.lang.SliceL;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** time against Go 1.19's output, and its timers on go4j's. */
class TimeTest {
    private static String println(Object... a) {
        return java(go4j.std.fmt.Pkg.Sprintln(SliceL.of(a)));
    }

    /*
     * fmt.Println(d, d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(),
     *     d.Round(time.Second), d.Truncate(time.Second))
     */
    @Test
    void durations() {
        String want = """
                0s 0 0 0 0 0 0s 0s
                1ns 1e-09 1.6666666666666667e-11 2.777777777777778e-13 0 0 0s 0s
                999ns 9.99e-07 1.665e-08 2.775e-10 0 0 0s 0s
                1µs 1e-06 1.6666666666666667e-08 2.7777777777777777e-10 0 1 0s 0s
                1.5µs 1.5e-06 2.5e-08 4.166666666666667e-10 0 1 0s 0s
                1.5ms 0.0015 2.5e-05 4.1666666666666667e-07 1 1500 0s 0s
                1.5s 1.5 0.025 0.0004166666666666667 1500 1500000 2s 1s
                1m30s 90 1.5 0.025 90000 90000000 1m30s 1m30s
                1h0m0s 3600 60 1 3600000 3600000000 1h0m0s 1h0m0s
                -1.5s -1.5 -0.025 -0.0004166666666666667 -1500 -1500000 -2s -1s
                2562047h47m16.854775807s 9.223372036854776e+09 1.5372286728091294e+08 2.5620477880152157e+06 9223372036854 9223372036854775 2562047h47m16.854775807s 2562047h47m16s
                -2562047h47m16.854775808s -9.223372036854776e+09 -1.5372286728091294e+08 -2.5620477880152157e+06 -9223372036854 -9223372036854775 -2562047h47m16.854775808s -2562047h47m16s
                3h25m45.0005s 12345.0005 205.75000833333334 3.4291668055555555 12345000 12345000500 3h25m45s 3h25m45s
                100ms 0.1 0.0016666666666666668 2.777777777777778e-05 100 100000 0s 0s
                """;
        StringBuilder got = new StringBuilder();
        long s = Duration.SECOND;
        for (long d : new long[] {0, 1, 999, 1000, 1500, 1500000, 1500 * Duration.MILLISECOND, 90 * s, Duration.HOUR,
            -1500 * Duration.MILLISECOND, Long.MAX_VALUE, Long.MIN_VALUE,
            3 * Duration.HOUR + 25 * Duration.MINUTE + 45 * s + 500 * Duration.MICROSECOND, 100 * Duration.MILLISECOND}) {
            got.append(println(new Duration(d), Duration.Seconds(d), Duration.Minutes(d), Duration.Hours(d),
                    Duration.Milliseconds(d), Duration.Microseconds(d), new Duration(Duration.Round(d, s)),
                    new Duration(Duration.Truncate(d, s))));
        }
        assertEquals(want, got.toString());
        assertEquals("2s 1m0s 1000000 time.Duration", sprintf("%v %s %d %T", new Duration(2 * s),
                new Duration(Duration.MINUTE), new Duration(Duration.MILLISECOND), new Duration(s)));
        assertEquals(Long.MAX_VALUE, Duration.Abs(Long.MIN_VALUE));
        assertEquals(5, Duration.Abs(-5));
        Duration three = new Duration(3);
        assertEquals(three, new Duration(1 + 2), "a Duration equals another of the same value");
        assertFalse(three.equals(new Duration(4)));
    }

    /** A type string the compiler writes names the standard class's own RType. */
    @Test
    void typeStringsNameTheStandardTypes() {
        Object ds = go4j.lang.Rt.typed(go4j.lang.SliceJ.of(1), "[]time.Duration");
        assertSame(Duration.TYPE, go4j.lang.RType.typeOf(ds).elem());
        Object ts = go4j.lang.Rt.typed(null, "map[string]*time.Timer");
        assertSame(Timer.TYPE, go4j.lang.RType.typeOf(ts).elem());
        Object as = go4j.lang.Rt.typed(null, "[]*atomic.Int64");
        assertSame(go4j.std.sync.atomic.Int64.TYPE, go4j.lang.RType.typeOf(as).elem());
    }

    /* d, err := time.ParseDuration(s); fmt.Println(d, err) */
    @Test
    void parseDuration() {
        String want = """
                1h2m3.5s <nil>
                300ms <nil>
                -1h30m0s <nil>
                2µs <nil>
                2µs <nil>
                0s time: missing unit in duration "1"
                0s time: invalid duration ""
                0s time: unknown unit "x" in duration "1x"
                500ms <nil>
                1s <nil>
                2562047h47m16.854775807s <nil>
                0s time: invalid duration "9223372036854775808ns"
                0s <nil>
                -2562047h47m16.854775808s <nil>
                0s time: unknown unit "\\xc2\\xb5" in duration "1\\xc2\\xb5"
                """;
        StringBuilder got = new StringBuilder();
        for (String s : new String[] {"1h2m3.5s", "300ms", "-1.5h", "2us", "2\u00C2\u00B5s", "1", "", "1x", ".5s",
            "1.s", "9223372036854775807ns", "9223372036854775808ns", "0", "-9223372036854775808ns", "1\u00C2\u00B5"}) {
            Object[] r = Pkg.ParseDuration(s);
            got.append(println(new Duration((Long) r[0]), r[1]));
        }
        assertEquals(want, got.toString());
    }

    @Test
    void times() {
        Time zero = new Time();
        assertEquals("0001-01-01 00:00:00 +0000 UTC true -62135596800", zero.String() + " " + zero.IsZero() + " " + zero.Unix());
        Time u = Pkg.Unix(1700000000, 5).UTC();
        assertEquals("2023-11-14 22:13:20.000000005 +0000 UTC 1700000000 1700000000000000005 2023 November 14 Tuesday\n",
                println(u, u.Unix(), u.UnixNano(), u.Year(), new Month(u.Month()), u.Day(), new Weekday(u.Weekday())));
        assertEquals("time.Time", sprintf("%T", u));
        assertEquals(Duration.HOUR, u.Add(Duration.HOUR).Sub(u));
        assertTrue(u.Before(u.Add(1)));
        assertTrue(u.Add(-1).Before(u));
        assertTrue(u.Equal(Pkg.Unix(1700000000, 5)));
        assertEquals(u, u.$copy());
        assertEquals(1700000000123L, Pkg.UnixMilli(1700000000123L).UnixMilli());
        assertEquals(-1, Pkg.UnixMicro(-1).UnixMicro());
        assertEquals(Long.MAX_VALUE, Pkg.Unix(Long.MAX_VALUE / 2, 0).Sub(zero), "Sub saturates");
        assertEquals("%!Month(13) %!Weekday(7)", Month.String(13) + " " + Weekday.String(7));
        Time now = Pkg.Now();
        assertTrue(now.String().contains(" m=+"), now.String());
        assertFalse(now.UTC().String().contains(" m="), "UTC drops the monotonic reading");
        assertTrue(Pkg.Since(now) >= 0);
        assertTrue(Pkg.Until(now) <= 0);
    }

    /* tf.go: t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC); t.Format(l) */
    @Test
    void formatAndDate() {
        String want = """
                2009-11-10 23:04:05.123456789 +0000 UTC
                2009-11-10T23:04:05Z
                2009-11-10T23:04:05.123456789Z
                11:04PM
                Tue Nov 10 23:04:05 2009
                Tue, 10 Nov 2009 23:04:05 UTC
                Tue, 10 Nov 2009 23:04:05 +0000
                10 Nov 09 23:04 UTC
                2009-11-10
                Nov 10 23:04:05.123
                Tuesday, 10-Nov-09 11:4:5 pm
                09 11 10 11 4 5 PM
                .123 ,123 .1
                Z +00:00 +0000 Z +00
                2009-11-10T23:04:05.123456789Z
                Nov 10 23:04:05.123456
                _2009
                23h04m
                2024-02-02 02:02:01 -0500 EST 2024-02-02T02:02:01-05:00 02 Feb 24 02:02 -0500 2024-02-02 07:02:01 +0000 UTC EST Friday 33
                2009-11-11T00:34:05+01:30 UTC UTC
                EST -18000
                2009-11-10 23:00:00 +0000 UTC 2009-11-10 23:00:00 +0000 UTC
                2025-03-01 00:00:00 +0000 UTC
                """;
        Time t = Pkg.Date(2009, 11, 10, 23, 4, 5, 123456789, Pkg.UTC);
        StringBuilder got = new StringBuilder(println(t));
        for (String l : new String[] {"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05.999999999Z07:00", "3:04PM",
            "Mon Jan _2 15:04:05 2006", "Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 -0700",
            "02 Jan 06 15:04 MST", "2006-01-02", "Jan _2 15:04:05.000", "Monday, 02-Jan-06 3:4:5 pm",
            "06 1 2 3 4 5 PM", ".999 ,000 .9", "Z07:00 -07:00 -0700 Z0700 -07", "2006-01-02T15:04:05.999999999Z07:00",
            "Jan _2 15:04:05.000000", "_2006", "15h04m"}) {
            got.append(t.Format(l)).append('\n');
        }
        Time u = Pkg.Date(2023, 13, 32, 25, 61, 61, 0, Pkg.FixedZone("EST", -5 * 3600));
        got.append(println(u, u.Format("2006-01-02T15:04:05Z07:00"), u.Format("02 Jan 06 15:04 -0700"), u.UTC(),
                u.Location(), new Weekday(u.Weekday()), u.YearDay()));
        got.append(println(t.In(Pkg.FixedZone("", 3600 + 1800)).Format("2006-01-02T15:04:05Z07:00"), Pkg.UTC,
                t.Location()));
        Object[] zone = u.Zone();
        got.append(println(zone[0], zone[1]));
        got.append(println(t.Truncate(Duration.HOUR), t.Round(Duration.HOUR)));
        got.append(println(Pkg.Date(2024, 2, 29, 0, 0, 0, 0, Pkg.UTC).AddDate(1, 0, 0)));
        assertEquals(want, got.toString());
        assertEquals(Pkg.UTC, Pkg.LoadLocation("")[0]);
        assertEquals("unknown time zone Nowhere/Place", ((go4j.lang.GoError) Pkg.LoadLocation("Nowhere/Place")[1]).Error());
        assertEquals("2009-11-11 00:04:05.123456789 +0100 CET",
                t.In((Location) Pkg.LoadLocation("Europe/Paris")[0]).String());
        assertThrows(GoPanic.class, () -> Pkg.Date(1, 1, 1, 0, 0, 0, 0, null));
    }

    @Test
    void sleepAfterAndTimers() {
        Go.main(() -> {
            // Sleep(10ms) outlasts a 5 ms timer started before it: ordered by the timers'
            // deadlines, with no clock read by the test
            Chan<Object> early = Pkg.After(5 * Duration.MILLISECOND);
            Pkg.Sleep(10 * Duration.MILLISECOND);
            assertInstanceOf(Time.class, early.tryRecv().value(), "Sleep(10ms) returned before a 5 ms timer fired");
            Chan<Object> c = Pkg.After(5 * Duration.MILLISECOND);
            assertInstanceOf(Time.class, c.recv());
            assertNull(Pkg.Tick(0));
            Timer t = Pkg.NewTimer(Duration.HOUR);
            assertTrue(t.Stop());
            assertFalse(t.Stop());
            Ticker tk = Pkg.NewTicker(2 * Duration.MILLISECOND);
            tk.C.recv();
            tk.C.recv();
            tk.Reset(Duration.MILLISECOND);
            tk.C.recv();
            tk.Stop();
            AtomicBoolean ran = new AtomicBoolean();
            Chan<Object> done = new Chan<>(1);
            F$$V f = () -> {
                ran.set(true);
                done.send(true);
            };
            Pkg.AfterFunc(Duration.MILLISECOND, f);
            done.recv();
            assertTrue(ran.get());
        });
        assertThrows(GoPanic.class, () -> Pkg.NewTicker(0));
        assertThrows(GoPanic.class, () -> new Timer().Stop());
    }
}
