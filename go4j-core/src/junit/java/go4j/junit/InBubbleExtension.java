package go4j.junit;

import go4j.synctest.Synctest;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The extension behind {@link InBubble}: runs the test method's invocation as the main
 * goroutine of a synctest bubble ({@link Synctest#test}). Whatever the method throws (an
 * assertion error, a checked exception) is rethrown as it is; a deadlock of the bubble is
 * Go's panic ({@code deadlock: all goroutines in bubble are blocked}, or {@code deadlock: main
 * bubble goroutine has exited but blocked goroutines remain}) with the bubble's goroutine dump.
 *
 * <p>Stateless: JUnit may call it from any thread, for any number of tests at once.
 */
public final class InBubbleExtension implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inBubble(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        inBubble(invocation); // @RepeatedTest, @ParameterizedTest
    }

    private static void inBubble(Invocation<Void> invocation) {
        Synctest.test(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                throw InBubbleExtension.<RuntimeException>sneaky(t);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
