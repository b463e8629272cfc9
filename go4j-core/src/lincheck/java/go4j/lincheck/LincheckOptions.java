package go4j.lincheck;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The two Lincheck strategies as every go4j Lincheck test runs them: scenarios from the
 * {@link HangFreeGenerator}, results checked by the {@link DualVerifier}. Sizes are tuned so that
 * the whole Lincheck suite stays within a few minutes on two cores; {@code -Dgo4j.lincheck.scale=N}
 * multiplies the number of scenarios for a longer run.
 */
final class LincheckOptions {
    private LincheckOptions() {
    }

    static final int SCALE = Integer.getInteger("go4j.lincheck.scale", 1);

    /** Model checking: Lincheck chooses the thread switches, exploring interleavings systematically. */
    static ModelCheckingOptions modelChecking(int scenarios, int threads, int actorsPerThread) {
        return new ModelCheckingOptions()
                .iterations(scenarios * SCALE)
                .invocationsPerIteration(500)
                .threads(threads)
                .actorsPerThread(actorsPerThread)
                .actorsBefore(2)
                .actorsAfter(2)
                .executionGenerator(HangFreeGenerator.class)
                .verifier(DualVerifier.class)
                .minimizeFailedScenario(false);
    }

    /** Stress: real platform threads, real parking, many runs of each scenario. */
    static StressOptions stress(int scenarios, int threads, int actorsPerThread) {
        return new StressOptions()
                .iterations(scenarios * SCALE)
                .invocationsPerIteration(200)
                .threads(threads)
                .actorsPerThread(actorsPerThread)
                .actorsBefore(2)
                .actorsAfter(2)
                .executionGenerator(HangFreeGenerator.class)
                .verifier(DualVerifier.class)
                .minimizeFailedScenario(false);
    }
}
