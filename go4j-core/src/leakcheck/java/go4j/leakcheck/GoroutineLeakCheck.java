package go4j.leakcheck;

import go4j.internal.runtime.Dump;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Leaks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Go's goleak for go4j: fails a test class that leaves a go4j goroutine alive, listing each
 * leaked goroutine in Go's dump format ({@code goroutine 7 [chan receive]:} and its frames).
 *
 * <p>Registered for every test class by JUnit's extension auto-detection (this class is listed
 * in {@code META-INF/services/org.junit.jupiter.api.extension.Extension}; the surefire
 * configuration turns auto-detection on), so it is opt-out: a class that means to leave
 * goroutines behind says so with {@link AllowGoroutineLeak}.
 *
 * <p>How: before the class, a snapshot of the live goroutines; after it, the goroutines alive
 * now and not in the snapshot are the class's. They get a grace period to finish (a goroutine
 * that has just delivered its last value may still be returning), by default 2 seconds,
 * {@code -Dgo4j.leakcheck.graceMillis=N} to change it. Goroutines are compared by identity, not
 * by id: every {@code Go.main} goroutine has id 1, as in Go.
 *
 * <p>The report puts first, in a section of its own, the goroutines that can never wake
 * ({@link Leaks}, Go 1.26's goroutine leak profile: blocked on a channel or sync object that
 * nothing able to run can reach), marked {@code (leaked)}; then the others, which something
 * may still wake (a goroutine parked on a channel a static field holds, one that sleeps or
 * spins). Telling them apart costs a heap dump, paid only by a class that fails;
 * {@code -Dgo4j.leakcheck.leakProfile=false} skips it.
 */
public final class GoroutineLeakCheck implements BeforeAllCallback, AfterAllCallback {
    private static final long GRACE_MILLIS = Long.getLong("go4j.leakcheck.graceMillis", 2_000);
    /** {@code -Dgo4j.leakcheck.leakProfile=false}: no heap dump to tell which goroutines can never wake. */
    private static final boolean LEAK_PROFILE = !"false".equals(System.getProperty("go4j.leakcheck.leakProfile"));
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GoroutineLeakCheck.class);
    private static final String BEFORE = "goroutines before";

    @Override
    public void beforeAll(ExtensionContext context) {
        Set<G> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(Goroutines.all());
        context.getStore(NS).put(BEFORE, before);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Set<G> before = (Set<G>) context.getStore(NS).remove(BEFORE);
        Class<?> testClass = context.getRequiredTestClass();
        if (before == null || allowed(testClass)) {
            return;
        }
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        List<G> leaked = leaked(before);
        while (!leaked.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            leaked = leaked(before);
        }
        if (!leaked.isEmpty()) {
            throw new AssertionError("goroutine leak: " + leaked.size() + " goroutine"
                    + (leaked.size() == 1 ? "" : "s") + " started by " + testClass.getName()
                    + " still alive " + GRACE_MILLIS + " ms after its last test"
                    + " (end them, or annotate the class with @AllowGoroutineLeak(\"why\"))\n\n"
                    + report(leaked));
        }
    }

    /**
     * The dump of the class's goroutines, those that can never wake first (Go 1.26's leak
     * profile, {@link Leaks}), in a section of their own; 20 entries at most.
     */
    private static String report(List<G> alive) {
        List<G> never = new ArrayList<>();
        String finder = "";
        if (LEAK_PROFILE) {
            try {
                Set<G> found = Collections.newSetFromMap(new IdentityHashMap<>());
                found.addAll(Leaks.find());
                for (G g : alive) {
                    if (found.contains(g)) {
                        never.add(g);
                    }
                }
            } catch (RuntimeException e) {
                finder = "(which of them can never wake is not known: " + e.getMessage() + ")\n\n";
            }
        }
        List<G> rest = new ArrayList<>(alive);
        rest.removeAll(never);
        StringBuilder sb = new StringBuilder(finder);
        int room = 20;
        if (!never.isEmpty()) {
            sb.append("leaked: ").append(never.size()).append(" of them can never wake: blocked on a channel or sync")
                    .append(" object that nothing able to run can reach any more (Go 1.26's goroutine leak profile)\n\n")
                    .append(Dump.of(never.subList(0, Math.min(never.size(), room))));
            room -= Math.min(never.size(), room);
            if (!rest.isEmpty() && room > 0) {
                sb.append("\nstill alive, and may yet wake:\n\n");
            }
        }
        sb.append(Dump.of(rest.subList(0, Math.min(rest.size(), room))));
        int shown = Math.min(never.size(), 20) + Math.min(rest.size(), room);
        if (alive.size() > shown) {
            sb.append("\n... and ").append(alive.size() - shown).append(" more\n");
        }
        return sb.toString();
    }

    private static boolean allowed(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (k.isAnnotationPresent(AllowGoroutineLeak.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<G> leaked(Set<G> before) {
        List<G> leaked = new ArrayList<>();
        for (G g : Goroutines.all()) {
            if (!before.contains(g)) {
                leaked.add(g);
            }
        }
        return leaked;
    }
}
