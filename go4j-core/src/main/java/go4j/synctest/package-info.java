/**
 * Go 1.25's {@code testing/synctest}: {@link go4j.synctest.Synctest#test} runs a test in a
 * bubble with a fake clock, {@link go4j.synctest.Synctest#await} waits until the bubble's other
 * goroutines are durably blocked.
 *
 * <pre>{@code
 * Synctest.test(() -> {
 *     Instant start = Time.now();
 *     Cancelable c = Context.withTimeout(Context.background(), Duration.ofSeconds(30));
 *     c.context().done().recv();             // returns at once: 30 s of fake time
 *     assert Time.since(start).equals(Duration.ofSeconds(30));
 * });
 * }</pre>
 *
 * <p>Design note (ADR 0012, docs/synctest.md). The runtime half is
 * {@code go4j.internal.runtime.Bubble}: membership is a field of the goroutine, of the channel
 * and of the timer, set when they are made; "durably blocked" is read from the wait each
 * goroutine already publishes for deadlock detection and dumps (its reason and its wait
 * object), with Deadlock's two-pass look; the fake clock and a heap of the bubble's timers
 * live in the bubble, and the thread that called {@code test} advances and fires them.
 */
package go4j.synctest;
