package go4j.lang;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The entry of a compiled Go program: the {@code Main-Class} of a jar that {@code ./go4j build}
 * writes, and what {@code ./go4j run} calls once it has the program's classes. A program is the
 * class {@code go.main.Pkg} with its package initialiser {@code $init} and {@code main}; they
 * run under go4j's runtime ({@link Rt#main}), which ends the process with the program's exit
 * status.
 *
 * <pre>{@code
 * java -jar app.jar arg1 arg2   // os.Args is [<the jar's path>, arg1, arg2]
 * }</pre>
 */
public final class Main {
    private Main() {
    }

    /** 128 MiB: the carrier stack {@code ./go4j run} gives with {@code -Xss128m} (Go grows a goroutine's stack to 1 GB). */
    private static final long STACK_SIZE = 128L << 20;

    /**
     * Runs the program in this jar: {@code os.Args} is the jar's path and {@code args}.
     *
     * @param args the program's arguments
     * @throws ReflectiveOperationException if the jar holds no compiled Go program
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        // before go4j's runtime loads: gmp's carriers get ./go4j run's stack, unless set
        if (System.getProperty("go4j.sched.stackSize") == null) {
            System.setProperty("go4j.sched.stackSize", Long.toString(STACK_SIZE));
        }
        Object[] goArgs = new Object[args.length + 1];
        goArgs[0] = Str.fromJava(self());
        for (int i = 0; i < args.length; i++) {
            goArgs[i + 1] = Str.fromJava(args[i]);
        }
        go4j.std.os.Pkg.Args = SliceL.of(goArgs);
        run(Main.class.getClassLoader());
    }

    /** The jar's path, as the program's name; "main" when it cannot be told. */
    private static String self() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "main";
        }
    }

    /**
     * Runs the program whose classes {@code loader} defines, with {@code os.Args} set already;
     * does not return (the process ends with the program's exit status).
     *
     * @param loader where {@code go.main.Pkg} is
     * @throws ReflectiveOperationException if it has no program, or its classes do not link
     */
    public static void run(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> pkg = loader.loadClass("go.main.Pkg");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle init = lookup.findStatic(pkg, "$init", MethodType.methodType(void.class));
        MethodHandle mainFn = lookup.findStatic(pkg, "main", MethodType.methodType(void.class));
        Rt.main(new Runnable[] {() -> invoke(init)}, () -> invoke(mainFn));
    }

    private static void invoke(MethodHandle h) {
        try {
            h.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
