package go4j.context;

import go4j.Chan;
import go4j.RecvChan;

import java.time.Instant;
import java.util.Optional;

/**
 * Go's {@code withoutCancelCtx}: the parent's values, nothing of its cancellation. Immutable.
 * Its lookup of the cancel-context key answers null, so {@link Context#cause} of it is null
 * and its children do not join the parent's tree.
 */
final class WithoutCancelCtx implements Context {
    final Context parent;

    WithoutCancelCtx(Context parent) {
        this.parent = parent;
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
        return Contexts.value(this, key);
    }

    @Override
    public String toString() {
        return Contexts.name(this);
    }
}
