package go4j.lang;

import java.util.Arrays;

/**
 * Go's {@code ==} and hashing over interface values and raw values (see {@link Values}): what
 * interface comparison, {@link Typed} and {@link GoMap} keys use.
 *
 * <p>Go's rules, not Java's: float {@code NaN != NaN} and {@code -0.0 == +0.0}; values of
 * different dynamic types are unequal; arrays and structs compare element by element; comparing
 * or hashing a value of an uncomparable dynamic type (a slice, map or func, or an array or struct
 * holding one) panics, with {@code comparing uncomparable type []int} or
 * {@code hash of unhashable type []int}.
 *
 * <pre>{@code
 * Eq.equal(1L, 1L);                 // true
 * Eq.equal(1L, 1);                  // false: int and int32
 * Eq.equal(Double.NaN, Double.NaN); // false
 * }</pre>
 */
public final class Eq {
    private Eq() {
    }

    /**
     * Go's {@code a == b} for interface values.
     *
     * @param a an interface value
     * @param b an interface value
     * @return whether they are equal
     * @throws GoPanic {@code comparing uncomparable type T} when both have the uncomparable type T
     */
    public static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        RType ta = RType.typeOf(a);
        if (ta != RType.typeOf(b)) {
            return false;
        }
        if (!ta.comparable()) {
            throw RuntimeError.uncomparable(ta);
        }
        return valueEqual(ta, Values.unwrap(a), Values.unwrap(b));
    }

    /**
     * Go's hash of an interface value, consistent with {@link #equal}.
     *
     * @param a an interface value
     * @return its hash
     * @throws GoPanic {@code hash of unhashable type T} for an uncomparable dynamic type T
     */
    public static int hash(Object a) {
        if (a == null) {
            return 0;
        }
        RType t = RType.typeOf(a);
        if (!t.comparable()) {
            throw RuntimeError.unhashable(t);
        }
        return t.hashCode() * 31 + valueHash(t, Values.unwrap(a));
    }

    /**
     * Go's {@code ==} for two raw values of the comparable type {@code t}.
     *
     * @param t the type
     * @param x a raw value
     * @param y a raw value
     * @return whether they are equal
     */
    public static boolean valueEqual(RType t, Object x, Object y) {
        switch (t.kind()) {
            case INTERFACE:
                return equal(x, y);
            case FLOAT64, FLOAT32:
                return ((Number) x).doubleValue() == ((Number) y).doubleValue();
            case ARRAY:
                return arrayEqual(t.elem(), x, y);
            case STRUCT:
                for (RType.Field f : t.fields()) {
                    if (!f.name().equals("_")
                            && !valueEqual(f.type(), Values.field(x, f.name()), Values.field(y, f.name()))) {
                        return false;
                    }
                }
                return true;
            case POINTER, CHAN, UNSAFE_POINTER:
                return x == y || (x != null && x.equals(y)); // a Pointer to one element equals another
            default:
                if (t.kind().isSigned() || t.kind().isUnsigned()) {
                    return Values.toLong(x, t.kind()) == Values.toLong(y, t.kind());
                }
                return x.equals(y); // bool, string
        }
    }

    private static boolean arrayEqual(RType elem, Object x, Object y) {
        return switch (x) {
            case long[] a -> Arrays.equals(a, (long[]) y);
            case int[] a -> Arrays.equals(a, (int[]) y);
            case byte[] a -> Arrays.equals(a, (byte[]) y);
            case boolean[] a -> Arrays.equals(a, (boolean[]) y);
            case double[] a -> {
                double[] b = (double[]) y;
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        yield false;
                    }
                }
                yield true;
            }
            case float[] a -> {
                float[] b = (float[]) y;
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> {
                Object[] a = (Object[]) x;
                Object[] b = (Object[]) y;
                for (int i = 0; i < a.length; i++) {
                    if (!valueEqual(elem, a[i], b[i])) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    /**
     * A hash of a raw value of the comparable type {@code t}, consistent with
     * {@link #valueEqual}.
     *
     * @param t the type
     * @param x a raw value
     * @return its hash
     */
    public static int valueHash(RType t, Object x) {
        switch (t.kind()) {
            case INTERFACE:
                return hash(x);
            case FLOAT64, FLOAT32: {
                double d = ((Number) x).doubleValue();
                return d == 0 ? 0 : Double.hashCode(d); // -0.0 == +0.0
            }
            case ARRAY: {
                int h = 1;
                int n = (int) t.length();
                for (int i = 0; i < n; i++) {
                    h = h * 31 + valueHash(t.elem(), java.lang.reflect.Array.get(x, i));
                }
                return h;
            }
            case STRUCT: {
                int h = 1;
                for (RType.Field f : t.fields()) {
                    if (!f.name().equals("_")) {
                        h = h * 31 + valueHash(f.type(), Values.field(x, f.name()));
                    }
                }
                return h;
            }
            case POINTER, CHAN, UNSAFE_POINTER:
                return x == null ? 0 : x.hashCode();
            default:
                if (t.kind().isSigned() || t.kind().isUnsigned()) {
                    return Long.hashCode(Values.toLong(x, t.kind()));
                }
                return x.hashCode();
        }
    }
}
