package go4j.std.container.ring;

/**
 * Go's {@code container/ring} package (stub {@code go4j/std/container/ring/ring.go}): the
 * constructor; the ring itself is {@link Ring}.
 *
 * <pre>{@code
 * Ring r = Pkg.New(3);  // ring.New(3)
 * r.Len();              // 3
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** @return a ring of n elements whose Values are nil, null for n <= 0 */
    public static Ring New(long n) {
        if (n <= 0) {
            return null;
        }
        Ring r = new Ring();
        Ring p = r;
        for (long i = 1; i < n; i++) {
            Ring q = new Ring();
            q.prev = p;
            p.next = q;
            p = q;
        }
        p.next = r;
        r.prev = p;
        return r;
    }
}
