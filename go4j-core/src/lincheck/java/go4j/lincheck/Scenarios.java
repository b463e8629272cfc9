package go4j.lincheck;

import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written scenarios, for regressions: the model checker explores every interleaving of
 * such a scenario, so a bug it once found stays found. Calls are written {@code "unlock"} or
 * {@code "send(2)"}; the scenario must not be able to hang (checked here, as for generated ones).
 */
final class Scenarios {
    private Scenarios() {
    }

    static ExecutionScenario scenario(Class<?> testClass, List<String> init, List<List<String>> parallel, List<String> post) {
        List<List<Actor>> threads = new ArrayList<>();
        for (List<String> t : parallel) {
            threads.add(actors(testClass, t));
        }
        ExecutionScenario s = new ExecutionScenario(actors(testClass, init), threads, actors(testClass, post), null);
        if (!Histories.cannotHang(DualVerifier.newModel(testClass), DualVerifier.calls(s), Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("scenario can hang: " + s);
        }
        return s;
    }

    private static List<Actor> actors(Class<?> testClass, List<String> calls) {
        List<Actor> actors = new ArrayList<>();
        for (String call : calls) {
            int p = call.indexOf('(');
            String name = p < 0 ? call : call.substring(0, p);
            List<Object> args = p < 0 ? List.of() : List.of(Integer.parseInt(call.substring(p + 1, call.length() - 1)));
            actors.add(new Actor(method(testClass, name, args.size()), args));
        }
        return actors;
    }

    private static Method method(Class<?> c, String name, int arity) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                return m;
            }
        }
        throw new IllegalArgumentException(c + " has no operation " + name + "/" + arity);
    }
}
