package go4j.std.math;

/**
 * Go's {@code math} package (stub {@code go4j/std/math/math.go}). The functions Go computes
 * exactly ({@code Sqrt}, {@code Floor}, {@code Trunc}, {@code Round}, {@code Mod}, ...) give
 * Go's results bit for bit, special cases included (Go's {@code Max(+Inf, NaN)} is
 * {@code +Inf}, {@code Pow(1, NaN)} and {@code Pow(-1, ±Inf)} are 1). {@code Sin}, {@code Cos}
 * and {@code Tan} are the Cephes library's polynomials, as Go's are, so that they print Go's
 * digits (below 2^29; beyond, where Go reduces the argument by Payne and Hanek's method, they
 * are fdlibm's). {@code Log2} and {@code Log10} are built on {@code Frexp} and {@code Log} as
 * Go builds them. The other transcendental functions are {@link StrictMath}'s (fdlibm), which
 * may differ from Go's own algorithms in the last bit for some inputs.
 *
 * <pre>{@code
 * Pkg.Sqrt(2);            // 1.4142135623730951
 * Pkg.Round(-2.5);        // -3: half away from zero
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Go's NaN has this bit pattern, which Float64bits shows. */
    private static final long NAN_BITS = 0x7FF8000000000001L;

    /** @return |x| */
    public static double Abs(double x) {
        return Math.abs(x);
    }

    /** @return the arccosine of x */
    public static double Acos(double x) {
        return StrictMath.acos(x);
    }

    /** @return the arcsine of x */
    public static double Asin(double x) {
        return StrictMath.asin(x);
    }

    /** @return the arctangent of x */
    public static double Atan(double x) {
        return StrictMath.atan(x);
    }

    /** @return the arctangent of y/x, in the quadrant of (x, y) */
    public static double Atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    /** @return the cube root of x */
    public static double Cbrt(double x) {
        return StrictMath.cbrt(x);
    }

    /** @return the least integer value &gt;= x */
    public static double Ceil(double x) {
        return Math.ceil(x);
    }

    /** @return f's magnitude with sign's sign */
    public static double Copysign(double f, double sign) {
        return Math.copySign(f, sign);
    }

    /** @return the cosine of x (radians) */
    public static double Cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a >= REDUCE_LIMIT) {
            return StrictMath.cos(x);
        }
        long j = octant(a);
        double z = reduce(a, j);
        j &= 7;
        boolean neg = false;
        if (j > 3) {
            j -= 4;
            neg = true;
        }
        if (j > 1) {
            neg = !neg;
        }
        double zz = z * z;
        double r = j == 1 || j == 2 ? sinPoly(z, zz) : cosPoly(zz);
        return neg ? -r : r;
    }

    /** @return the hyperbolic cosine of x */
    public static double Cosh(double x) {
        return StrictMath.cosh(x);
    }

    /** @return e to the x */
    public static double Exp(double x) {
        return StrictMath.exp(x);
    }

    /** @return 2 to the x */
    public static double Exp2(double x) {
        return StrictMath.pow(2, x);
    }

    /** @return e to the x, minus 1, accurate near 0 */
    public static double Expm1(double x) {
        return StrictMath.expm1(x);
    }

    /** @return f's IEEE 754 bits (a uint32) */
    public static int Float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    /** @return the float32 of IEEE 754 bits b */
    public static float Float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    /** @return f's IEEE 754 bits (a uint64) */
    public static long Float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    /** @return the float64 of IEEE 754 bits b */
    public static double Float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    /** @return the greatest integer value &lt;= x */
    public static double Floor(double x) {
        return Math.floor(x);
    }

    /**
     * Go's Frexp: f = frac × 2^exp with |frac| in [½, 1); ±0, ±Inf and NaN come back as they
     * are with exponent 0.
     *
     * @return {Double frac, Long exp}
     */
    public static Object[] Frexp(double f) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) {
            return new Object[] {f, 0L};
        }
        int shift = 0;
        if (Math.getExponent(f) < Double.MIN_EXPONENT) {
            f *= 0x1p52; // a subnormal: make it normal, remember the shift
            shift = -52;
        }
        int e = Math.getExponent(f) + 1;
        return new Object[] {Math.scalb(f, -e), (long) (e + shift)};
    }

    /** @return sqrt(p*p + q*q) without undue overflow */
    public static double Hypot(double p, double q) {
        return StrictMath.hypot(p, q);
    }

    /** @return +Inf for sign &gt;= 0, -Inf for sign &lt; 0 */
    public static double Inf(long sign) {
        return sign >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** @return whether f is +Inf (sign &gt; 0), -Inf (sign &lt; 0), or either (sign 0) */
    public static boolean IsInf(double f, long sign) {
        return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
    }

    /** @return whether f is NaN */
    public static boolean IsNaN(double f) {
        return Double.isNaN(f);
    }

    /** @return frac × 2^exp */
    public static double Ldexp(double frac, long exp) {
        return Math.scalb(frac, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, exp)));
    }

    /** @return the natural logarithm of x */
    public static double Log(double x) {
        return StrictMath.log(x);
    }

    /**
     * Go's constant expressions Ln2/Ln10 and 1/Ln2, exact before rounding to float64, which a
     * division of the rounded constants is not always.
     */
    private static final double LOG10_2 = 0.301029995663981195213738894724493026768189881462108541310;
    private static final double LOG2_E = 1.442695040888963407359924681001892137426645954152985934135;

    /** @return the decimal logarithm of x, as Go computes it: Log2(x) × (Ln2/Ln10) */
    public static double Log10(double x) {
        return Log2(x) * LOG10_2;
    }

    /** @return the natural logarithm of 1+x, accurate near 0 */
    public static double Log1p(double x) {
        return StrictMath.log1p(x);
    }

    /** @return the binary logarithm of x; exact for powers of two, as Go's */
    public static double Log2(double x) {
        Object[] fe = Frexp(x);
        double frac = (Double) fe[0];
        long exp = (Long) fe[1];
        if (frac == 0.5) {
            return exp - 1;
        }
        return StrictMath.log(frac) * LOG2_E + exp;
    }

    /** @return the larger of x and y: +Inf if either is, else NaN if either is; +0 over -0 */
    public static double Max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(x, y);
    }

    /** @return the smaller of x and y: -Inf if either is, else NaN if either is; -0 over +0 */
    public static double Min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.min(x, y);
    }

    /** @return the remainder of x/y with x's sign (C's fmod) */
    public static double Mod(double x, double y) {
        return x % y;
    }

    /** @return {Double integer part, Double fractional part}, both with f's sign */
    public static Object[] Modf(double f) {
        double i = f < 0 ? Math.ceil(f) : Math.floor(f);
        return new Object[] {i, Double.isInfinite(f) ? Double.NaN : f - i};
    }

    /** @return Go's NaN */
    public static double NaN() {
        return Double.longBitsToDouble(NAN_BITS);
    }

    /** @return x to the y, with Go's special cases where they differ from Java's */
    public static double Pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (x == -1 && Double.isInfinite(y)) {
            return 1;
        }
        return StrictMath.pow(x, y);
    }

    /** @return 10 to the n: 0 below -323, +Inf above 308 */
    public static double Pow10(long n) {
        if (n < -323) {
            return 0;
        }
        if (n > 308) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble("1e" + n);
    }

    /** @return the IEEE 754 remainder of x/y */
    public static double Remainder(double x, double y) {
        return StrictMath.IEEEremainder(x, y);
    }

    /** @return x rounded to the nearest integer, halves away from zero */
    public static double Round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double t = Math.floor(a);
        if (a - t >= 0.5) {
            t += 1;
        }
        return Math.copySign(t, x);
    }

    /** @return x rounded to the nearest integer, halves to even */
    public static double RoundToEven(double x) {
        return Math.rint(x);
    }

    /** @return whether x is negative or negative zero */
    public static boolean Signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    /** @return the sine of x (radians) */
    public static double Sin(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x; // ±0 keeps its sign
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a >= REDUCE_LIMIT) {
            return StrictMath.sin(x);
        }
        boolean neg = x < 0;
        long j = octant(a);
        double z = reduce(a, j);
        j &= 7;
        if (j > 3) {
            neg = !neg;
            j -= 4;
        }
        double zz = z * z;
        double r = j == 1 || j == 2 ? cosPoly(zz) : sinPoly(z, zz);
        return neg ? -r : r;
    }

    /** @return the hyperbolic sine of x */
    public static double Sinh(double x) {
        return StrictMath.sinh(x);
    }

    /** @return the square root of x (NaN for x &lt; 0) */
    public static double Sqrt(double x) {
        return Math.sqrt(x);
    }

    /** @return the tangent of x (radians) */
    public static double Tan(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a >= REDUCE_LIMIT) {
            return StrictMath.tan(x);
        }
        long j = octant(a);
        double z = reduce(a, j);
        double zz = z * z;
        double r = zz > 1e-14
                ? z + z * (zz * ((TAN_P[0] * zz + TAN_P[1]) * zz + TAN_P[2])
                        / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]))
                : z;
        if ((j & 2) == 2) {
            r = -1 / r;
        }
        return x < 0 ? -r : r;
    }

    // ---- Cephes's sine, cosine and tangent (Stephen L. Moshier's Cephes Math Library) ----

    /** Arguments from here on need a finer reduction than Cody and Waite's three-part Pi/4. */
    private static final double REDUCE_LIMIT = 0x1p29;
    /** Pi/4 in three parts, the first two exact in few bits, so that y * part is exact. */
    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    private static final double[] SIN_C = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
        2.75573136213857245213e-6, -1.98412698295895385996e-4, 8.33333333332211858878e-3,
        -1.66666666666666307295e-1};
    private static final double[] COS_C = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
        -2.75573141792967388112e-7, 2.48015872888517045348e-5, -1.38888888888730564116e-3,
        4.16666666666665929218e-2};
    private static final double[] TAN_P = {-1.30936939181383777646e4, 1.15351664838587416140e6,
        -1.79565251976484877988e7};
    private static final double[] TAN_Q = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
        2.50083801823357915839e7, -5.38695755929454629881e7};

    /** The octant of a (&gt;= 0) rounded up to even, so that the reduced argument is within ±Pi/4. */
    private static long octant(double a) {
        long j = (long) (a * (4 / Math.PI));
        return (j & 1) == 1 ? j + 1 : j;
    }

    /** a - j * Pi/4, in three steps. */
    private static double reduce(double a, long j) {
        double y = j;
        return ((a - y * PI4A) - y * PI4B) - y * PI4C;
    }

    private static double sinPoly(double z, double zz) {
        return z + z * zz * (((((SIN_C[0] * zz + SIN_C[1]) * zz + SIN_C[2]) * zz + SIN_C[3]) * zz + SIN_C[4]) * zz
                + SIN_C[5]);
    }

    private static double cosPoly(double zz) {
        return 1.0 - 0.5 * zz + zz * zz * (((((COS_C[0] * zz + COS_C[1]) * zz + COS_C[2]) * zz + COS_C[3]) * zz
                + COS_C[4]) * zz + COS_C[5]);
    }

    /** @return the hyperbolic tangent of x */
    public static double Tanh(double x) {
        return StrictMath.tanh(x);
    }

    /** @return x without its fractional part (toward zero) */
    public static double Trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
