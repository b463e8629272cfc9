package go4j.leakcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a test class from the {@link GoroutineLeakCheck}: its goroutines may outlive it.
 * Say why, so that the exemption can be reviewed.
 *
 * <pre>{@code
 * @AllowGoroutineLeak("parks goroutines on nil channels forever to test the dump")
 * class DumpTest {
 *     ...
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowGoroutineLeak {
    /** Why goroutines started by this class may still be alive after it. */
    String value();
}
