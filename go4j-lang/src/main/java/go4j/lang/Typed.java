package go4j.lang;

import java.util.Objects;

/**
 * An interface value whose dynamic value carries no Go type of its own (compiler.md,
 * "Interface values"): a slice, map, channel, function, array, or pointer to a non-struct,
 * with its {@link RType}.
 *
 * <p>Equality is Go's {@code ==} for a comparable type (same type, {@link Eq#valueEqual} values),
 * identity otherwise, so that a Typed can be a {@link GoMap} key; Go's panics for comparing or
 * hashing an uncomparable type are {@link Eq}'s and {@link GoMap}'s.
 *
 * <pre>{@code
 * Object x = new Typed(RType.slice(RType.INT), SliceJ.of(1, 2, 3)); // []int{1, 2, 3} in an any
 * }</pre>
 *
 * @param type  the dynamic type
 * @param value the value in its JVM representation for {@code type}
 */
public record Typed(RType type, Object value) {
    /**
     * Checks the type.
     *
     * @throws NullPointerException for a null type
     */
    public Typed {
        Objects.requireNonNull(type);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Typed t) || t.type != type) {
            return false;
        }
        return type.comparable() ? Eq.valueEqual(type, value, t.value) : value == t.value;
    }

    @Override
    public int hashCode() {
        return type.comparable() ? Eq.valueHash(type, value) : System.identityHashCode(value);
    }
}
