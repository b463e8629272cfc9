package go4j.std.bufio;

import go4j.fn.F$LZ$A;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.RuntimeError;
import go4j.lang.SliceB;
import go4j.std.io.Streams;

import java.util.List;

/**
 * Go's {@code bufio.Scanner}, a standard struct type (docs/compiler.md) used through its
 * pointer: reads an {@code io.Reader} through its method interface into a buffer that grows
 * (4096 bytes, doubling) up to the maximum token size, and hands the unprocessed bytes to the
 * split function, a {@link F$LZ$A} (bufio's or a Go function), until it returns a token. Go
 * 1.19's algorithm step for step, so a program sees the same tokens, errors
 * ({@code bufio.Scanner: token too long}) and panics.
 *
 * <pre>{@code
 * Scanner s = Pkg.NewScanner(go4j.std.os.Pkg.Stdin);
 * while (s.Scan()) {
 *     String line = s.Text();   // a Go string, without the newline
 * }
 * Object err = s.Err();         // null at EOF
 * }</pre>
 */
public final class Scanner implements GoValue {
    /** {@code *bufio.Scanner}. */
    public static final RType TYPE = RType.pointer(RType.named("bufio", "Scanner").setUnderlying(RType.struct(List.of())));

    private static final int START_BUF_SIZE = 4096;

    private Object r;             // the io.Reader
    private Object split;         // the SplitFunc, an F$LZ$A
    private int maxTokenSize;
    private SliceB token;         // the last token split returned
    private SliceB buf;           // what split reads
    private int start;            // the first byte of buf not processed
    private int end;              // the end of the data in buf
    private Object err;           // sticky
    private int empties;          // successive empty tokens
    private boolean scanCalled;   // the buffer is in use
    private boolean done;

    /** Go's zero Scanner: no reader, no split function (Scan panics, as Go's does). */
    public Scanner() {
    }

    Scanner(Object r) {
        this.r = r;
        this.split = Pkg.SCAN_LINES;
        this.maxTokenSize = Pkg.MAX_SCAN_TOKEN_SIZE;
    }

    /** @return Go's {@code Err}: the first error, nil when it was io.EOF */
    public Object Err() {
        return err == go4j.std.io.Pkg.EOF ? null : err;
    }

    /** @return Go's {@code Bytes}: the last token, sharing the buffer */
    public SliceB Bytes() {
        return token;
    }

    /** @return Go's {@code Text}: the last token as a new string */
    public String Text() {
        return SliceB.toGoString(token);
    }

    private int bufLen() {
        return buf == null ? 0 : buf.len;
    }

    /**
     * Go's {@code Scan}: advances to the next token.
     *
     * @return whether there is one; false at the end of the input or on an error (see Err)
     * @throws GoPanic {@code bufio.Scan: too many empty tokens without progressing} after 100
     *     empty tokens at EOF
     */
    public boolean Scan() {
        if (done) {
            return false;
        }
        scanCalled = true;
        for (;;) {
            // see if a token can be made from what is buffered
            if (end > start || err != null) {
                if (split == null) {
                    throw RuntimeError.nilDeref();
                }
                SliceB data = buf == null ? null : SliceB.slice(buf, start, end);
                Object[] res = ((F$LZ$A) split).call(data, err != null);
                long advance = ((Number) res[0]).longValue();
                SliceB tok = (SliceB) res[1];
                Object e = res[2];
                if (e != null) {
                    if (e == Pkg.ErrFinalToken) {
                        token = tok;
                        done = true;
                        return true;
                    }
                    setErr(e);
                    return false;
                }
                if (!advance(advance)) {
                    return false;
                }
                token = tok;
                if (tok != null) {
                    if (err == null || advance > 0) {
                        empties = 0;
                    } else {
                        empties++;
                        if (empties > Pkg.MAX_CONSECUTIVE_EMPTY_READS) {
                            throw new GoPanic("bufio.Scan: too many empty tokens without progressing");
                        }
                    }
                    return true;
                }
            }
            // an error ends the scan: the buffered data is dropped
            if (err != null) {
                start = 0;
                end = 0;
                return false;
            }
            // move the data to the start of the buffer when it is full or half consumed
            int len = bufLen();
            if (start > 0 && (end == len || start > len / 2)) {
                SliceB.copy(buf, SliceB.slice(buf, start, end));
                end -= start;
                start = 0;
            }
            // grow a full buffer
            if (end == len) {
                if (len >= maxTokenSize || len > Integer.MAX_VALUE / 2) {
                    setErr(Pkg.ErrTooLong);
                    return false;
                }
                int newSize = len * 2;
                if (newSize == 0) {
                    newSize = START_BUF_SIZE;
                }
                if (newSize > maxTokenSize) {
                    newSize = maxTokenSize;
                }
                SliceB nb = SliceB.make(newSize);
                if (buf != null) {
                    SliceB.copy(nb, SliceB.slice(buf, start, end));
                }
                buf = nb;
                end -= start;
                start = 0;
            }
            // read more; a reader returning nothing and no error 100 times in a row is ErrNoProgress
            for (int loop = 0;;) {
                Object[] rr = Streams.read(r, SliceB.slice(buf, end, bufLen()));
                long n = Streams.n(rr);
                if (n < 0 || bufLen() - end < n) {
                    setErr(Pkg.ErrBadReadCount);
                    break;
                }
                end += (int) n;
                if (rr[1] != null) {
                    setErr(rr[1]);
                    break;
                }
                if (n > 0) {
                    empties = 0;
                    break;
                }
                loop++;
                if (loop > Pkg.MAX_CONSECUTIVE_EMPTY_READS) {
                    setErr(go4j.std.io.Pkg.ErrNoProgress);
                    break;
                }
            }
        }
    }

    private boolean advance(long n) {
        if (n < 0) {
            setErr(Pkg.ErrNegativeAdvance);
            return false;
        }
        if (n > end - start) {
            setErr(Pkg.ErrAdvanceTooFar);
            return false;
        }
        start += (int) n;
        return true;
    }

    private void setErr(Object e) {
        if (err == null || err == go4j.std.io.Pkg.EOF) {
            err = e;
        }
    }

    /**
     * Go's {@code Buffer}: scanning starts with buf (all of its capacity) and may grow it up
     * to max bytes.
     *
     * @throws GoPanic {@code Buffer called after Scan}
     */
    public void Buffer(SliceB b, long max) {
        if (scanCalled) {
            throw new GoPanic("Buffer called after Scan");
        }
        buf = b == null ? null : SliceB.slice(b, 0, b.cap);
        maxTokenSize = (int) Math.min(max, Integer.MAX_VALUE);
    }

    /**
     * Go's {@code Split}: the split function, a {@link F$LZ$A} (nil is allowed until Scan).
     *
     * @throws GoPanic {@code Split called after Scan}
     */
    public void Split(Object f) {
        if (scanCalled) {
            throw new GoPanic("Split called after Scan");
        }
        split = f;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
