package go4j.std.net.url;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Strconv;

/**
 * Go's {@code url.EscapeError}, a named string type: the box of its values in an interface,
 * with the value in {@link #v}; {@code invalid URL escape "%zz"}.
 */
public final class EscapeError implements GoValue, GoError {
    /** {@code url.EscapeError}. */
    public static final RType TYPE = RType.named("net/url", "EscapeError").setUnderlying(RType.STRING);

    /** The boxed value: the malformed escape. */
    public final String v;

    /** @param v the malformed escape */
    public EscapeError(String v) {
        this.v = v;
    }

    /** Go's {@code EscapeError.Error}, the receiver first. */
    public static String Error(String e) {
        return "invalid URL escape " + Strconv.quote(e);
    }

    @Override
    public String Error() {
        return Error(v);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
