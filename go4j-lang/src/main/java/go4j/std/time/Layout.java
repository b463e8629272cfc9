package go4j.std.time;

import java.time.ZonedDateTime;

/**
 * Go's time formatting by example: a layout is text in which the parts of Go's reference
 * time, Mon Jan 2 15:04:05 MST 2006, stand for the same parts of the time formatted
 * ({@code 2006} the year, {@code 01} the month, {@code .000} milliseconds, {@code -07:00} the
 * offset, ...); everything else is copied. Layouts and results are Go strings (bytes).
 *
 * <pre>{@code
 * Layout.format(t, "UTC", "2006-01-02T15:04:05Z07:00"); // 2009-11-10T23:00:00Z
 * }</pre>
 */
final class Layout {
    private Layout() {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    /** Offset layouts, longest first: a sign (or Z for zero) then hours, minutes, seconds. */
    private static final String[] ZONES = {"070000", "07:00:00", "0700", "07:00", "07"};

    /**
     * @param t      the time, in its zone
     * @param abbrev the zone's abbreviation ("" for none: MST prints the offset)
     * @param layout a Go layout
     * @return t formatted
     */
    static String format(ZonedDateTime t, String abbrev, String layout) {
        StringBuilder sb = new StringBuilder(layout.length() + 10);
        int n = layout.length();
        int i = 0;
        while (i < n) {
            int used = chunk(sb, t, abbrev, layout, i);
            if (used == 0) {
                sb.append(layout.charAt(i));
                used = 1;
            }
            i += used;
        }
        return sb.toString();
    }

    /** Formats the reference part starting at i, if one does; returns its length, or 0. */
    private static int chunk(StringBuilder sb, ZonedDateTime t, String abbrev, String l, int i) {
        int month = t.getMonthValue();
        int hour = t.getHour();
        switch (l.charAt(i)) {
            case 'J' -> {
                if (l.startsWith("January", i)) {
                    sb.append(MONTHS[month - 1]);
                    return 7;
                }
                if (l.startsWith("Jan", i)) {
                    sb.append(MONTHS[month - 1], 0, 3);
                    return 3;
                }
            }
            case 'M' -> {
                String day = DAYS[t.getDayOfWeek().getValue() % 7];
                if (l.startsWith("Monday", i)) {
                    sb.append(day);
                    return 6;
                }
                if (l.startsWith("Mon", i)) {
                    sb.append(day, 0, 3);
                    return 3;
                }
                if (l.startsWith("MST", i)) {
                    if (abbrev.isEmpty()) {
                        offset(sb, t.getOffset().getTotalSeconds(), "0700");
                    } else {
                        sb.append(abbrev);
                    }
                    return 3;
                }
            }
            case '0' -> {
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    switch (l.charAt(i + 1)) {
                        case '1' -> pad(sb, month, 2, '0');
                        case '2' -> pad(sb, t.getDayOfMonth(), 2, '0');
                        case '3' -> pad(sb, hour12(hour), 2, '0');
                        case '4' -> pad(sb, t.getMinute(), 2, '0');
                        case '5' -> pad(sb, t.getSecond(), 2, '0');
                        default -> pad(sb, Math.floorMod(t.getYear(), 100), 2, '0');
                    }
                    return 2;
                }
            }
            case '1' -> {
                if (l.startsWith("15", i)) {
                    pad(sb, hour, 2, '0');
                    return 2;
                }
                sb.append(month);
                return 1;
            }
            case '2' -> {
                if (l.startsWith("2006", i)) {
                    int y = t.getYear();
                    if (y < 0) {
                        sb.append('-');
                    }
                    pad(sb, Math.abs(y), 4, '0');
                    return 4;
                }
                sb.append(t.getDayOfMonth());
                return 1;
            }
            case '_' -> {
                if (l.startsWith("_2", i) && !l.startsWith("_2006", i)) {
                    pad(sb, t.getDayOfMonth(), 2, ' ');
                    return 2;
                }
            }
            case '3' -> {
                sb.append(hour12(hour));
                return 1;
            }
            case '4' -> {
                sb.append(t.getMinute());
                return 1;
            }
            case '5' -> {
                sb.append(t.getSecond());
                return 1;
            }
            case 'P' -> {
                if (l.startsWith("PM", i)) {
                    sb.append(hour >= 12 ? "PM" : "AM");
                    return 2;
                }
            }
            case 'p' -> {
                if (l.startsWith("pm", i)) {
                    sb.append(hour >= 12 ? "pm" : "am");
                    return 2;
                }
            }
            case '-', 'Z' -> {
                for (String z : ZONES) {
                    if (l.startsWith(z, i + 1)) {
                        int off = t.getOffset().getTotalSeconds();
                        if (l.charAt(i) == 'Z' && off == 0) {
                            sb.append('Z');
                        } else {
                            offset(sb, off, z);
                        }
                        return 1 + z.length();
                    }
                }
            }
            case '.', ',' -> {
                if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                    char digit = l.charAt(i + 1);
                    int j = i + 1;
                    while (j < l.length() && l.charAt(j) == digit) {
                        j++;
                    }
                    if (j < l.length() && l.charAt(j) >= '0' && l.charAt(j) <= '9') {
                        return 0; // digits run on: not a fraction
                    }
                    fraction(sb, l.charAt(i), t.getNano(), j - i - 1, digit == '9');
                    return j - i;
                }
            }
            default -> {
            }
        }
        return 0;
    }

    private static int hour12(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    private static void pad(StringBuilder sb, int v, int width, char fill) {
        String s = Integer.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append(fill);
        }
        sb.append(s);
    }

    /** An offset as the zone layout z (after its sign) has it: hours, then minutes, seconds. */
    private static void offset(StringBuilder sb, int off, String z) {
        sb.append(off < 0 ? '-' : '+');
        off = Math.abs(off);
        pad(sb, off / 3600, 2, '0');
        boolean colon = z.contains(":");
        if (z.length() > 2) {
            if (colon) {
                sb.append(':');
            }
            pad(sb, off / 60 % 60, 2, '0');
        }
        if (z.equals("070000") || z.equals("07:00:00")) {
            if (colon) {
                sb.append(':');
            }
            pad(sb, off % 60, 2, '0');
        }
    }

    /** The first digits of the nanoseconds; with trim (9s), without trailing zeros, or nothing. */
    private static void fraction(StringBuilder sb, char sep, int nanos, int digits, boolean trim) {
        String f = String.format("%09d", nanos).substring(0, Math.min(digits, 9));
        if (trim) {
            int end = f.length();
            while (end > 0 && f.charAt(end - 1) == '0') {
                end--;
            }
            if (end == 0) {
                return;
            }
            f = f.substring(0, end);
        }
        sb.append(sep).append(f);
    }
}
