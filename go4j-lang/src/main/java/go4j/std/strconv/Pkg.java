package go4j.std.strconv;

import go4j.lang.ErrorString;
import go4j.lang.GoError;
import go4j.lang.GoPanic;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Strconv;
import go4j.std.unicode.utf8.Utf8;

/**
 * Go's {@code strconv} package (stub {@code go4j/std/strconv/strconv.go}). Strings are Go
 * strings (one char per byte); {@code (value, error)} results are {@code Object[]} of the
 * value's JVM box ({@code Long} for int, int64 and uint64, {@code Double}, {@code Boolean},
 * {@code String}) and a {@link NumError} or null. Float formatting and quoting are
 * go4j-lang's {@link Strconv}, which {@code fmt} shares.
 *
 * <pre>{@code
 * Pkg.Atoi("42");        // {42L, null}
 * Pkg.Atoi("x");         // {0L, strconv.Atoi: parsing "x": invalid syntax}
 * Pkg.FormatInt(255, 16); // "ff"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** The reason of a NumError for text of the wrong syntax: one value, so that errors.Is finds it. */
    static final GoError ERR_SYNTAX = ErrorString.of("invalid syntax");
    /** The reason of a NumError for a value out of range. */
    static final GoError ERR_RANGE = ErrorString.of("value out of range");

    /** Go's {@code strconv.ErrSyntax}, a package variable of the stub. */
    public static Object ErrSyntax = ERR_SYNTAX;

    /** Go's {@code strconv.ErrRange}, a package variable of the stub. */
    public static Object ErrRange = ERR_RANGE;

    // ---- integers ----

    /** @return i formatted in base 10 */
    public static String Itoa(long i) {
        return Long.toString(i);
    }

    /**
     * @return i in base (2 to 36, lower-case letters)
     * @throws GoPanic {@code strconv: illegal AppendInt/FormatInt base}
     */
    public static String FormatInt(long i, long base) {
        return Long.toString(i, checkBase(base));
    }

    /** @return the uint64 i in base */
    public static String FormatUint(long i, long base) {
        return Long.toUnsignedString(i, checkBase(base));
    }

    /** @return dst with FormatInt(i, base) appended */
    public static SliceB AppendInt(SliceB dst, long i, long base) {
        return SliceB.appendString(dst, FormatInt(i, base));
    }

    private static int checkBase(long base) {
        if (base < 2 || base > 36) {
            throw new GoPanic("strconv: illegal AppendInt/FormatInt base");
        }
        return (int) base;
    }

    /** @return {Long, error}: ParseInt(s, 10, 0), its errors naming Atoi */
    public static Object[] Atoi(String s) {
        Object[] r = ParseInt(s, 10, 0);
        if (r[1] instanceof NumError e) {
            e.Func = "Atoi";
        }
        return r;
    }

    /**
     * Go's {@code ParseInt}: an optional sign, then ParseUint's syntax.
     *
     * @return {Long value, error}: out of range, the nearest bound with ErrRange
     */
    public static Object[] ParseInt(String s, long base, long bitSize) {
        if (s.isEmpty()) {
            return new Object[] {0L, NumError.syntax("ParseInt", s)};
        }
        boolean neg = s.charAt(0) == '-';
        String digits = neg || s.charAt(0) == '+' ? s.substring(1) : s;
        Object[] u = parseUint(digits, base, bitSize, "ParseInt", s);
        NumError err = (NumError) u[1];
        if (err != null && err.Err != ERR_RANGE) {
            return new Object[] {0L, err};
        }
        int bits = bitSize == 0 ? 64 : (int) bitSize;
        long un = (Long) u[0];
        long cutoff = 1L << (bits - 1); // for 64 bits, MinInt64's bits: compare unsigned
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return new Object[] {cutoff - 1, NumError.range("ParseInt", s)};
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return new Object[] {-cutoff, NumError.range("ParseInt", s)};
        }
        return new Object[] {neg ? -un : un, null};
    }

    /**
     * Go's {@code ParseUint}: digits of base 2 to 36, or for base 0 Go's literal prefixes
     * ({@code 0x 0o 0b}, or {@code 0} for octal) with underscores between digits.
     *
     * @return {Long value (its 64 bits unsigned), error}: too large, the type's maximum with ErrRange
     */
    public static Object[] ParseUint(String s, long base, long bitSize) {
        return parseUint(s, base, bitSize, "ParseUint", s);
    }

    private static Object[] parseUint(String s, long base, long bitSize, String fn, String input) {
        if (s.isEmpty()) {
            return new Object[] {0L, NumError.syntax(fn, input)};
        }
        boolean base0 = base == 0;
        String digits = s;
        if (base0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                base = p == 'b' ? 2 : p == 'o' ? 8 : p == 'x' ? 16 : 8;
                digits = s.substring(p == 'b' || p == 'o' || p == 'x' ? 2 : 1);
            }
        } else if (base < 2 || base > 36) {
            return new Object[] {0L, new NumError(fn, input, ErrorString.of("invalid base " + base))};
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            return new Object[] {0L, new NumError(fn, input, ErrorString.of("invalid bit size " + bitSize))};
        }
        long max = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        long n = 0;
        boolean underscores = false;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_' && base0) {
                underscores = true;
                continue;
            }
            int d = Character.digit(c, 36);
            if (c > 'z' || d < 0 || d >= base) {
                return new Object[] {0L, NumError.syntax(fn, input)};
            }
            // n * base + d must stay within max, read unsigned
            if (Long.compareUnsigned(n, Long.divideUnsigned(max, base)) > 0) {
                return new Object[] {max, NumError.range(fn, input)};
            }
            long next = n * base + d;
            if (Long.compareUnsigned(next, n * base) < 0 || Long.compareUnsigned(next, max) > 0) {
                return new Object[] {max, NumError.range(fn, input)};
            }
            n = next;
        }
        if (underscores && !underscoreOK(s)) {
            return new Object[] {0L, NumError.syntax(fn, input)};
        }
        return new Object[] {n, null};
    }

    /**
     * Whether the underscores of a number literal (sign and base prefix included) each sit
     * between two digits, or between the base prefix and a digit, as Go's literals allow.
     */
    private static boolean underscoreOK(String s) {
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        char prev = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
        boolean hex = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'b' || p == 'o' || p == 'x') {
                hex = p == 'x';
                prev = '0';
                i += 2;
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || hex && Character.digit(c, 16) >= 0 && c < 0x80) {
                prev = '0';
            } else if (c == '_') {
                if (prev != '0') {
                    return false;
                }
                prev = '_';
            } else {
                if (prev == '_') {
                    return false;
                }
                prev = '!';
            }
        }
        return prev != '_';
    }

    // ---- floats ----

    /**
     * Go's {@code ParseFloat}: decimal or hexadecimal (with a {@code p} exponent) floating-point
     * syntax, underscores between digits, {@code inf}, {@code infinity} and {@code nan} in any
     * case, rounded to float32 for bitSize 32.
     *
     * @return {Double value, error}: out of range, ±Inf with ErrRange
     */
    public static Object[] ParseFloat(String s, long bitSize) {
        String java = floatSyntax(s);
        if (java == null) {
            return new Object[] {0.0, NumError.syntax("ParseFloat", s)};
        }
        double v = bitSize == 32 ? Float.parseFloat(java) : Double.parseDouble(java);
        if (Double.isInfinite(v) && !java.endsWith("Infinity")) {
            return new Object[] {v, NumError.range("ParseFloat", s)};
        }
        return new Object[] {v, null};
    }

    /** s as Java's Double.parseDouble reads the same number, or null if Go rejects s. */
    private static String floatSyntax(String s) {
        int i = 0;
        String sign = "";
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sign = s.substring(0, 1);
            i = 1;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return sign + "Infinity";
        }
        if (rest.equals("nan")) {
            return sign.isEmpty() ? "NaN" : null;
        }
        boolean hex = rest.startsWith("0x");
        StringBuilder out = new StringBuilder(sign);
        if (hex) {
            out.append("0x");
            i += 2;
        }
        int mantDigits = 0;
        boolean dot = false;
        boolean underscores = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.' && !dot) {
                dot = true;
                out.append(c);
            } else if (c < 0x80 && Character.digit(c, hex ? 16 : 10) >= 0) {
                mantDigits++;
                out.append(c);
            } else {
                break;
            }
        }
        if (mantDigits == 0) {
            return null;
        }
        if (i < s.length() && Character.toLowerCase(s.charAt(i)) == (hex ? 'p' : 'e')) {
            out.append(hex ? 'p' : 'e');
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                out.append(s.charAt(i++));
            }
            int expDigits = 0;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    underscores = true;
                } else if (c >= '0' && c <= '9') {
                    expDigits++;
                    out.append(c);
                } else {
                    break;
                }
            }
            if (expDigits == 0) {
                return null;
            }
        } else if (hex) {
            return null; // a hexadecimal mantissa needs its p exponent
        }
        if (i != s.length() || underscores && !underscoreOK(s)) {
            return null;
        }
        return out.toString();
    }

    /**
     * Go's {@code FormatFloat} for the formats {@code e E f g G}; any other letter but
     * {@code b x X} gives {@code %} and the letter, as in Go.
     *
     * @throws UnsupportedOperationException for {@code b x X}, not supported yet
     */
    public static String FormatFloat(double f, int fmt, long prec, long bitSize) {
        char c = (char) (fmt & 0xFF);
        return switch (c) {
            case 'e', 'E', 'f', 'g', 'G' -> Strconv.formatFloat(bitSize == 32 ? (float) f : f, c, (int) prec, (int) bitSize);
            case 'b', 'x', 'X' -> throw new UnsupportedOperationException("go4j: FormatFloat format '" + c + "' is not supported yet");
            default -> "%" + c;
        };
    }

    // ---- booleans ----

    /** @return "true" or "false" */
    public static String FormatBool(boolean b) {
        return b ? "true" : "false";
    }

    /** @return {Boolean, error}: 1 t T TRUE true True, 0 f F FALSE false False */
    public static Object[] ParseBool(String str) {
        return switch (str) {
            case "1", "t", "T", "TRUE", "true", "True" -> new Object[] {true, null};
            case "0", "f", "F", "FALSE", "false", "False" -> new Object[] {false, null};
            default -> new Object[] {false, NumError.syntax("ParseBool", str)};
        };
    }

    // ---- quoting ----

    /** @return s as a double-quoted Go literal, non-printable runes escaped */
    public static String Quote(String s) {
        return Strconv.quote(s);
    }

    /** @return dst with Quote(s) appended */
    public static SliceB AppendQuote(SliceB dst, String s) {
        return SliceB.appendString(dst, Strconv.quote(s));
    }

    /** @return r as a single-quoted Go literal */
    public static String QuoteRune(int r) {
        return Strconv.quoteRune(r, false);
    }

    /** @return r as a single-quoted Go literal, non-ASCII escaped */
    public static String QuoteRuneToASCII(int r) {
        return Strconv.quoteRune(r, true);
    }

    /** @return s as a double-quoted Go literal, non-ASCII escaped */
    public static String QuoteToASCII(String s) {
        return Strconv.quoteToASCII(s);
    }

    /**
     * Go's {@code Unquote}: the value of a double-quoted, back-quoted or single-quoted Go
     * literal.
     *
     * @return {String value, error}: ErrSyntax for anything else
     */
    public static Object[] Unquote(String s) {
        String v = unquote(s);
        return v == null ? new Object[] {"", ERR_SYNTAX} : new Object[] {v, null};
    }

    /** The value of the literal s, or null if s is none. */
    private static String unquote(String s) {
        int n = s.length();
        if (n < 2 || s.charAt(0) != s.charAt(n - 1)) {
            return null;
        }
        char q = s.charAt(0);
        String body = s.substring(1, n - 1);
        if (q == '`') {
            return body.indexOf('`') >= 0 ? null : body.replace("\r", "");
        }
        if (q != '"' && q != '\'' || body.indexOf('\n') >= 0) {
            return null;
        }
        if (body.indexOf('\\') < 0 && body.indexOf(q) < 0) {
            if (q == '"' && go4j.std.unicode.utf8.Pkg.ValidString(body)) {
                return body;
            }
            if (q == '\'') {
                long rw = Str.decodeRune(body, 0);
                // as Go 1.19 has it, '' (no rune at all) passes this test too
                if (Str.width(rw) == body.length() && (Str.rune(rw) != Str.RUNE_ERROR || Str.width(rw) != 1)) {
                    return body;
                }
            }
        }
        StringBuilder sb = new StringBuilder(body.length());
        int[] pos = {0};
        while (pos[0] < body.length()) {
            if (!unquoteChar(body, pos, q, sb)) {
                return null;
            }
            if (q == '\'' && pos[0] != body.length()) {
                return null; // a rune literal holds one character
            }
        }
        return sb.toString();
    }

    /**
     * Decodes the character or escape of s at pos[0] (quoted by q) into sb, advancing pos[0].
     *
     * @return false for a syntax error
     */
    private static boolean unquoteChar(String s, int[] pos, char q, StringBuilder sb) {
        int i = pos[0];
        char c = s.charAt(i);
        if (c == q) {
            return false;
        }
        if (c >= 0x80) {
            long rw = Str.decodeRune(s, i);
            Str.appendRune(sb, Str.rune(rw));
            pos[0] = i + Str.width(rw);
            return true;
        }
        if (c != '\\') {
            sb.append(c);
            pos[0] = i + 1;
            return true;
        }
        if (i + 1 >= s.length()) {
            return false;
        }
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000B');
            case '\\' -> sb.append('\\');
            case '\'', '"' -> {
                if (e != q) {
                    return false;
                }
                sb.append(e);
            }
            case 'x', 'u', 'U' -> {
                int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i + len > s.length()) {
                    return false;
                }
                long v = 0;
                for (int k = 0; k < len; k++) {
                    int d = Character.digit(s.charAt(i + k), 16);
                    if (d < 0 || s.charAt(i + k) >= 0x80) {
                        return false;
                    }
                    v = v << 4 | d;
                }
                i += len;
                if (e == 'x') {
                    sb.append((char) v); // a byte, as written
                } else if (v > Integer.MAX_VALUE || !Utf8.validRune((int) v)) {
                    return false;
                } else {
                    Str.appendRune(sb, v);
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 2 > s.length()) {
                    return false;
                }
                int v = e - '0';
                for (int k = 0; k < 2; k++) {
                    char d = s.charAt(i + k);
                    if (d < '0' || d > '7') {
                        return false;
                    }
                    v = v << 3 | (d - '0');
                }
                if (v > 255) {
                    return false;
                }
                i += 2;
                sb.append((char) v);
            }
            default -> {
                return false;
            }
        }
        pos[0] = i;
        return true;
    }
}
