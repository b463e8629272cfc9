package go4j.compiler.types;

import go4j.compiler.syntax.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact constant arithmetic (spec "Constant expressions") over the values an {@link
 * Obj.Value} holds: {@link BigInteger} for integer and rune constants, {@link BigDecimal}
 * for float constants, {@link String} (one char per byte) and {@link Boolean}.
 *
 * <p>While checking, float constants computed by operations are exact rationals ({@link
 * Rat}), as Go's are, so {@code 1.0 / 3 * 3} is {@code 1}; what the checker records in an
 * {@link Obj.Value} is a {@link BigDecimal} ({@link #exported}). A literal too large for
 * exact arithmetic (an exponent in the thousands) stays a BigDecimal computed with {@link
 * #MC} digits.
 */
final class Constants {
    /** The precision of float constant arithmetic. */
    static final MathContext MC = new MathContext(100, RoundingMode.HALF_EVEN);
    /** Quotients keep more digits than {@link #MC}, so that rounding a later product to MC undoes them: (1.0/3)*3 == 1. */
    private static final MathContext QUO = new MathContext(110, RoundingMode.HALF_EVEN);

    private Constants() {
    }

    /** An exact rational float constant: num/den in lowest terms, den > 0. */
    record Rat(BigInteger num, BigInteger den) {
        static Rat of(BigInteger num, BigInteger den) {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return new Rat(num, den);
        }

        /** @return the decimal value, exact when it terminates, else to {@link #MC} digits */
        BigDecimal decimal() {
            BigDecimal n = new BigDecimal(num);
            if (den.equals(BigInteger.ONE)) {
                return n;
            }
            try {
                return n.divide(new BigDecimal(den));
            } catch (ArithmeticException e) {
                return n.divide(new BigDecimal(den), MC);
            }
        }
    }

    /** A complex constant while checking: real and imaginary parts, each a numeric value. */
    record Cx(Object re, Object im) {
    }

    /** @return a value read back from an Obj.Value in the form arithmetic takes */
    static Object internal(Object v) {
        return v instanceof ComplexValue c ? new Cx(c.re(), c.im()) : v;
    }

    private static Object re(Object v) {
        return v instanceof Cx c ? c.re() : v;
    }

    private static Object im(Object v) {
        return v instanceof Cx c ? c.im() : BigInteger.ZERO;
    }

    /** @return x op y for complex operands (either may be real), or null */
    private static Object complexBinary(Object x, Token op, Object y) {
        Object a = re(x), b = im(x), c = re(y), d = im(y);
        return switch (op) {
            case ADD -> new Cx(binary(a, Token.ADD, c, false), binary(b, Token.ADD, d, false));
            case SUB -> new Cx(binary(a, Token.SUB, c, false), binary(b, Token.SUB, d, false));
            case MUL -> new Cx(binary(binary(a, Token.MUL, c, false), Token.SUB, binary(b, Token.MUL, d, false), false),
                    binary(binary(a, Token.MUL, d, false), Token.ADD, binary(b, Token.MUL, c, false), false));
            case QUO -> {
                Object den = binary(binary(c, Token.MUL, c, false), Token.ADD, binary(d, Token.MUL, d, false), false);
                Object reN = binary(binary(a, Token.MUL, c, false), Token.ADD, binary(b, Token.MUL, d, false), false);
                Object imN = binary(binary(b, Token.MUL, c, false), Token.SUB, binary(a, Token.MUL, d, false), false);
                yield new Cx(binary(reN, Token.QUO, den, false), binary(imN, Token.QUO, den, false));
            }
            default -> null;
        };
    }

    private static final int MAX_EXACT_SCALE = 2000;

    /** @return v as an exact rational, or null if it is too large for one */
    static Rat rat(Object v) {
        if (v instanceof Rat r) {
            return r;
        }
        if (v instanceof BigInteger i) {
            return new Rat(i, BigInteger.ONE);
        }
        BigDecimal d = (BigDecimal) v;
        if (Math.abs(d.scale()) > MAX_EXACT_SCALE || d.precision() > MAX_EXACT_SCALE) {
            return null;
        }
        if (d.scale() <= 0) {
            return new Rat(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
        }
        return Rat.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** @return the value as an Obj.Value holds it: a Rat becomes a BigDecimal */
    static Object exported(Object v) {
        if (v instanceof Cx c) {
            return new ComplexValue(toFloat(c.re()), toFloat(c.im()));
        }
        return v instanceof Rat r ? r.decimal() : v;
    }

    /** A key under which equal numeric constants collide (map literal keys, switch cases). */
    static Object key(Object v) {
        if (v instanceof Cx c) {
            return isZero(c.im()) ? key(c.re()) : java.util.List.of(key(c.re()), key(c.im()));
        }
        if (isNumeric(v)) {
            Rat r = rat(v);
            return r != null ? r : ((BigDecimal) v).stripTrailingZeros();
        }
        return v;
    }

    static boolean isFloat(Object v) {
        return v instanceof BigDecimal || v instanceof Rat;
    }

    static BigDecimal toFloat(Object v) {
        if (v instanceof Cx c) {
            return toFloat(c.re());
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Rat r) {
            return r.decimal();
        }
        return (BigDecimal) v;
    }

    /** @return v as a float constant value (exact where it can be) */
    static Object asFloat(Object v) {
        if (v instanceof Cx c) {
            return asFloat(c.re());
        }
        Rat r = rat(v);
        return r != null ? r : toFloat(v);
    }

    /** @return the integer value of v if it is integral, else null */
    static BigInteger toInt(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Rat r) {
            return r.den().equals(BigInteger.ONE) ? r.num() : null;
        }
        if (v instanceof Cx c) {
            return isZero(c.im()) ? toInt(c.re()) : null;
        }
        if (v instanceof BigDecimal d) {
            if (d.signum() == 0) {
                return BigInteger.ZERO;
            }
            BigDecimal r = d.stripTrailingZeros();
            if (r.scale() <= 0) {
                if (r.precision() - r.scale() > 4000) {
                    return null; // too large to be useful
                }
                return r.toBigIntegerExact();
            }
        }
        return null;
    }

    static boolean isInt(Object v) {
        return v instanceof BigInteger;
    }

    static boolean isNumeric(Object v) {
        return v instanceof BigInteger || v instanceof BigDecimal || v instanceof Rat || v instanceof Cx;
    }

    static int sign(Object v) {
        if (v instanceof Cx c) {
            return sign(c.re()) != 0 ? sign(c.re()) : sign(c.im());
        }
        return v instanceof BigInteger i ? i.signum() : v instanceof Rat r ? r.num().signum() : ((BigDecimal) v).signum();
    }

    /** @return x op y, or null for an invalid operation (never for division by zero: callers check) */
    static Object binary(Object x, Token op, Object y, boolean intDivision) {
        if (x instanceof String a && y instanceof String b && op == Token.ADD) {
            return a + b;
        }
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return switch (op) {
                case LAND -> a && b;
                case LOR -> a || b;
                default -> null;
            };
        }
        if (x instanceof BigInteger a && y instanceof BigInteger b && (intDivision || op != Token.QUO)) {
            return switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.multiply(b);
                case QUO -> a.divide(b);
                case REM -> a.remainder(b);
                case AND -> a.and(b);
                case OR -> a.or(b);
                case XOR -> a.xor(b);
                case AND_NOT -> a.andNot(b);
                default -> null;
            };
        }
        if (x instanceof Cx || y instanceof Cx) {
            return isNumeric(x) && isNumeric(y) ? complexBinary(x, op, y) : null;
        }
        if (isNumeric(x) && isNumeric(y)) {
            Rat p = rat(x);
            Rat q = rat(y);
            if (p != null && q != null) {
                return switch (op) {
                    case ADD -> Rat.of(p.num().multiply(q.den()).add(q.num().multiply(p.den())), p.den().multiply(q.den()));
                    case SUB -> Rat.of(p.num().multiply(q.den()).subtract(q.num().multiply(p.den())), p.den().multiply(q.den()));
                    case MUL -> Rat.of(p.num().multiply(q.num()), p.den().multiply(q.den()));
                    case QUO -> Rat.of(p.num().multiply(q.den()), p.den().multiply(q.num()));
                    default -> null;
                };
            }
            BigDecimal a = toFloat(x);
            BigDecimal b = toFloat(y);
            return switch (op) {
                case ADD -> a.add(b, MC);
                case SUB -> a.subtract(b, MC);
                case MUL -> a.multiply(b, MC);
                case QUO -> a.divide(b, QUO);
                default -> null;
            };
        }
        return null;
    }

    static boolean compare(Object x, Token op, Object y) {
        int c;
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return op == Token.EQL ? a.equals(b) : !a.equals(b);
        } else if (x instanceof Cx || y instanceof Cx) {
            boolean eq = compare(re(x), Token.EQL, re(y)) && compare(im(x), Token.EQL, im(y));
            return op == Token.EQL ? eq : !eq;
        } else if (x instanceof String a && y instanceof String b) {
            c = a.compareTo(b);
        } else if (x instanceof BigInteger a && y instanceof BigInteger b) {
            c = a.compareTo(b);
        } else {
            Rat p = rat(x);
            Rat q = rat(y);
            c = p != null && q != null ? p.num().multiply(q.den()).compareTo(q.num().multiply(p.den()))
                    : toFloat(x).compareTo(toFloat(y));
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> false;
        };
    }

    static boolean isZero(Object v) {
        return isNumeric(v) && sign(v) == 0;
    }

    /**
     * @param bits the size of the unsigned type for {@code ^x}, 0 for a signed or untyped one
     */
    static Object unary(Token op, Object x, int unsignedBits) {
        return switch (op) {
            case ADD -> x;
            case SUB -> x instanceof Cx c ? new Cx(unary(Token.SUB, c.re(), 0), unary(Token.SUB, c.im(), 0))
                    : x instanceof BigInteger i ? i.negate() : x instanceof Rat r ? new Rat(r.num().negate(), r.den())
                    : ((BigDecimal) x).negate();
            case XOR -> {
                BigInteger i = (BigInteger) x;
                BigInteger r = i.not();
                if (unsignedBits > 0) {
                    r = r.and(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE));
                }
                yield r;
            }
            case NOT -> !(Boolean) x;
            default -> null;
        };
    }

    /**
     * num/den as a decimal that rounds to the same float and double as the exact value: the
     * quotient truncated to more digits than any halfway point between floats has, plus a
     * sticky digit when inexact, so that a value just off a halfway point does not land on it.
     */
    static BigDecimal sticky(Rat r) {
        BigDecimal q = new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(1200, RoundingMode.DOWN));
        if (q.multiply(new BigDecimal(r.den())).compareTo(new BigDecimal(r.num())) != 0) {
            BigDecimal tick = BigDecimal.ONE.movePointLeft(q.scale() + 1);
            q = r.num().signum() >= 0 ? q.add(tick) : q.subtract(tick);
        }
        return q;
    }

    /**
     * d rounded to the nearest float32, ties to even (spec "Representability"), or null if it
     * rounds beyond the largest float32; rounds once, not through double.
     */
    static Float roundFloat32(BigDecimal d) {
        if (d.signum() == 0) {
            return 0f;
        }
        BigDecimal abs = d.abs();
        BigDecimal max = new BigDecimal(Float.MAX_VALUE);
        BigDecimal limit = max.add(new BigDecimal(Math.ulp(Float.MAX_VALUE)).divide(BigDecimal.valueOf(2)));
        if (abs.compareTo(limit) >= 0) {
            return null;
        }
        float f = (float) abs.doubleValue();
        if (Float.isInfinite(f)) {
            f = Float.MAX_VALUE;
        }
        // the nearest of f's neighbours to the exact value; ties to even
        float best = f;
        BigDecimal bestDist = new BigDecimal(f).subtract(abs).abs();
        for (float c : new float[]{Math.nextDown(f), Math.nextUp(f)}) {
            if (Float.isInfinite(c) || c < 0) {
                continue;
            }
            BigDecimal dist = new BigDecimal(c).subtract(abs).abs();
            int cmp = dist.compareTo(bestDist);
            if (cmp < 0 || cmp == 0 && (Float.floatToIntBits(c) & 1) == 0) {
                best = c;
                bestDist = dist;
            }
        }
        return d.signum() < 0 ? -best : best;
    }

    /** The bit size of an integer kind (int, uint, uintptr are 64-bit). */
    static int bits(Type.Kind k) {
        return switch (k) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            default -> 64;
        };
    }

    /** The result of {@link #representable}: the rounded value, or why it is not representable. */
    record Rep(Object value, String reason) {
    }

    /**
     * Spec "Representability": whether v (of some untyped or typed kind) is representable by
     * a value of basic kind k, with the value rounded to it.
     */
    static Rep representable(Object v, Type.Kind k) {
        if (k.isComplex()) {
            if (!isNumeric(v)) {
                return new Rep(null, "");
            }
            Type.Kind part = k == Type.Kind.COMPLEX64 ? Type.Kind.FLOAT32
                    : k == Type.Kind.COMPLEX128 ? Type.Kind.FLOAT64 : Type.Kind.UNTYPED_FLOAT;
            Rep r = representable(re(v), part);
            Rep i = representable(im(v), part);
            if (r.value() == null || i.value() == null) {
                return new Rep(null, "overflows");
            }
            return new Rep(new Cx(r.value(), i.value()), null);
        }
        if (v instanceof Cx c) {
            if (!isZero(c.im())) {
                return new Rep(null, k.isInteger() ? "truncated" : k.isNumeric() ? "overflows" : "");
            }
            v = c.re();
        }
        if (k.isInteger()) {
            BigInteger i = toInt(v);
            if (i == null) {
                return new Rep(null, isFloat(v) ? "truncated" : "");
            }
            boolean fromFloat = isFloat(v); // a float that does not fit an integer type is "truncated", as types2 says
            if (k.isUntyped()) {
                return new Rep(i, null);
            }
            int n = bits(k);
            BigInteger min;
            BigInteger max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(n - 1).negate();
                max = BigInteger.ONE.shiftLeft(n - 1).subtract(BigInteger.ONE);
            }
            if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
                return new Rep(null, fromFloat ? "truncated" : "overflows");
            }
            return new Rep(i, null);
        }
        if (k.isFloat()) {
            if (!isNumeric(v)) {
                return new Rep(null, "");
            }
            if (k == Type.Kind.UNTYPED_FLOAT) {
                return new Rep(asFloat(v), null);
            }
            BigDecimal d = v instanceof Rat r && !r.den().equals(BigInteger.ONE) ? sticky(r) : toFloat(v);
            double dv = d.doubleValue();
            if (k == Type.Kind.FLOAT32) {
                Float f = roundFloat32(d);
                if (f == null) {
                    return new Rep(null, "overflows");
                }
                return new Rep(new BigDecimal(f), null);
            }
            if (Double.isInfinite(dv)) {
                return new Rep(null, "overflows");
            }
            return new Rep(new BigDecimal(dv), null);
        }

        if (k.isString()) {
            return v instanceof String ? new Rep(v, null) : new Rep(null, "");
        }
        if (k.isBoolean()) {
            return v instanceof Boolean ? new Rep(v, null) : new Rep(null, "");
        }
        return new Rep(null, "");
    }

    /** Go's {@code constant.Value.String()}: short, quoted strings, {@code %.6g} floats. */
    static String toString(Object v) {
        if (v instanceof String s) {
            String q = quote(s);
            if (q.length() > 72) {
                // Go cuts the quoted form at 72 characters
                q = q.substring(0, 72 - 3) + "...";
            }
            return q;
        }
        if (v instanceof BigDecimal d) {
            return floatString(d);
        }
        if (v instanceof Cx c) {
            return "(" + toString(c.re()) + " + " + toString(c.im()) + "i)";
        }
        if (v instanceof Rat r) {
            return floatString(r.den().equals(BigInteger.ONE) ? new BigDecimal(r.num())
                    : new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(30)));
        }
        return String.valueOf(v);
    }

    static String floatString(BigDecimal d) {
        BigInteger i = toInt(d);
        if (i != null && i.abs().bitLength() < 64 && d.signum() != 0) {
            // Go prints integral floats in %.6g too: 1e+06, 100000
        }
        double x = d.doubleValue();
        if (Double.isInfinite(x) || (x == 0 && d.signum() != 0)) {
            // outside double's range: print with BigDecimal in Go's %.6g shape
            BigDecimal r = d.round(new MathContext(6)).stripTrailingZeros();
            String m = r.unscaledValue().abs().toString();
            int exp = m.length() - 1 - r.scale();
            String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            return (d.signum() < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        return formatG(x);
    }

    /** Go's {@code %.6g} of a double. */
    static String formatG(double x) {
        if (x == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String m = r.unscaledValue().abs().toString().replaceAll("0+$", "");
            if (m.isEmpty()) {
                m = "0";
            }
            String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            return (x < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String s = r.stripTrailingZeros().toPlainString();
        return s;
    }

    /** Go's {@code strconv.Quote} of a go4j string (one char per byte). */
    static String quote(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        String u = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 0xFFFD -> sb.append("\\ufffd");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** @return the UTF-8 bytes of a code point as a go4j string (one char per byte) */
    static String encodeRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        byte[] b = new String(Character.toChars((int) r)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append((char) (x & 0xFF));
        }
        return sb.toString();
    }
}
