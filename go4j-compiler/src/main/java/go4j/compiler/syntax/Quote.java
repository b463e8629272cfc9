package go4j.compiler.syntax;

/**
 * Go's {@code fmt} verbs that the scanner's messages use: {@code %q} of a rune and
 * {@code %#U}, so that a message reads as Go's word for word.
 */
final class Quote {
    private Quote() {
    }

    /**
     * @param c a code point
     * @return {@code %q} of it: {@code 'x'}, {@code '\n'}, {@code '\x00'}, {@code '\u200b'}
     */
    static String rune(int c) {
        String body = switch (c) {
            case '\u0007' -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\u000b' -> "\\v";
            case '\\' -> "\\\\";
            case '\'' -> "\\'";
            default -> {
                if (printable(c)) {
                    yield Character.toString(c);
                }
                if (c < 0x80) {
                    yield String.format("\\x%02x", c);
                }
                yield c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            }
        };
        return "'" + body + "'";
    }

    /**
     * @param c a code point
     * @return {@code %#U} of it: {@code U+0040 '@'}, or {@code U+0000} when not printable
     */
    static String codePoint(int c) {
        String hex = String.format("U+%04X", c);
        return printable(c) ? hex + " '" + Character.toString(c) + "'" : hex;
    }

    private static boolean printable(int c) {
        if (c < 0x20 || c == 0x7F || c > Character.MAX_CODE_POINT) {
            return false;
        }
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
                && (t != Character.SPACE_SEPARATOR || c == ' ');
    }
}
