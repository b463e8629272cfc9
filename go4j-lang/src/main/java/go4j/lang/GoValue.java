package go4j.lang;

/**
 * A value that knows its Go type: a generated struct class, a named type's box, or a value of
 * go4j-lang's own Go types (an {@code *errors.errorString}, a {@code runtime.Error}). What
 * {@link RType#typeOf} reads for such a value in an interface.
 *
 * <pre>{@code
 * final class Celsius implements GoValue {
 *     static final RType TYPE = RType.named("main", "Celsius").setUnderlying(RType.FLOAT64);
 *     public final double v;
 *     Celsius(double v) { this.v = v; }
 *     public RType goType() { return TYPE; }
 * }
 * }</pre>
 */
public interface GoValue {
    /**
     * The value's dynamic Go type.
     *
     * @return its RType, never null
     */
    RType goType();
}
