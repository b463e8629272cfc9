package go4j.std.net.url;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Strconv;

/**
 * Go's {@code url.InvalidHostError}, a named string type: the box of its values in an interface,
 * with the value in {@link #v}; {@code invalid character " " in host name}.
 */
public final class InvalidHostError implements GoValue, GoError {
    /** {@code url.InvalidHostError}. */
    public static final RType TYPE = RType.named("net/url", "InvalidHostError").setUnderlying(RType.STRING);

    /** The boxed value: the byte. */
    public final String v;

    /** @param v the byte */
    public InvalidHostError(String v) {
        this.v = v;
    }

    /** Go's {@code InvalidHostError.Error}, the receiver first. */
    public static String Error(String e) {
        return "invalid character " + Strconv.quote(e) + " in host name";
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
