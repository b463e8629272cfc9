package go4j.compiler.codegen;

import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;
import go4j.compiler.types.Types;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Go types map to JVM types (docs/compiler.md, "Values"): descriptors, the kind of
 * JVM value, the slice class of an element type, and the names of the classes generated
 * for Go's types and function signatures.
 *
 * <p>Invariant: one Go type maps to one JVM type wherever it is stored (local, field,
 * element, parameter), so a value moves between them with no conversion; only the boxes of
 * interface values, channel elements and multiple results differ (see {@link #box}).
 */
final class Jvm {
    static final ClassDesc OBJECT = ConstantDescs.CD_Object;
    static final ClassDesc STRING = ConstantDescs.CD_String;
    static final ClassDesc RT = ClassDesc.of("go4j.lang.Rt");
    static final ClassDesc GOMAP = ClassDesc.of("go4j.lang.GoMap");
    static final ClassDesc COMPLEX = ClassDesc.of("go4j.lang.Complex");
    static final ClassDesc CHAN = ClassDesc.of("go4j.Chan");
    static final ClassDesc PTR = ClassDesc.of("go4j.lang.Ptr");
    static final ClassDesc RTYPE = ClassDesc.of("go4j.lang.RType");
    static final ClassDesc DEFERS = ClassDesc.of("go4j.lang.Defers");
    static final ClassDesc OBJECTS = OBJECT.arrayType();

    private final Map<Type, ClassDesc> anonStructs = new IdentityHashMap<>();
    private final Map<Type.Named, ClassDesc> localTypes = new IdentityHashMap<>();
    private final List<Type.Struct> anonList = new ArrayList<>();
    private final String pkgPrefix;

    /** @param pkgPrefix the JVM package of the program's classes, with dots ({@code go.main}) */
    /**
     * Calls a method of a standard struct type, a Java class (docs/compiler.md): its instance
     * method, unless the class also declares a static one of that name taking the receiver
     * first, which it does where Go's method works on a nil pointer ({@code (*ring.Ring).Len},
     * {@code (*bytes.Buffer).String}): that one is called, and handles null itself.
     *
     * @param code  where to emit the call, receiver and arguments on the stack
     * @param owner the class
     * @param name  the method's name
     * @param mt    its type as an instance method
     */
    static void invokeStdMethod(java.lang.classfile.CodeBuilder code, ClassDesc owner, String name, MethodTypeDesc mt) {
        MethodTypeDesc withRecv = mt.insertParameterTypes(0, owner);
        if (hasStatic(owner, name, withRecv)) {
            code.invokestatic(owner, name, withRecv);
        } else {
            code.invokevirtual(owner, name, mt);
        }
    }

    private static final java.util.Map<String, Boolean> STATICS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean hasStatic(ClassDesc owner, String name, MethodTypeDesc mt) {
        String key = owner.descriptorString() + "." + name + mt.descriptorString();
        return STATICS.computeIfAbsent(key, k -> {
            try {
                Class<?> c = Class.forName(owner.packageName() + "." + owner.displayName(), false, Jvm.class.getClassLoader());
                for (java.lang.reflect.Method m : c.getMethods()) {
                    if (m.getName().equals(name) && java.lang.reflect.Modifier.isStatic(m.getModifiers())
                            && MethodTypeDesc.of(ClassDesc.ofDescriptor(m.getReturnType().descriptorString()),
                                    java.util.Arrays.stream(m.getParameterTypes())
                                            .map(t -> ClassDesc.ofDescriptor(t.descriptorString())).toArray(ClassDesc[]::new))
                            .equals(mt)) {
                        return true;
                    }
                }
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    Jvm(String pkgPrefix) {
        this.pkgPrefix = pkgPrefix;
    }

    /** The kind a Go value of type t has on the JVM stack. */
    static TypeKind kind(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> TypeKind.BOOLEAN;
                case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> TypeKind.LONG;
                case INT8, INT16, INT32, UINT8, UINT16, UINT32, UNTYPED_RUNE -> TypeKind.INT;
                case FLOAT64, UNTYPED_FLOAT -> TypeKind.DOUBLE;
                case FLOAT32 -> TypeKind.FLOAT;
                default -> TypeKind.REFERENCE;
            };
        }
        return TypeKind.REFERENCE;
    }

    /** The stack kind, with booleans as ints (how the JVM computes with them). */
    static TypeKind slot(Type t) {
        TypeKind k = kind(t);
        return k == TypeKind.BOOLEAN ? TypeKind.INT : k;
    }

    ClassDesc desc(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Type.Basic b -> switch (kind(t)) {
                case BOOLEAN -> ConstantDescs.CD_boolean;
                case LONG -> ConstantDescs.CD_long;
                case INT -> ConstantDescs.CD_int;
                case DOUBLE -> ConstantDescs.CD_double;
                case FLOAT -> ConstantDescs.CD_float;
                default -> b.kind().isString() ? STRING : b.kind().isComplex() ? COMPLEX : OBJECT;
            };
            case Type.Pointer p -> p.elem().underlying() instanceof Type.Struct ? structClass(p.elem())
                    : p.elem().underlying() instanceof Type.Array ? desc(p.elem()) : PTR;
            case Type.Slice s -> sliceClass(s.elem());
            case Type.Array a -> arrayElemDesc(a.elem()).arrayType();
            case Type.Map m -> GOMAP;
            case Type.Chan c -> CHAN;
            case Type.Signature s -> OBJECT;
            case Type.Struct s -> structClass(t);
            case Type.Interface i -> OBJECT;
            default -> OBJECT;
        };
    }

    /** An array's JVM element type: 8-bit integers as bytes, so that a []byte can slice a [N]byte. */
    ClassDesc arrayElemDesc(Type elem) {
        Type.Kind k = Types.kindOf(elem);
        if (k == Type.Kind.INT8 || k == Type.Kind.UINT8) {
            return ConstantDescs.CD_byte;
        }
        return desc(elem);
    }

    /**
     * A type's string for the run time ({@code go4j.lang.TypeStrings} parses it): go/types'
     * form without parameter names, so that it names the type, not a declaration.
     */
    static String rtString(Type t) {
        return switch (t) {
            case Type.Basic b -> b.kind().goName;
            case Type.Named n when n.orig != null -> instanceString(n);
            case Type.Named n -> n.obj.pkg() != null && !n.obj.pkg().std && n.obj.pkg().scope.lookup(n.obj.name()) != n.obj
                    // a type declared in a function: its name is not unique, its key must be (· ends the name)
                    ? n + "\u00b7" + Integer.toHexString(System.identityHashCode(n.obj)) : n.toString();
            case Type.TypeParam p -> throw new IllegalStateException("type parameter " + p + " in generated code");
            case Type.Union u -> throw new IllegalStateException("union " + u + " in generated code");
            case Type.Pointer p -> "*" + rtString(p.elem());
            case Type.Slice s -> "[]" + rtString(s.elem());
            case Type.Array a -> "[" + a.len() + "]" + rtString(a.elem());
            case Type.Map m -> "map[" + rtString(m.key()) + "]" + rtString(m.elem());
            case Type.Chan c -> switch (c.dir()) {
                case SEND -> "chan<- " + rtString(c.elem());
                case RECV -> "<-chan " + rtString(c.elem());
                case BOTH -> c.elem() instanceof Type.Chan ce && ce.dir() == Type.Dir.RECV
                        ? "chan (" + rtString(c.elem()) + ")" : "chan " + rtString(c.elem());
            };
            case Type.Signature sig -> "func" + signatureString(sig);
            case Type.Struct st -> {
                StringBuilder sb = new StringBuilder("struct{");
                for (int i = 0; i < st.fields().size(); i++) {
                    Type.Field f = st.fields().get(i);
                    sb.append(i > 0 ? "; " : "");
                    sb.append(f.embedded() ? "" : f.name() + " ").append(rtString(f.type()));
                }
                yield sb.append('}').toString();
            }
            case Type.Interface it -> {
                if (it.isEmpty()) {
                    yield "interface{}";
                }
                StringBuilder sb = new StringBuilder("interface{");
                boolean first = true;
                for (Obj.Func m : it.allMethods()) {
                    sb.append(first ? "" : "; ").append(m.name()).append(signatureString(m.type()));
                    first = false;
                }
                yield sb.append('}').toString();
            }
            case Type.Tuple tu -> tu.toString();
        };
    }

    /**
     * An instance's name as Go's run time prints it ({@code main.Pair[int,string]}): the type
     * arguments as the linker writes them, comma-separated without spaces.
     */
    static String instanceString(Type.Named n) {
        StringBuilder sb = new StringBuilder();
        Obj.Pkg p = n.obj.pkg();
        if (p != null) {
            sb.append(p.name()).append('.');
        }
        sb.append(n.obj.name()).append('[');
        for (int i = 0; i < n.typeArgs.size(); i++) {
            sb.append(i > 0 ? "," : "").append(linkerString(n.typeArgs.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A type as Go's linker names it inside an instance's name: {@code interface {}}, {@code struct { main.a int }}. */
    static String linkerString(Type t) {
        return switch (t) {
            case Type.Named n when n.orig != null -> instanceString(n);
            case Type.Named n when n.obj.localIndex > 0 -> n + "\u00b7" + n.obj.localIndex; // main.T·1, as Go's linker
            case Type.Pointer p -> "*" + linkerString(p.elem());
            case Type.Slice s -> "[]" + linkerString(s.elem());
            case Type.Array a -> "[" + a.len() + "]" + linkerString(a.elem());
            case Type.Map m -> "map[" + linkerString(m.key()) + "]" + linkerString(m.elem());
            case Type.Chan c -> switch (c.dir()) {
                case SEND -> "chan<- " + linkerString(c.elem());
                case RECV -> "<-chan " + linkerString(c.elem());
                case BOTH -> c.elem() instanceof Type.Chan ce && ce.dir() == Type.Dir.RECV
                        ? "chan (" + linkerString(c.elem()) + ")" : "chan " + linkerString(c.elem());
            };
            case Type.Struct st -> {
                if (st.fields().isEmpty()) {
                    yield "struct {}";
                }
                StringBuilder sb = new StringBuilder("struct { ");
                for (int i = 0; i < st.fields().size(); i++) {
                    Type.Field f = st.fields().get(i);
                    sb.append(i > 0 ? "; " : "");
                    boolean exported = !f.name().isEmpty() && Character.isUpperCase(f.name().codePointAt(0));
                    String qualified = (exported || f.pkg() == null ? "" : f.pkg().name() + ".") + f.name();
                    String ft = linkerString(f.type());
                    if (!f.embedded()) {
                        sb.append(qualified).append(' ');
                    } else if (!exported && !qualified.equals(ft.startsWith("*") ? ft.substring(1) : ft)) {
                        sb.append(qualified).append(" = "); // the linker's spelling of an embedded int
                    }
                    sb.append(ft);
                    if (f.tag() != null) {
                        sb.append(" \"").append(f.tag().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                }
                yield sb.append(" }").toString();
            }
            case Type.Interface it -> {
                if (it.isEmpty()) {
                    yield "interface {}";
                }
                StringBuilder sb = new StringBuilder("interface { ");
                boolean first = true;
                for (Obj.Func m : it.allMethods()) {
                    boolean exported = Character.isUpperCase(m.name().codePointAt(0));
                    sb.append(first ? "" : "; ").append(exported || m.pkg() == null ? "" : m.pkg().name() + ".")
                            .append(m.name()).append(signatureString(m.type()));
                    first = false;
                }
                yield sb.append(" }").toString();
            }
            default -> rtString(t);
        };
    }

    private static String signatureString(Type.Signature s) {
        StringBuilder sb = new StringBuilder("(");
        List<Obj.Var> ps = s.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i > 0 ? ", " : "");
            Type t = ps.get(i).type();
            if (s.variadic() && i == ps.size() - 1 && t instanceof Type.Slice sl) {
                sb.append("...").append(rtString(sl.elem()));
            } else {
                sb.append(rtString(t));
            }
        }
        sb.append(')');
        List<Obj.Var> rs = s.results().vars();
        if (rs.size() == 1) {
            sb.append(' ').append(rtString(rs.get(0).type()));
        } else if (rs.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < rs.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(rtString(rs.get(i).type()));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** The slice class for element type elem. */
    static ClassDesc sliceClass(Type elem) {
        return ClassDesc.of("go4j.lang.Slice" + sliceLetter(elem));
    }

    static String sliceLetter(Type elem) {
        if (elem.underlying() instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL -> "Z";
                case INT, INT64, UINT, UINT64, UINTPTR -> "J";
                case INT8, UINT8 -> "B";
                case INT16, INT32, UINT16, UINT32 -> "I";
                case FLOAT64 -> "D";
                case FLOAT32 -> "F";
                default -> "L";
            };
        }
        return "L";
    }

    /** The JVM class of a struct type: the named type's class, or one generated per anonymous struct. */
    ClassDesc structClass(Type t) {
        if (t instanceof Type.Named n) {
            return namedClass(n);
        }
        for (Type.Struct s : anonList) {
            if (Types.identical(s, t)) {
                return anonStructs.get(s);
            }
        }
        ClassDesc d = ClassDesc.of(pkgPrefix + ".struct$" + anonList.size());
        anonList.add((Type.Struct) t);
        anonStructs.put(t, d);
        return d;
    }

    List<Type.Struct> anonStructs() {
        return anonList;
    }

    ClassDesc anonClass(Type.Struct s) {
        return anonStructs.get(s);
    }

    /** The class of a named type: its struct class, or the box of its values in interfaces. */
    ClassDesc namedClass(Type.Named n) {
        Obj.Pkg p = n.obj.pkg();
        if (p == null) {
            return ClassDesc.of("go4j.lang.GoError"); // the predeclared error
        }
        if (p.std) {
            return ClassDesc.of("go4j.std." + p.path.replace('/', '.') + "." + n.obj.name());
        }
        if (n.orig != null) {
            // an instance of a generic type: a class of its own, named with its type arguments
            String is = instanceString(n);
            return ClassDesc.of(pkgClassPrefix(p) + "." + escape(is.substring(is.indexOf('.') + 1)));
        }
        if (p.scope.lookup(n.obj.name()) != n.obj) {
            // a type declared in a function: several functions may each have their T
            return localTypes.computeIfAbsent(n, k -> ClassDesc.of(pkgClassPrefix(p) + "." + mangle(n.obj.name())
                    + "$L" + localTypes.size()));
        }
        return ClassDesc.of(pkgClassPrefix(p) + "." + mangle(n.obj.name()));
    }

    static String pkgClassPrefix(Obj.Pkg p) {
        return "go." + p.path.replace('/', '.').replace('-', '_');
    }

    /** The class holding a package's functions and variables. */
    static ClassDesc pkgClass(Obj.Pkg p) {
        if (p.std) {
            return ClassDesc.of("go4j.std." + p.path.replace('/', '.') + ".Pkg");
        }
        return ClassDesc.of(pkgClassPrefix(p) + ".Pkg");
    }

    static String mangle(String goName) {
        return goName.equals("_") ? "$blank" : goName;
    }

    /** The methods of java.lang.Object a Go method of the same name must not override (final or with Java's meaning). */
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of(
            "wait", "notify", "notifyAll", "getClass", "equals", "hashCode", "toString", "clone", "finalize");

    /**
     * The name of a Go method as an instance method (a method interface's and the bridges
     * implementing it): its name, with a {@code $} after it where java.lang.Object has a method
     * of the name ({@code wait}, {@code equals}, ...), which the JVM would refuse to override
     * (final) or would call with Java's meaning (map keys' {@code equals}).
     */
    static String ifaceMethodName(String goName) {
        return OBJECT_METHODS.contains(goName) ? goName + "$" : mangle(goName);
    }

    /**
     * The static JVM method holding a program's method's body: its name, with {@link #escape}'s
     * {@code $P} in front for a pointer receiver, so that a frame reads as Go's
     * {@code main.(*T).M} where a value receiver's reads {@code main.T.M} (Rt.goFrame). The
     * instance bridges that method interfaces call keep the bare name.
     */
    static String methodName(Obj.Func m) {
        boolean ptr = m.type().recv() != null && m.type().recv().type() instanceof Type.Pointer;
        return (ptr && !(m.pkg() != null && m.pkg().std) ? "$P" : "") + mangle(m.name());
    }

    /**
     * The JVM method of a function: its name, or for an instance of a generic function its
     * name with the type arguments ({@code Map[int,string]} is {@code Map$Lint$Cstring$R}).
     */
    static String funcName(Obj.Func f) {
        if (f.origin != null && !f.typeArgs.isEmpty() && (f.type() == null || f.type().recv() == null)) {
            StringBuilder sb = new StringBuilder(f.name()).append('[');
            for (int i = 0; i < f.typeArgs.size(); i++) {
                sb.append(i > 0 ? "," : "").append(linkerString(f.typeArgs.get(i)));
            }
            return escape(sb.append(']').toString());
        }
        return mangle(f.name());
    }

    /**
     * A Go type or instance name as a JVM identifier: letters, digits and '_' stay, every
     * other character is '$' and a letter for it ({@code [} L, {@code ]} R, {@code ,} C, {@code .}
     * D, {@code *} P, space S) or '$x' and its hex code, so distinct names stay distinct.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                sb.append(c);
                continue;
            }
            sb.append('$');
            switch (c) {
                case '[' -> sb.append('L');
                case ']' -> sb.append('R');
                case ',' -> sb.append('C');
                case '.' -> sb.append('D');
                case '*' -> sb.append('P');
                case ' ' -> sb.append('S');
                default -> sb.append('x').append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** The descriptor of a function of signature sig, with the receiver first when recv is non-null. */
    MethodTypeDesc methodType(Type.Signature sig, Type recv) {
        List<ClassDesc> ps = new ArrayList<>();
        if (recv != null) {
            ps.add(desc(recv));
        }
        for (Obj.Var v : sig.params().vars()) {
            ps.add(desc(v.type()));
        }
        return MethodTypeDesc.of(resultDesc(sig), ps);
    }

    ClassDesc resultDesc(Type.Signature sig) {
        return switch (sig.results().size()) {
            case 0 -> ConstantDescs.CD_void;
            case 1 -> desc(sig.results().at(0));
            default -> OBJECTS;
        };
    }

    /**
     * A function value's interface: one per erased signature (every reference type is Object),
     * named by its kinds ({@code go4j.fn.F$JL$V} is {@code call(long, Object) void}), so code
     * that never saw a signature can still name its interface.
     */
    static ClassDesc fnInterface(Type.Signature sig) {
        return ClassDesc.of("go4j.fn.F$" + erasedLetters(sig));
    }

    static String erasedLetters(Type.Signature sig) {
        StringBuilder sb = new StringBuilder();
        for (Obj.Var v : sig.params().vars()) {
            sb.append(letter(v.type()));
        }
        sb.append('$');
        sb.append(switch (sig.results().size()) {
            case 0 -> "V";
            case 1 -> letter(sig.results().at(0));
            default -> "A";
        });
        return sb.toString();
    }

    static String letter(Type t) {
        return switch (kind(t)) {
            case BOOLEAN -> "Z";
            case LONG -> "J";
            case INT -> "I";
            case DOUBLE -> "D";
            case FLOAT -> "F";
            default -> "L";
        };
    }

    static ClassDesc erasedDesc(Type t) {
        return switch (kind(t)) {
            case BOOLEAN -> ConstantDescs.CD_boolean;
            case LONG -> ConstantDescs.CD_long;
            case INT -> ConstantDescs.CD_int;
            case DOUBLE -> ConstantDescs.CD_double;
            case FLOAT -> ConstantDescs.CD_float;
            default -> OBJECT;
        };
    }

    /** The erased descriptor of a function value's call method. */
    static MethodTypeDesc erasedType(Type.Signature sig) {
        List<ClassDesc> ps = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) {
            ps.add(erasedDesc(v.type()));
        }
        ClassDesc r = switch (sig.results().size()) {
            case 0 -> ConstantDescs.CD_void;
            case 1 -> erasedDesc(sig.results().at(0));
            default -> OBJECTS;
        };
        return MethodTypeDesc.of(r, ps);
    }

    /** The JVM box class of a stack kind (channel elements, multiple results). */
    static ClassDesc box(TypeKind k) {
        return switch (k) {
            case BOOLEAN -> ConstantDescs.CD_Boolean;
            case LONG -> ConstantDescs.CD_Long;
            case INT -> ConstantDescs.CD_Integer;
            case DOUBLE -> ConstantDescs.CD_Double;
            case FLOAT -> ConstantDescs.CD_Float;
            default -> OBJECT;
        };
    }

    static ClassDesc prim(TypeKind k) {
        return switch (k) {
            case BOOLEAN -> ConstantDescs.CD_boolean;
            case LONG -> ConstantDescs.CD_long;
            case INT -> ConstantDescs.CD_int;
            case DOUBLE -> ConstantDescs.CD_double;
            case FLOAT -> ConstantDescs.CD_float;
            default -> OBJECT;
        };
    }
}
