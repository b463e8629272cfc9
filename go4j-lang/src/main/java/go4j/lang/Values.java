package go4j.lang;

import java.lang.reflect.Field;

/**
 * Reading Go values as {@code reflect} does, for {@code fmt}, {@link Eq} and {@link GoPanic}: an
 * interface value is unwrapped to its <em>raw</em> value, the JVM representation of its dynamic
 * type (compiler.md, "Values") with primitives in their JDK boxes; the raw value of a struct is
 * the object of its generated class, whose Go fields are read here by reflection.
 *
 * <p>Contract with generated classes: a struct class has one public field per Go field, named
 * as in Go; a named non-struct type's box has its value in the public field {@code v}.
 *
 * <pre>{@code
 * Object raw = Values.unwrap(new Box.Uint32(-1));   // Integer -1, uint32's 32 bits
 * long n = Values.toLong(raw, RType.Kind.UINT32);   // 4294967295
 * }</pre>
 */
public final class Values {
    private Values() {
    }

    /** A class's public fields by the Go fields of its struct type, read once per class. */
    private static final ClassValue<java.util.Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Field> computeValue(Class<?> c) {
            java.util.Map<String, Field> m = new java.util.HashMap<>();
            for (Field f : c.getFields()) {
                // A public field of a class that is not public (a local type) needs this too.
                f.trySetAccessible();
                m.putIfAbsent(f.getName(), f);
            }
            return m;
        }
    };

    /**
     * The raw value of an interface value.
     *
     * @param v the interface value, boxed per compiler.md
     * @return its raw value: a JDK box, a Slice, a GoMap, a Java array, a struct's object, ...;
     *     null for the nil interface and for a nil pointer held in one (T$Nil)
     */
    public static Object unwrap(Object v) {
        return switch (v) {
            case null -> null;
            case NilPointer n -> null; // T$Nil: the pointer it holds is nil
            case Typed t -> t.value();
            case Box.Int8 b -> b.v();
            case Box.Int64 b -> b.v();
            case Box.Uint b -> b.v();
            case Box.Uint16 b -> b.v();
            case Box.Uint32 b -> b.v();
            case Box.Uint64 b -> b.v();
            case Box.Uintptr b -> b.v();
            case GoValue g -> switch (g.goType().kind()) {
                case STRUCT, INTERFACE -> g;
                case POINTER -> g.goType().elem().kind() == RType.Kind.ARRAY ? field(g, "p") : g; // N$Ptr's array
                default -> g.goType().isNamed() ? field(g, "v") : g;
            };
            default -> v;
        };
    }

    /**
     * A Go field of a struct's object.
     *
     * @param struct the object
     * @param name   the Go field's name
     * @return its raw value
     * @throws IllegalStateException if the class has no such public field
     */
    public static Object field(Object struct, String name) {
        Field f = FIELDS.get(struct.getClass()).get(name);
        if (f == null) {
            throw new IllegalStateException(struct.getClass().getName() + " has no public field " + name);
        }
        try {
            return f.get(struct);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An integer raw value as a long, normalised to its kind (a {@code uint8} held in a
     * {@code Byte} is read unsigned, a {@code uint32} in an {@code Integer} too).
     *
     * @param raw  a Number (or Character)
     * @param kind the Go kind
     * @return the value; the 64-bit unsigned kinds give their bits
     */
    public static long toLong(Object raw, RType.Kind kind) {
        long x = raw instanceof Character c ? c : ((Number) raw).longValue();
        return switch (kind) {
            case INT8 -> (byte) x;
            case INT16 -> (short) x;
            case INT32 -> (int) x;
            case UINT8 -> x & 0xFF;
            case UINT16 -> x & 0xFFFF;
            case UINT32 -> x & 0xFFFF_FFFFL;
            default -> x;
        };
    }

    /**
     * A stand-in for an object's address, for {@code %p} and pointers printed as numbers: Go's
     * heap addresses look like {@code 0xc000012345}, the JVM has none, so an identity hash
     * placed in that range stands in (stable for the object, distinct often enough).
     *
     * @param o the referenced object, null for nil
     * @return the number, 0 for null
     */
    public static long addressOf(Object o) {
        return o == null ? 0 : 0xc000000000L + ((System.identityHashCode(o) & 0x7FFF_FFFFL) << 3);
    }

    /**
     * {@link #addressOf} as Go prints a pointer.
     *
     * @param o the referenced object
     * @return {@code 0xc...}, or {@code 0x0} for null
     */
    public static String address(Object o) {
        return "0x" + Long.toHexString(addressOf(o));
    }
}
