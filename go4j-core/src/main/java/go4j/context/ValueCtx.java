package go4j.context;

import go4j.RecvChan;

import java.time.Instant;
import java.util.Optional;

/**
 * Go's {@code valueCtx}: one key/value pair over a parent; everything else is the parent's.
 * Immutable. Every method walks up past chains of value contexts with a loop, so a
 * 100,000-deep chain answers without recursion.
 */
final class ValueCtx implements Context {
    final Context parent;
    final Object key; // non-null, not an array
    final Object val;

    ValueCtx(Context parent, Object key, Object val) {
        this.parent = parent;
        this.key = key;
        this.val = val;
    }

    @Override
    public Optional<Instant> deadline() {
        return Contexts.deadline(parent);
    }

    @Override
    public RecvChan<Void> done() {
        return Contexts.skipValues(parent).done();
    }

    @Override
    public RuntimeException err() {
        return Contexts.skipValues(parent).err();
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
