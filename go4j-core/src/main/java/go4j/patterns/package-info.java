/**
 * The classic Go concurrency patterns as small functions over channels and contexts, each
 * one the Go idiom written once so that it need not be written again:
 *
 * <table>
 * <caption>The patterns and the Go code they stand for</caption>
 * <tr><th>go4j</th><th>the Go idiom</th></tr>
 * <tr><td>{@link go4j.patterns.Generator#generate Generator.generate(ctx, next)}</td>
 *     <td>{@code func gen(done) <-chan T}: a goroutine sending values until told to stop</td></tr>
 * <tr><td>{@link go4j.patterns.FanIn#merge FanIn.merge(ctx, cs...)}</td>
 *     <td>the pipelines blog's {@code merge}: one forwarder per input, a WaitGroup, one close</td></tr>
 * <tr><td>{@link go4j.patterns.FanOut#fanOut FanOut.fanOut}, {@link go4j.patterns.FanOut#split split},
 *     {@link go4j.patterns.FanOut#broadcast broadcast}</td>
 *     <td>several goroutines reading one channel; one value to whichever reader is ready; a tee</td></tr>
 * <tr><td>{@link go4j.patterns.WorkerPool WorkerPool.start(ctx, n, queue, work)}</td>
 *     <td>{@code jobs}, {@code results} and {@code n} {@code worker} goroutines ranging over jobs</td></tr>
 * <tr><td>{@link go4j.patterns.Future#start Future.start(work)}</td>
 *     <td>{@code c := make(chan T, 1); go func() { c <- work() }(); return c}</td></tr>
 * <tr><td>{@link go4j.patterns.Pipeline#stage Pipeline.stage}, {@link go4j.patterns.Pipeline#filter filter},
 *     {@link go4j.patterns.Pipeline#collect collect}</td>
 *     <td>{@code func sq(done, in <-chan int) <-chan int}: one stage of a pipeline</td></tr>
 * <tr><td>{@link go4j.patterns.ParallelMap#map ParallelMap.map(ctx, items, limit, f)}</td>
 *     <td>bounded parallelism: a semaphore channel of {@code limit}, a WaitGroup, the first error wins</td></tr>
 * <tr><td>{@link go4j.patterns.OrDone#send OrDone.send}, {@link go4j.patterns.OrDone#recv recv}</td>
 *     <td>{@code select { case out <- v: case <-ctx.Done(): return }} and its receiving twin</td></tr>
 * </table>
 *
 * <h2>Design rules every pattern keeps</h2>
 * <ul>
 *   <li><b>The producer closes.</b> A function that returns a channel owns it and closes it,
 *       exactly once, when it has nothing more to send: its input closed, or its context is
 *       done. A consumer can always {@code for (T v : out)} to the end.</li>
 *   <li><b>Every blocking step also waits for the context.</b> A goroutine of a pattern never
 *       blocks on a channel operation alone: each send and receive is a select with
 *       {@code ctx.done()}. So when the context is done every goroutine a pattern started
 *       returns and closes its channel, even when nobody reads the output and the inputs
 *       stay open; {@code Go.numGoroutine()} goes back to what it was. (A goroutine busy in the
 *       user's own function finishes that call first: Java cannot interrupt it, and neither
 *       can Go.)</li>
 *   <li><b>Unbuffered unless asked.</b> Channels between stages are unbuffered, as in Go's
 *       examples, so back-pressure flows upstream; {@link go4j.patterns.WorkerPool} takes a
 *       queue size because a worker pool's queue is its point.</li>
 *   <li><b>The user's exceptions are panics.</b> An exception thrown by a function given to a
 *       pattern escapes that pattern's goroutine, as a panic escapes a Go goroutine, after the
 *       goroutine's output channel is closed (Go's {@code defer close(out)}). Only
 *       {@link go4j.patterns.ParallelMap}, which runs on the caller's behalf like errgroup,
 *       hands the first exception back to its caller.</li>
 *   <li><b>Bad input fails at the call</b>, not later in a goroutine: null arguments with
 *       {@link java.lang.NullPointerException}, a count below 1 with
 *       {@link java.lang.IllegalArgumentException}.</li>
 * </ul>
 */
package go4j.patterns;
