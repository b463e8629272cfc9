package go4j.std.runtime;

import go4j.lang.GoValue;
import go4j.lang.RType;
import java.util.List;

/** Go's runtime.MemStats, the fields programs read; see the stub for what they hold. */
public final class MemStats implements GoValue {
    private static final RType TYPE = RType.named("runtime", "MemStats").setUnderlying(RType.struct(List.of()));

    /** Bytes of allocated heap objects. */ public long Alloc;
    /** Cumulative bytes allocated (a lower bound on the JVM). */ public long TotalAlloc;
    /** Bytes obtained from the system. */ public long Sys;
    /** Allocations: not counted on the JVM. */ public long Mallocs;
    /** Frees: not counted on the JVM. */ public long Frees;
    /** Bytes of allocated heap objects. */ public long HeapAlloc;
    /** Heap bytes obtained from the system. */ public long HeapSys;
    /** Heap bytes free. */ public long HeapIdle;
    /** Heap bytes in use. */ public long HeapInuse;
    /** Live heap objects: not counted on the JVM. */ public long HeapObjects;
    /** Completed collections (uint32). */ public int NumGC;

    /** The zero value. */
    public MemStats() {
    }

    /** @return a copy (Go copies struct values) */
    public MemStats $copy() {
        MemStats m = new MemStats();
        m.$set(this);
        return m;
    }

    /** @param o the value to copy in */
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
        NumGC = o.NumGC;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
