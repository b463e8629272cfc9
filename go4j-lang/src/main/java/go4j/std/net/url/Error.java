package go4j.std.net.url;

import go4j.fn.M$Temporary$$Z;
import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Strconv;

import java.util.List;

/**
 * Go's {@code url.Error}, a standard struct type used through its pointer: an error with the
 * operation and URL that caused it, {@code parse "::": missing protocol scheme}, and what
 * net/http's client returns ({@code Get "http://...": dial tcp ...}).
 */
public final class Error implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
    /** {@code *url.Error}. */
    public static final RType TYPE = RType.pointer(RType.named("net/url", "Error").setUnderlying(RType.struct(List.of(
            new RType.Field("Op", RType.STRING, false), new RType.Field("URL", RType.STRING, false),
            new RType.Field("Err", RType.ERROR, false)))));

    /** Go's {@code Op}. */
    public String Op = "";
    /** Go's {@code URL}. */
    public String URL = "";
    /** Go's {@code Err}. */
    public Object Err;

    /** Go's zero Error. */
    public Error() {
    }

    /**
     * @param op  the operation ("parse", "Get", ...)
     * @param url the URL, a Go string
     * @param err the error
     */
    public Error(String op, String url, Object err) {
        Op = op;
        URL = url;
        Err = err;
    }

    /** @return a copy, as copying Go's struct does */
    public Error $copy() {
        return new Error(Op, URL, Err);
    }

    /** @param o the Error whose fields this one takes */
    public void $set(Error o) {
        Op = o.Op;
        URL = o.URL;
        Err = o.Err;
    }

    /** @return Err */
    public Object Unwrap() {
        return Err;
    }

    /** Go's text: {@code Op "URL": Err}. */
    @Override
    public String Error() {
        return Op + " " + Strconv.quote(URL) + ": " + (Err == null ? "%!s(<nil>)" : ((GoError) Err).Error());
    }

    /** @return whether Err is a timeout */
    @Override
    public boolean Timeout() {
        return Err instanceof M$Timeout$$Z t && t.Timeout();
    }

    /** @return whether Err is temporary */
    @Override
    public boolean Temporary() {
        return Err instanceof M$Temporary$$Z t && t.Temporary();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
