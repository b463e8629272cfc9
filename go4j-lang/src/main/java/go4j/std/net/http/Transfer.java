package go4j.std.net.http;

import go4j.lang.GoMap;
import go4j.lang.SliceL;

/**
 * A message's body framing, Go's transfer.go: Transfer-Encoding (only chunked, and only
 * for HTTP/1.1), Content-Length (repeated values must agree), and what a message without
 * either has: no body for a request, the rest of the connection for a response.
 */
final class Transfer {
    private Transfer() {
    }

    /** A Transfer-Encoding other than chunked: Go answers 501. */
    static final class Unsupported extends Exception {
        Unsupported(String text) {
            super(text, null, false, false);
        }
    }

    /** A bad or contradictory Content-Length: Go answers 400. */
    static final class BadLength extends Exception {
        BadLength(String text) {
            super(text, null, false, false);
        }
    }

    static SliceL values(GoMap h, String key) {
        Object v = GoMap.lookup(h, key);
        return v == GoMap.ABSENT ? null : (SliceL) v;
    }

    /** Go's parseTransferEncoding: true for chunked; the header is removed. */
    static boolean chunked(GoMap header, long major, long minor) throws Unsupported {
        SliceL raw = values(header, "Transfer-Encoding");
        if (raw == null) {
            return false;
        }
        GoMap.delete(header, "Transfer-Encoding");
        if (!(major > 1 || major == 1 && minor >= 1)) {
            return false; // ignored on HTTP/1.0 (Go issue 12785)
        }
        if (SliceL.len(raw) != 1) {
            throw new Unsupported("too many transfer encodings");
        }
        if (!Wire.trimSpace((String) SliceL.get(raw, 0)).equalsIgnoreCase("chunked")) {
            throw new Unsupported("unsupported transfer encoding");
        }
        GoMap.delete(header, "Content-Length");
        return true;
    }

    /** Go's fixLength: the body's length, -1 for unknown (chunked, or until close). */
    static long length(boolean isResponse, long status, String requestMethod, GoMap header, boolean chunked) throws BadLength {
        SliceL lens = values(header, "Content-Length");
        if (SliceL.len(lens) > 1) {
            String first = Wire.trimSpace((String) SliceL.get(lens, 0));
            for (Object ct : SliceL.toArray(lens)) {
                if (!first.equals(Wire.trimSpace((String) ct))) {
                    throw new BadLength("http: message cannot contain multiple Content-Length headers");
                }
            }
            GoMap.put(header, "Content-Length", SliceL.of(first));
            lens = values(header, "Content-Length");
        }
        if (isResponse && requestMethod.equals("HEAD")) {
            return 0;
        }
        if (status / 100 == 1 || status == 204 || status == 304) {
            return 0;
        }
        if (chunked) {
            return -1;
        }
        String cl = SliceL.len(lens) == 1 ? Wire.trimSpace((String) SliceL.get(lens, 0)) : "";
        if (!cl.isEmpty()) {
            if (cl.length() > 18 || !cl.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BadLength("bad Content-Length");
            }
            return Long.parseLong(cl);
        }
        GoMap.delete(header, "Content-Length");
        return isResponse ? -1 : 0;
    }

    /** Sets a server request's ContentLength, TransferEncoding and Body (NoBody for none). */
    static void readRequestBody(Request req, Wire.In in) throws Unsupported, BadLength {
        boolean chunked = chunked(req.Header, req.ProtoMajor, req.ProtoMinor);
        long n = length(false, 0, req.Method, req.Header, chunked);
        req.ContentLength = n;
        if (chunked) {
            req.TransferEncoding = SliceL.of("chunked");
            req.Body = new Body(new Wire.Chunked(in));
        } else if (n == 0) {
            req.Body = Pkg.NoBody;
        } else if (n > 0) {
            req.Body = new Body(new Wire.Fixed(in, n));
        } else if (req.Close) {
            req.Body = new Body(new Wire.UntilClose(in));
        } else {
            req.Body = Pkg.NoBody;
        }
    }
}
