package go4j.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv} formatting that {@code fmt} builds on: {@link #formatFloat} (Go's
 * {@code FormatFloat} for the formats {@code e E f g G}, shortest or with a precision) and
 * {@link #quote}/{@link #quoteRune} with Go's escapes. Inputs and outputs are Go strings (one
 * char per byte).
 *
 * <p>Digits: the shortest form is the JDK's {@code Double.toString}/{@code Float.toString}
 * digits, which are the shortest that read back to the same value, the closest of those to
 * it, as Go's are; a precision rounds the exact binary value half to even, as Go's decimal
 * conversion does.
 *
 * <pre>{@code
 * Strconv.formatFloat(1e21, 'g', -1, 64);  // 1e+21
 * Strconv.formatFloat(3.14159, 'f', 2, 64); // 3.14
 * Strconv.quote("a\n");                     // "a\n" with the backslash escape
 * }</pre>
 */
public final class Strconv {
    private Strconv() {
    }

    /** Decimal digits of |v|: the value is {@code 0.d[0]d[1]... * 10^dp}; no trailing zeros. */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return i >= 0 && i < d.length() ? d.charAt(i) : '0';
        }
    }

    /**
     * Go's {@code strconv.FormatFloat(v, fmt, prec, bitSize)}.
     *
     * @param v       the value (a float32 widened, for bitSize 32)
     * @param fmt     {@code 'e'}, {@code 'E'}, {@code 'f'}, {@code 'g'} or {@code 'G'}
     * @param prec    digits after the point ({@code e f}) or significant digits ({@code g}); -1
     *                for the fewest that read back as {@code v}
     * @param bitSize 32 or 64
     * @return the text, with a {@code -} sign for negative values ({@code -0} too)
     */
    public static String formatFloat(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(a, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> Math.max(digs.nd() - 1, 0);
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            switch (fmt) {
                case 'e', 'E' -> digs = significant(a, prec + 1);
                case 'f' -> digs = fixed(a, prec);
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = significant(a, prec);
                }
            }
        }
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, digs, prec, fmt);
            case 'f' -> fmtF(sb, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6; // Go decides %e against 6 digits for the shortest form
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(sb, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
        return sb.toString();
    }

    /** {@code d.ddde±dd}. */
    private static void fmtE(StringBuilder sb, Digits digs, int prec, char e) {
        sb.append(digs.nd() == 0 ? '0' : digs.at(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(digs.at(i));
            }
        }
        int exp = digs.nd() == 0 ? 0 : digs.dp() - 1;
        sb.append(e).append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    /** {@code ddd.ddd}. */
    private static void fmtF(StringBuilder sb, Digits digs, int prec) {
        if (digs.dp() > 0) {
            for (int i = 0; i < digs.dp(); i++) {
                sb.append(digs.at(i));
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(digs.at(digs.dp() + i - 1));
            }
        }
    }

    /** The shortest digits that read back as {@code a} at the given size. */
    private static Digits shortest(double a, int bitSize) {
        if (a == 0) {
            return new Digits("", 0);
        }
        String s = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String m = e < 0 ? s : s.substring(0, e);
        int point = m.indexOf('.');
        String digits = m.substring(0, point) + m.substring(point + 1);
        return normalise(digits, point + exp);
    }

    /** {@code a} rounded half to even to {@code n} significant digits. */
    private static Digits significant(double a, int n) {
        if (a == 0) {
            return new Digits("", 0);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBig(r);
    }

    /** {@code a} rounded half to even to {@code prec} digits after the point. */
    private static Digits fixed(double a, int prec) {
        if (a == 0) {
            return new Digits("", 0);
        }
        return fromBig(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
    }

    private static Digits fromBig(BigDecimal r) {
        String u = r.unscaledValue().toString();
        return normalise(u, u.length() - r.scale());
    }

    /** Strips leading zeros (moving the point) and trailing zeros. */
    private static Digits normalise(String digits, int dp) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
            dp--;
        }
        int j = digits.length();
        while (j > i && digits.charAt(j - 1) == '0') {
            j--;
        }
        return i == j ? new Digits("", 0) : new Digits(digits.substring(i, j), dp);
    }

    // ---- quoting ----

    /**
     * Go's {@code strconv.Quote(s)}.
     *
     * @param s a Go string
     * @return it double-quoted, with Go's escapes for non-printable runes and invalid bytes
     */
    public static String quote(String s) {
        return quoteWith(s, '"', false);
    }

    /**
     * Go's {@code strconv.QuoteToASCII(s)}.
     *
     * @param s a Go string
     * @return it double-quoted, non-ASCII runes escaped too
     */
    public static String quoteToASCII(String s) {
        return quoteWith(s, '"', true);
    }

    /**
     * Go's {@code strconv.QuoteRune(r)} ({@code QuoteRuneToASCII} for {@code ascii}).
     *
     * @param r     the rune; invalid ones are U+FFFD
     * @param ascii whether non-ASCII runes are escaped
     * @return it single-quoted
     */
    public static String quoteRune(long r, boolean ascii) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = Str.RUNE_ERROR;
        }
        StringBuilder sb = new StringBuilder().append('\'');
        appendEscaped(sb, (int) r, 0, '\'', ascii);
        return sb.append('\'').toString();
    }

    private static String quoteWith(String s, char q, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            int r = Str.rune(rw);
            int w = Str.width(rw);
            if (w == 1 && r == Str.RUNE_ERROR) {
                sb.append("\\x").append(HEX.charAt(s.charAt(i) >> 4)).append(HEX.charAt(s.charAt(i) & 0xF));
            } else {
                appendEscaped(sb, r, w, q, ascii);
            }
            i += w;
        }
        return sb.append(q).toString();
    }

    private static final String HEX = "0123456789abcdef";

    private static void appendEscaped(StringBuilder sb, int r, int width, char q, boolean ascii) {
        if (r == q || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (ascii ? r < 0x80 && isPrint(r) : isPrint(r)) {
            Str.appendRune(sb, r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    sb.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xF));
                } else if (r < 0x10000) {
                    sb.append("\\u");
                    hex(sb, r, 4);
                } else {
                    sb.append("\\U");
                    hex(sb, r, 8);
                }
            }
        }
    }

    private static void hex(StringBuilder sb, int r, int n) {
        for (int s = (n - 1) * 4; s >= 0; s -= 4) {
            sb.append(HEX.charAt(r >> s & 0xF));
        }
    }

    /**
     * Go's {@code strconv.IsPrint(r)}: letters, marks, numbers, punctuation, symbols and the
     * ASCII space (by the JDK's Unicode tables).
     *
     * @param r a rune
     * @return whether it prints as itself in a quoted string
     */
    public static boolean isPrint(int r) {
        if (r < 0x80) {
            return r >= 0x20 && r < 0x7F;
        }
        if (r > 0x10FFFF) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * Go's {@code strconv.CanBackquote(s)}.
     *
     * @param s a Go string
     * @return whether it can be a raw string literal: valid UTF-8 without controls other than
     *     tab, without a backquote or U+FEFF
     */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            int r = Str.rune(rw);
            int w = Str.width(rw);
            if ((w == 1 && r == Str.RUNE_ERROR) || r == 0xFEFF || r == '`' || r == 0x7F || (r < ' ' && r != '\t')) {
                return false;
            }
            i += w;
        }
        return true;
    }
}
