/**
 * Go's builtins on the JVM: {@link go4j.Go} ({@code go}, {@code select}, the runtime
 * functions), {@link go4j.Chan} and its directions {@link go4j.SendChan} and
 * {@link go4j.RecvChan}, select {@link go4j.Case}s, {@link go4j.Received} and
 * {@link go4j.Panic}.
 *
 * <p>Design note: these are the public faces of the runtime's channel engine, as Go's
 * {@code chan} and {@code select} are the language's faces of package runtime's {@code hchan}
 * and {@code selectgo}: {@code go4j.internal.runtime.HChan} (runtime/chan.go: one short lock
 * per channel, a ring buffer and FIFO queues of sudogs) and {@code Selectgo}
 * (runtime/select.go). The engine reports what Go panics with; this package throws it. Every
 * blocking operation parks the calling thread (normally a goroutine's virtual thread) through
 * {@code go4j.internal.runtime.Park}, which records Go's wait reason for dumps and deadlock
 * detection.
 */
package go4j;
