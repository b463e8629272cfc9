package go4j.compiler.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Go's lexer: turns a {@link Source} into tokens, one {@link #next()} at a time, with
 * automatic semicolon insertion as the spec's "Semicolons" section says.
 *
 * <p>After each {@link #next()}: {@link #tok()} is the token, {@link #pos()} the byte
 * offset of its first byte, and {@link #lit()} its text for {@code IDENT} and the literal
 * kinds, and for {@code SEMICOLON} how it was written: {@code "semicolon"} for an explicit
 * {@code ;}, {@code "newline"} or {@code "EOF"} for an inserted one (the words Go's
 * compiler uses in its messages). Comments are skipped; a comment spanning lines counts as
 * a newline. A lexical error goes to the {@link ErrorHandler}, worded as {@code
 * cmd/compile/internal/syntax}'s scanner words it, and scanning goes on as Go's does (a bad
 * literal is still a literal, an invalid character is skipped), so that the errors after
 * it are Go's too.
 *
 * <pre>{@code
 * Scanner s = new Scanner(Source.of("x.go", "x++\n"));
 * s.next(); // IDENT "x"
 * s.next(); // INC
 * s.next(); // SEMICOLON "newline"
 * s.next(); // EOF
 * }</pre>
 */
public final class Scanner {

    /* Implementation overview
     *
     * The source is read as UTF-8 bytes; ch is the code point at chOff (-1 at the end),
     * and read is the offset just past it. nlsemi records whether the last token ends a
     * statement (an identifier, literal, one of the keywords break continue fallthrough
     * return, ++ -- ) ] }): then a newline, a line-spanning comment or the end of the
     * file becomes a SEMICOLON.
     */

    private static final Map<String, Token> KEYWORDS = keywords();

    /** Where lexical errors go; the handler may throw to stop the scan. */
    @FunctionalInterface
    public interface ErrorHandler {
        /**
         * @param offset  the byte offset of the error
         * @param message Go's message, without the position
         */
        void error(int offset, String message);
    }

    private final Source src;
    private final ErrorHandler errh;
    private final byte[] b;
    private int ch;          // the current code point, -1 at end of input
    private int chOff;       // offset of ch
    private int read;        // offset just past ch
    private boolean nlsemi;  // whether a newline here becomes a semicolon

    private Token tok;
    private int pos;
    private String lit;

    /**
     * A scanner that throws {@link SyntaxError} at the first lexical error.
     *
     * @param src the source to scan; positions are its byte offsets
     */
    public Scanner(Source src) {
        this(src, (offset, message) -> {
            throw SyntaxError.at(src, offset, message);
        });
    }

    /**
     * @param src  the source to scan; positions are its byte offsets
     * @param errh where lexical errors go
     */
    public Scanner(Source src, ErrorHandler errh) {
        this.src = src;
        this.errh = errh;
        this.b = src.bytes();
        nextch();
        if (ch == 0xFEFF) { // a byte order mark is allowed (and ignored) only first
            nextch();
        }
    }

    /** @return the current token */
    public Token tok() {
        return tok;
    }

    /** @return the byte offset of the current token */
    public int pos() {
        return pos;
    }

    /** @return the current token's text (identifiers, literals, semicolons), else null */
    public String lit() {
        return lit;
    }

    // ------------------------------------------------------------------ characters

    /** Reads the next code point into ch; a NUL, bad UTF-8 or a late BOM is reported and skipped. */
    private void nextch() {
        while (true) {
            chOff = read;
            if (read >= b.length) {
                ch = -1;
                return;
            }
            if (readOne()) {
                return;
            }
        }
    }

    /** Reads the code point at read; false if it was reported and skipped. */
    private boolean readOne() {
        int c = b[read] & 0xFF;
        if (c < 0x80) {
            ch = c;
            read++;
            if (c == 0) {
                error(chOff, "invalid NUL character");
                return false;
            }
            return true;
        }
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        int cp = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : c & 0x1F;
        boolean ok = n > 1 && read + n <= b.length;
        for (int i = 1; ok && i < n; i++) {
            int cc = b[read + i] & 0xFF;
            ok = (cc & 0xC0) == 0x80;
            cp = cp << 6 | cc & 0x3F;
        }
        if (!ok) {
            read++;
            error(chOff, "invalid UTF-8 encoding");
            return false;
        }
        ch = cp;
        read += n;
        if (ch == 0xFEFF && chOff > 0) {
            error(chOff, "invalid BOM in the middle of the file");
            return false;
        }
        return true;
    }

    private void error(int offset, String message) {
        errh.error(offset, message);
    }

    private String text(int from) {
        return new String(b, from, chOff - from, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ tokens

    /** Advances to the next token. */
    public void next() {
        boolean semiHere = nlsemi;
        nlsemi = false;
        lit = null;
        while (!scan(semiHere)) {
            nextch(); // past an invalid character, reported
        }
    }

    /** Scans one token; false at an invalid character, which is reported and not consumed. */
    private boolean scan(boolean semiHere) {
        while (true) {
            while (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' && !semiHere) {
                nextch();
            }
            pos = chOff;
            if (ch == '/' && peek() == '/') { // a line comment ends before its newline
                while (ch >= 0 && ch != '\n') {
                    nextch();
                }
                continue;
            }
            if (ch == '/' && peek() == '*') {
                int start = chOff;
                boolean spansLines = skipGeneralComment();
                if (spansLines && semiHere) {
                    pos = start;
                    semi("newline");
                    return true;
                }
                continue;
            }
            break;
        }
        if (isLetter(ch) || ch >= 0x80 && isUnicodeIdentStart()) {
            ident();
            return true;
        }
        switch (ch) {
            case -1 -> {
                if (semiHere) {
                    semi("EOF");
                } else {
                    tok = Token.EOF;
                }
            }
            case '\n' -> {
                nextch();
                semi("newline");
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(false);
            case '"' -> string();
            case '`' -> rawString();
            case '\'' -> rune();
            case '(' -> op1(Token.LPAREN);
            case '[' -> op1(Token.LBRACK);
            case '{' -> op1(Token.LBRACE);
            case ',' -> op1(Token.COMMA);
            case ';' -> {
                nextch();
                semi("semicolon");
            }
            case ')' -> endsStmt(Token.RPAREN);
            case ']' -> endsStmt(Token.RBRACK);
            case '}' -> endsStmt(Token.RBRACE);
            case ':' -> {
                nextch();
                tok = got('=') ? Token.DEFINE : Token.COLON;
            }
            case '.' -> {
                if (isDecimal(peek())) {
                    nextch();
                    number(true);
                } else if (peek() == '.' && peek2() == '.') {
                    nextch();
                    nextch();
                    nextch();
                    tok = Token.ELLIPSIS;
                } else {
                    op1(Token.PERIOD);
                }
            }
            case '+' -> {
                nextch();
                if (got('+')) {
                    endsStmtAfter(Token.INC);
                } else {
                    assignOp(Token.ADD, Token.ADD_ASSIGN);
                }
            }
            case '-' -> {
                nextch();
                if (got('-')) {
                    endsStmtAfter(Token.DEC);
                } else {
                    assignOp(Token.SUB, Token.SUB_ASSIGN);
                }
            }
            case '*' -> {
                nextch();
                assignOp(Token.MUL, Token.MUL_ASSIGN);
            }
            case '/' -> {
                nextch();
                assignOp(Token.QUO, Token.QUO_ASSIGN);
            }
            case '%' -> {
                nextch();
                assignOp(Token.REM, Token.REM_ASSIGN);
            }
            case '&' -> {
                nextch();
                if (got('&')) {
                    tok = Token.LAND;
                } else if (got('^')) {
                    assignOp(Token.AND_NOT, Token.AND_NOT_ASSIGN);
                } else {
                    assignOp(Token.AND, Token.AND_ASSIGN);
                }
            }
            case '|' -> {
                nextch();
                if (got('|')) {
                    tok = Token.LOR;
                } else {
                    assignOp(Token.OR, Token.OR_ASSIGN);
                }
            }
            case '^' -> {
                nextch();
                assignOp(Token.XOR, Token.XOR_ASSIGN);
            }
            case '<' -> {
                nextch();
                if (got('=')) {
                    tok = Token.LEQ;
                } else if (got('<')) {
                    assignOp(Token.SHL, Token.SHL_ASSIGN);
                } else if (got('-')) {
                    tok = Token.ARROW;
                } else {
                    tok = Token.LSS;
                }
            }
            case '>' -> {
                nextch();
                if (got('=')) {
                    tok = Token.GEQ;
                } else if (got('>')) {
                    assignOp(Token.SHR, Token.SHR_ASSIGN);
                } else {
                    tok = Token.GTR;
                }
            }
            case '=' -> {
                nextch();
                tok = got('=') ? Token.EQL : Token.ASSIGN;
            }
            case '!' -> {
                nextch();
                tok = got('=') ? Token.NEQ : Token.NOT;
            }
            case '~' -> op1(Token.TILDE);
            default -> {
                error(chOff, "invalid character " + Quote.codePoint(ch));
                return false;
            }
        }
        return true;
    }

    private int peek() {
        return read < b.length ? b[read] & 0xFF : -1;
    }

    private int peek2() {
        return read + 1 < b.length ? b[read + 1] & 0xFF : -1;
    }

    private boolean got(int c) {
        if (ch == c) {
            nextch();
            return true;
        }
        return false;
    }

    private void semi(String how) {
        tok = Token.SEMICOLON;
        lit = how;
    }

    private void op1(Token t) {
        nextch();
        tok = t;
    }

    private void endsStmt(Token t) {
        nextch();
        endsStmtAfter(t);
    }

    private void endsStmtAfter(Token t) {
        tok = t;
        nlsemi = true;
    }

    private void assignOp(Token op, Token assign) {
        tok = got('=') ? assign : op;
    }

    /** Skips a general comment; returns whether it spanned a line break. */
    private boolean skipGeneralComment() {
        int start = chOff;
        nextch();
        nextch();
        boolean lines = false;
        while (ch >= 0) {
            if (ch == '*' && peek() == '/') {
                nextch();
                nextch();
                return lines;
            }
            lines |= ch == '\n';
            nextch();
        }
        error(start, "comment not terminated");
        return lines;
    }

    // ------------------------------------------------------------------ identifiers

    private static boolean isLetter(int c) {
        return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_';
    }

    private static boolean isDecimal(int c) {
        return '0' <= c && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDecimal(c) || 'a' <= (c | 0x20) && (c | 0x20) <= 'f';
    }

    /**
     * For a non-ASCII ch at a token's start: a letter starts an identifier, and so does a
     * Unicode digit, reported (as Go does); anything else is an invalid character.
     */
    private boolean isUnicodeIdentStart() {
        if (Character.isLetter(ch)) {
            return true;
        }
        if (Character.isDigit(ch)) {
            error(chOff, "identifier cannot begin with digit " + Quote.codePoint(ch));
            return true;
        }
        return false;
    }

    private void ident() {
        int start = chOff;
        while (true) {
            if (isLetter(ch) || isDecimal(ch)) {
                nextch();
            } else if (ch >= 0x80) {
                if (!Character.isLetter(ch) && !Character.isDigit(ch)) {
                    error(chOff, "invalid character " + Quote.codePoint(ch) + " in identifier");
                }
                nextch();
            } else {
                break;
            }
        }
        String word = text(start);
        Token kw = KEYWORDS.get(word);
        if (kw != null) {
            tok = kw;
            nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH
                    || kw == Token.RETURN;
            return;
        }
        tok = Token.IDENT;
        lit = word;
        nlsemi = true;
    }

    private static Map<String, Token> keywords() {
        var m = new java.util.HashMap<String, Token>();
        for (Token t : Token.values()) {
            if (t.isKeyword()) {
                m.put(t.text, t);
            }
        }
        return Map.copyOf(m);
    }

    // ------------------------------------------------------------------ numbers

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /**
     * Scans a number literal: decimal, 0x, 0o, 0b, legacy 0-octal, with '_' separators,
     * decimal and hexadecimal floats, and the imaginary suffix. {@code seenPoint} says the
     * literal began with '.', already consumed. A malformed literal is still one literal;
     * only its first error is reported.
     */
    private void number(boolean seenPoint) {
        int start = seenPoint ? chOff - 1 : chOff;
        boolean ok = true;
        Token kind = Token.INT;
        int base = 10;
        char prefix = 0;         // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
        int digsep = 0;          // bit 0: a digit seen; bit 1: a '_' seen
        int[] invalid = {-1};    // offset of the first digit too large for the base

        if (!seenPoint) {
            if (ch == '0') {
                nextch();
                switch (ch | 0x20) {
                    case 'x' -> {
                        nextch();
                        base = 16;
                        prefix = 'x';
                    }
                    case 'o' -> {
                        nextch();
                        base = 8;
                        prefix = 'o';
                    }
                    case 'b' -> {
                        nextch();
                        base = 2;
                        prefix = 'b';
                    }
                    default -> {
                        base = 8;
                        prefix = '0';
                        digsep = 1; // the leading 0 is a digit
                    }
                }
            }
            digsep |= digits(base, invalid);
            if (ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    error(chOff, "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                nextch();
                seenPoint = true;
            }
        }
        if (seenPoint) {
            kind = Token.FLOAT;
            digsep |= digits(base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            error(chOff, baseName(base) + " literal has no digits");
            ok = false;
        }
        int e = ch | 0x20;
        if (e == 'e' || e == 'p') {
            if (ok && e == 'e' && prefix != 0 && prefix != '0') {
                error(chOff, Quote.rune(ch) + " exponent requires decimal mantissa");
                ok = false;
            } else if (ok && e == 'p' && prefix != 'x') {
                error(chOff, Quote.rune(ch) + " exponent requires hexadecimal mantissa");
                ok = false;
            }
            nextch();
            kind = Token.FLOAT;
            if (ch == '+' || ch == '-') {
                nextch();
            }
            int ds = digits(10, null);
            digsep = ds | digsep & 2;
            if ((ds & 1) == 0 && ok) {
                error(chOff, "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && kind == Token.FLOAT && ok) {
            error(chOff, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (ch == 'i') {
            kind = Token.IMAG;
            nextch();
        }
        String text = text(start);
        // A legacy octal literal may hold 8 and 9 while it may still become a float.
        if (kind == Token.INT && invalid[0] >= 0 && ok) {
            error(invalid[0], "invalid digit " + Quote.rune(b[invalid[0]]) + " in "
                    + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSeparator(text);
            if (i >= 0) {
                error(start + i, "'_' must separate successive digits");
            }
        }
        tok = kind;
        lit = text;
        nlsemi = true;
    }

    /** Scans digits of the base (decimal digits for bases up to 10) and '_'; see number. */
    private int digits(int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch) || ch == '_') {
                int ds = 1;
                if (ch == '_') {
                    ds = 2;
                } else if (ch >= max && invalid != null && invalid[0] < 0) {
                    invalid[0] = chOff;
                }
                digsep |= ds;
                nextch();
            }
        } else {
            while (isHex(ch) || ch == '_') {
                digsep |= ch == '_' ? 2 : 1;
                nextch();
            }
        }
        return digsep;
    }

    /** @return the index of the first '_' in x that does not separate two digits, or -1 */
    private static int invalidSeparator(String x) {
        char x1 = ' ';
        char d = '.'; // the previous character's class: '_', '0' (a digit) or '.' (other)
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = (char) (x.charAt(1) | 0x20);
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') {
                    return i;
                }
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.length() - 1 : -1;
    }

    // ------------------------------------------------------------------ runes and strings

    private void rune() {
        int start = chOff;
        boolean ok = true;
        nextch();
        for (int n = 0;; n++) {
            if (ch == '\'') {
                if (ok && n == 0) {
                    error(chOff, "empty rune literal or unescaped '");
                } else if (ok && n != 1) {
                    error(start, "more than one character in rune literal");
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                ok &= escape('\'');
                continue;
            }
            if (ch == '\n') {
                if (ok) {
                    error(chOff, "newline in rune literal");
                }
                break;
            }
            if (ch < 0) {
                if (ok) {
                    error(start, "rune literal not terminated");
                }
                break;
            }
            nextch();
        }
        literal(Token.CHAR, text(start));
    }

    private void string() {
        int start = chOff;
        nextch();
        while (true) {
            if (ch == '"') {
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                escape('"');
                continue;
            }
            if (ch == '\n') {
                error(chOff, "newline in string");
                break;
            }
            if (ch < 0) {
                error(start, "string not terminated");
                break;
            }
            nextch();
        }
        literal(Token.STRING, text(start));
    }

    /** A raw string's text drops its carriage returns, as the spec says its value does. */
    private void rawString() {
        int start = chOff;
        nextch();
        while (true) {
            if (ch == '`') {
                nextch();
                break;
            }
            if (ch < 0) {
                error(start, "string not terminated");
                break;
            }
            nextch();
        }
        literal(Token.STRING, text(start).replace("\r", ""));
    }

    private void literal(Token kind, String text) {
        tok = kind;
        lit = text;
        nlsemi = true;
    }

    /**
     * Checks one escape after its backslash; false if it was reported bad. At the end of
     * input the caller complains.
     */
    private boolean escape(int quote) {
        int n;
        int base;
        int max;
        switch (ch) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                nextch();
                return true;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                nextch();
                n = 4;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            case 'U' -> {
                nextch();
                n = 8;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            default -> {
                if (ch == quote) {
                    nextch();
                    return true;
                }
                if (ch < 0) {
                    return true;
                }
                error(chOff, "unknown escape");
                return false;
            }
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch < 0) {
                return true;
            }
            int d = base;
            if (isDecimal(ch)) {
                d = ch - '0';
            } else if ('a' <= (ch | 0x20) && (ch | 0x20) <= 'f') {
                d = (ch | 0x20) - 'a' + 10;
            }
            if (d >= base) {
                error(chOff, "invalid character " + Quote.rune(ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            error(chOff, "octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || 0xD800 <= x && x < 0xE000) {
            error(chOff, "escape is invalid Unicode code point " + Quote.codePoint((int) x));
            return false;
        }
        return true;
    }
}
