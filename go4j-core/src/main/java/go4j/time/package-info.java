/**
 * Go's {@code time} package, the part goroutines use: {@link go4j.time.Time#sleep},
 * {@link go4j.time.Time#after}, {@link go4j.time.Time#tick}, {@link go4j.time.Time#afterFunc},
 * and {@link go4j.time.Timer} and {@link go4j.time.Ticker}, whose channels work in
 * {@code select}.
 *
 * <p>Design note. Every timer is an entry in go4j's one timer heap
 * ({@code go4j.internal.runtime.Timers}: one daemon thread, a 4-ary heap, no thread per timer),
 * with Go 1.23's semantics:
 * <ul>
 *   <li>Timer channels are synchronous: {@code len} and {@code cap} read 0, and once
 *       {@code stop} or {@code reset} has returned no value prepared before it is received.
 *       Underneath, as in Go, a channel has a one-element buffer that the timer fills with a
 *       non-blocking send and that {@code stop} and {@code reset} empty under the timer's
 *       lock, while a sequence number squelches a firing already in flight.
 *   <li>{@code stop} and {@code reset} return true when the timer had not delivered: still
 *       pending, or its value still unreceived.
 *   <li>A ticker drops ticks for a slow receiver and skips missed periods.
 *   <li>Garbage: the heap refers to a timer's channel only weakly and holds no user object;
 *       when the channel is collected, its entry leaves the heap. So an unreferenced
 *       {@code Timer}, {@code Ticker} or {@code after} channel is garbage, stopped or not,
 *       while a goroutine blocked on the channel keeps it alive.
 *   <li>{@code sleep} parks with Go's wait reason {@code sleep}; a sleeping goroutine is awake
 *       for deadlock detection.
 *   <li>Zero and negative durations fire at once; {@code newTicker} and {@code Ticker.reset}
 *       panic on them with Go's messages; {@code tick} returns the nil channel.
 * </ul>
 */
package go4j.time;
