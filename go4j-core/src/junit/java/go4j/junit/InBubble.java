package go4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test method (on a class: each test method of the class) in a synctest bubble, as
 * {@code go4j.synctest.Synctest.test} runs its body: the method is the bubble's main goroutine,
 * time is the bubble's fake clock, and the test fails with Go's message if the bubble deadlocks
 * or a goroutine is still blocked when the method returns.
 *
 * <pre>{@code
 * @Test
 * @InBubble
 * void requestTimesOutAfterThirtySeconds() {
 *     Cancelable c = Context.withTimeout(Context.background(), Duration.ofSeconds(30));
 *     c.context().done().recv();                     // at once, in real time
 *     assertEquals(Duration.ofSeconds(30), Time.since(Instant.parse("2000-01-01T00:00:00Z")));
 * }
 * }</pre>
 *
 * <p>{@code @BeforeEach} and {@code @AfterEach} methods run outside the bubble: what they make
 * (channels, timers) is usable in the bubble, but does not belong to it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(InBubbleExtension.class)
public @interface InBubble {
}
