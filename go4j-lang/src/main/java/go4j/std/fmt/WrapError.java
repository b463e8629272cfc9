package go4j.std.fmt;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code *fmt.wrapError}: what {@code fmt.Errorf} returns for a format with {@code %w},
 * whose {@link #Unwrap} is the wrapped error ({@code errors.Unwrap}, {@code errors.Is} walk
 * it). Equality is identity, as for Go's pointer.
 *
 * <pre>{@code
 * GoError base = ErrorString.of("EOF");
 * GoError e = Pkg.Errorf("read: %w", SliceL.of(base));
 * ((WrapError) e).Unwrap() == base; // true
 * }</pre>
 */
public final class WrapError implements GoError, GoValue {
    /** {@code *fmt.wrapError}. */
    public static final RType TYPE = RType.pointer(RType.named("fmt", "wrapError").setUnderlying(
            RType.struct(List.of(new RType.Field("msg", RType.STRING, false),
                    new RType.Field("err", RType.ERROR, false)))));

    /** The formatted text; public as a struct class's fields are. */
    public final String msg;
    /** The wrapped error. */
    public final GoError err;

    WrapError(String msg, GoError err) {
        this.msg = msg;
        this.err = err;
    }

    @Override
    public String Error() {
        return msg;
    }

    /**
     * Go's {@code Unwrap() error}.
     *
     * @return the error {@code %w} wrapped
     */
    public GoError Unwrap() {
        return err;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return msg;
    }
}
