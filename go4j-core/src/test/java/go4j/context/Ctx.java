package go4j.context;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import go4j.RecvChan;

/** Test helpers shared by the context tests. */
final class Ctx {
    private Ctx() {
    }

    /** Go's shortDuration: a reasonable time to block in a test. */
    static final Duration SHORT = Duration.ofMillis(1);
    /** Go's veryLongDuration: never reached while a test runs. */
    static final Duration VERY_LONG = Duration.ofHours(1000);

    /** Go's {@code select { case <-ctx.Done(): true; default: false }}. */
    static boolean isDone(Context ctx) {
        return ctx.done().tryRecv() != null;
    }

    /** Blocks until ctx is done (a hang is caught by the test's @Timeout). */
    static void awaitDone(Context ctx) {
        ctx.done().recv();
    }

    static CancelCtx internal(Context ctx) {
        return (CancelCtx) ctx;
    }

    /**
     * Go's otherContext: a Context that is none of the package's types but delegates
     * everything to one, like a Go struct embedding a Context.
     */
    static class OtherContext implements Context {
        final Context inner;

        OtherContext(Context inner) {
            this.inner = inner;
        }

        @Override
        public Optional<Instant> deadline() {
            return inner.deadline();
        }

        @Override
        public RecvChan<Void> done() {
            return inner.done();
        }

        @Override
        public RuntimeException err() {
            return inner.err();
        }

        @Override
        public Object value(Object key) {
            return inner.value(key);
        }
    }

    /** Go's myDoneCtx: delegates everything but done(), which is a fresh never-closed channel. */
    static final class FreshDoneContext implements Context {
        final Context inner;

        FreshDoneContext(Context inner) {
            this.inner = inner;
        }

        @Override
        public Optional<Instant> deadline() {
            return inner.deadline();
        }

        @Override
        public RecvChan<Void> done() {
            return new go4j.Chan<>();
        }

        @Override
        public RuntimeException err() {
            return inner.err();
        }

        @Override
        public Object value(Object key) {
            return inner.value(key);
        }
    }

    /** Go's customDoneContext: delegates everything but done(), which is a channel of its own. */
    static final class OwnDoneContext implements Context {
        final Context inner;
        final go4j.Chan<Void> donec;

        OwnDoneContext(Context inner, go4j.Chan<Void> donec) {
            this.inner = inner;
            this.donec = donec;
        }

        @Override
        public Optional<Instant> deadline() {
            return inner.deadline();
        }

        @Override
        public RecvChan<Void> done() {
            return donec;
        }

        @Override
        public RuntimeException err() {
            return inner.err();
        }

        @Override
        public Object value(Object key) {
            return inner.value(key);
        }
    }

    /** Polls {@code cond} until true; a hang is caught by the test's @Timeout. */
    static void eventually(java.util.function.BooleanSupplier cond) {
        while (!cond.getAsBoolean()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
