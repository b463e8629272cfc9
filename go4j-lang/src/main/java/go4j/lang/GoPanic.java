package go4j.lang;

import go4j.Panic;

/**
 * Go's {@code panic(v)}: a {@link Panic} holding the Go value {@code v}, which
 * {@code recover} returns. Its message is {@code v} as Go 1.19's {@code printpanicval} prints
 * it after {@code panic: }, so that go4j's panic report is Go's:
 *
 * <ul>
 *   <li>an {@code error}: its {@code Error()}; a {@code Stringer}: its {@code String()};</li>
 *   <li>an unnamed basic type: the value as Go's {@code print} writes it ({@code 42},
 *       {@code true}, a string plainly, a float as {@code +3.500000e+000});</li>
 *   <li>a named basic type: {@code main.S("x")}, {@code main.Celsius(+1.000000e+000)};</li>
 *   <li>anything else: its type and an address, {@code (main.T) 0xc000012345};</li>
 *   <li>nil: {@code nil}.</li>
 * </ul>
 *
 * <pre>{@code
 * GoPanic p = new GoPanic(42L);
 * p.getMessage(); // 42
 * p.value();      // 42L
 * }</pre>
 */
public final class GoPanic extends Panic {
    private static final long serialVersionUID = 1L;

    /** The panic's value; transient as Go values are not serializable. */
    private final transient Object value;

    /**
     * What the report prints before this panic's value: the earlier panics this one interrupted,
     * each as {@code value [recovered]} and a newline, tab and {@code panic: }; empty for most.
     */
    private final String history;

    /**
     * {@code panic(value)}.
     *
     * @param value the Go interface value (boxed per compiler.md), null for {@code panic(nil)}
     */
    public GoPanic(Object value) {
        this(value, printpanicval(value));
    }

    /** A panic whose report adds to the value's text (the nil dereference's signal line). */
    GoPanic(Object value, String message) {
        this(value, "", message);
    }

    private GoPanic(Object value, String history, String message) {
        super(history + message);
        this.value = value;
        this.history = history;
    }

    /**
     * {@code later}, thrown by a deferred call while {@code earlier} was in flight (or had just
     * been recovered by that call), as Go's {@code _panic.link} chain keeps the two: a panic of
     * the same value and frames whose report first lists {@code earlier}, marked
     * {@code [recovered]} if it was.
     *
     * @param earlier   the interrupted panic, itself perhaps with history
     * @param recovered whether the deferred call recovered {@code earlier} before panicking
     * @param later     the deferred call's panic
     * @return the panic to carry on with
     */
    static GoPanic following(Throwable earlier, boolean recovered, Throwable later) {
        String before = earlier instanceof GoPanic g ? g.history : "";
        before += printpanicval(Rt.panicValue(earlier)) + (recovered ? " [recovered]" : "") + "\n\tpanic: ";
        RuntimeException p = Rt.goPanic(later);
        String own = p instanceof GoPanic g ? g.getMessage().substring(g.history.length()) : p.getMessage();
        GoPanic chained = new GoPanic(Rt.panicValue(p), before, own);
        chained.setStackTrace(later.getStackTrace());
        return chained;
    }

    /**
     * Returns the panic's value, what {@code recover()} returns.
     *
     * @return the panic's value, what {@code recover()} returns
     */
    public Object value() {
        return value;
    }

    /**
     * The text of {@code v} after {@code panic: }, as Go prints it.
     *
     * @param v the Go interface value
     * @return its text
     */
    public static String printpanicval(Object v) {
        if (v instanceof GoError e) {
            return e.Error();
        }
        if (v instanceof Stringer s) {
            return s.String();
        }
        if (v == null) {
            return "nil";
        }
        RType t = RType.typeOf(v);
        Object raw = Values.unwrap(v);
        String basic = printBasic(t, raw);
        if (basic == null) {
            return "(" + t + ") " + Values.address(raw);
        }
        if (!t.isNamed()) {
            return basic;
        }
        return t.kind() == RType.Kind.STRING ? t + "(\"" + basic + "\")" : t + "(" + basic + ")";
    }

    /** Go's {@code print} of a basic value; null for other kinds. */
    private static String printBasic(RType t, Object raw) {
        RType.Kind k = t.kind();
        if (k.isSigned()) {
            return Long.toString(Values.toLong(raw, k));
        }
        if (k.isUnsigned()) {
            return Long.toUnsignedString(Values.toLong(raw, k));
        }
        return switch (k) {
            case BOOL, STRING -> raw.toString();
            case FLOAT32, FLOAT64 -> printfloat(((Number) raw).doubleValue());
            default -> null;
        };
    }

    /**
     * Go's runtime {@code printfloat}: a sign, 7 significant digits and a three-digit
     * exponent, {@code +1.500000e+000}; {@code NaN}, {@code +Inf}, {@code -Inf}.
     *
     * @param v the value
     * @return its text
     */
    public static String printfloat(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        final int digits = 7;
        char sign = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                sign = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                sign = '-';
            }
            // Normalise into [1, 10) and round at the 7th digit by the runtime's own float
            // steps, which a BigDecimal would round differently in the last digit.
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < digits; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        StringBuilder sb = new StringBuilder(16).append(sign);
        for (int i = 0; i < digits; i++) {
            int d = (int) v;
            sb.append((char) ('0' + d));
            if (i == 0) {
                sb.append('.');
            }
            v = (v - d) * 10;
        }
        sb.append('e').append(e < 0 ? '-' : '+');
        e = Math.abs(e);
        return sb.append((char) ('0' + e / 100)).append((char) ('0' + e / 10 % 10)).append((char) ('0' + e % 10))
                .toString();
    }
}
