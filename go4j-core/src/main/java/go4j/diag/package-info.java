/**
 * go4j seen from the JDK's management tools: {@link go4j.diag.GoRuntimeMXBean}, registered in
 * the platform MBean server as {@code go4j:type=Runtime} when the runtime starts, so that
 * JConsole, VisualVM and JDK Mission Control show goroutines, GOMAXPROCS and the scheduler's
 * figures with no agent, and can fetch the Go-format goroutine dump.
 *
 * <p>Design note: this package holds only the interface (JDK types, nothing of go4j), the
 * contract a JMX client programs against; the implementation is the runtime's
 * ({@code go4j.internal.runtime.RuntimeMBean}), which reads the figures where they live. So this
 * package stands on the bottom floor, and the runtime, which implements it, stays below the
 * public API built on it (FloorsTest). Go's own counterparts are {@code runtime.NumGoroutine},
 * {@code runtime.GOMAXPROCS}, {@code GODEBUG=schedtrace} and {@code runtime.Stack}; in Java code
 * the same figures come from {@link go4j.Go} directly.
 */
package go4j.diag;
