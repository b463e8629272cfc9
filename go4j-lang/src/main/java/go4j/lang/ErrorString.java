package go4j.lang;

/**
 * Go's {@code *errors.errorString}: what {@code errors.New} and {@code fmt.Errorf} without
 * {@code %w} return. Each is a distinct pointer, so equality is identity, as in Go.
 *
 * <pre>{@code
 * GoError e = ErrorString.of("EOF");
 * e.Error(); // EOF
 * }</pre>
 */
public final class ErrorString implements GoError, GoValue {
    /** {@code errors.errorString}. */
    private static final RType STRUCT = RType.named("errors", "errorString")
            .setUnderlying(RType.struct(java.util.List.of(new RType.Field("s", RType.STRING, false))));
    /** {@code *errors.errorString}. */
    public static final RType TYPE = RType.pointer(STRUCT);

    /** The text, a Go string; public, as a struct class's fields are (see {@link Values}). */
    public final String s;

    private ErrorString(String s) {
        this.s = s;
    }

    /**
     * Go's {@code errors.New(text)}.
     *
     * @param text the error's text, a Go string
     * @return a new error
     */
    public static ErrorString of(String text) {
        return new ErrorString(text);
    }

    @Override
    public String Error() {
        return s;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return s;
    }
}
