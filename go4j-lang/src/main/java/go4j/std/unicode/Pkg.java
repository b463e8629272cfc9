package go4j.std.unicode;

/**
 * Go's {@code unicode} package (stub {@code go4j/std/unicode/unicode.go}) on the JDK's
 * character tables: a rune is an {@code int}, and Go's categories are Java's
 * {@link Character#getType} classes. Go 1.19 has Unicode 13's tables, the JDK its own later
 * version, so runes assigned since then differ.
 *
 * <pre>{@code
 * Pkg.IsLetter('é');  // true
 * Pkg.ToUpper('ß');   // 'ß': no single-rune upper case
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** @return whether r is a Latin-1 control character (Go's IsControl looks no further) */
    public static boolean IsControl(int r) {
        return r >= 0 && r <= 0xFF && Character.getType(r) == Character.CONTROL;
    }

    /** @return whether r is a decimal digit (Nd) */
    public static boolean IsDigit(int r) {
        return Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER && r >= 0;
    }

    /** @return whether r is a letter, mark, number, punctuation, symbol or space separator (Zs) */
    public static boolean IsGraphic(int r) {
        return IsPrint(r) || Character.getType(r) == Character.SPACE_SEPARATOR && r >= 0;
    }

    /** @return whether r is a letter (L) */
    public static boolean IsLetter(int r) {
        return r >= 0 && Character.isLetter(r);
    }

    /** @return whether r is a lower case letter (Ll) */
    public static boolean IsLower(int r) {
        return r >= 0 && Character.getType(r) == Character.LOWERCASE_LETTER;
    }

    /** @return whether r is a mark (M) */
    public static boolean IsMark(int r) {
        if (r < 0) {
            return false;
        }
        int t = Character.getType(r);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** @return whether r is a number (N) */
    public static boolean IsNumber(int r) {
        if (r < 0) {
            return false;
        }
        int t = Character.getType(r);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** @return whether r is a letter, mark, number, punctuation or symbol, or the ASCII space */
    public static boolean IsPrint(int r) {
        return r == ' ' || IsLetter(r) || IsMark(r) || IsNumber(r) || IsPunct(r) || IsSymbol(r);
    }

    /** @return whether r is punctuation (P) */
    public static boolean IsPunct(int r) {
        if (r < 0) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /**
     * @return whether r is white space as Go defines it: {@code \t \n \v \f \r}, space, U+0085,
     *     U+00A0, and beyond Latin-1 the White_Space property
     */
    public static boolean IsSpace(int r) {
        if (r <= 0xFF) {
            return switch (r) {
                case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
                default -> false;
            };
        }
        return r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F
                || r == 0x205F || r == 0x3000;
    }

    /** @return whether r is a symbol (S) */
    public static boolean IsSymbol(int r) {
        if (r < 0) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** @return whether r is a title case letter (Lt) */
    public static boolean IsTitle(int r) {
        return r >= 0 && Character.getType(r) == Character.TITLECASE_LETTER;
    }

    /** @return whether r is an upper case letter (Lu) */
    public static boolean IsUpper(int r) {
        return r >= 0 && Character.getType(r) == Character.UPPERCASE_LETTER;
    }

    /** @return r's simple lower case mapping, r itself if it has none */
    public static int ToLower(int r) {
        return Character.toLowerCase(r);
    }

    /** @return r's simple title case mapping */
    public static int ToTitle(int r) {
        return Character.toTitleCase(r);
    }

    /** @return r's simple upper case mapping */
    public static int ToUpper(int r) {
        return Character.toUpperCase(r);
    }
}
