package go4j;

/**
 * A goroutine body that may throw checked exceptions: Go's {@code func()}, for
 * {@link Go#go(Func)}, {@link Go#main(Func)} and {@link go4j.sync.WaitGroup#go(Func)}. A lambda
 * or method reference passed to {@code go} is one of these, so it may call methods that
 * declare {@code throws IOException} without a {@code try}. An exception escaping it, checked
 * or not, is the goroutine's panic: Go's report ({@code panic: java.io.IOException: ...}, the
 * goroutine's frames, the cause chain), then, under {@code Go.main}, the end of the program.
 *
 * <pre>{@code
 * Chan<Long> sizes = new Chan<>();
 * go(() -> sizes.send(Files.size(Path.of("go.mod")))); // no try: an IOException is a panic
 * System.out.println(sizes.recv());
 * }</pre>
 *
 * A method reference works the same: {@code go(this::save)} for a
 * {@code void save() throws IOException}.
 *
 * <p>It extends {@link Runnable} so that every call that compiled against {@code go(Runnable)}
 * still compiles and means the same: a lambda goes to the {@code Func} overload (the more
 * specific one), a {@code Runnable} variable to the {@code Runnable} one, and
 * {@code go(null)} is not ambiguous. As a Runnable, {@link #run()} calls {@link #call()} and
 * lets what it throws escape unchanged, a checked exception too although {@code run} does not
 * declare it (a "sneaky throw"): that is what a goroutine does with it.
 */
@FunctionalInterface
public interface Func extends Runnable {
    /**
     * Runs the body.
     *
     * @throws Exception whatever the body throws: the goroutine's panic
     */
    void call() throws Exception;

    /**
     * Calls {@link #call()}; an exception it throws escapes unchanged, a checked one too
     * (undeclared).
     */
    @Override
    default void run() {
        try {
            call();
        } catch (Exception e) {
            throw Func.<RuntimeException>sneaky(e);
        }
    }

    /** Throws {@code t} as it is, whatever its type: the compiler takes it for an {@code X}. */
    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
