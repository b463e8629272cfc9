/**
 * go4j's JDK Flight Recorder events, so that JDK Mission Control shows goroutines, channel
 * blocking and context cancellation next to the JVM's own events.
 *
 * <ul>
 *   <li>{@code go4j.GoroutineStart}, {@code go4j.GoroutineEnd}: instant events on the
 *       goroutine's own virtual thread. Off by default, like {@code jdk.VirtualThreadStart}
 *       (a program may start millions of goroutines); a recording turns them on with
 *       {@code go4j.GoroutineStart#enabled=true}.
 *   <li>{@code go4j.ChannelBlock}: a goroutine blocked in a channel operation or a select for
 *       longer than the threshold (20 ms by default, as {@code jdk.ThreadPark}). On in any
 *       recording.
 *   <li>{@code go4j.ContextCancel}: a context was canceled (by cancel, or by its deadline),
 *       with the number of contexts below it canceled along; lasts as long as that took.
 *       On in any recording.
 * </ul>
 *
 * <p>Cost with no recording: each hook is one check of the event type's enabled flag
 * (a static event instance's {@code isEnabled()}, which JFR's instrumentation turns into a
 * field read); nothing is allocated and no clock is read.
 *
 * <p>The events live in this non-exported package: JFR registers them from inside the module.
 */
package go4j.internal.jfr;
