package go4j;

/**
 * The result of a receive with ok, Go's {@code v, ok := <-c}: {@code ok} is false exactly
 * when the channel is closed and drained, and then {@code value} is null (Go's zero value).
 *
 * <pre>{@code
 * Chan<String> c = new Chan<>(1);
 * c.send("hi");
 * c.close();
 * Received<String> r = c.recvOk(); // ("hi", true)
 * r = c.recvOk();                  // (null, false)
 * }</pre>
 *
 * @param <T>   the channel's element type
 * @param value the value received, or null once closed and drained
 * @param ok    false when the channel is closed and drained
 */
public record Received<T>(T value, boolean ok) {
}
