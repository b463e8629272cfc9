package go4j.std.fmt;

import go4j.fn.M$Read$L$A;
import go4j.lang.Complex;
import go4j.lang.Ptr;
import go4j.lang.RType;
import go4j.lang.Rt;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;

/**
 * Go's scanning ({@code Sscan}, {@code Fscanf}, ...), as fmt/scan.go does it: a state that reads
 * runes from a string or an {@code io.Reader} (a byte at a time, so that it reads no further
 * than Go's does), skips space as the operation says (a newline is a space for {@code Scan},
 * ends the input for {@code Scanln}, and must match the format's for {@code Scanf}), and stores
 * each operand through the pointer it is given ({@code *int}, {@code *string}, {@code *[]byte},
 * {@code *float64}, {@code *bool}, ... and named types of those kinds). Its errors are Go's
 * texts: {@code unexpected EOF}, {@code expected integer}, {@code input does not match format},
 * {@code too many operands}, {@code unexpected newline}, {@code expected newline}, strconv's
 * errors, and {@code EOF} for no input at all.
 *
 * <p>Not ported: operands implementing {@code fmt.Scanner}. Instances are used by one call.
 */
final class Scan {
    private static final int EOF = -1;
    private static final int HUGE_WID = 1 << 30;
    private static final String BINARY = "01";
    private static final String OCTAL = "01234567";
    private static final String DECIMAL = "0123456789";
    private static final String HEX = "0123456789aAbBcCdDeEfF";
    private static final String SIGN = "+-";
    private static final String FLOAT_VERBS = "beEfFgGv";

    /** A Go error thrown out of the scan to its entry (Go's scanError panic). */
    private static final class ScanError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object err;

