package go4j.std.container.list;

/**
 * Go's {@code container/list} package (stub {@code go4j/std/container/list/list.go}): the
 * constructor; the list is {@link List}, its elements {@link Element}.
 *
 * <pre>{@code
 * List l = Pkg.New();
 * l.PushBack(1L);
 * l.Front().Value; // 1L
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** @return a new empty list */
    public static List New() {
        return new List().Init();
    }
}
