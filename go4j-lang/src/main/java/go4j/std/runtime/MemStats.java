package go4j.std.runtime;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code runtime.MemStats}, a standard struct type (docs/compiler.md) whose fields are
 * public, with their Go names and JVM types ({@code uint64} a {@code long}, {@code uint32}
 * an {@code int}), so that compiled code reads {@code m.HeapAlloc}. {@link Pkg#ReadMemStats}
 * fills in what the JVM reports.
 *
 * <pre>{@code
 * MemStats m = new MemStats();
 * Pkg.ReadMemStats(m);
 * long used = m.HeapAlloc;
 * }</pre>
 */
public final class MemStats implements GoValue {
    /** {@code runtime.MemStats}. */
    public static final RType TYPE = RType.named("runtime", "MemStats").setUnderlying(RType.struct(List.of(
            new RType.Field("Alloc", RType.UINT64, false), new RType.Field("TotalAlloc", RType.UINT64, false),
            new RType.Field("Sys", RType.UINT64, false), new RType.Field("Mallocs", RType.UINT64, false),
            new RType.Field("Frees", RType.UINT64, false), new RType.Field("HeapAlloc", RType.UINT64, false),
            new RType.Field("HeapSys", RType.UINT64, false), new RType.Field("HeapIdle", RType.UINT64, false),
            new RType.Field("HeapInuse", RType.UINT64, false), new RType.Field("HeapObjects", RType.UINT64, false),
            new RType.Field("PauseTotalNs", RType.UINT64, false), new RType.Field("NumGC", RType.UINT32, false))));

    /** Bytes of allocated heap objects. */
    public long Alloc;
    /** The same as Alloc: the JVM does not count freed bytes. */
    public long TotalAlloc;
    /** Bytes the heap has from the OS. */
    public long Sys;
    /** Not counted: 0. */
    public long Mallocs;
    /** Not counted: 0. */
    public long Frees;
    /** Bytes of allocated heap objects. */
    public long HeapAlloc;
    /** Bytes the heap has from the OS. */
    public long HeapSys;
    /** Bytes of the heap not in use. */
    public long HeapIdle;
    /** Bytes of the heap in use. */
    public long HeapInuse;
    /** Not counted: 0. */
    public long HeapObjects;
    /** Total time the collectors ran, in nanoseconds. */
    public long PauseTotalNs;
    /** Number of completed collections (a uint32). */
    public int NumGC;

    /** All zero, Go's zero value. */
    public MemStats() {
    }

    /** @return a MemStats with the same fields */
    public MemStats $copy() {
        MemStats m = new MemStats();
        m.$set(this);
        return m;
    }

    /** @param o the MemStats whose fields this one takes */
    public void $set(MemStats o) {
        Alloc = o.Alloc;
        TotalAlloc = o.TotalAlloc;
        Sys = o.Sys;
        Mallocs = o.Mallocs;
        Frees = o.Frees;
        HeapAlloc = o.HeapAlloc;
        HeapSys = o.HeapSys;
        HeapIdle = o.HeapIdle;
        HeapInuse = o.HeapInuse;
        HeapObjects = o.HeapObjects;
        PauseTotalNs = o.PauseTotalNs;
        NumGC = o.NumGC;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemStats m && m.Alloc == Alloc && m.TotalAlloc == TotalAlloc && m.Sys == Sys
                && m.Mallocs == Mallocs && m.Frees == Frees && m.HeapAlloc == HeapAlloc && m.HeapSys == HeapSys
                && m.HeapIdle == HeapIdle && m.HeapInuse == HeapInuse && m.HeapObjects == HeapObjects
                && m.PauseTotalNs == PauseTotalNs && m.NumGC == NumGC;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(Alloc) * 31 + NumGC;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
