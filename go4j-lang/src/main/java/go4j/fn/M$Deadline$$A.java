package go4j.fn;

/**
 * A Go method {@code Deadline() (deadline time.Time, ok bool)} (or any {@code Deadline()}
 * with several results), as called through an interface such as {@code context.Context}.
 */
public interface M$Deadline$$A {
    /** @return the results as JVM boxes: {@code {go4j.std.time.Time, Boolean}} for a context */
    Object[] Deadline();
}
