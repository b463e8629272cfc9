package go4j.lincheck;

import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.execution.ResultWithClock;
import org.jetbrains.kotlinx.lincheck.util.ExceptionResult;
import org.jetbrains.kotlinx.lincheck.util.LincheckResult;
import org.jetbrains.kotlinx.lincheck.util.ValueResult;
import org.jetbrains.kotlinx.lincheck.util.VoidResult;
import org.jetbrains.lincheck.datastructures.verifier.Verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Lincheck verifier for blocking operations: a history is correct if some order of the
 * operations' requests and follow-ups, each inside its operation's interval, explains every
 * result in the test's {@link Model} (linearizability for dual data structures, the criterion
 * Lincheck applies to Kotlin suspending functions, here for operations that park a thread).
 *
 * <p>Lincheck constructs it with the test's sequential specification class, which must be a
 * {@link Modeled} test class.
 */
public final class DualVerifier implements Verifier {
    private final Class<?> testClass;

    public DualVerifier(Class<?> sequentialSpecification) {
        this.testClass = sequentialSpecification;
    }

    @Override
    public boolean verifyResults(ExecutionScenario scenario, ExecutionResult result) {
        List<List<Histories.Call>> threads = calls(scenario);
        int n = scenario.getParallelExecution().size();
        String[][] results = new String[n + 2][];
        int[][][] clocks = new int[n][][];
        List<List<ResultWithClock>> parallel = result.getParallelResultsWithClock();
        for (int t = 0; t < n; t++) {
            List<ResultWithClock> rs = parallel.get(t);
            results[t] = new String[rs.size()];
            clocks[t] = new int[rs.size()][];
            for (int i = 0; i < rs.size(); i++) {
                results[t][i] = text(rs.get(i).getResult());
                clocks[t][i] = rs.get(i).getClockOnStart().getClock().clone();
            }
        }
        results[n] = texts(result.getInitResults());
        results[n + 1] = texts(result.getPostResults());
        return Histories.explains(newModel(testClass), threads, results, clocks);
    }

    static Model newModel(Class<?> testClass) {
        try {
            return ((Modeled) testClass.getDeclaredConstructor().newInstance()).model();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + testClass, e);
        }
    }

    /** The scenario as calls: the parallel threads, then the initial part, then the post part. */
    static List<List<Histories.Call>> calls(ExecutionScenario scenario) {
        List<List<Histories.Call>> threads = new ArrayList<>();
        for (List<Actor> actors : scenario.getParallelExecution()) {
            threads.add(calls(actors));
        }
        threads.add(calls(scenario.getInitExecution()));
        threads.add(calls(scenario.getPostExecution()));
        return threads;
    }

    private static List<Histories.Call> calls(List<Actor> actors) {
        List<Histories.Call> calls = new ArrayList<>();
        for (Actor a : actors) {
            calls.add(new Histories.Call(a.getMethod().getName(), List.copyOf(a.getArguments())));
        }
        return calls;
    }

    private static String[] texts(List<? extends LincheckResult> rs) {
        String[] out = new String[rs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(rs.get(i));
        }
        return out;
    }

    /** Operations return strings; anything else (an escaped exception) matches no outcome. */
    private static String text(LincheckResult r) {
        if (r instanceof ValueResult v) {
            return String.valueOf(v.getValue());
        }
        if (r instanceof VoidResult) {
            return "<void>";
        }
        if (r instanceof ExceptionResult e) {
            return "<exception " + e.getThrowable() + ">";
        }
        return "<" + r + ">";
    }
}
