/**
 * Go's {@code context} package: cancellation trees, deadlines and request-scoped values.
 *
 * <pre>{@code
 * static final Context.Key<String> REQUEST_ID = new Context.Key<>("requestID");
 *
 * static void handle(Consumer<Context> fetch) {
 *     Context root = Context.background();
 *     try (Cancelable req = Context.withTimeout(root, Duration.ofSeconds(2))) {
 *         Context ctx = Context.withValue(req.context(), REQUEST_ID, "r-42");
 *         go(() -> fetch.accept(ctx));           // fetch selects on ctx.done()
 *         // ...
 *     }                                          // cancels ctx, fetch's select wakes
 * }
 * }</pre>
 *
 * <h2>Design note</h2>
 *
 * <p>The types are Go's, with Go's names in their comments:
 * <ul>
 *   <li>{@code EmptyCtx} — {@code background()} and {@code todo()}: never canceled; their
 *       {@code done()} is {@link go4j.Chan#nil()}.
 *   <li>{@code CancelCtx} — Go's {@code cancelCtx}: a lazily created done channel, err and
 *       cause, and its live children in an intrusive doubly linked list (O(1) add and remove,
 *       no allocation, no map resize under the lock). A canceled context leaves its parent's
 *       list, so canceled children of a long-lived parent become garbage.
 *   <li>{@code TimerCtx} — Go's {@code timerCtx}: a {@code CancelCtx} plus a deadline and a
 *       timer on go4j's one timer heap ({@code go4j.internal.runtime.Timers}); canceling
 *       removes the timer from the heap. If the parent's deadline is earlier, no
 *       {@code TimerCtx} is made: {@code withDeadline} returns a plain {@code withCancel}.
 *   <li>{@code ValueCtx} — Go's {@code valueCtx}: one immutable pair; lookups walk up. A
 *       {@link go4j.context.Context.Key} is only a key with a type argument and identity
 *       equality: the typed {@code value(Key)} is the untyped lookup and a cast, so a
 *       user-written context serves it with no code of its own.
 *   <li>{@code WithoutCancelCtx}, {@code AfterFuncCtx} — Go's {@code withoutCancelCtx} and
 *       {@code afterFuncCtx}.
 * </ul>
 *
 * <p>Joining the tree (Go's {@code propagateCancel}): a new cancelable context asks its
 * parent for its done channel (nil: never canceled, nothing to do; closed: born canceled),
 * then looks up the nearest {@code CancelCtx} through {@code parent.value(cancelCtxKey)}. If
 * that context's done channel is the parent's, the child joins its children list; a
 * user-written wrapper that delegates {@code done()} and {@code value()} is thus seen
 * through. Otherwise (a user-written context with a done channel of its own) a goroutine
 * selects on both done channels and ends when either closes, as in Go.
 *
 * <p>Every walk is a loop: canceling a subtree (an explicit stack of detached children
 * lists), value lookup, {@code deadline()}, the done/err of value contexts, and
 * {@code toString()}. A 100,000-deep chain needs no stack.
 *
 * <p>Locks: one {@code SpinLock} per cancelable context. It is never held while closing a
 * channel, running user code, touching the timer heap or starting a goroutine, nor while
 * another context's lock is held. Go holds a parent's lock while it cancels each child; here
 * a parent detaches its children list under its lock and cancels the children after
 * releasing it, which gives the same outcome (every descendant is canceled before
 * {@code cancel()} returns) with no lock nesting.
 *
 * <p>Timer callbacks run on the timer thread: an expiring context without children is
 * canceled there (closing one channel); one with children is canceled from a goroutine,
 * since a subtree may be large and its {@code afterFunc}s start goroutines.
 *
 * <p>{@code DEADLINE_EXCEEDED} is a {@link go4j.context.Timeout} (Go's
 * {@code interface{ Timeout() bool }}, true), so code that asks an error whether it is a
 * timeout, as Go's {@code os.IsTimeout} does, gets Go's answer; {@code CANCELED} is not one.
 *
 * <p>Not built: Go's {@code afterFuncer} shortcut (a user-written parent with an
 * {@code AfterFunc} method is watched by a goroutine like any other user-written parent),
 * and {@code DeadlineExceeded}'s deprecated {@code Temporary()} method.
 */
package go4j.context;
