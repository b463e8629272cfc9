package go4j.examples;

import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import go4j.time.Time;

import java.time.Duration;
import java.time.Instant;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * A tree of contexts: main → withCancel → withValue; work1 and work3 wait for the cancel,
 * work2 adds a deadline of its own, which fires first. Go original:
 * {@code go4j-examples/go/context.go}. Go's {@code (ctx, cancel)} pair is a
 * {@link Cancelable}, and {@code defer cancel()} is try-with-resources. The work1 and work3
 * lines may come in either order.
 */
public final class ContextExample {
    private ContextExample() {
    }

    /** Go's {@code type key string}: a key type of our own, so no other package's key collides. */
    record Key(String name) {
    }

    static void work1(Context ctx, WaitGroup wg) {
        try {
            ctx.done().recv();
            Fmt.println("work1: stopped:", ctx.err());
        } finally {
            wg.done();
        }
    }

    static void work2(Context ctx, WaitGroup wg) {
        try (Cancelable d = Context.withDeadline(ctx, Instant.now().plusMillis(50))) {
            Context dctx = d.context();
            String r = select(
                    Time.after(Duration.ofHours(1)).onRecv(t -> "work2: finished"), // the work would take an hour
                    dctx.done().onRecv(x -> "work2: stopped: " + dctx.err()));
            Fmt.println(r);
        } finally {
            wg.done();
        }
    }

    static void work3(Context ctx, WaitGroup wg) {
        try {
            String id = (String) ctx.value(new Key("request-id"));
            ctx.done().recv();
            Fmt.println("work3: request", id, "stopped:", ctx.err());
        } finally {
            wg.done();
        }
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Cancelable root = Context.withCancel(Context.background());
            Context ctx = Context.withValue(root.context(), new Key("request-id"), "42");

            WaitGroup wg2 = new WaitGroup();
            wg2.add(1);
            go(() -> work2(ctx, wg2));
            wg2.await();

            WaitGroup wg = new WaitGroup();
            wg.add(2);
            go(() -> work1(ctx, wg));
            go(() -> work3(ctx, wg));
            Fmt.println("main: cancel");
            root.cancel();
            wg.await();
            Fmt.println("main: all work stopped; ctx.Err() =", ctx.err());
        });
    }
}
