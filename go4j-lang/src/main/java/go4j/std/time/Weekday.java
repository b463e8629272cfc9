package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

/**
 * Go's {@code time.Weekday}, a standard named type whose underlying type is {@code int}
 * (docs/compiler.md): a Weekday is a {@code long}, this class its box in an interface.
 *
 * <pre>{@code
 * Weekday.String(0);  // "Sunday"
 * Weekday.String(7);  // "%!Weekday(7)"
 * }</pre>
 */
public final class Weekday implements GoValue, Stringer {
    /** {@code time.Weekday}. */
    public static final RType TYPE = RType.named("time", "Weekday").setUnderlying(RType.INT);

    private static final String[] NAMES = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday"};

    /** The boxed value, 0 to 6 for a valid day. */
    public final long v;

    /** @param v the day, Sunday = 0 */
    public Weekday(long v) {
        this.v = v;
    }

    /** @return the English name of d, or {@code %!Weekday(d)} out of range */
    public static String String(long d) {
        return d >= 0 && d <= 6 ? NAMES[(int) d] : "%!Weekday(" + d + ")";
    }

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
        return o instanceof Weekday m && m.v == v;
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
