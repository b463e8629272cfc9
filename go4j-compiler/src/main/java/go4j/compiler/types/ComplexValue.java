package go4j.compiler.types;

import java.math.BigDecimal;

/**
 * The value of a complex constant in an {@link Obj.Value} ({@code 1 + 2i}): its real and
 * imaginary parts, as float constants are held.
 *
 * <pre>{@code
 * if (tv.value().v() instanceof ComplexValue c) {
 *     double re = c.re().doubleValue(), im = c.im().doubleValue();
 * }
 * }</pre>
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record ComplexValue(BigDecimal re, BigDecimal im) {
}
