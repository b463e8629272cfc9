package go4j.std.time;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Go's {@code time.Parse} and {@code ParseInLocation}, as time/format.go does them: the layout
 * is cut into the reference time's elements ({@code 2006}, {@code Jan}, {@code 15},
 * {@code -07:00}, {@code .000}, ...) as {@link Layout} prints them, the text between them must
 * match exactly (a space matching any run of spaces), and each element reads its part of the
 * value with Go's rules and errors ({@link ParseError}: {@code cannot parse "x" as "2006"},
 * {@code month out of range}, {@code extra text}, ...). A numeric offset that is the local
 * zone's at that time gives a time in Local; otherwise a fixed zone, as in Go.
 *
 * <pre>{@code
 * Parse.parse("2006-01-02", "2024-02-29", Location.UTC, Location.LOCAL); // {Time, null}
 * }</pre>
 */
final class Parse {
    private Parse() {
    }

    // the elements, as Go's std constants (their order matters only to this class)
    private static final int LONG_MONTH = 1;
    private static final int MONTH = 2;
    private static final int NUM_MONTH = 3;
    private static final int ZERO_MONTH = 4;
    private static final int LONG_WEEKDAY = 5;
    private static final int WEEKDAY = 6;
    private static final int DAY = 7;
    private static final int UNDER_DAY = 8;
    private static final int ZERO_DAY = 9;
    private static final int UNDER_YEARDAY = 10;
    private static final int ZERO_YEARDAY = 11;
    private static final int HOUR = 12;
    private static final int HOUR12 = 13;
    private static final int ZERO_HOUR12 = 14;
    private static final int MINUTE = 15;
    private static final int ZERO_MINUTE = 16;
    private static final int SECOND = 17;
    private static final int ZERO_SECOND = 18;
    private static final int LONG_YEAR = 19;
    private static final int YEAR = 20;
    private static final int PM = 21;
    private static final int LOWER_PM = 22;
    private static final int TZ = 23;
    private static final int ISO_TZ = 24;
    private static final int ISO_SECONDS_TZ = 25;
    private static final int ISO_SHORT_TZ = 26;
    private static final int ISO_COLON_TZ = 27;
    private static final int ISO_COLON_SECONDS_TZ = 28;
    private static final int NUM_TZ = 29;
    private static final int NUM_SECONDS_TZ = 30;
    private static final int NUM_SHORT_TZ = 31;
    private static final int NUM_COLON_TZ = 32;
    private static final int NUM_COLON_SECONDS_TZ = 33;
    private static final int FRAC0 = 34;
    private static final int FRAC9 = 35;

