package go4j.std.net.http;

import go4j.lang.ErrorString;
import go4j.lang.GoMap;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.std.net.url.URL;

import java.util.Base64;
import java.util.List;

/**
 * Go's {@code http.Request}, a standard struct type (docs/compiler.md) used through its
 * pointer: its exported fields are public, named as in Go; the context is its own. On the
 * server the request's context is canceled when the handler's ServeHTTP returns.
 *
 * <pre>{@code
 * Request r = (Request) Pkg.NewRequest("GET", "http://example.com/?q=1", null)[0];
 * r.URL.Query();    // q=1
 * r.Context();      // context.Background()
 * }</pre>
 */
public final class Request implements GoValue {
    /** {@code *http.Request}. */
    public static final RType TYPE = RType.pointer(RType.named("net/http", "Request").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Method}: "GET", ...; "" means GET for a client. */
    public String Method = "";
    /** Go's {@code URL}. */
    public URL URL;
    /** Go's {@code Proto}: "HTTP/1.1". */
    public String Proto = "";
    /** Go's {@code ProtoMajor}. */
    public long ProtoMajor;
    /** Go's {@code ProtoMinor}. */
    public long ProtoMinor;
    /** Go's {@code Header}, an {@code http.Header}. */
    public GoMap Header;
    /** Go's {@code Body}, an {@code io.ReadCloser}: never nil on the server. */
    public Object Body;
    /** Go's {@code ContentLength}: -1 for unknown. */
    public long ContentLength;
    /** Go's {@code TransferEncoding}: ["chunked"] for a chunked body. */
    public SliceL TransferEncoding;
    /** Go's {@code Close}: whether to close the connection after this request. */
    public boolean Close;
    /** Go's {@code Host}: the host the request is for (the Host header on the server). */
    public String Host = "";
    /** Go's {@code Form}: the URL query and the form body, after ParseForm. */
    public GoMap Form;
    /** Go's {@code PostForm}: the form body, after ParseForm. */
    public GoMap PostForm;
    /** Go's {@code RemoteAddr}: the client's address, set by the server. */
    public String RemoteAddr = "";
    /** Go's {@code RequestURI}: the unmodified request target of the request line. */
    public String RequestURI = "";

    /** The context, a {@code context.Context}; null for Background. */
    Object ctx;

    /** Go's zero Request. */
    public Request() {
    }

    /** @return a shallow copy, as copying Go's struct does */
    public Request $copy() {
        Request c = new Request();
        c.$set(this);
        return c;
    }

    /** @param o the Request whose fields this one takes */
    public void $set(Request o) {
        Method = o.Method;
        URL = o.URL;
        Proto = o.Proto;
        ProtoMajor = o.ProtoMajor;
        ProtoMinor = o.ProtoMinor;
        Header = o.Header;
        Body = o.Body;
        ContentLength = o.ContentLength;
        TransferEncoding = o.TransferEncoding;
        Close = o.Close;
        Host = o.Host;
        Form = o.Form;
        PostForm = o.PostForm;
        RemoteAddr = o.RemoteAddr;
        RequestURI = o.RequestURI;
        ctx = o.ctx;
    }

    /** Go's {@code Context}: the request's context, Background if none was set. */
    public Object Context() {
        return ctx != null ? ctx : go4j.std.context.Pkg.Background();
    }

    /**
     * Go's {@code WithContext}: a shallow copy with ctx as its context.
     *
     * @throws GoPanic {@code nil context} for a nil ctx
     */
    public Request WithContext(Object ctx) {
        if (ctx == null) {
            throw new GoPanic("nil context");
        }
        Request r2 = $copy();
        r2.ctx = ctx;
        return r2;
    }

    /**
     * Go's {@code Clone}: a deep copy (URL, Header, forms, TransferEncoding) with ctx as its
     * context.
     *
     * @throws GoPanic {@code nil context} for a nil ctx
     */
    public Request Clone(Object ctx) {
        Request r2 = WithContext(ctx);
        if (URL != null) {
            r2.URL = URL.$copy();
        }
        r2.Header = go4j.std.net.http.Header.Clone(Header);
        r2.Form = go4j.std.net.http.Header.Clone(Form);
        r2.PostForm = go4j.std.net.http.Header.Clone(PostForm);
        if (TransferEncoding != null) {
            r2.TransferEncoding = SliceL.of(SliceL.toArray(TransferEncoding));
        }
        return r2;
    }

    /** Go's {@code ProtoAtLeast}. */
    public boolean ProtoAtLeast(long major, long minor) {
        return ProtoMajor > major || ProtoMajor == major && ProtoMinor >= minor;
    }

