package go4j.std.sync;

/**
 * Go's {@code sync} package's functions (stub {@code go4j/std/sync/sync.go}); its types are the
 * classes beside this one.
 *
 * <pre>{@code
 * Cond c = Pkg.NewCond(mu); // sync.NewCond(&mu)
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /**
     * Go's {@code sync.NewCond}.
     *
     * @param l the Locker, a value with Lock and Unlock methods
     * @return a Cond on it
     */
    public static Cond NewCond(Object l) {
        Cond c = new Cond();
        c.L = l;
        return c;
    }
}
