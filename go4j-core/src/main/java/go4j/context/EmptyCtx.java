package go4j.context;

import go4j.Chan;
import go4j.RecvChan;

import java.time.Instant;
import java.util.Optional;

/**
 * Go's {@code backgroundCtx} and {@code todoCtx}: never canceled, no deadline, no values.
 * Immutable.
 */
final class EmptyCtx implements Context {
    static final EmptyCtx BACKGROUND = new EmptyCtx("context.Background");
    static final EmptyCtx TODO = new EmptyCtx("context.TODO");

    private final String name;

    private EmptyCtx(String name) {
        this.name = name;
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.empty();
    }

    @Override
    public RecvChan<Void> done() {
        return Chan.nil();
    }

    @Override
    public RuntimeException err() {
        return null;
    }

    @Override
    public Object value(Object key) {
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