        ScanError(Object err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    /** Where runes come from: one pending rune can be read again. */
    private abstract static class Runes {
        /** The rune read last, for unread; -1 when there is none to give back. */
        int last = -1;
        boolean unread;

        /** @return the next rune, or EOF */
        int read() {
            if (unread) {
                unread = false;
                return last;
            }
            last = next();
            return last;
        }

        void unread() {
            unread = true;
        }

        abstract int next();
    }

    /** A Go string's runes. */
    private static final class StringRunes extends Runes {
        private final String s;
        private int i;

        StringRunes(String s) {
            this.s = s;
        }

        @Override
        int next() {
            if (i >= s.length()) {
                return EOF;
            }
            long d = Str.decodeRune(s, i);
            i += Str.width(d);
            return Str.rune(d);
        }
    }

    /** An io.Reader's runes, a byte at a time through its Read (fmt's readRune). */
    private static final class ReaderRunes extends Runes {
        private final M$Read$L$A r;
        private final SliceB one = SliceB.make(1, 1);
        private final byte[] pending = new byte[4];
        private int npending;

        ReaderRunes(Object r) {
            this.r = (M$Read$L$A) r;
        }

        /** @return the next byte, or -1 at the end; an error other than io.EOF is the scan's */
        private int readByte() {
            if (npending > 0) {
                int b = pending[0] & 0xFF;
                System.arraycopy(pending, 1, pending, 0, --npending);
                return b;
            }
            while (true) {
                Object[] res = r.Read(one);
                long n = (Long) res[0];
                if (n == 1) {
                    return SliceB.get(one, 0) & 0xFF;
                }
                Object err = res[1];
                if (err == null) {
                    continue; // Go's io.ReadFull tries again
                }
                if (err == go4j.std.io.Pkg.EOF) {
                    return -1;
                }
                throw new ScanError(err);
            }
        }

        @Override
        int next() {
            int b0 = readByte();
            if (b0 < 0) {
                return EOF;
            }
            if (b0 < 0x80) {
                return b0;
            }
            StringBuilder sb = new StringBuilder(4).append((char) b0);
            int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
            while (sb.length() < need) {
                int b = readByte();
                if (b < 0) {
                    break;
                }
                sb.append((char) b);
            }
            String s = sb.toString();
            long d = Str.decodeRune(s, 0);
            int w = Str.width(d);
            for (int k = w; k < s.length(); k++) {
                pending[npending++] = (byte) s.charAt(k); // an invalid sequence: its rest is read next
            }
            return Str.rune(d);
        }
    }

    private final Runes rs;
    /** The token being built, as a Go string's bytes. */
    private final StringBuilder buf = new StringBuilder();
    private int count;
    private boolean atEOF;
    private final boolean nlIsEnd;
    private final boolean nlIsSpace;
    private int argLimit = HUGE_WID;
    private final int limit = HUGE_WID;
    private int maxWid = HUGE_WID;

    private Scan(Runes rs, boolean nlIsSpace, boolean nlIsEnd) {
        this.rs = rs;
        this.nlIsSpace = nlIsSpace;
        this.nlIsEnd = nlIsEnd;
    }

    static Scan ofString(String s, boolean nlIsSpace, boolean nlIsEnd) {
        return new Scan(new StringRunes(s), nlIsSpace, nlIsEnd);
    }

    static Scan ofReader(Object r, boolean nlIsSpace, boolean nlIsEnd) {
        return new Scan(new ReaderRunes(r), nlIsSpace, nlIsEnd);
    }

    // ---- reading

    private int getRune() {
        if (atEOF || count >= argLimit) {
            return EOF;
        }
        int r = rs.read();
        if (r == EOF) {
            atEOF = true;
            return EOF;
        }
        count++;
        if (nlIsEnd && r == '\n') {
            atEOF = true;
        }
        return r;
    }

    private int mustReadRune() {
        int r = getRune();
        if (r == EOF) {
            throw new ScanError(go4j.std.io.Pkg.ErrUnexpectedEOF);
        }
        return r;
    }

    private void unreadRune() {
        rs.unread();
        atEOF = false;
        count--;
    }

    private static ScanError errorString(String text) {
        return new ScanError(go4j.std.errors.Pkg.New(text));
    }

    /** Go's fmt isSpace: the Unicode White_Space ranges below U+10000. */
    static boolean isSpace(int r) {
        return r >= 0x09 && r <= 0x0d || r == 0x20 || r == 0x85 || r == 0xa0 || r == 0x1680
                || r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f
                || r == 0x3000;
    }

    private void skipSpace() {
        while (true) {
            int r = getRune();
            if (r == EOF) {
                return;
            }
            if (r == '\r' && peek("\n")) {
                continue;
            }
            if (r == '\n') {
                if (nlIsSpace) {
                    continue;
                }
                throw errorString("unexpected newline");
            }
            if (!isSpace(r)) {
                unreadRune();
                return;
            }
        }
    }

    private String token(boolean skipSpace) {
        if (skipSpace) {
            skipSpace();
        }
        while (true) {
            int r = getRune();
            if (r == EOF) {
                break;
            }
            if (isSpace(r)) {
                unreadRune();
                break;
            }
            Str.appendRune(buf, r);
        }
        return buf.toString();
    }

    private static boolean in(String ok, int r) {
        return r >= 0 && ok.indexOf(r) >= 0;
    }

    private boolean consume(String ok, boolean accept) {
        int r = getRune();
        if (r == EOF) {
            return false;
        }
        if (in(ok, r)) {
            if (accept) {
                Str.appendRune(buf, r);
            }
            return true;
        }
        if (accept) {
            unreadRune();
        }
        return false;
    }

    private boolean peek(String ok) {
        int r = getRune();
        if (r != EOF) {
            unreadRune();
        }
        return in(ok, r);
    }

    /** Go panics with io.EOF itself here: no input at all for the operand. */
    private static final class AtEOF extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AtEOF() {
            super(null, null, false, false);
        }
    }

    private void notEOF() {
        if (getRune() == EOF) {
            throw new AtEOF();
        }
        unreadRune();
    }

