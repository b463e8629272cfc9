package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

/**
 * Go's {@code time.Month}, a standard named type whose underlying type is {@code int}
 * (docs/compiler.md): a Month is a {@code long}, this class its box in an interface.
 *
 * <pre>{@code
 * Month.String(1);   // "January"
 * Month.String(13);  // "%!Month(13)"
 * }</pre>
 */
public final class Month implements GoValue, Stringer {
    /** {@code time.Month}. */
    public static final RType TYPE = RType.named("time", "Month").setUnderlying(RType.INT);

    private static final String[] NAMES = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    /** The boxed value, 1 to 12 for a valid month. */
    public final long v;

    /** @param v the month, January = 1 */
    public Month(long v) {
        this.v = v;
    }

    /** @return the English name of m, or {@code %!Month(m)} out of range */
    public static String String(long m) {
        return m >= 1 && m <= 12 ? NAMES[(int) m - 1] : "%!Month(" + m + ")";
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
        return o instanceof Month m && m.v == v;
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
