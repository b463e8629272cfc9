/**
 * Lincheck model checking and stress testing of go4j's blocking primitives: {@code Chan} at
 * capacity 0, 1 and 2 (every operation, and sends and receives through {@code select}),
 * {@code select} over two channels, {@code WaitGroup}, {@code Mutex}, {@code Cond} (through a
 * token counter guarded by a Mutex, as Go code uses it) and {@code sync.Map} (non-blocking: every
 * operation completes at its request, except range, whose per-key looks are internal steps).
 *
 * <p>Design note. Lincheck checks blocking operations only when they are Kotlin suspending
 * functions: it then treats a suspended operation as a request that a later operation may
 * complete (linearizability for dual data structures). go4j's operations park a thread instead,
 * and Lincheck, which runs them on its own platform threads, reports a thread parked forever as
 * a deadlock. Two pieces make the same check possible here:
 * <ul>
 *   <li>{@link go4j.lincheck.Model}: the specification, with waiting threads part of its state
 *       and every operation split into a request and a follow-up;
 *       {@link go4j.lincheck.DualVerifier} accepts a history if some order of requests and
 *       follow-ups, each inside its operation's interval, explains every result.</li>
 *   <li>{@link go4j.lincheck.HangFreeGenerator}: random scenarios, kept only if no order of
 *       their events can leave a thread waiting forever in the model. A Go program may block
 *       forever, and that is not a bug; so those scenarios are left out, and any hang Lincheck
 *       still finds is a lost wake-up.</li>
 * </ul>
 * Operations return their result as a string, a panic included ({@code "panic: send on closed
 * channel"}), so that Go's exact messages are part of what is checked.
 *
 * <p>Each test class runs both strategies: {@code modelChecking} (Lincheck picks the thread
 * switches and explores interleavings) and {@code stress} (real threads, real parking). They run
 * in their own surefire execution ({@code lincheck}), on platform threads, whichever scheduler is
 * configured: the primitives do not involve the scheduler when called from a platform thread.
 */
package go4j.lincheck;
