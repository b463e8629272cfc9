package go4j.std.sync.atomic;

import go4j.lang.Ptr;
import go4j.lang.RuntimeError;

/**
 * Go's {@code sync/atomic} functions (stub {@code go4j/std/sync/atomic/atomic.go}) on go4j's
 * pointers to non-struct values, {@link Ptr}s: {@code *int64} and {@code *uint64} read and
 * write with {@code getJ}/{@code setJ}, {@code *int32} and {@code *uint32} with
 * {@code getI}/{@code setI}. A Ptr may be one of several objects for the same variable (each
 * {@code &s.f} or {@code &a[i]} is a new one, equal to the others), so the operations lock on
 * one of a fixed set of locks chosen by the pointer's hash, which equal pointers share.
 * Unsigned values have the same bits as signed ones, so they share the code.
 *
 * <pre>{@code
 * CellJ counter = new CellJ();       // an escaped int64 variable
 * Pkg.AddInt64(counter, 1);          // 1
 * Pkg.CompareAndSwapInt64(counter, 1, 5);
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    /** The lock of addr's variable; a nil pointer panics as Go's nil dereference. */
    private static Object lock(Ptr addr) {
        if (addr == null) {
            throw RuntimeError.nilDeref();
        }
        return LOCKS[(addr.hashCode() & 0x7FFFFFFF) % LOCKS.length];
    }

    // ---- int32, uint32 ----

    /** @return *addr += delta, the new value */
    public static int AddInt32(Ptr addr, int delta) {
        synchronized (lock(addr)) {
            int v = addr.getI() + delta;
            addr.setI(v);
            return v;
        }
    }

    /** @return *addr += delta for a uint32 */
    public static int AddUint32(Ptr addr, int delta) {
        return AddInt32(addr, delta);
    }

    /** @return whether *addr was old and is now new */
    public static boolean CompareAndSwapInt32(Ptr addr, int old, int replacement) {
        synchronized (lock(addr)) {
            if (addr.getI() != old) {
                return false;
            }
            addr.setI(replacement);
            return true;
        }
    }

    /** @return whether the uint32 *addr was old and is now new */
    public static boolean CompareAndSwapUint32(Ptr addr, int old, int replacement) {
        return CompareAndSwapInt32(addr, old, replacement);
    }

    /** @return *addr */
    public static int LoadInt32(Ptr addr) {
        synchronized (lock(addr)) {
            return addr.getI();
        }
    }

    /** @return the uint32 *addr */
    public static int LoadUint32(Ptr addr) {
        return LoadInt32(addr);
    }

    /** *addr = val */
    public static void StoreInt32(Ptr addr, int val) {
        synchronized (lock(addr)) {
            addr.setI(val);
        }
    }

    /** the uint32 *addr = val */
    public static void StoreUint32(Ptr addr, int val) {
        StoreInt32(addr, val);
    }

    /** @return the old *addr, replaced by new */
    public static int SwapInt32(Ptr addr, int replacement) {
        synchronized (lock(addr)) {
            int old = addr.getI();
            addr.setI(replacement);
            return old;
        }
    }

    /** @return the old uint32 *addr, replaced by new */
    public static int SwapUint32(Ptr addr, int replacement) {
        return SwapInt32(addr, replacement);
    }

    // ---- int64, uint64 ----

    /** @return *addr += delta, the new value */
    public static long AddInt64(Ptr addr, long delta) {
        synchronized (lock(addr)) {
            long v = addr.getJ() + delta;
            addr.setJ(v);
            return v;
        }
    }

    /** @return *addr += delta for a uint64 */
    public static long AddUint64(Ptr addr, long delta) {
        return AddInt64(addr, delta);
    }

    /** @return whether *addr was old and is now new */
    public static boolean CompareAndSwapInt64(Ptr addr, long old, long replacement) {
        synchronized (lock(addr)) {
            if (addr.getJ() != old) {
                return false;
            }
            addr.setJ(replacement);
            return true;
        }
    }

    /** @return whether the uint64 *addr was old and is now new */
    public static boolean CompareAndSwapUint64(Ptr addr, long old, long replacement) {
        return CompareAndSwapInt64(addr, old, replacement);
    }

    /** @return *addr */
    public static long LoadInt64(Ptr addr) {
        synchronized (lock(addr)) {
            return addr.getJ();
        }
    }

    /** @return the uint64 *addr */
    public static long LoadUint64(Ptr addr) {
        return LoadInt64(addr);
    }

    /** *addr = val */
    public static void StoreInt64(Ptr addr, long val) {
        synchronized (lock(addr)) {
            addr.setJ(val);
        }
    }

    /** the uint64 *addr = val */
    public static void StoreUint64(Ptr addr, long val) {
        StoreInt64(addr, val);
    }

    /** @return the old *addr, replaced by new */
    public static long SwapInt64(Ptr addr, long replacement) {
        synchronized (lock(addr)) {
            long old = addr.getJ();
            addr.setJ(replacement);
            return old;
        }
    }

    /** @return the old uint64 *addr, replaced by new */
    public static long SwapUint64(Ptr addr, long replacement) {
        return SwapInt64(addr, replacement);
    }
}