    private static final int[] STD0X = {ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR};
    private static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    /** Thrown for Go's errBad: the element does not parse. */
    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad() {
            super(null, null, false, false);
        }
    }

    /** A layout cut at its next element: the text before it, the element (0: none) and its length in the layout, and the digits of a fraction. */
    private record Chunk(String prefix, int std, String stdstr, String suffix, int digits) {
    }

    private static boolean lower(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static boolean digit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static Chunk chunk(String l, int i, int std, int len) {
        return new Chunk(l.substring(0, i), std, l.substring(i, i + len), l.substring(i + len), 0);
    }

    /** Go's nextStdChunk. */
    static Chunk next(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            switch (c) {
                case 'J' -> {
                    if (l.startsWith("Jan", i)) {
                        if (l.startsWith("January", i)) {
                            return chunk(l, i, LONG_MONTH, 7);
                        }
                        if (!lower(l, i + 3)) {
                            return chunk(l, i, MONTH, 3);
                        }
                    }
                }
                case 'M' -> {
                    if (l.startsWith("Mon", i)) {
                        if (l.startsWith("Monday", i)) {
                            return chunk(l, i, LONG_WEEKDAY, 6);
                        }
                        if (!lower(l, i + 3)) {
                            return chunk(l, i, WEEKDAY, 3);
                        }
                    }
                    if (l.startsWith("MST", i)) {
                        return chunk(l, i, TZ, 3);
                    }
                }
                case '0' -> {
                    if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                        return chunk(l, i, STD0X[l.charAt(i + 1) - '1'], 2);
                    }
                    if (l.startsWith("002", i)) {
                        return chunk(l, i, ZERO_YEARDAY, 3);
                    }
                }
                case '1' -> {
                    if (i + 1 < l.length() && l.charAt(i + 1) == '5') {
                        return chunk(l, i, HOUR, 2);
                    }
                    return chunk(l, i, NUM_MONTH, 1);
                }
                case '2' -> {
                    if (l.startsWith("2006", i)) {
                        return chunk(l, i, LONG_YEAR, 4);
                    }
                    return chunk(l, i, DAY, 1);
                }
                case '_' -> {
                    if (i + 1 < l.length() && l.charAt(i + 1) == '2') {
                        if (l.startsWith("2006", i + 1)) {
                            return new Chunk(l.substring(0, i + 1), LONG_YEAR, "2006", l.substring(i + 5), 0);
                        }
                        return chunk(l, i, UNDER_DAY, 2);
                    }
                    if (l.startsWith("__2", i)) {
                        return chunk(l, i, UNDER_YEARDAY, 3);
                    }
                }
                case '3' -> {
                    return chunk(l, i, HOUR12, 1);
                }
                case '4' -> {
                    return chunk(l, i, MINUTE, 1);
                }
                case '5' -> {
                    return chunk(l, i, SECOND, 1);
                }
                case 'P' -> {
                    if (l.startsWith("PM", i)) {
                        return chunk(l, i, PM, 2);
                    }
                }
                case 'p' -> {
                    if (l.startsWith("pm", i)) {
                        return chunk(l, i, LOWER_PM, 2);
                    }
                }
                case '-' -> {
                    if (l.startsWith("-070000", i)) {
                        return chunk(l, i, NUM_SECONDS_TZ, 7);
                    }
                    if (l.startsWith("-07:00:00", i)) {
                        return chunk(l, i, NUM_COLON_SECONDS_TZ, 9);
                    }
                    if (l.startsWith("-0700", i)) {
                        return chunk(l, i, NUM_TZ, 5);
                    }
                    if (l.startsWith("-07:00", i)) {
                        return chunk(l, i, NUM_COLON_TZ, 6);
                    }
                    if (l.startsWith("-07", i)) {
                        return chunk(l, i, NUM_SHORT_TZ, 3);
                    }
                }
                case 'Z' -> {
                    if (l.startsWith("Z070000", i)) {
                        return chunk(l, i, ISO_SECONDS_TZ, 7);
                    }
                    if (l.startsWith("Z07:00:00", i)) {
                        return chunk(l, i, ISO_COLON_SECONDS_TZ, 9);
                    }
                    if (l.startsWith("Z0700", i)) {
                        return chunk(l, i, ISO_TZ, 5);
                    }
                    if (l.startsWith("Z07:00", i)) {
                        return chunk(l, i, ISO_COLON_TZ, 6);
                    }
                    if (l.startsWith("Z07", i)) {
                        return chunk(l, i, ISO_SHORT_TZ, 3);
                    }
                }
                case '.', ',' -> {
                    if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                        char ch = l.charAt(i + 1);
                        int j = i + 1;
                        while (j < l.length() && l.charAt(j) == ch) {
                            j++;
                        }
                        if (!digit(l, j)) {
                            return new Chunk(l.substring(0, i), ch == '9' ? FRAC9 : FRAC0, l.substring(i, j), l.substring(j),
                                    j - (i + 1));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Chunk(l, 0, "", "", 0);
    }

    private static boolean match(String s1, String s2) {
        for (int i = 0; i < s1.length(); i++) {
            int c1 = s1.charAt(i);
            int c2 = s2.charAt(i);
            if (c1 != c2) {
                c1 |= 'a' - 'A';
                c2 |= 'a' - 'A';
                if (c1 != c2 || c1 < 'a' || c1 > 'z') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The state of one parse: the value left, and what has been read. */
    private static final class In {
        String value;

        In(String value) {
            this.value = value;
        }

        int lookup(String[] tab) throws Bad {
            for (int i = 0; i < tab.length; i++) {
                String v = tab[i];
                if (value.length() >= v.length() && match(value.substring(0, v.length()), v)) {
                    value = value.substring(v.length());
                    return i;
                }
            }
            throw new Bad();
        }

        int getnum(boolean fixed) throws Bad {
            if (!digit(value, 0)) {
                throw new Bad();
            }
            if (!digit(value, 1)) {
                if (fixed) {
                    throw new Bad();
                }
                int n = value.charAt(0) - '0';
                value = value.substring(1);
                return n;
            }
            int n = (value.charAt(0) - '0') * 10 + value.charAt(1) - '0';
            value = value.substring(2);
            return n;
        }

        int getnum3(boolean fixed) throws Bad {
            int n = 0;
            int i = 0;
            for (; i < 3 && digit(value, i); i++) {
                n = n * 10 + value.charAt(i) - '0';
            }
            if (i == 0 || fixed && i != 3) {
                throw new Bad();
            }
            value = value.substring(i);
            return n;
        }
    }

    /** Go's atoi: an optional sign and decimal digits, all of s. */
    private static int atoi(String s) throws Bad {
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new Bad();
        }
        long x = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || x > (Long.MAX_VALUE - 9) / 10) {
                throw new Bad();
            }
            x = x * 10 + c - '0';
        }
        return (int) (neg ? -x : x);
    }

    /** {nanoseconds, or -1 for "fractional second" out of range}. */
    private static int nanos(String value, int nbytes) throws Bad {
        if (value.charAt(0) != '.' && value.charAt(0) != ',') {
            throw new Bad();
        }
        if (nbytes > 10) {
            value = value.substring(0, 10);
            nbytes = 10;
        }
        int ns = atoi(value.substring(1, nbytes));
        if (ns < 0) {
            return -1;
        }
        for (int i = 0; i < 10 - nbytes; i++) {
            ns *= 10;
        }
        return ns;
    }

    private static String skip(String value, String prefix) throws Bad {
        while (!prefix.isEmpty()) {
            if (prefix.charAt(0) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') {
                    throw new Bad();
                }
                prefix = cut(prefix);
                value = cut(value);
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) {
                throw new Bad();
            }
            prefix = prefix.substring(1);
            value = value.substring(1);
        }
        return value;
    }

    private static String cut(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    /** Go's parseTimeZone: the length of a zone abbreviation at the value's start, or 0. */
    private static int timeZone(String v) {
        if (v.length() < 3) {
            return 0;
        }
        if (v.startsWith("ChST") || v.startsWith("MeST")) {
            return 4;
        }
        if (v.startsWith("GMT")) {
            return v.length() == 3 ? 3 : 3 + signedOffset(v.substring(3));
        }
        if (v.charAt(0) == '+' || v.charAt(0) == '-') {
            return signedOffset(v);
        }
        int n = 0;
        while (n < 6 && n < v.length() && v.charAt(n) >= 'A' && v.charAt(n) <= 'Z') {
            n++;
        }
        return switch (n) {
            case 5 -> v.charAt(4) == 'T' ? 5 : 0;
            case 4 -> v.charAt(3) == 'T' || v.startsWith("WITA") ? 4 : 0;
            case 3 -> 3;
            default -> 0;
        };
    }

    private static int signedOffset(String v) {
        if (v.isEmpty() || v.charAt(0) != '-' && v.charAt(0) != '+') {
            return 0;
        }
        int i = 1;
        long x = 0;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            x = x * 10 + v.charAt(i) - '0';
            if (x > 1 << 30) {
                return 0;
            }
            i++;
        }
        if (i == 1 || x > 23) {
            return 0;
        }
        return i;
    }

    private static boolean leap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static int daysIn(int month, int year) {
        if (month == 2 && leap(year)) {
            return 29;
        }
        return DAYS_BEFORE[month] - DAYS_BEFORE[month - 1];
    }

    private static Object[] fail(String layout, String value, String le, String ve, String msg) {
        return new Object[] {new Time(), new ParseError(layout, value, le, ve, msg)};
    }

    /**
     * Go's parse.
     *
     * @param layout          a Go layout
     * @param value           the text
     * @param defaultLocation where a time without zone information is (UTC for Parse)
     * @param local           the zone a matching offset or abbreviation means (Local for Parse)
     * @return {Time, error or null}
     */
    static Object[] parse(String layout, String value, Location defaultLocation, Location local) {
        String alayout = layout;
        String avalue = value;
        String rangeErr = "";
        boolean amSet = false;
        boolean pmSet = false;
        int year = 0;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int nsec = 0;
        Location z = null;
        int zoneOffset = -1;
        String zoneName = "";
        In in = new In(value);
        while (true) {
            Chunk c = next(layout);
            try {
                in.value = skip(in.value, c.prefix());
            } catch (Bad e) {
                return fail(alayout, avalue, c.prefix(), in.value, "");
            }
            if (c.std() == 0) {
                if (!in.value.isEmpty()) {
                    return fail(alayout, avalue, "", in.value, ": extra text: " + ParseError.quote(in.value));
                }
                break;
            }
            layout = c.suffix();
            int std = c.std();
            try {
                switch (std) {
                    case YEAR -> {
                        if (in.value.length() < 2) {
                            throw new Bad();
                        }
                        String hold = in.value;
                        String p = in.value.substring(0, 2);
                        in.value = in.value.substring(2);
                        try {
                            year = atoi(p);
                        } catch (Bad e) {
                            in.value = hold;
                            throw e;
                        }
                        year += year >= 69 ? 1900 : 2000;
                    }
                    case LONG_YEAR -> {
                        if (in.value.length() < 4 || !digit(in.value, 0)) {
                            throw new Bad();
                        }
                        String p = in.value.substring(0, 4);
                        in.value = in.value.substring(4);
                        year = atoi(p);
                    }
                    case MONTH -> month = in.lookup(SHORT_MONTHS) + 1;
                    case LONG_MONTH -> month = in.lookup(LONG_MONTHS) + 1;
                    case NUM_MONTH, ZERO_MONTH -> {
                        month = in.getnum(std == ZERO_MONTH);
                        if (month <= 0 || 12 < month) {
                            rangeErr = "month";
                        }
                    }
                    case WEEKDAY -> in.lookup(SHORT_DAYS);
                    case LONG_WEEKDAY -> in.lookup(LONG_DAYS);
                    case DAY, UNDER_DAY, ZERO_DAY -> {
                        if (std == UNDER_DAY && !in.value.isEmpty() && in.value.charAt(0) == ' ') {
                            in.value = in.value.substring(1);
                        }
                        day = in.getnum(std == ZERO_DAY);
                    }
                    case UNDER_YEARDAY, ZERO_YEARDAY -> {
                        for (int i = 0; i < 2; i++) {
                            if (std == UNDER_YEARDAY && !in.value.isEmpty() && in.value.charAt(0) == ' ') {
                                in.value = in.value.substring(1);
                            }
                        }
                        yday = in.getnum3(std == ZERO_YEARDAY);
                    }
                    case HOUR -> {
                        hour = in.getnum(false);
                        if (hour < 0 || 24 <= hour) {
                            rangeErr = "hour";
                        }
                    }
                    case HOUR12, ZERO_HOUR12 -> {
                        hour = in.getnum(std == ZERO_HOUR12);
                        if (hour < 0 || 12 < hour) {
                            rangeErr = "hour";
                        }
                    }
                    case MINUTE, ZERO_MINUTE -> {
                        min = in.getnum(std == ZERO_MINUTE);
                        if (min < 0 || 60 <= min) {
                            rangeErr = "minute";
                        }
                    }
                    case SECOND, ZERO_SECOND -> {
                        sec = in.getnum(std == ZERO_SECOND);
                        if (sec < 0 || 60 <= sec) {
                            rangeErr = "second";
                            break;
                        }
                        // a fractional second after the seconds, not in the layout, is read too
                        String v = in.value;
                        if (v.length() >= 2 && (v.charAt(0) == '.' || v.charAt(0) == ',') && digit(v, 1)) {
                            int ns = next(layout).std();
                            if (ns == FRAC0 || ns == FRAC9) {
                                break;
                            }
                            int n = 2;
                            while (n < v.length() && digit(v, n)) {
                                n++;
                            }
                            nsec = nanos(v, n);
                            if (nsec < 0) {
                                rangeErr = "fractional second";
                            }
                            in.value = v.substring(n);
                        }
                    }
                    case PM, LOWER_PM -> {
                        if (in.value.length() < 2) {
                            throw new Bad();
                        }
                        String p = in.value.substring(0, 2);
                        in.value = in.value.substring(2);
                        String pm = std == PM ? "PM" : "pm";
                        String am = std == PM ? "AM" : "am";
                        if (p.equals(pm)) {
                            pmSet = true;
                        } else if (p.equals(am)) {
                            amSet = true;
                        } else {
                            throw new Bad();
                        }
                    }
                    case ISO_TZ, ISO_COLON_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_SECONDS_TZ, NUM_TZ, NUM_SHORT_TZ,
                            NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
                        String v = in.value;
                        if ((std == ISO_TZ || std == ISO_SHORT_TZ || std == ISO_COLON_TZ) && !v.isEmpty() && v.charAt(0) == 'Z') {
                            in.value = v.substring(1);
                            z = Location.UTC;
                            break;
                        }
                        String sign;
                        String hh;
                        String mm;
                        String ss;
                        if (std == ISO_COLON_TZ || std == NUM_COLON_TZ) {
                            if (v.length() < 6 || v.charAt(3) != ':') {
                                throw new Bad();
                            }
                            sign = v.substring(0, 1);
                            hh = v.substring(1, 3);
                            mm = v.substring(4, 6);
                            ss = "00";
                            in.value = v.substring(6);
                        } else if (std == NUM_SHORT_TZ || std == ISO_SHORT_TZ) {
                            if (v.length() < 3) {
                                throw new Bad();
                            }
                            sign = v.substring(0, 1);
                            hh = v.substring(1, 3);
                            mm = "00";
                            ss = "00";
                            in.value = v.substring(3);
                        } else if (std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
                            if (v.length() < 9 || v.charAt(3) != ':' || v.charAt(6) != ':') {
                                throw new Bad();
                            }
                            sign = v.substring(0, 1);
                            hh = v.substring(1, 3);
                            mm = v.substring(4, 6);
                            ss = v.substring(7, 9);
                            in.value = v.substring(9);
                        } else if (std == ISO_SECONDS_TZ || std == NUM_SECONDS_TZ) {
                            if (v.length() < 7) {
                                throw new Bad();
                            }
                            sign = v.substring(0, 1);
                            hh = v.substring(1, 3);
                            mm = v.substring(3, 5);
                            ss = v.substring(5, 7);
                            in.value = v.substring(7);
                        } else {
                            if (v.length() < 5) {
                                throw new Bad();
                            }
                            sign = v.substring(0, 1);
                            hh = v.substring(1, 3);
                            mm = v.substring(3, 5);
                            ss = "00";
                            in.value = v.substring(5);
                        }
                        zoneOffset = (atoi(hh) * 60 + atoi(mm)) * 60 + atoi(ss);
                        switch (sign.charAt(0)) {
                            case '+' -> {
                            }
                            case '-' -> zoneOffset = -zoneOffset;
                            default -> throw new Bad();
                        }
                    }
                    case TZ -> {
                        if (in.value.startsWith("UTC")) {
                            z = Location.UTC;
                            in.value = in.value.substring(3);
                            break;
                        }
                        int n = timeZone(in.value);
                        if (n == 0) {
                            throw new Bad();
                        }
                        zoneName = in.value.substring(0, n);
                        in.value = in.value.substring(n);
                    }
                    case FRAC0 -> {
                        int ndigit = 1 + c.digits();
                        if (in.value.length() < ndigit) {
                            throw new Bad();
                        }
                        nsec = nanos(in.value, ndigit);
                        if (nsec < 0) {
                            rangeErr = "fractional second";
                        }
                        in.value = in.value.substring(ndigit);
                    }
                    case FRAC9 -> {
                        String v = in.value;
                        if (v.length() < 2 || v.charAt(0) != '.' && v.charAt(0) != ',' || !digit(v, 1)) {
                            break;
                        }
                        int i = 0;
                        while (i < 9 && i + 1 < v.length() && digit(v, i + 1)) {
                            i++;
                        }
                        nsec = nanos(v, 1 + i);
                        if (nsec < 0) {
                            rangeErr = "fractional second";
                        }
                        in.value = v.substring(1 + i);
                    }
                    default -> {
                    }
                }
            } catch (Bad e) {
                if (!rangeErr.isEmpty()) {
                    return fail(alayout, avalue, c.stdstr(), in.value, ": " + rangeErr + " out of range");
                }
                return fail(alayout, avalue, c.stdstr(), in.value, "");
            }
            if (!rangeErr.isEmpty()) {
                return fail(alayout, avalue, c.stdstr(), in.value, ": " + rangeErr + " out of range");
            }
        }
        if (pmSet && hour < 12) {
            hour += 12;
        } else if (amSet && hour == 12) {
            hour = 0;
        }
        if (yday >= 0) {
            int d = 0;
            int m = 0;
            if (leap(year)) {
                if (yday == 31 + 29) {
                    m = 2;
                    d = 29;
                } else if (yday > 31 + 29) {
                    yday--;
                }
            }
            if (yday < 1 || yday > 365) {
                return fail(alayout, avalue, "", in.value, ": day-of-year out of range");
            }
            if (m == 0) {
                m = (yday - 1) / 31 + 1;
                if (DAYS_BEFORE[m] < yday) {
                    m++;
                }
                d = yday - DAYS_BEFORE[m - 1];
            }
            if (month >= 0 && month != m) {
                return fail(alayout, avalue, "", in.value, ": day-of-year does not match month");
            }
            month = m;
            if (day >= 0 && day != d) {
                return fail(alayout, avalue, "", in.value, ": day-of-year does not match day");
            }
            day = d;
        } else {
            if (month < 0) {
                month = 1;
            }
            if (day < 0) {
                day = 1;
            }
        }
        if (day < 1 || day > daysIn(month, year)) {
            return fail(alayout, avalue, "", in.value, ": day out of range");
        }
        if (z != null) {
            return new Object[] {Pkg.Date(year, month, day, hour, min, sec, nsec, z), null};
        }
        if (zoneOffset != -1) {
            Time t = Pkg.Date(year, month, day, hour, min, sec, nsec, Location.UTC).Add(-zoneOffset * 1_000_000_000L);
            Instant at = Instant.ofEpochSecond(t.Unix());
            int localOffset = local.zone().getRules().getOffset(at).getTotalSeconds();
            if (localOffset == zoneOffset && (zoneName.isEmpty() || zoneName.equals(abbreviation(local, at)))) {
                return new Object[] {t.In(local), null};
            }
            return new Object[] {t.In(Pkg.FixedZone(zoneName, zoneOffset)), null};
        }
        if (!zoneName.isEmpty()) {
            Time t = Pkg.Date(year, month, day, hour, min, sec, nsec, Location.UTC);
            Instant at = Instant.ofEpochSecond(t.Unix());
            if (zoneName.equals(abbreviation(local, at))) {
                int off = local.zone().getRules().getOffset(at).getTotalSeconds();
                return new Object[] {t.Add(-off * 1_000_000_000L).In(local), null};
            }
            int offset = 0;
            if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
                try {
                    offset = atoi(zoneName.substring(3)) * 3600;
                } catch (Bad e) {
                    offset = 0;
                }
            }
            return new Object[] {t.In(Pkg.FixedZone(zoneName, offset)), null};
        }
        return new Object[] {Pkg.Date(year, month, day, hour, min, sec, nsec, defaultLocation), null};
    }

    /** The zone's abbreviation at an instant, as Format prints it. */
    private static String abbreviation(Location loc, Instant at) {
        return Time.abbreviation(loc == Location.UTC ? null : loc, at.atZone(loc.zone()));
    }
}
