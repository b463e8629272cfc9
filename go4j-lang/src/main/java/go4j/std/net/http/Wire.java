package go4j.std.net.http;

import go4j.lang.GoMap;
import go4j.lang.SliceL;
import go4j.lang.Strconv;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * HTTP/1.1's wire format, as Go's net/textproto and net/http read and write it: lines,
 * MIME headers (Go's canonical keys, continuation lines, its error texts), chunked bodies,
 * header validity. Text is Go strings, one char per byte.
 */
final class Wire {
    private Wire() {
    }

    /** A head (request or status line and header) longer than its limit: Go's errTooLarge. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("http: request too large", null);
        }
    }

    /** Malformed input, with Go's text ({@code malformed MIME header line: ...}). */
    static final class ProtocolError extends Exception {
        final String text;

        ProtocolError(String text) {
            super(text, null, false, false);
            this.text = text;
        }
    }

    /** The input ended inside a message: Go's io.ErrUnexpectedEOF. */
    static final class UnexpectedEOF extends EOFException {
        UnexpectedEOF() {
            super("unexpected EOF");
        }
    }

    /**
     * A buffered input with Go's line reading (bufio.Reader.ReadLine: a line ends at LF, a
     * CR before it dropped) and a budget of bytes for the head of a message.
     */
    static final class In {
        private final InputStream in;
        private final byte[] buf = new byte[4096];
        private int r;
        private int w;
        /** Bytes the head may still use; reading a line past it throws {@link TooLarge}. */
        long budget = Long.MAX_VALUE;

        In(InputStream in) {
            this.in = in;
        }

        /** @return whether bytes are buffered */
        boolean buffered() {
            return r < w;
        }

        private boolean fill() throws IOException {
            if (r < w) {
                return true;
            }
            r = 0;
            w = 0;
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            w = n;
            return true;
        }

        /**
         * Fills the empty buffer from a Go {@code io.Reader} (the connection) without
         * exceptions: the background read's way, see ServerConn.startBackgroundRead.
         *
         * @param conn the connection, an {@code io.Reader}
         * @return null when bytes came, else the Go error (io.EOF at the end)
         */
        Object fillFrom(Object conn) {
            if (r < w) {
                return null;
            }
            r = 0;
            w = 0;
            for (int tries = 0; tries < 100; tries++) {
                Object[] res = go4j.std.io.Streams.read(conn, new go4j.lang.SliceB(buf, 0, buf.length, buf.length));
                int n = (int) go4j.std.io.Streams.n(res);
                if (n > 0) {
                    w = n;
                    return null;
                }
                if (res[1] != null) {
                    return res[1];
                }
            }
            return go4j.std.io.Pkg.ErrNoProgress;
        }

        /** @return the next byte without reading it, -1 at the end */
        int peek() throws IOException {
            return fill() ? buf[r] & 0xFF : -1;
        }

        /**
         * Reads a line, without its LF and a CR before it.
         *
         * @return the line as a Go string; null at the end of input before any byte
         * @throws TooLarge when the line goes past the budget
         */
        String readLine() throws IOException {
            StringBuilder sb = null;
            for (;;) {
                if (!fill()) {
                    if (sb == null) {
                        return null;
                    }
                    return stripCR(sb);
                }
                int start = r;
                while (r < w && buf[r] != '\n') {
                    r++;
                }
                boolean end = r < w;
                int n = r - start;
                budget -= n + (end ? 1 : 0);
                if (budget < 0) {
                    throw new TooLarge();
                }
                if (sb == null) {
                    sb = new StringBuilder(Math.max(16, n));
                }
                for (int i = start; i < r; i++) {
                    sb.append((char) (buf[i] & 0xFF));
                }
                if (end) {
                    r++; // the LF
                    return stripCR(sb);
                }
            }
        }

        private static String stripCR(StringBuilder sb) {
            int n = sb.length();
            if (n > 0 && sb.charAt(n - 1) == '\r') {
                sb.setLength(n - 1);
            }
            return sb.toString();
        }

        /** Reads up to len bytes: buffered ones first, else straight from the stream; -1 at the end. */
        int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (r < w) {
                int n = Math.min(len, w - r);
                System.arraycopy(buf, r, b, off, n);
                r += n;
                return n;
            }
            if (len >= buf.length) {
                return in.read(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
            return read(b, off, len);
        }
    }

    // ---- tokens and header keys ----

    /** RFC 7230's tchar: the bytes of a token (header names, methods). */
    static boolean isTokenChar(char c) {
        if (c >= 127 || c <= ' ') {
            return false;
        }
        return switch (c) {
            case '"', '(', ')', ',', '/', ':', ';', '<', '=', '>', '?', '@', '[', '\\', ']', '{', '}' -> false;
            default -> true;
        };
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Go's {@code textproto.CanonicalMIMEHeaderKey}: the first letter and each letter after a
     * hyphen upper case, the others lower case; a key with a byte that is not a token byte is
     * returned as it is.
     */
    static String canonicalKey(String s) {
        boolean upper = true;
        boolean canonical = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isTokenChar(c)) {
                return s;
            }
            if (upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z') {
                canonical = false;
            }
            upper = c == '-';
        }
        if (canonical) {
            return s;
        }
        char[] a = new char[s.length()];
        upper = true;
        for (int i = 0; i < a.length; i++) {
            char c = s.charAt(i);
            if (upper && 'a' <= c && c <= 'z') {
                c -= 'a' - 'A';
            } else if (!upper && 'A' <= c && c <= 'Z') {
                c += 'a' - 'A';
            }
            a[i] = c;
            upper = c == '-';
        }
        return new String(a);
    }

    /** httpguts.ValidHeaderFieldValue: no control bytes but tab. */
    static boolean validHeaderValue(String v) {
        for (int i = 0; i < v.length(); i++) {
            char b = v.charAt(i);
            if (b < ' ' && b != '\t' || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** httpguts.ValidHostHeader: the bytes a Host header may have. */
    static boolean validHostHeader(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            boolean ok = c < 127 && (Character.isLetterOrDigit(c) || "!$%&'()*+,-.:;=[]_~".indexOf(c) >= 0) || c >= 0x80;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        while (j > i && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
            j--;
        }
        return s.substring(i, j);
    }

    /**
     * Go's {@code textproto.Reader.ReadMIMEHeader}: lines up to an empty one, each
     * {@code Key: value} (a line starting with a space or tab continues the one before),
     * keys canonicalized, values in order.
     *
     * @return the header, a {@code map[string][]string}
     * @throws ProtocolError with Go's text for a malformed line
     * @throws UnexpectedEOF when the input ends before the empty line
     */
    static GoMap readHeader(In in) throws IOException, ProtocolError {
        GoMap m = GoMap.make(0);
        int first = in.peek();
        if (first == ' ' || first == '\t') {
            String line = in.readLine();
            throw new ProtocolError("malformed MIME header initial line: " + line);
        }
        for (;;) {
            String line = in.readLine();
            if (line == null) {
                throw new UnexpectedEOF();
            }
            if (line.isEmpty()) {
                return m;
            }
            if (line.indexOf(':') < 0) {
                throw new ProtocolError("malformed MIME header: missing colon: " + Strconv.quote(line));
            }
            StringBuilder kv = new StringBuilder(trim(line));
            for (int c = in.peek(); c == ' ' || c == '\t'; c = in.peek()) {
                String more = in.readLine();
                if (more == null) {
                    break;
                }
                kv.append(' ').append(trim(more));
            }
            String s = kv.toString();
            int colon = s.indexOf(':');
            String key = canonicalKey(s.substring(0, colon));
            if (key.isEmpty()) {
                continue;
            }
            String value = s.substring(colon + 1);
            int i = 0;
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            Header.addRaw(m, key, value.substring(i));
        }
    }

    // ---- bodies ----

    /** Where a body's bytes come from: -1 at its clean end, UnexpectedEOF if cut short. */
    interface Source {
        int read(byte[] b, int off, int len) throws IOException;

        /** @return the bytes known to be left, -1 when unknown */
        default long remaining() {
            return -1;
        }
    }

    /** A body of a known length. */
    static final class Fixed implements Source {
        private final In in;
        private long left;

        Fixed(In in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new UnexpectedEOF();
            }
            left -= n;
            return n;
        }

        @Override
        public long remaining() {
            return left;
        }
    }

    /** A body that ends when the connection does (a response without a length). */
    static final class UntilClose implements Source {
        private final In in;

        UntilClose(In in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }
    }

    /** A chunked body: hex size lines (extensions ignored), then the trailer, read and dropped. */
    static final class Chunked implements Source {
        private final In in;
        private long left;
        private boolean done;
        private boolean first = true;

        Chunked(In in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                if (!first) {
                    String crlf = in.readLine();
                    if (crlf == null) {
                        throw new UnexpectedEOF();
                    }
                    if (!crlf.isEmpty()) {
                        throw new IOException("malformed chunked encoding");
                    }
                }
                first = false;
                String line = in.readLine();
                if (line == null) {
                    throw new UnexpectedEOF();
                }
                int semi = line.indexOf(';');
                String hex = trim(semi >= 0 ? line.substring(0, semi) : line);
                left = parseHex(hex);
                if (left == 0) {
                    done = true;
                    for (;;) { // the trailer, up to an empty line
                        String t = in.readLine();
                        if (t == null) {
                            throw new UnexpectedEOF();
                        }
                        if (t.isEmpty()) {
                            return -1;
                        }
                    }
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new UnexpectedEOF();
            }
            left -= n;
            return n;
        }

        private static long parseHex(String s) throws IOException {
            if (s.isEmpty() || s.length() > 16) {
                throw new IOException(s.isEmpty() ? "empty hex number for chunk length" : "http chunk length too large");
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = Character.digit(s.charAt(i), 16);
                if (d < 0) {
                    throw new IOException("invalid byte in chunk length");
                }
                v = v << 4 | d;
            }
            if (v < 0) {
                throw new IOException("http chunk length too large");
            }
            return v;
        }
    }

    // ---- writing ----

    static void write(OutputStream out, String s) throws IOException {
        int n = s.length();
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) s.charAt(i);
        }
        out.write(b);
    }

    /**
     * Go's {@code Header.WriteSubset}: keys sorted, one line per value, newlines in a value
     * replaced by spaces and the value trimmed; keys in {@code exclude} left out.
     */
    static void writeHeader(StringBuilder sb, GoMap h, java.util.Set<String> exclude) {
        for (String k : sortedKeys(h)) {
            if (exclude != null && exclude.contains(k) || !isToken(k)) {
                continue; // Go drops an invalid name
            }
            for (Object v : SliceL.toArray((SliceL) GoMap.get(h, k, null))) {
                String s = trimSpace(((String) v).replace('\r', ' ').replace('\n', ' '));
                sb.append(k).append(": ").append(s).append("\r\n");
            }
        }
    }

    /** textproto.TrimString: ASCII white space off both ends. */
    static String trimSpace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isSpace(s.charAt(i))) {
            i++;
        }
        while (j > i && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(i, j);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static java.util.List<String> sortedKeys(GoMap h) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (GoMap.Iter it = GoMap.iter(h); it.next(); ) {
            keys.add((String) it.key());
        }
        java.util.Collections.sort(keys);
        return keys;
    }
}
