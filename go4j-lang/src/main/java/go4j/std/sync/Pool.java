package go4j.std.sync;

import go4j.fn.F$$L;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.Pool}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.Pool}, which drops what it holds across garbage collections as Go's does.
 * Its exported field {@code New} is a compiled {@code func() any} ({@link F$$L}) or nil, read
 * at each Get that finds the pool empty.
 *
 * <pre>{@code
 * Pool p = new Pool();
 * p.Put(x);
 * p.Get(); // x, or New's result, or nil
 * }</pre>
 */
public final class Pool implements GoValue {
    /** {@code *sync.Pool}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "Pool").setUnderlying(RType.struct(List.of())));

    /** Go's {@code p.New}: a func() any, or null. */
    public Object New;

    private go4j.sync.Pool<Object> pool = fresh();

    /** An empty Pool with a nil New, Go's zero value. */
    public Pool() {
    }

    private go4j.sync.Pool<Object> fresh() {
        return new go4j.sync.Pool<>(() -> New == null ? null : ((F$$L) New).call());
    }

    /** @return an empty Pool with the same New (go vet reports copying one in use) */
    public Pool $copy() {
        Pool p = new Pool();
        p.New = New;
        return p;
    }

    /** @param other the Pool whose New this one takes, emptied */
    public void $set(Pool other) {
        New = other.New;
        pool = fresh();
    }

    /** @return an item put earlier, else New's result, else nil */
    public Object Get() {
        return pool.get();
    }

    /** @param x an item to keep for a later Get; nil is ignored, as in Go */
    public void Put(Object x) {
        pool.put(x);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
