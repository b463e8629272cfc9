package go4j.std.net.http;

/**
 * Go's {@code http.DetectContentType}: the MIME sniffing algorithm of
 * https://mimesniff.spec.whatwg.org/ over at most the first 512 bytes, with the signatures
 * and order Go 1.19 uses (HTML tags, XML, PDF, PostScript, byte-order marks, images, audio,
 * video, fonts, archives, wasm), then plain text when no byte is binary, else
 * {@code application/octet-stream}.
 */
final class Sniff {
    private Sniff() {
    }

    private static final int SNIFF_LEN = 512;

    private static final String[] HTML = {"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV",
        "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"};

    /** A signature: a pattern under a mask (null: exact), optionally after leading white space. */
    private record Sig(String pat, String mask, boolean skipWS, String ct) {
    }

    private static Sig exact(String pat, String ct) {
        return new Sig(pat, null, false, ct);
    }

    private static Sig masked(String mask, String pat, String ct) {
        return new Sig(pat, mask, false, ct);
    }

    private static final Sig XML = new Sig("<?xml", "\u00FF\u00FF\u00FF\u00FF\u00FF", true, "text/xml; charset=utf-8");

    /** The signatures after the HTML and XML ones, in Go's order (chars are bytes). */
    private static final Sig[] SIGS = {
        exact("%PDF-", "application/pdf"),
        exact("%!PS-Adobe-", "application/postscript"),
        masked("\u00FF\u00FF\u0000\u0000", "\u00FE\u00FF\u0000\u0000", "text/plain; charset=utf-16be"),
        masked("\u00FF\u00FF\u0000\u0000", "\u00FF\u00FE\u0000\u0000", "text/plain; charset=utf-16le"),
        masked("\u00FF\u00FF\u00FF\u0000", "\u00EF\u00BB\u00BF\u0000", "text/plain; charset=utf-8"),
        exact("\u0000\u0000\u0001\u0000", "image/x-icon"),
        exact("\u0000\u0000\u0002\u0000", "image/x-icon"),
        exact("BM", "image/bmp"),
        exact("GIF87a", "image/gif"),
        exact("GIF89a", "image/gif"),
        masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000WEBPVP", "image/webp"),
        exact("\u0089PNG\r\n\u001A\n", "image/png"),
        exact("\u00FF\u00D8\u00FF", "image/jpeg"),
        masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "FORM\u0000\u0000\u0000\u0000AIFF", "audio/aiff"),
        masked("\u00FF\u00FF\u00FF", "ID3", "audio/mpeg"),
        masked("\u00FF\u00FF\u00FF\u00FF\u00FF", "OggS\u0000", "application/ogg"),
        masked("\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF", "MThd\u0000\u0000\u0000\u0006", "audio/midi"),
        masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000AVI ", "video/avi"),
        masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000WAVE", "audio/wave"),
        null, // mp4
        exact("\u001A\u0045\u00DF\u00A3", "video/webm"),
        masked("\u0000".repeat(34) + "\u00FF\u00FF", "\u0000".repeat(34) + "LP", "application/vnd.ms-fontobject"),
        exact("\u0000\u0001\u0000\u0000", "font/ttf"),
        exact("OTTO", "font/otf"),
        exact("ttcf", "font/collection"),
        exact("wOFF", "font/woff"),
        exact("wOF2", "font/woff2"),
        exact("\u001F\u008B\u0008", "application/x-gzip"),
        exact("PK\u0003\u0004", "application/zip"),
        exact("Rar!\u001A\u0007\u0000", "application/x-rar-compressed"),
        exact("Rar!\u001A\u0007\u0001\u0000", "application/x-rar-compressed"),
        exact("\u0000asm", "application/wasm"),
    };

    private static boolean isWS(int b) {
        return b == '\t' || b == '\n' || b == 0x0C || b == '\r' || b == ' ';
    }

    /** The content type of data[off, off+len), at most its first 512 bytes looked at. */
    static String detect(byte[] data, int off, int len) {
        if (data == null) {
            len = 0;
        }
        if (len > SNIFF_LEN) {
            len = SNIFF_LEN;
        }
        int end = off + len;
        int first = off;
        while (first < end && isWS(data[first] & 0xFF)) {
            first++;
        }
        for (String h : HTML) {
            if (htmlMatch(h, data, first, end)) {
                return "text/html; charset=utf-8";
            }
        }
        if (match(XML, data, off, first, end)) {
            return XML.ct;
        }
        for (Sig s : SIGS) {
            if (s == null) {
                if (mp4(data, off, end)) {
                    return "video/mp4";
                }
            } else if (match(s, data, off, first, end)) {
                return s.ct;
            }
        }
        for (int i = first; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b <= 0x08 || b == 0x0B || 0x0E <= b && b <= 0x1A || 0x1C <= b && b <= 0x1F) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }

    private static boolean htmlMatch(String h, byte[] data, int start, int end) {
        if (end - start < h.length() + 1) {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            int b = h.charAt(i);
            int db = data[start + i] & 0xFF;
            if ('A' <= b && b <= 'Z') {
                db &= 0xDF;
            }
            if (b != db) {
                return false;
            }
        }
        int tt = data[start + h.length()] & 0xFF;
        return tt == ' ' || tt == '>';
    }

    private static boolean match(Sig s, byte[] data, int off, int first, int end) {
        int start = s.skipWS ? first : off;
        int n = s.pat.length();
        if (end - start < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int db = data[start + i] & 0xFF;
            if (s.mask != null) {
                db &= s.mask.charAt(i);
            }
            if (db != s.pat.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mp4(byte[] data, int off, int end) {
        int len = end - off;
        if (len < 12) {
            return false;
        }
        long boxSize = (data[off] & 0xFFL) << 24 | (data[off + 1] & 0xFF) << 16 | (data[off + 2] & 0xFF) << 8 | data[off + 3] & 0xFF;
        if (len < boxSize || boxSize % 4 != 0) {
            return false;
        }
        if (data[off + 4] != 'f' || data[off + 5] != 't' || data[off + 6] != 'y' || data[off + 7] != 'p') {
            return false;
        }
        for (int st = 8; st < boxSize; st += 4) {
            if (st == 12) {
                continue;
            }
            if (data[off + st] == 'm' && data[off + st + 1] == 'p' && data[off + st + 2] == '4') {
                return true;
            }
        }
        return false;
    }
}
