package go4j.lang;

/**
 * A Go complex number: {@code complex128}, or {@code complex64} when {@link #single} (whose
 * parts are then float32 values held in doubles, rounded after every operation). Immutable;
 * {@code equals} is Go's {@code ==} (NaN parts are unequal, -0 equals 0), which is also what an
 * interface value or a map key compares with.
 */
public final class Complex {
    /** The zero complex128. */
    public static final Complex ZERO128 = new Complex(0, 0, false);
    /** The zero complex64. */
    public static final Complex ZERO64 = new Complex(0, 0, true);

    /** The real part. */
    public final double re;
    /** The imaginary part. */
    public final double im;
    /** Whether this is a complex64. */
    public final boolean single;

    private Complex(double re, double im, boolean single) {
        this.re = single ? (float) re : re;
        this.im = single ? (float) im : im;
        this.single = single;
    }

    /** @return the complex128 re+im·i */
    public static Complex of(double re, double im) {
        return new Complex(re, im, false);
    }

    /** @return the complex64 re+im·i */
    public static Complex of64(double re, double im) {
        return new Complex(re, im, true);
    }

    /** @return complex64(c) */
    public static Complex to64(Complex c) {
        return new Complex(c.re, c.im, true);
    }

    /** @return complex128(c) */
    public static Complex to128(Complex c) {
        return new Complex(c.re, c.im, false);
    }

    /** @return a + b */
    public static Complex add(Complex a, Complex b) {
        return new Complex(a.re + b.re, a.im + b.im, a.single);
    }

    /** @return a - b */
    public static Complex sub(Complex a, Complex b) {
        return new Complex(a.re - b.re, a.im - b.im, a.single);
    }

    /** @return a * b */
    public static Complex mul(Complex a, Complex b) {
        return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re, a.single);
    }

    /** @return a / b, as Go's runtime complex128div computes it (infinities and NaNs included) */
    public static Complex div(Complex n, Complex m) {
        double e;
        double f;
        if (Math.abs(m.re) >= Math.abs(m.im)) {
            double ratio = m.im / m.re;
            double denom = m.re + ratio * m.im;
            e = (n.re + n.im * ratio) / denom;
            f = (n.im - n.re * ratio) / denom;
        } else {
            double ratio = m.re / m.im;
            double denom = m.im + ratio * m.re;
            e = (n.re * ratio + n.im) / denom;
            f = (n.im * ratio - n.re) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            // the special cases of Go's complex128div
            double a = n.re;
            double b = n.im;
            double c = m.re;
            double d = m.im;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(Double.POSITIVE_INFINITY, c) * a;
                f = Math.copySign(Double.POSITIVE_INFINITY, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
                b = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
                e = Double.POSITIVE_INFINITY * (a * c + b * d);
                f = Double.POSITIVE_INFINITY * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
                d = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex(e, f, n.single);
    }

    /** @return -a */
    public static Complex neg(Complex a) {
        return new Complex(-a.re, -a.im, a.single);
    }

    /** @return a == b, Go's */
    public static boolean eq(Complex a, Complex b) {
        return a.re == b.re && a.im == b.im;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && c.single == single && eq(this, c);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(re + 0.0) * 31 + Double.hashCode(im + 0.0);
    }

    /** @return Go's %v: (re+imi), each part as %g prints it */
    @Override
    public String toString() {
        int bits = single ? 32 : 64;
        String r = Strconv.formatFloat(re, 'g', -1, bits);
        String i = Strconv.formatFloat(im, 'g', -1, bits);
        if (!i.startsWith("-") && !i.startsWith("+")) {
            i = "+" + i;
        }
        return "(" + r + i + "i)";
    }
}
