package go4j.compiler.types;

import go4j.compiler.syntax.Token;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The values of basic literals (spec "Integer literals" ... "String literals"), as {@link
 * Obj.Value} holds them; strings come out as go4j strings (one char per UTF-8 byte).
 */
final class Literals {
    private Literals() {
    }

    /** @return the literal's value, or null if it is malformed (the parser should prevent that) */
    static Object value(Token kind, String text) {
        try {
            return switch (kind) {
                case INT -> intValue(text.replace("_", ""));
                case FLOAT -> floatValue(text.replace("_", ""));
                case IMAG -> imagValue(text.substring(0, text.length() - 1).replace("_", ""));
                case CHAR -> charValue(text);
                case STRING -> stringValue(text);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An imaginary literal's magnitude: 0x/0o/0b integers, else decimal (0123i is decimal). */
    static BigDecimal imagValue(String t) {
        String s = t.toLowerCase();
        if (s.startsWith("0x") && !s.contains(".") && !s.contains("p") || s.startsWith("0o") || s.startsWith("0b")) {
            return new BigDecimal(intValue(s));
        }
        if (s.startsWith("0x")) {
            return floatValue(s);
        }
        return new BigDecimal(s);
    }

    static BigInteger intValue(String t) {
        String s = t.toLowerCase();
        if (s.startsWith("0x")) {
            return new BigInteger(s.substring(2), 16);
        }
        if (s.startsWith("0b")) {
            return new BigInteger(s.substring(2), 2);
        }
        if (s.startsWith("0o")) {
            return new BigInteger(s.substring(2), 8);
        }
        if (s.length() > 1 && s.startsWith("0")) {
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    static BigDecimal floatValue(String t) {
        String s = t.toLowerCase();
        if (s.startsWith("0x")) {
            int p = s.indexOf('p');
            String mant = p < 0 ? s.substring(2) : s.substring(2, p);
            int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4 * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            BigDecimal m = new BigDecimal(new BigInteger(mant.isEmpty() ? "0" : mant, 16));
            BigDecimal two = BigDecimal.valueOf(2);
            return exp >= 0 ? m.multiply(two.pow(exp)) : m.divide(two.pow(-exp));
        }
        if (s.length() > 1 && s.startsWith("0") && !s.contains(".") && !s.contains("e") && !s.contains("i")) {
            return new BigDecimal(s);
        }
        return new BigDecimal(s);
    }

    static BigInteger charValue(String text) {
        String body = text.substring(1, text.length() - 1);
        StringBuilder out = new StringBuilder();
        int[] pos = {0};
        long r = unescape(body, pos, '\'', out, true);
        return BigInteger.valueOf(r);
    }

    static String stringValue(String text) {
        if (text.startsWith("`")) {
            String body = text.substring(1, text.length() - 1).replace("\r", "");
            return bytes(body);
        }
        String body = text.substring(1, text.length() - 1);
        StringBuilder out = new StringBuilder();
        int[] pos = {0};
        while (pos[0] < body.length()) {
            unescape(body, pos, '"', out, false);
        }
        return out.toString();
    }

    /** @return the UTF-8 bytes of s as chars */
    static String bytes(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append((char) (x & 0xFF));
        }
        return sb.toString();
    }

    /**
     * Reads one character or escape of a quoted literal's body at pos[0], appends its bytes
     * to out, and returns its value (a code point, or a byte for \x and octal escapes).
     */
    private static long unescape(String s, int[] pos, char quote, StringBuilder out, boolean rune) {
        int i = pos[0];
        char c = s.charAt(i);
        if (c != '\\') {
            int cp = s.codePointAt(i);
            pos[0] = i + Character.charCount(cp);
            out.append(bytes(new String(Character.toChars(cp))));
            return cp;
        }
        char e = s.charAt(i + 1);
        pos[0] = i + 2;
        long v;
        switch (e) {
            case 'a' -> v = 7;
            case 'b' -> v = 8;
            case 'f' -> v = 12;
            case 'n' -> v = 10;
            case 'r' -> v = 13;
            case 't' -> v = 9;
            case 'v' -> v = 11;
            case '\\' -> v = '\\';
            case '\'' -> v = '\'';
            case '"' -> v = '"';
            case 'x' -> {
                v = Long.parseLong(s.substring(i + 2, i + 4), 16);
                pos[0] = i + 4;
                out.append((char) v);
                return v;
            }
            case 'u' -> {
                v = Long.parseLong(s.substring(i + 2, i + 6), 16);
                pos[0] = i + 6;
                out.append(Constants.encodeRune(v));
                return v;
            }
            case 'U' -> {
                v = Long.parseLong(s.substring(i + 2, i + 10), 16);
                pos[0] = i + 10;
                out.append(Constants.encodeRune(v));
                return v;
            }
            default -> {
                v = Long.parseLong(s.substring(i + 1, i + 4), 8);
                pos[0] = i + 4;
                out.append((char) v);
                return v;
            }
        }
        out.append((char) v);
        return v;
    }
}
