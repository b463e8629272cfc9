package go4j.std.net.http;

import go4j.fn.F$LL$V;
import go4j.fn.M$ServeHTTP$LL$V;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.RuntimeError;

/**
 * Go's {@code http.HandlerFunc}, a standard named func type (docs/compiler.md): a value is a
 * {@code func(ResponseWriter, *Request)}, an {@link F$LL$V}, and this class is its box in an
 * interface, with the value in {@link #v}. The box is an {@code http.Handler}: compiled code
 * and the server call its {@code ServeHTTP} through {@link M$ServeHTTP$LL$V}, which calls the
 * function, as Go's {@code (HandlerFunc).ServeHTTP} does.
 *
 * <pre>{@code
 * Object h = new HandlerFunc((F$LL$V) (w, r) -> Pkg.Error(w, "no", 400));
 * ((M$ServeHTTP$LL$V) h).ServeHTTP(w, r);
 * }</pre>
 */
public final class HandlerFunc implements GoValue, M$ServeHTTP$LL$V {
    /** {@code http.HandlerFunc}. */
    public static final RType TYPE = RType.named("net/http", "HandlerFunc")
            .setUnderlying(RType.func("func(http.ResponseWriter, *http.Request)"));

    /** The boxed func value, an {@link F$LL$V}. */
    public final Object v;

    /** @param v the func value */
    public HandlerFunc(Object v) {
        this.v = v;
    }

    /**
     * Go's {@code (HandlerFunc).ServeHTTP}: calls f(w, r).
     *
     * @param f the func value (nil panics, as calling a nil func does)
     * @param w the {@code http.ResponseWriter}
     * @param r the request
     */
    public static void ServeHTTP(Object f, Object w, Request r) {
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        ((F$LL$V) f).call(w, r);
    }

    @Override
    public void ServeHTTP(Object w, Object r) {
        ServeHTTP(v, w, (Request) r);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
