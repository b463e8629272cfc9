package go4j.context;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import go4j.Chan;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Javadoc examples of the package, compiled and run as written there. */
@Timeout(30)
class ExamplesTest {
    private final Chan<String> results = new Chan<>();
    private final Chan<String> log = new Chan<>(10);

    @Test
    void contextExample() {
        // Context's Javadoc, with System.out replaced by the log channel.
        try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMillis(50))) {
            Context ctx = c.context();
            String r = select(
                results.onRecv(v -> "got " + v),
                ctx.done().onRecv(x -> "gave up: " + ctx.err()));
            log.send(r);
        } // Go's defer cancel()
        assertEquals("gave up: context deadline exceeded", log.recv());
    }

    private final Chan<Context> workerSaw = new Chan<>(1);

    private void worker(Context ctx) {
        ctx.done().recv();
        workerSaw.send(ctx);
    }

    private void awaitSomething() {
    }

    @Test
    void cancelableExample() {
        Context parent = Context.background();
        // Cancelable's Javadoc:
        try (Cancelable c = Context.withCancel(parent)) {
            Context ctx = c.context();
            go(() -> worker(ctx));
            awaitSomething();
        } // cancels ctx and everything derived from it, and releases it from parent
        assertSame(Context.CANCELED, workerSaw.recv().err());
    }

    enum RequestId {
        KEY
    }

    private void fetch(Context ctx) {
        String r = select(
            results.onRecv(v -> v),
            ctx.done().onRecv(x -> "fetch of " + ctx.value(RequestId.KEY) + ": " + ctx.err()));
        log.send(r);
    }

    @Test
    void packageExample() {
        // package-info's Javadoc:
        Context root = Context.background();
        try (Cancelable req = Context.withTimeout(root, Duration.ofSeconds(2))) {
            Context ctx = Context.withValue(req.context(), RequestId.KEY, "r-42");
            go(() -> fetch(ctx));                  // fetch selects on ctx.done()
            // ...
        }                                          // cancels ctx, fetch's select wakes
        assertEquals("fetch of r-42: context canceled", log.recv());
    }
}