    /** @return the User-Agent header */
    public String UserAgent() {
        return go4j.std.net.http.Header.Get(Header, "User-Agent");
    }

    /** @return the Referer header */
    public String Referer() {
        return go4j.std.net.http.Header.Get(Header, "Referer");
    }

    /**
     * Go's {@code ParseForm}: Form gets the URL query, and for POST, PUT and PATCH with
     * Content-Type application/x-www-form-urlencoded, the body's values first.
     *
     * @return the first error, nil for none
     */
    public Object ParseForm() {
        Object err = null;
        if (PostForm == null) {
            if (Method.equals("POST") || Method.equals("PUT") || Method.equals("PATCH")) {
                Object[] r = parsePostForm();
                PostForm = (GoMap) r[0];
                err = r[1];
            }
            if (PostForm == null) {
                PostForm = GoMap.make(0);
            }
        }
        if (Form == null) {
            if (GoMap.len(PostForm) > 0) {
                Form = GoMap.make(0);
                copyValues(Form, PostForm);
            }
            GoMap newValues = null;
            if (URL != null) {
                Object[] q = go4j.std.net.url.Pkg.ParseQuery(URL.RawQuery);
                newValues = (GoMap) q[0];
                if (err == null) {
                    err = q[1];
                }
            }
            if (newValues == null) {
                newValues = GoMap.make(0);
            }
            if (Form == null) {
                Form = newValues;
            } else {
                copyValues(Form, newValues);
            }
        }
        return err;
    }

    private static void copyValues(GoMap dst, GoMap src) {
        for (GoMap.Iter it = GoMap.iter(src); it.next(); ) {
            for (Object v : SliceL.toArray((SliceL) it.value())) {
                go4j.std.net.url.Values.Add(dst, (String) it.key(), (String) v);
            }
        }
    }

    private Object[] parsePostForm() {
        if (Body == null) {
            return new Object[] {null, ErrorString.of("missing form body")};
        }
        String ct = go4j.std.net.http.Header.Get(Header, "Content-Type");
        if (ct.isEmpty()) {
            ct = "application/octet-stream";
        }
        int semi = ct.indexOf(';');
        ct = Wire.trimSpace(semi >= 0 ? ct.substring(0, semi) : ct).toLowerCase(java.util.Locale.ROOT);
        if (!ct.equals("application/x-www-form-urlencoded")) {
            return new Object[] {null, null};
        }
        long maxFormSize = 10 << 20;
        Object[] all = go4j.std.io.Pkg.ReadAll(go4j.std.io.Pkg.LimitReader(Body, maxFormSize + 1));
        if (all[1] != null) {
            return new Object[] {null, all[1]};
        }
        SliceB b = (SliceB) all[0];
        if (SliceB.len(b) > maxFormSize) {
            return new Object[] {null, ErrorString.of("http: POST too large")};
        }
        return go4j.std.net.url.Pkg.ParseQuery(SliceB.toGoString(b));
    }

    /** Go's {@code FormValue}: the first value of key in Form (ParseForm first), "" for none. */
    public String FormValue(String key) {
        if (Form == null) {
            ParseForm();
        }
        return go4j.std.net.url.Values.Get(Form, key);
    }

    /** Go's {@code PostFormValue}: the first value of key in PostForm. */
    public String PostFormValue(String key) {
        if (PostForm == null) {
            ParseForm();
        }
        return go4j.std.net.url.Values.Get(PostForm, key);
    }

    /** Go's {@code BasicAuth}: {@code {String user, String password, Boolean ok}}. */
    public Object[] BasicAuth() {
        String auth = go4j.std.net.http.Header.Get(Header, "Authorization");
        String prefix = "Basic ";
        if (auth.length() < prefix.length() || !auth.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
            return new Object[] {"", "", false};
        }
        byte[] c;
        try {
            c = Base64.getDecoder().decode(Str.bytes(auth.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return new Object[] {"", "", false};
        }
        String cs = SliceB.toGoString(SliceB.of(c));
        int colon = cs.indexOf(':');
        if (colon < 0) {
            return new Object[] {"", "", false};
        }
        return new Object[] {cs.substring(0, colon), cs.substring(colon + 1), true};
    }

    /** Go's {@code SetBasicAuth}: the Authorization header for user and password. */
    public void SetBasicAuth(String username, String password) {
        String enc = new String(Base64.getEncoder().encode(Str.bytes(username + ":" + password)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        go4j.std.net.http.Header.Set(Header, "Authorization", "Basic " + enc);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
