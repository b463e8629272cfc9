package go4j.lang;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Go type at run time: what {@code %T}, {@code %v}, type assertions, type switches and
 * interface comparison read (Go's {@code runtime._type} and {@code reflect.Type}).
 *
 * <p>Invariants: an unnamed type is interned, so two RTypes are the same Go type exactly when
 * they are the same object ({@code ==}), as Go's identical types are; a named type is the one
 * object its declaration made with {@link #named}, and it is complete once
 * {@link #setUnderlying} ran (before any value of the type exists). {@link #toString()} is
 * Go's {@code %T} text.
 *
 * <pre>{@code
 * RType node = RType.named("main", "Node");
 * node.setUnderlying(RType.struct(List.of(
 *         new RType.Field("Val", RType.INT, false),
 *         new RType.Field("Next", RType.pointer(node), false))));
 * RType.slice(RType.STRING).toString();           // []string
 * RType.pointer(node).toString();                 // *main.Node
 * }</pre>
 */
public final class RType {

    /** Go's kinds ({@code reflect.Kind}), in Go's order. */
    public enum Kind {
        /** No type: the kind of a named type before its underlying type is set. */
        INVALID,
        /** {@code bool}. */
        BOOL,
        /** {@code int}. */
        INT,
        /** {@code int8}. */
        INT8,
        /** {@code int16}. */
        INT16,
        /** {@code int32}. */
        INT32,
        /** {@code int64}. */
        INT64,
        /** {@code uint}. */
        UINT,
        /** {@code uint8}. */
        UINT8,
        /** {@code uint16}. */
        UINT16,
        /** {@code uint32}. */
        UINT32,
        /** {@code uint64}. */
        UINT64,
        /** {@code uintptr}. */
        UINTPTR,
        /** {@code float32}. */
        FLOAT32,
        /** {@code float64}. */
        FLOAT64,
        /** {@code complex64}. */
        COMPLEX64,
        /** {@code complex128}. */
        COMPLEX128,
        /** An array. */
        ARRAY,
        /** A channel. */
        CHAN,
        /** A function. */
        FUNC,
        /** An interface. */
        INTERFACE,
        /** A map. */
        MAP,
        /** A pointer. */
        POINTER,
        /** A slice. */
        SLICE,
        /** {@code string}. */
        STRING,
        /** A struct. */
        STRUCT,
        /** {@code unsafe.Pointer}. */
        UNSAFE_POINTER;

        /**
         * Returns whether this is a signed integer kind.
         *
         * @return whether this is a signed integer kind
         */
        public boolean isSigned() {
            return this.ordinal() >= INT.ordinal() && this.ordinal() <= INT64.ordinal();
        }

        /**
         * Returns whether this is an unsigned integer kind (uintptr included).
         *
         * @return whether this is an unsigned integer kind (uintptr included)
         */
        public boolean isUnsigned() {
            return this.ordinal() >= UINT.ordinal() && this.ordinal() <= UINTPTR.ordinal();
        }
    }

    /** A channel's direction. */
    public enum ChanDir {
        /** {@code chan T}. */ BOTH,
        /** {@code chan<- T}. */ SEND,
        /** {@code <-chan T}. */ RECV
    }

    /**
     * A struct's field.
     *
     * @param name     the Go name (for an embedded field, its type's name without package)
     * @param type     the field's type
     * @param embedded whether the field is embedded
     */
    public record Field(String name, RType type, boolean embedded) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException for a null name or type
         */
        public Field {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    // ---- interning (first: the constants below intern) ----

    /** Interning key of an unnamed composite type: its kind and its parts, by identity. */
    private record Key(Kind kind, RType elem, RType key, long length, ChanDir dir, List<Field> fields, String text) {
    }

    private static final ConcurrentHashMap<Key, RType> INTERNED = new ConcurrentHashMap<>();

    private static RType intern(Kind kind, RType elem, RType key, long length, ChanDir dir, List<Field> fields,
                                String text) {
        return INTERNED.computeIfAbsent(new Key(kind, elem, key, length, dir, fields, text),
                k -> new RType(kind, null, null, elem, key, length, dir, fields, text));
    }

    // ---- the type's data ----

    private volatile Kind kind;           // for a named type: its underlying's, set by setUnderlying
    private final String pkgPath;         // a named type's package path ("" for error), else null
    private final String name;            // a named type's name, else null
    private volatile RType underlying;    // this for an unnamed type; a named one's once set
    private final RType elem;             // array, chan, map value, pointer, slice element
    private final RType key;              // map key
    private final long length;            // array length
    private final ChanDir dir;            // chan direction
    private final List<Field> fields;     // struct fields
    private final String text;            // unnamed types: the %T text; func/interface: as given

    private RType(Kind kind, String pkgPath, String name, RType elem, RType key, long length, ChanDir dir,
                  List<Field> fields, String text) {
        this.kind = kind;
        this.pkgPath = pkgPath;
        this.name = name;
        this.elem = elem;
        this.key = key;
        this.length = length;
        this.dir = dir;
        this.fields = fields;
        this.text = text;
        this.underlying = name == null ? this : null;
    }

    private static RType basic(Kind k, String text) {
        return new RType(k, null, null, null, null, 0, null, null, text);
    }

    // ---- basic types ----

    /** {@code bool}. */ public static final RType BOOL = basic(Kind.BOOL, "bool");
    /** {@code int}. */ public static final RType INT = basic(Kind.INT, "int");
    /** {@code int8}. */ public static final RType INT8 = basic(Kind.INT8, "int8");
    /** {@code int16}. */ public static final RType INT16 = basic(Kind.INT16, "int16");
    /** {@code int32} (and {@code rune}). */ public static final RType INT32 = basic(Kind.INT32, "int32");
    /** {@code int64}. */ public static final RType INT64 = basic(Kind.INT64, "int64");
    /** {@code uint}. */ public static final RType UINT = basic(Kind.UINT, "uint");
    /** {@code uint8} (and {@code byte}). */ public static final RType UINT8 = basic(Kind.UINT8, "uint8");
    /** {@code uint16}. */ public static final RType UINT16 = basic(Kind.UINT16, "uint16");
    /** {@code uint32}. */ public static final RType UINT32 = basic(Kind.UINT32, "uint32");
    /** {@code uint64}. */ public static final RType UINT64 = basic(Kind.UINT64, "uint64");
    /** {@code uintptr}. */ public static final RType UINTPTR = basic(Kind.UINTPTR, "uintptr");
    /** {@code float32}. */ public static final RType FLOAT32 = basic(Kind.FLOAT32, "float32");
    /** {@code float64}. */ public static final RType FLOAT64 = basic(Kind.FLOAT64, "float64");
    /** {@code complex64}. */ public static final RType COMPLEX64 = basic(Kind.COMPLEX64, "complex64");
    /** {@code complex128}. */ public static final RType COMPLEX128 = basic(Kind.COMPLEX128, "complex128");
    /** {@code string}. */ public static final RType STRING = basic(Kind.STRING, "string");
    /** {@code unsafe.Pointer}. */
    public static final RType UNSAFE_POINTER = basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    /** {@code interface {}} ({@code any}). */
    public static final RType ANY = iface("interface {}");
    /** The predeclared {@code error}: a named interface type of no package. */
    public static final RType ERROR = named("", "error").setUnderlying(iface("interface { Error() string }"));

    // ---- composite types, interned ----

    /**
     * {@code []elem}.
     *
     * @param elem the element type
     * @return the slice type
     */
    public static RType slice(RType elem) {
        return intern(Kind.SLICE, Objects.requireNonNull(elem), null, 0, null, null, null);
    }

    /**
     * {@code [length]elem}.
     *
     * @param length the array's length
     * @param elem   the element type
     * @return the array type
     */
    public static RType array(long length, RType elem) {
        return intern(Kind.ARRAY, Objects.requireNonNull(elem), null, length, null, null, null);
    }

    /**
     * {@code map[key]elem}.
     *
     * @param key  the key type
     * @param elem the value type
     * @return the map type
     */
    public static RType map(RType key, RType elem) {
        return intern(Kind.MAP, Objects.requireNonNull(elem), Objects.requireNonNull(key), 0, null, null, null);
    }

    /**
     * {@code chan elem}, {@code chan<- elem} or {@code <-chan elem}.
     *
     * @param dir  the direction
     * @param elem the element type
     * @return the channel type
     */
    public static RType chan(ChanDir dir, RType elem) {
        return intern(Kind.CHAN, Objects.requireNonNull(elem), null, 0, Objects.requireNonNull(dir), null, null);
    }

    /**
     * {@code *elem}.
     *
     * @param elem the pointed-to type
     * @return the pointer type
     */
    public static RType pointer(RType elem) {
        return intern(Kind.POINTER, Objects.requireNonNull(elem), null, 0, null, null, null);
    }

    /**
     * A function type, by its Go text.
     *
     * @param signature Go's {@code %T} text, such as {@code func(int) string}
     * @return the function type
     */
    public static RType func(String signature) {
        return intern(Kind.FUNC, null, null, 0, null, null, Objects.requireNonNull(signature));
    }

    /**
     * An unnamed interface type, by its Go text.
     *
     * @param text Go's {@code %T} text, such as {@code interface {}} or
     *             {@code interface { String() string }}
     * @return the interface type
     */
    public static RType iface(String text) {
        return intern(Kind.INTERFACE, null, null, 0, null, null, Objects.requireNonNull(text));
    }

    /**
     * {@code struct { ... }}.
     *
     * @param fields the fields, in order
     * @return the struct type
     */
    public static RType struct(List<Field> fields) {
        return intern(Kind.STRUCT, null, null, 0, null, List.copyOf(fields), null);
    }

    /**
     * A new named type ({@code type Name ...} in package {@code pkgPath}); its underlying type
     * is set afterwards with {@link #setUnderlying}, so that the type can refer to itself.
     *
     * @param pkgPath the package path ({@code main}, {@code example.com/m/geo})
     * @param name    the type's name
     * @return a type of its own, distinct from every other
     */
    public static RType named(String pkgPath, String name) {
        return new RType(Kind.INVALID, Objects.requireNonNull(pkgPath), Objects.requireNonNull(name),
                null, null, 0, null, null, null);
    }

    /**
     * Completes a named type.
     *
     * @param u the underlying type (itself unnamed, or a named type whose underlying is taken)
     * @return this type, for chaining
     * @throws IllegalStateException if this type is not named or is complete already
     */
    public RType setUnderlying(RType u) {
        if (name == null || underlying != null) {
            throw new IllegalStateException("not an incomplete named type: " + this);
        }
        RType uu = u.underlying();
        this.underlying = Objects.requireNonNull(uu, "incomplete underlying type");
        this.kind = uu.kind;
        return this;
    }

    // ---- reading ----

    /**
     * Returns the kind (a named type's underlying kind).
     *
     * @return the kind (a named type's underlying kind)
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the underlying type: this for an unnamed type.
     *
     * @return the underlying type: this for an unnamed type
     */
    public RType underlying() {
        return underlying;
    }

    /**
     * Returns whether the type is named.
     *
     * @return whether the type is named
     */
    public boolean isNamed() {
        return name != null;
    }

    /**
     * Returns a named type's name, else null.
     *
     * @return a named type's name, else null
     */
    public String name() {
        return name;
    }

    /**
     * Returns a named type's package path, else null.
     *
     * @return a named type's package path, else null
     */
    public String pkgPath() {
        return pkgPath;
    }

    /**
     * Returns the element type of an array, chan, map, pointer or slice type (else null).
     *
     * @return the element type of an array, chan, map, pointer or slice type (else null)
     */
    public RType elem() {
        return underlying.elem;
    }

    /**
     * Returns a map type's key type (else null).
     *
     * @return a map type's key type (else null)
     */
    public RType key() {
        return underlying.key;
    }

    /**
     * Returns an array type's length.
     *
     * @return an array type's length
     */
    public long length() {
        return underlying.length;
    }

    /**
     * Returns a chan type's direction (else null).
     *
     * @return a chan type's direction (else null)
     */
    public ChanDir dir() {
        return underlying.dir;
    }

    /**
     * Returns a struct type's fields (else an empty list).
     *
     * @return a struct type's fields (else an empty list)
     */
    public List<Field> fields() {
        List<Field> f = underlying.fields;
        return f == null ? List.of() : f;
    }

    /**
     * Go's comparability (spec, "Comparison operators"): slices, maps and functions are not,
     * nor arrays and structs holding them.
     *
     * @return whether values of this type can be compared with {@code ==} and be map keys
     */
    public boolean comparable() {
        return switch (kind) {
            case SLICE, MAP, FUNC -> false;
            case ARRAY -> elem().comparable();
            case STRUCT -> fields().stream().allMatch(f -> f.type().comparable());
            default -> true;
        };
    }

    /**
     * Go's {@code %T} text: {@code int}, {@code []string}, {@code map[string]int},
     * {@code *main.Node}, {@code struct { X int }}, {@code chan<- int}, {@code main.Celsius}.
     */
    @Override
    public String toString() {
        if (name != null) {
            if (pkgPath.isEmpty()) {
                return name;
            }
            return pkgPath.substring(pkgPath.lastIndexOf('/') + 1) + "." + name;
        }
        if (text != null) {
            return text;
        }
        return switch (kind) {
            case SLICE -> "[]" + elem;
            case ARRAY -> "[" + length + "]" + elem;
            case MAP -> "map[" + key + "]" + elem;
            case POINTER -> "*" + elem;
            case CHAN -> switch (dir) {
                case BOTH -> elem.kind == Kind.CHAN && elem.dir == ChanDir.RECV && !elem.isNamed()
                        ? "chan (" + elem + ")" : "chan " + elem;
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
            case STRUCT -> structText();
            default -> kind.name().toLowerCase();
        };
    }

    private String structText() {
        if (fields.isEmpty()) {
            return "struct {}";
        }
        StringBuilder sb = new StringBuilder("struct { ");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            if (f.embedded()) {
                sb.append(f.type());
            } else {
                sb.append(f.name()).append(' ').append(f.type());
            }
        }
        return sb.append(" }").toString();
    }

    // ---- interface values ----

    /**
     * The dynamic type of an interface value boxed per compiler.md: a JDK box of an unnamed
     * basic type, a {@link Box} record, a {@link GoValue}, or a {@link Typed}.
     *
     * @param v the interface value
     * @return its dynamic type; null for the nil interface
     * @throws IllegalArgumentException for an object that is no Go value
     */
    public static RType typeOf(Object v) {
        return switch (v) {
            case null -> null;
            case Long x -> INT;
            case String x -> STRING;
            case Double x -> FLOAT64;
            case Boolean x -> BOOL;
            case Integer x -> INT32;
            case Byte x -> UINT8;
            case Float x -> FLOAT32;
            case Short x -> INT16;
            case Complex x -> x.single ? COMPLEX64 : COMPLEX128;
            case GoValue x -> x.goType();
            case Typed x -> x.type();
            case Box.Int8 x -> INT8;
            case Box.Int64 x -> INT64;
            case Box.Uint x -> UINT;
            case Box.Uint16 x -> UINT16;
            case Box.Uint32 x -> UINT32;
            case Box.Uint64 x -> UINT64;
            case Box.Uintptr x -> UINTPTR;
            default -> throw new IllegalArgumentException("not a Go value: " + v.getClass().getName());
        };
    }
}