    private boolean accept(String ok) {
        return consume(ok, true);
    }

    private void okVerb(int verb, String okVerbs, String typ) {
        if (okVerbs.indexOf(verb) < 0) {
            throw errorString("bad verb '%" + Str.fromRune(verb) + "' for " + typ);
        }
    }

    // ---- the kinds of operand

    private boolean scanBool(int verb) {
        skipSpace();
        notEOF();
        okVerb(verb, "tv", "boolean");
        switch (getRune()) {
            case '0':
                return false;
            case '1':
                return true;
            case 't', 'T':
                if (accept("rR") && (!accept("uU") || !accept("eE"))) {
                    throw new ScanError(go4j.std.errors.Pkg.New("syntax error scanning boolean"));
                }
                return true;
            case 'f', 'F':
                if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) {
                    throw new ScanError(go4j.std.errors.Pkg.New("syntax error scanning boolean"));
                }
                return false;
            default:
                return false;
        }
    }

    private String scanNumber(String digits, boolean haveDigits) {
        if (!haveDigits) {
            notEOF();
            if (!accept(digits)) {
                throw errorString("expected integer");
            }
        }
        while (accept(digits)) {
            // more digits
        }
        return buf.toString();
    }

    private long scanRune(int bitSize) {
        notEOF();
        long r = getRune();
        int n = 64 - bitSize;
        if ((r << n) >> n != r) {
            throw errorString("overflow on character value " + Str.fromRune(r));
        }
        return r;
    }

    /** {base (0: from the prefix), digits, zero found}. */
    private Object[] scanBasePrefix() {
        if (!peek("0")) {
            return new Object[] {0, DECIMAL + "_", false};
        }
        accept("0");
        if (peek("bB")) {
            consume("bB", true);
            return new Object[] {0, BINARY + "_", true};
        }
        if (peek("oO")) {
            consume("oO", true);
            return new Object[] {0, OCTAL + "_", true};
        }
        if (peek("xX")) {
            consume("xX", true);
            return new Object[] {0, HEX + "_", true};
        }
        return new Object[] {0, OCTAL + "_", true};
    }

    private int base(int verb) {
        okVerb(verb, "bdoUxXv", "integer");
        return switch (verb) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X', 'U' -> 16;
            default -> 10;
        };
    }

    private static String digits(int base) {
        return switch (base) {
            case 2 -> BINARY;
            case 8 -> OCTAL;
            case 16 -> HEX;
            default -> DECIMAL;
        };
    }

    /** An integer operand's token, after Go's sign (signed only), base prefix or U+: {token, base}. */
    private Object[] integerToken(int verb, boolean signed) {
        skipSpace();
        notEOF();
        int base = base(verb);
        String digits = digits(base);
        boolean haveDigits = false;
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false)) {
                throw errorString("bad unicode format ");
            }
        } else {
            if (signed) {
                accept(SIGN); // a sign stays in the token
            }
            if (verb == 'v') {
                Object[] p = scanBasePrefix();
                base = (Integer) p[0];
                digits = (String) p[1];
                haveDigits = (Boolean) p[2];
            }
        }
        return new Object[] {scanNumber(digits, haveDigits), base};
    }

    private long scanInt(int verb, int bitSize) {
        if (verb == 'c') {
            return scanRune(bitSize);
        }
        Object[] t = integerToken(verb, true);
        String tok = (String) t[0];
        Object[] r = go4j.std.strconv.Pkg.ParseInt(tok, (Integer) t[1], 64);
        if (r[1] != null) {
            throw new ScanError(r[1]);
        }
        long i = (Long) r[0];
        int n = 64 - bitSize;
        if ((i << n) >> n != i) {
            throw errorString("integer overflow on token " + tok);
        }
        return i;
    }

    private long scanUint(int verb, int bitSize) {
        if (verb == 'c') {
            return scanRune(bitSize);
        }
        Object[] t = integerToken(verb, false);
        String tok = (String) t[0];
        Object[] r = go4j.std.strconv.Pkg.ParseUint(tok, (Integer) t[1], 64);
        if (r[1] != null) {
            throw new ScanError(r[1]);
        }
        long i = (Long) r[0];
        int n = 64 - bitSize;
        if ((i << n) >>> n != i) {
            throw errorString("unsigned integer overflow on token " + tok);
        }
        return i;
    }

    private String floatToken() {
        buf.setLength(0);
        if (accept("nN") && accept("aA") && accept("nN")) {
            return buf.toString();
        }
        accept(SIGN);
        if (accept("iI") && accept("nN") && accept("fF")) {
            return buf.toString();
        }
        String digits = DECIMAL + "_";
        String exp = "eEpP";
        if (accept("0") && accept("xX")) {
            digits = HEX + "_";
            exp = "pP";
        }
        while (accept(digits)) {
            // integer part
        }
        if (accept(".")) {
            while (accept(digits)) {
                // fraction
            }
        }
        if (accept(exp)) {
            accept(SIGN);
            while (accept(DECIMAL + "_")) {
                // exponent
            }
        }
        return buf.toString();
    }

    private double convertFloat(String str, int bits) {
        int p = str.indexOf('p');
        if (p >= 0 && str.indexOf('x') < 0 && str.indexOf('X') < 0) {
            Object[] f = go4j.std.strconv.Pkg.ParseFloat(str.substring(0, p), bits);
            if (f[1] != null) {
                throw new ScanError(withNum(f[1], str));
            }
            Object[] m = go4j.std.strconv.Pkg.Atoi(str.substring(p + 1));
            if (m[1] != null) {
                throw new ScanError(withNum(m[1], str));
            }
            return go4j.std.math.Pkg.Ldexp((Double) f[0], (Long) m[0]);
        }
        Object[] f = go4j.std.strconv.Pkg.ParseFloat(str, bits);
        if (f[1] != null) {
            throw new ScanError(f[1]);
        }
        return (Double) f[0];
    }

    /** Go sets a NumError's Num to the whole token. */
    private static Object withNum(Object err, String num) {
        if (err instanceof go4j.std.strconv.NumError e) {
            e.Num = num;
        }
        return err;
    }

    private Complex scanComplex(int verb, int bits) {
        okVerb(verb, FLOAT_VERBS, "complex");
        skipSpace();
        notEOF();
        boolean parens = accept("(");
        String re = floatToken();
        buf.setLength(0);
        if (!accept("+-")) {
            throw new ScanError(go4j.std.errors.Pkg.New("syntax error scanning complex number"));
        }
        String imSign = buf.toString();
        String im = floatToken();
        if (!accept("i") || parens && !accept(")")) {
            throw new ScanError(go4j.std.errors.Pkg.New("syntax error scanning complex number"));
        }
        double r = convertFloat(re, bits / 2);
        double i = convertFloat(imSign + im, bits / 2);
        return bits == 64 ? Complex.of64(r, i) : Complex.of(r, i);
    }

    private String convertString(int verb) {
        okVerb(verb, "svqxX", "string");
        skipSpace();
        notEOF();
        return switch (verb) {
            case 'q' -> quotedString();
            case 'x', 'X' -> hexString();
            default -> token(true);
        };
    }

    private String quotedString() {
        notEOF();
        int quote = getRune();
        switch (quote) {
            case '`' -> {
                while (true) {
                    int r = mustReadRune();
                    if (r == quote) {
                        break;
                    }
                    Str.appendRune(buf, r);
                }
                return buf.toString();
            }
            case '"' -> {
                buf.append('"');
                while (true) {
                    int r = mustReadRune();
                    Str.appendRune(buf, r);
                    if (r == '\\') {
                        Str.appendRune(buf, mustReadRune());
                    } else if (r == '"') {
                        break;
                    }
                }
                Object[] u = go4j.std.strconv.Pkg.Unquote(buf.toString());
                if (u[1] != null) {
                    throw new ScanError(u[1]);
                }
                return (String) u[0];
            }
            default -> throw errorString("expected quoted string");
        }
    }

    private static int hexDigit(int d) {
        if (d >= '0' && d <= '9') {
            return d - '0';
        }
        if (d >= 'a' && d <= 'f') {
            return 10 + d - 'a';
        }
        if (d >= 'A' && d <= 'F') {
            return 10 + d - 'A';
        }
        return -1;
    }

    private String hexString() {
        notEOF();
        while (true) {
            int r1 = getRune();
            if (r1 == EOF) {
                break;
            }
            int v1 = hexDigit(r1);
            if (v1 < 0) {
                unreadRune();
                break;
            }
            int v2 = hexDigit(mustReadRune());
            if (v2 < 0) {
                throw errorString("illegal hex digit");
            }
            buf.append((char) (v1 << 4 | v2));
        }
        if (buf.isEmpty()) {
            throw errorString("no hex data for %x string");
        }
        return buf.toString();
    }

    private void scanPercent() {
        skipSpace();
        notEOF();
        if (!accept("%")) {
            throw errorString("missing literal %");
        }
    }

    /** Scans one operand into the variable {@code arg} points to. */
    private void scanOne(int verb, Object arg) {
        buf.setLength(0);
        RType t = arg == null ? null : RType.typeOf(arg);
        if (t == null || t.kind() != RType.Kind.POINTER) {
            throw errorString("type not a pointer: " + (t == null ? "<nil>" : t.toString()));
        }
        RType e = t.elem();
        Ptr p = Rt.ptrOf(arg);
        switch (e.kind()) {
            case BOOL -> p.setZ(scanBool(verb));
            case INT, INT64 -> p.setJ(scanInt(verb, 64));
            case INT8 -> p.setI((int) scanInt(verb, 8));
            case INT16 -> p.setI((int) scanInt(verb, 16));
            case INT32 -> p.setI((int) scanInt(verb, 32));
            case UINT, UINT64, UINTPTR -> p.setJ(scanUint(verb, 64));
            case UINT8 -> p.setI((int) scanUint(verb, 8));
            case UINT16 -> p.setI((int) scanUint(verb, 16));
            case UINT32 -> p.setI((int) scanUint(verb, 32));
            case FLOAT32 -> {
                okVerb(verb, FLOAT_VERBS, "float32");
                skipSpace();
                notEOF();
                p.setF((float) convertFloat(floatToken(), 32));
            }
            case FLOAT64 -> {
                okVerb(verb, FLOAT_VERBS, "float64");
                skipSpace();
                notEOF();
                p.setD(convertFloat(floatToken(), 64));
            }
            case COMPLEX64 -> p.setL(scanComplex(verb, 64));
            case COMPLEX128 -> p.setL(scanComplex(verb, 128));
            case STRING -> p.setL(convertString(verb));
            case SLICE -> {
                if (e.elem().kind() != RType.Kind.UINT8) {
                    throw errorString("can't scan type: " + t);
                }
                p.setL(Str.toBytes(convertString(verb)));
            }
            default -> throw errorString("can't scan type: " + t);
        }
    }

    /** Scan and Scanln: each operand with %v; Scanln then wants the line's end. */
    Object[] doScan(SliceL a) {
        long n = 0;
        try {
            long len = SliceL.len(a);
            for (long i = 0; i < len; i++) {
                scanOne('v', SliceL.get(a, i));
                n++;
            }
            if (nlIsEnd) {
                while (true) {
                    int r = getRune();
                    if (r == '\n' || r == EOF) {
                        break;
                    }
                    if (!isSpace(r)) {
                        throw errorString("expected newline");
                    }
                }
            }
            return new Object[] {n, null};
        } catch (ScanError e) {
            return new Object[] {n, e.err};
        } catch (AtEOF e) {
            return new Object[] {n, go4j.std.io.Pkg.EOF};
        }
    }

    /** Matches the format's text up to its next verb: the bytes consumed, or -1 on a mismatch. */
    private int advance(String format) {
        int i = 0;
        while (i < format.length()) {
            long d = Str.decodeRune(format, i);
            int fmtc = Str.rune(d);
            int w = Str.width(d);
            if (isSpace(fmtc)) {
                int newlines = 0;
                boolean trailingSpace = false;
                while (isSpace(fmtc) && i < format.length()) {
                    if (fmtc == '\n') {
                        newlines++;
                        trailingSpace = false;
                    } else {
                        trailingSpace = true;
                    }
                    i += w;
                    d = Str.decodeRune(format, i);
                    fmtc = i < format.length() ? Str.rune(d) : 0xFFFD;
                    w = Str.width(d);
                }
                for (int j = 0; j < newlines; j++) {
                    int inputc = getRune();
                    while (isSpace(inputc) && inputc != '\n') {
                        inputc = getRune();
                    }
                    if (inputc != '\n' && inputc != EOF) {
                        throw errorString("newline in format does not match input");
                    }
                }
                if (trailingSpace) {
                    int inputc = getRune();
                    if (newlines == 0) {
                        if (!isSpace(inputc) && inputc != EOF) {
                            throw errorString("expected space in input to match format");
                        }
                        if (inputc == '\n') {
                            throw errorString("newline in input does not match format");
                        }
                    }
                    while (isSpace(inputc) && inputc != '\n') {
                        inputc = getRune();
                    }
                    if (inputc != EOF) {
                        unreadRune();
                    }
                }
                continue;
            }
            if (fmtc == '%') {
                if (i + w == format.length()) {
                    throw errorString("missing verb: % at end of format string");
                }
                int nextc = Str.rune(Str.decodeRune(format, i + w));
                if (nextc != '%') {
                    return i;
                }
                i += w;
            }
            int inputc = mustReadRune();
            if (fmtc != inputc) {
                unreadRune();
                return -1;
            }
            i += w;
        }
        return i;
    }

    /** Scanf: the format's text matched, each verb's operand scanned. */
    Object[] doScanf(String format, SliceL a) {
        long n = 0;
        long len = SliceL.len(a);
        try {
            int end = format.length() - 1;
            for (int i = 0; i <= end; ) {
                int w = advance(format.substring(i));
                if (w > 0) {
                    i += w;
                    continue;
                }
                if (format.charAt(i) != '%') {
                    if (w < 0) {
                        throw errorString("input does not match format");
                    }
                    break;
                }
                i++;
                int start = i;
                while (i <= end && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    i++;
                }
                if (i > start) {
                    maxWid = Integer.parseInt(format.substring(start, Math.min(i, start + 9)));
                } else {
                    maxWid = HUGE_WID;
                }
                long d = Str.decodeRune(format, i);
                int c = Str.rune(d);
                int cw = Str.width(d);
                i += cw;
                if (c != 'c') {
                    skipSpace();
                }
                if (c == '%') {
                    scanPercent();
                    continue;
                }
                argLimit = limit;
                if (count + maxWid < argLimit) {
                    argLimit = count + maxWid;
                }
                if (n >= len) {
                    throw errorString("too few operands for format '%" + format.substring(i - cw) + "'");
                }
                scanOne(c, SliceL.get(a, n));
                n++;
                argLimit = limit;
            }
            if (n < len) {
                throw errorString("too many operands");
            }
            return new Object[] {n, null};
        } catch (ScanError e) {
            return new Object[] {n, e.err};
        } catch (AtEOF e) {
            return new Object[] {n, go4j.std.io.Pkg.EOF};
        }
    }
}
