/**
 * Channels as the JDK's types, for code written against them: {@link go4j.bridge.ChanPublisher}
 * and {@link go4j.bridge.ChanSubscriber} ({@code java.util.concurrent.Flow}),
 * {@link go4j.bridge.ChanStreams} ({@code java.util.stream.Stream}) and
 * {@link go4j.bridge.ChanFutures} ({@code CompletableFuture}).
 *
 * <p>Design note: every bridge is built on go4j's public API only (goroutines, channels,
 * {@code select}), so it has Go's semantics and shows up in goroutine dumps and deadlock
 * detection like any other go4j code; it adds the other side's rules and says where they meet
 * Go's: a value received is never dropped on the floor, several consumers of one channel
 * compete for its values, closing the channel is the one end of stream, and a receiver never
 * closes a channel. Why here and not on {@code Chan}: docs/adr/0007-bridges-to-java-types.md.
 * Java 25's {@code StructuredTaskScope} is a preview API, so its bridge is not here but in the
 * unpublished module go4j-preview ({@code go4j.preview.ContextScopes}), compiled with
 * {@code --enable-preview}; it moves here when the API is final:
 * docs/adr/0008-no-structured-task-scope-bridge.md.
 */
package go4j.bridge;
