package go4j.std.net;

import go4j.lang.RType;

/**
 * The run-time type of Go's {@code net.Error}, an interface type: no value is of this class.
 * A type string that names {@code net.Error} ({@code *net.Error}, in
 * {@code errors.As(err, &ne)}) finds its method set here, as go4j.lang's TypeStrings finds a
 * standard type's {@code TYPE} by its class name.
 */
public final class Error {
    /** {@code net.Error}. */
    public static final RType TYPE = RType.named("net", "Error")
            .setUnderlying(RType.iface("interface { Error() string; Temporary() bool; Timeout() bool }"));

    private Error() {
    }
}
