package go4j.misuse;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every reference parameter of every public method and constructor of the exported packages,
 * given null: the call throws {@link NullPointerException} at once (Go's "nil func" panics,
 * in Java's words) and leaves nothing behind: no goroutine started, no timer on the heap.
 * Parameters where null is a legal value say so in {@link #NULL_IS_LEGAL}, with the reason.
 * A public method added later is swept without anyone writing a test for it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NullArgumentsTest {
    /** "signature#index" of the parameters for which null is a value, not a mistake. */
    static final Map<String, String> NULL_IS_LEGAL = Map.ofEntries(
            Map.entry("Chan.send(Object)#0", "null is a legal element (Go's nil pointer)"),
            Map.entry("Chan.trySend(Object)#0", "null is a legal element"),
            Map.entry("Chan.onSend(Object)#0", "null is a legal element"),
            Map.entry("Chan.onSend(Object, Supplier)#0", "null is a legal element"),
            Map.entry("SendChan.send(Object)#0", "null is a legal element"),
            Map.entry("SendChan.trySend(Object)#0", "null is a legal element"),
            Map.entry("SendChan.onSend(Object)#0", "null is a legal element"),
            Map.entry("SendChan.onSend(Object, Supplier)#0", "null is a legal element"),
            Map.entry("Received.<init>(Object, boolean)#0", "the value received may be null"),
            Map.entry("Received.equals(Object)#0", "Object.equals contract"),
            Map.entry("Context.value(Object)#0", "Go's Value(nil) finds nothing and returns nil"),
            Map.entry("Context.withValue(Context, Object, Object)#2", "a value may be nil in Go"),
            Map.entry("Context.value(Key)#0", "Go's Value(nil) finds nothing and returns nil"),
            Map.entry("Context.withValue(Context, Key, Object)#2", "a value may be nil in Go"),
            Map.entry("Cancelable.cancel(Throwable)#0", "Go's cancel(nil): the cause is Canceled"),
            Map.entry("Context.withDeadlineCause(Context, Instant, Throwable)#2", "Go: a nil cause means DeadlineExceeded"),
            Map.entry("Context.withTimeoutCause(Context, Duration, Throwable)#2", "Go: a nil cause means DeadlineExceeded"),
            Map.entry("OrDone.send(Context, SendChan, Object)#2", "null is a legal element"),
            Map.entry("WorkerPool.submit(Object)#0", "null is a legal task"),
            Map.entry("Panic.<init>(String)#0", "an exception's message may be null"),
            Map.entry("Panic.<init>(String, Throwable)#0", "an exception's message may be null"),
            Map.entry("Panic.<init>(String, Throwable)#1", "an exception's cause may be null"),
            Map.entry("Interrupted.<init>(String)#0", "an exception's message may be null"),
            Map.entry("Map.load(Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.store(Object, Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.store(Object, Object)#1", "a value may be nil in Go"),
            Map.entry("Map.swap(Object, Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.swap(Object, Object)#1", "a value may be nil in Go"),
            Map.entry("Map.loadOrStore(Object, Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.loadOrStore(Object, Object)#1", "a value may be nil in Go"),
            Map.entry("Map.loadAndDelete(Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.delete(Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.compareAndSwap(Object, Object, Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.compareAndSwap(Object, Object, Object)#1", "nil is a value CompareAndSwap may compare with"),
            Map.entry("Map.compareAndSwap(Object, Object, Object)#2", "a value may be nil in Go"),
            Map.entry("Map.compareAndDelete(Object, Object)#0", "Go's sync.Map takes a nil key"),
            Map.entry("Map.compareAndDelete(Object, Object)#1", "nil is a value CompareAndDelete may compare with"),
            Map.entry("Pool.put(Object)#0", "Go's Put ignores nil"),
            Map.entry("Pool.<init>(Supplier)#0", "Go's Pool with a nil New: get returns null when empty"));

    @TestFactory
    List<DynamicTest> everyReferenceParameterRejectsNullAndLeavesNothingBehind() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : Api.publicClasses()) {
            for (Executable e : Api.publicMembers(c)) {
                Class<?>[] ps = e.getParameterTypes();
                for (int i = 0; i < ps.length; i++) {
                    String key = Api.signature(e) + "#" + i;
                    if (ps[i].isPrimitive() || NULL_IS_LEGAL.containsKey(key)) {
                        continue;
                    }
                    int index = i;
                    tests.add(DynamicTest.dynamicTest(Api.signature(e) + " with null " + ps[i].getSimpleName()
                            + " (argument " + (i + 1) + ")", () -> assertRejectsNull(e, index)));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyParameterWhereNullIsLegalAcceptsIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : Api.publicClasses()) {
            for (Executable e : Api.publicMembers(c)) {
                for (int i = 0; i < e.getParameterCount(); i++) {
                    String key = Api.signature(e) + "#" + i;
                    if (NULL_IS_LEGAL.containsKey(key)) {
                        int index = i;
                        tests.add(DynamicTest.dynamicTest(key + ": " + NULL_IS_LEGAL.get(key), () -> {
                            try (Api.Scope scope = new Api.Scope()) {
                                invoke(scope, e, index);
                            }
                        }));
                    }
                }
            }
        }
        assertEquals(NULL_IS_LEGAL.size(), tests.size(), "every NULL_IS_LEGAL entry names an existing parameter");
        return tests;
    }

    /** Calls {@code e} with valid arguments and null at {@code index}; what it threw, or null. */
    private static Throwable invoke(Api.Scope scope, Executable e, int index) throws Exception {
        Class<?>[] ps = e.getParameterTypes();
        Object[] args = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            args[i] = i == index ? null : scope.valid(ps[i]);
        }
        try {
            if (e instanceof Constructor<?> k) {
                k.newInstance(args);
            } else {
                Method m = (Method) e;
                Object receiver = Modifier.isStatic(m.getModifiers()) ? null : scope.receiver(m.getDeclaringClass());
                m.invoke(receiver, args);
            }
            return null;
        } catch (InvocationTargetException ite) {
            throw new AssertionError(Api.signature(e) + " rejected null for argument " + (index + 1)
                    + ", which NULL_IS_LEGAL says is legal", ite.getCause());
        }
    }

    private static void assertRejectsNull(Executable e, int index) throws Exception {
        Api.Footprint before = Api.Footprint.now();
        try (Api.Scope scope = new Api.Scope()) {
            Class<?>[] ps = e.getParameterTypes();
            Object[] args = new Object[ps.length];
            for (int i = 0; i < ps.length; i++) {
                args[i] = i == index ? null : scope.valid(ps[i]);
            }
            Throwable thrown = null;
            try {
                if (e instanceof Constructor<?> k) {
                    k.newInstance(args);
                } else {
                    Method m = (Method) e;
                    Object receiver = Modifier.isStatic(m.getModifiers()) ? null : scope.receiver(m.getDeclaringClass());
                    m.invoke(receiver, args);
                }
            } catch (InvocationTargetException ite) {
                thrown = ite.getCause();
            }
            if (thrown == null) {
                fail(Api.signature(e) + " accepted null for argument " + (index + 1)
                        + " (if null is legal there, add it to NULL_IS_LEGAL with the reason)");
            }
            Throwable t = thrown;
            assertInstanceOf(NullPointerException.class, t, () -> Api.signature(e) + " threw " + t);
        }
        Api.Footprint after = before.settle();
        assertTrue(after.within(before), () -> "a rejected call must start no goroutine and leave no timer: before "
                + before + ", after " + after);
    }
}
