package go4j.std.net.http;

import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;

import java.util.List;

/**
 * Go's {@code http.Response}, a standard struct type used through its pointer: what the
 * client returns, its exported fields public and named as in Go. The caller closes
 * {@link #Body}, an {@code io.ReadCloser}.
 */
public final class Response implements GoValue {
    /** {@code *http.Response}. */
    public static final RType TYPE = RType.pointer(RType.named("net/http", "Response").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Status}: "200 OK". */
    public String Status = "";
    /** Go's {@code StatusCode}: 200. */
    public long StatusCode;
    /** Go's {@code Proto}: "HTTP/1.1". */
    public String Proto = "";
    /** Go's {@code ProtoMajor}. */
    public long ProtoMajor;
    /** Go's {@code ProtoMinor}. */
    public long ProtoMinor;
    /** Go's {@code Header}, an {@code http.Header}. */
    public GoMap Header;
    /** Go's {@code Body}, an {@code io.ReadCloser}. */
    public Object Body;
    /** Go's {@code ContentLength}: -1 for unknown. */
    public long ContentLength;
    /** Go's {@code TransferEncoding}. */
    public SliceL TransferEncoding;
    /** Go's {@code Close}: whether the server closes the connection after this response. */
    public boolean Close;
    /** Go's {@code Uncompressed}: whether the client decompressed a gzip body. */
    public boolean Uncompressed;
    /** Go's {@code Request}: the request this is the response to. */
    public Request Request;

    /** Go's zero Response. */
    public Response() {
    }

    /** @return a shallow copy, as copying Go's struct does */
    public Response $copy() {
        Response c = new Response();
        c.$set(this);
        return c;
    }

    /** @param o the Response whose fields this one takes */
    public void $set(Response o) {
        Status = o.Status;
        StatusCode = o.StatusCode;
        Proto = o.Proto;
        ProtoMajor = o.ProtoMajor;
        ProtoMinor = o.ProtoMinor;
        Header = o.Header;
        Body = o.Body;
        ContentLength = o.ContentLength;
        TransferEncoding = o.TransferEncoding;
        Close = o.Close;
        Uncompressed = o.Uncompressed;
        Request = o.Request;
    }

    /** Go's {@code Location}: the Location header resolved against the request's URL. */
    public Object[] Location() {
        String lv = go4j.std.net.http.Header.Get(Header, "Location");
        if (lv.isEmpty()) {
            return new Object[] {null, Pkg.ErrNoLocation};
        }
        if (Request != null && Request.URL != null) {
            return Request.URL.Parse(lv);
        }
        return go4j.std.net.url.Pkg.Parse(lv);
    }

    /** Go's {@code ProtoAtLeast}. */
    public boolean ProtoAtLeast(long major, long minor) {
        return ProtoMajor > major || ProtoMajor == major && ProtoMinor >= minor;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
