package go4j.leakcheck;

import go4j.Chan;
import go4j.Interrupted;
import go4j.internal.runtime.G;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static go4j.Go.go;
import static go4j.Go.gosched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The leak check itself: fixture classes are run through JUnit here, with extension
 * auto-detection on as in the build. They are nested (surefire's default excludes skip them)
 * and, should a {@code -Dtest} pattern select them anyway, disabled unless run from here.
 */
class GoroutineLeakCheckTest {
    private static final String FIXTURE = "go4j.leakcheck.fixture";

    /** Enables a fixture class only when {@link #run} runs it. */
    static final class OnlyFromLeakCheckTest implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURE).isPresent()
                    ? ConditionEvaluationResult.enabled("run by GoroutineLeakCheckTest")
                    : ConditionEvaluationResult.disabled("a fixture of GoroutineLeakCheckTest");
        }
    }
    /** Fixtures park goroutines on it; closed after each test so nothing outlives this class. */
    static volatile Chan<Void> gate = new Chan<>();

    /**
     * Fixture goroutines parked where nothing can reach them: ended by interrupting their
     * threads after each test. Their G objects (which the leak finder does not count as a way
     * to wake a goroutine, unlike a Thread) are what is kept.
     */
    static final List<G> unreachable = new CopyOnWriteArrayList<>();

    @AfterEach
    void releaseFixtureGoroutines() {
        gate.close();
        gate = new Chan<>();
        for (G g : unreachable) {
            g.thread().interrupt();
        }
        unreachable.clear();
    }

    /** Parks the calling goroutine on a channel only it holds, until interrupted. */
    static void parkUnreachably() {
        unreachable.add(G.current());
        try {
            new Chan<Integer>().recv();
        } catch (Interrupted released) {
            // by releaseFixtureGoroutines
        }
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(FIXTURE, "true")
                .selectors(selectClass(fixture))
                .execute();
    }

    private static List<Throwable> classFailures(EngineExecutionResults r) {
        return r.containerEvents().failed().stream()
                .map(Event::getPayload)
                .map(p -> p.orElseThrow())
                .map(p -> ((org.junit.platform.engine.TestExecutionResult) p).getThrowable().orElseThrow())
                .toList();
    }

    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class LeaksOne {
        @Test
        void leavesAGoroutineParked() {
            Chan<Void> g = gate;
            go(g::recv);
        }
    }

    @Test
    void classLeavingAGoroutineParkedFailsWithItsDump() {
        EngineExecutionResults r = run(LeaksOne.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        List<Throwable> failures = classFailures(r);
        assertEquals(1, failures.size(), "the class, not the test, fails: " + failures);
        String msg = failures.get(0).getMessage();
        assertTrue(msg.startsWith("goroutine leak: 1 goroutine started by " + LeaksOne.class.getName()), msg);
        assertTrue(msg.contains("[chan receive]:"), "Go-format dump with the wait reason: " + msg);
        assertTrue(msg.contains("@AllowGoroutineLeak"), "says how to opt out: " + msg);
    }

    @AllowGoroutineLeak("fixture: leaks on purpose")
    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class LeaksButAllowed {
        @Test
        void leavesAGoroutineParked() {
            Chan<Void> g = gate;
            go(g::recv);
        }
    }

    @Test
    void annotatedClassMayLeaveGoroutines() {
        EngineExecutionResults r = run(LeaksButAllowed.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(List.of(), classFailures(r));
    }

    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class FinishesLate {
        @Test
        void goroutineEndsShortlyAfterTheTest() {
            go(() -> {
                for (int i = 0; i < 1000; i++) {
                    gosched();
                }
            });
        }
    }

    @Test
    void goroutineEndingWithinTheGracePeriodIsNoLeak() {
        EngineExecutionResults r = run(FinishesLate.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1));
        assertEquals(List.of(), classFailures(r));
    }

    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class LeaksMany {
        @Test
        void leavesThirtyGoroutinesParked() {
            Chan<Void> g = gate;
            for (int i = 0; i < 30; i++) {
                go(g::recv);
            }
        }
    }

    @Test
    void manyLeakedGoroutinesAreCountedAndTheDumpIsCut() {
        List<Throwable> failures = classFailures(run(LeaksMany.class));
        assertEquals(1, failures.size());
        String msg = failures.get(0).getMessage();
        assertTrue(msg.startsWith("goroutine leak: 30 goroutines started by"), msg);
        assertTrue(msg.contains("... and 10 more"), msg);
    }

    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class LeaksOneThatCanNeverWake {
        @Test
        void leavesOneGoroutineUnreachableAndOneOnTheGate() {
            Chan<Void> g = gate;
            go(g::recv);
            go(GoroutineLeakCheckTest::parkUnreachably);
        }
    }

    @Test
    void goroutinesThatCanNeverWakeComeFirstInASectionOfTheirOwn() {
        List<Throwable> failures = classFailures(run(LeaksOneThatCanNeverWake.class));
        assertEquals(1, failures.size());
        String msg = failures.get(0).getMessage();
        assertTrue(msg.startsWith("goroutine leak: 2 goroutines started by"), msg);
        int leaked = msg.indexOf("leaked: 1 of them can never wake");
        int unreachableOne = msg.indexOf("[chan receive (leaked)]:\ngo4j.leakcheck.GoroutineLeakCheckTest.parkUnreachably(...)");
        int stillAlive = msg.indexOf("still alive, and may yet wake:");
        int gated = msg.indexOf("[chan receive]:");
        assertTrue(leaked > 0 && unreachableOne > leaked && stillAlive > unreachableOne && gated > stillAlive, msg);
    }

    @ExtendWith(OnlyFromLeakCheckTest.class)
    static class StartsNothing {
        @Test
        void nothing() {
        }
    }

    @Test
    void classWithoutGoroutinesPasses() {
        assertEquals(List.of(), classFailures(run(StartsNothing.class)));
    }
}
