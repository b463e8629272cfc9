package go4j.lincheck;

import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.CTestStructure;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionGenerator;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.CTestConfiguration;
import org.jetbrains.lincheck.datastructures.RandomProvider;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates random scenarios from the operations of the test's {@link Model}, keeping only those
 * that cannot hang: in no order of events is a thread left waiting forever.
 *
 * <p>Why: Lincheck drives platform threads and reports a thread parked forever as a deadlock,
 * but for a channel a receive that nobody ever sends to is Go's behaviour, not a bug. Lincheck
 * models that outcome only for Kotlin suspending functions. So the scenarios exclude it, by
 * exploring every order of the scenario's events in the model before running it; whatever hang
 * the model checker then finds is a real one (a lost wake-up), and every result is checked by
 * the {@link DualVerifier}.
 */
public final class HangFreeGenerator extends ExecutionGenerator {
    private static final int MAX_TRIES = 200_000;
    private static final int MAX_STATES = 50_000;

    private final Random random;
    private final Class<?> testClass;
    private final List<Model.Op> ops;
    private final int totalWeight;
    private final Map<String, Method> methods = new HashMap<>();
    private final int maxValue;

    public HangFreeGenerator(CTestConfiguration config, CTestStructure structure, RandomProvider randomProvider) {
        super(config, structure);
        this.random = randomProvider.createRandom();
        this.testClass = config.getTestClass();
        Model model = DualVerifier.newModel(testClass);
        this.ops = model.ops();
        this.maxValue = model.maxValue();
        int w = 0;
        for (Model.Op op : ops) {
            w += op.weight();
            methods.put(op.method(), find(testClass, op));
        }
        this.totalWeight = w;
    }

    private static Method find(Class<?> c, Model.Op op) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(op.method()) && m.getParameterCount() == (op.takesValue() ? 1 : 0)) {
                return m;
            }
        }
        throw new IllegalArgumentException(c + " has no public operation " + op);
    }

    @Override
    public ExecutionScenario nextExecution() {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            List<Actor> init = actors(testConfiguration.getActorsBefore());
            List<List<Actor>> parallel = new ArrayList<>();
            for (int t = 0; t < testConfiguration.getThreads(); t++) {
                parallel.add(actors(testConfiguration.getActorsPerThread()));
            }
            List<Actor> post = actors(testConfiguration.getActorsAfter());
            ExecutionScenario s = new ExecutionScenario(init, parallel, post, null);
            if (Histories.cannotHang(DualVerifier.newModel(testClass), DualVerifier.calls(s), MAX_STATES)) {
                return s;
            }
        }
        throw new IllegalStateException("no hang-free scenario found for " + testClass.getSimpleName());
    }

    private List<Actor> actors(int count) {
        List<Actor> actors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int r = random.nextInt(totalWeight);
            Model.Op op = null;
            for (Model.Op o : ops) {
                r -= o.weight();
                if (r < 0) {
                    op = o;
                    break;
                }
            }
            List<Object> args = op.takesValue() ? List.of(1 + random.nextInt(maxValue)) : List.of();
            actors.add(new Actor(methods.get(op.method()), args));
        }
        return actors;
    }
}
