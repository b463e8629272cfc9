package go4j.junit;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import go4j.Chan;
import go4j.internal.runtime.Bubble;
import go4j.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** {@link InBubble} on test methods, and what a failing bubble looks like to JUnit. */
class InBubbleTest {
    private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");
    private static final String FIXTURE = "go4j.junit.fixture";

    @Test
    @InBubble
    void anHourOfSleepIsAnHourOfFakeTime() {
        Time.sleep(Duration.ofHours(1));
        assertEquals(Y2K.plus(Duration.ofHours(1)), Time.now());
    }

    @RepeatedTest(3)
    @InBubble
    void everyRepetitionHasAFreshBubble() {
        assertEquals(Y2K, Time.now());
        Time.sleep(Duration.ofMinutes(5));
    }

    @Test
    void withoutTheAnnotationThereIsNoBubble() {
        assertEquals(null, Bubble.current());
    }

    /** Enables a fixture class only when {@link #failures} runs it. */
    static final class OnlyFromInBubbleTest implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURE).isPresent()
                    ? ConditionEvaluationResult.enabled("run by InBubbleTest")
                    : ConditionEvaluationResult.disabled("a fixture of InBubbleTest");
        }
    }

    @ExtendWith(OnlyFromInBubbleTest.class)
    @InBubble
    static class Failing {
        @Test
        void deadlocks() {
            new Chan<Void>().recv();
        }

        @Test
        void leavesAGoroutineBlocked() {
            go(() -> new Chan<Void>().recv());
        }

        @Test
        void failsAnAssertion() {
            Time.sleep(Duration.ofSeconds(1));
            assertEquals(1, 2, "after a second");
        }
    }

    @Test
    void failuresAreGoMessagesAndAssertionErrors() {
        List<String> got = failures(Failing.class);
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.contains("deadlocks: go4j.Panic: deadlock: all goroutines in bubble are blocked"), got.toString());
        assertTrue(got.contains("leavesAGoroutineBlocked: go4j.Panic: deadlock: main bubble goroutine has exited"
                + " but blocked goroutines remain"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("failsAnAssertion: org.opentest4j.AssertionFailedError: after a second")),
                got.toString());
    }

    private static List<String> failures(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(FIXTURE, "true")
                .selectors(selectClass(fixture))
                .execute()
                .testEvents().failed().stream()
                .map(e -> name(e) + ": " + ((TestExecutionResult) e.getPayload().orElseThrow()).getThrowable().orElseThrow())
                .sorted()
                .toList();
    }

    private static String name(Event e) {
        String n = e.getTestDescriptor().getDisplayName();
        return n.endsWith("()") ? n.substring(0, n.length() - 2) : n;
    }
}
