package go4j.nats;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a value becomes the bytes of a NATS message and back. go4j-nats brings three: raw
 * {@link #bytes()}, UTF-8 {@link #string()}, and {@link #json} over the two functions of the
 * JSON library the application already uses (go4j-nats depends on none).
 *
 * <pre>{@code
 * record Job(int id, String url) {}
 * ObjectMapper om = new ObjectMapper(); // Jackson, Gson, ...: the application's own
 * Codec<Job> jobs = Codec.json(
 *     job -> om.writeValueAsString(job),
 *     json -> om.readValue(json, Job.class));
 * }</pre>
 *
 * <p>A codec is called from several threads at once and must keep no mutable state. A
 * {@link #decode} that throws marks the message as poison: the receiving endpoint moves it to
 * the dead-letter subject (or terminates it when there is none) instead of handing it out.
 *
 * @param <T> the values' type
 */
public interface Codec<T> {
    /**
     * The message body for {@code value}.
     *
     * @param value the value to send; may be null if the codec allows it
     * @return the bytes to publish
     */
    byte[] encode(T value);

    /**
     * The value a message body holds.
     *
     * @param data the message body (empty, never null, for an empty message)
     * @return the value
     */
    T decode(byte[] data);

    /**
     * The body as it is: no copy either way.
     *
     * @return the identity codec for {@code byte[]}
     */
    static Codec<byte[]> bytes() {
        return Codecs.BYTES;
    }

    /**
     * Strings as UTF-8.
     *
     * @return the UTF-8 codec for {@code String}
     */
    static Codec<String> string() {
        return Codecs.STRING;
    }

    /**
     * JSON through the application's own functions, carried as UTF-8. Checked exceptions they
     * throw (Jackson's {@code JsonProcessingException}) are wrapped in {@link CodecException}.
     *
     * @param <T>    the values' type
     * @param toJson the value's JSON text
     * @param fromJson the value of a JSON text
     * @return a codec calling the two functions
     */
    static <T> Codec<T> json(ThrowingFunction<? super T, String> toJson, ThrowingFunction<String, ? extends T> fromJson) {
        Objects.requireNonNull(toJson, "toJson");
        Objects.requireNonNull(fromJson, "fromJson");
        return new Codec<>() {
            @Override
            public byte[] encode(T value) {
                try {
                    return toJson.apply(value).getBytes(StandardCharsets.UTF_8);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CodecException("json encode: " + e.getMessage(), e);
                }
            }

            @Override
            public T decode(byte[] data) {
                try {
                    return fromJson.apply(new String(data, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CodecException("json decode: " + e.getMessage(), e);
                }
            }

            @Override
            public String toString() {
                return "Codec.json";
            }
        };
    }

    /**
     * A codec of {@code U} made of this one and a pair of conversions, for example a number
     * carried as its decimal text: {@code Codec.string().map(Long::parseLong, String::valueOf)}.
     *
     * @param <U>  the new values' type
     * @param from a value of this codec to a {@code U}
     * @param to   a {@code U} to a value of this codec
     * @return the mapped codec
     */
    default <U> Codec<U> map(Function<? super T, ? extends U> from, Function<? super U, ? extends T> to) {
        Codec<T> self = this;
        return new Codec<>() {
            @Override
            public byte[] encode(U value) {
                return self.encode(to.apply(value));
            }

            @Override
            public U decode(byte[] data) {
                return from.apply(self.decode(data));
            }
        };
    }

    /**
     * A function that may throw a checked exception (a JSON library's).
     *
     * @param <A> the argument's type
     * @param <B> the result's type
     */
    @FunctionalInterface
    interface ThrowingFunction<A, B> {
        /**
         * Applies the function.
         *
         * @param a the argument
         * @return the result
         * @throws Exception what the library throws
         */
        B apply(A a) throws Exception;
    }

    /** A codec failed: what {@link #json} wraps a checked exception of the JSON functions in. */
    final class CodecException extends RuntimeException {
        /**
         * @param message what failed
         * @param cause   the library's exception
         */
        public CodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

/** The two stateless codecs. */
final class Codecs {
    private Codecs() {
    }

    static final Codec<byte[]> BYTES = new Codec<>() {
        @Override
        public byte[] encode(byte[] value) {
            return value == null ? new byte[0] : value;
        }

        @Override
        public byte[] decode(byte[] data) {
            return data;
        }

        @Override
        public String toString() {
            return "Codec.bytes";
        }
    };

    static final Codec<String> STRING = new Codec<>() {
        @Override
        public byte[] encode(String value) {
            return Objects.requireNonNull(value, "Codec.string cannot encode null").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] data) {
            return new String(data, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "Codec.string";
        }
    };
}
