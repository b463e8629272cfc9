package go4j;

import go4j.internal.runtime.Panics;

/**
 * A Go run-time panic, with Go's message to the letter: {@code send on closed channel},
 * {@code close of closed channel}, {@code close of nil channel},
 * {@code sync: negative WaitGroup counter}, {@code sync: unlock of unlocked mutex},
 * {@code all goroutines are asleep - deadlock!}, ...
 *
 * <pre>{@code
 * Chan<Integer> c = new Chan<>();
 * c.close();
 * try {
 *     c.send(1);
 * } catch (Panic p) {
 *     System.out.println(p.getMessage()); // send on closed channel
 * }
 * }</pre>
 */
public class Panic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static {
        Panics.registerPanicClass(Panic.class); // so that panic reports print its message as Go's value
    }

    /**
     * A panic with Go's message.
     *
     * @param message the panic's value, as Go prints it after {@code panic: }
     */
    public Panic(String message) {
        super(message);
    }

    /**
     * A panic with Go's message, caused by {@code cause}.
     *
     * @param message the panic's value, as Go prints it after {@code panic: }
     * @param cause   the exception behind it, which a panic report prints as "Caused by: ..."
     */
    public Panic(String message, Throwable cause) {
        super(message, cause);
    }
}
