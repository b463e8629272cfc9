package go4j.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run-time types from the type strings the compiler writes into generated code ({@code
 * []main.Point}, {@code map[string]int}, {@code func(int) string}): parsed once, interned,
 * with the program's named types resolved through {@link #declare}.
 *
 * <p>The grammar is go/types' type strings: basic names, {@code pkg.Name}, {@code *T},
 * {@code []T}, {@code [N]T}, {@code map[K]V}, {@code chan T}, {@code chan<- T}, {@code
 * <-chan T}, {@code func(...) ...}, {@code struct{...}}, {@code interface{...}}.
 */
public final class TypeStrings {
    private static final ConcurrentHashMap<String, RType> PARSED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String[]> DECLARED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, RType> NAMED = new ConcurrentHashMap<>();

    private TypeStrings() {
    }

    private static final ConcurrentHashMap<String, Class<?>> BOXES = new ConcurrentHashMap<>();

    static void declareClass(String name, Class<?> box) {
        BOXES.putIfAbsent(name, box);
    }

    /**
     * A raw value of a named non-struct type as the interface value Go would pass to its
     * methods (the type's box), or null when go4j has no box class for the type.
     *
     * @param t   the named type
     * @param raw the raw value (a JVM box of the underlying value)
     * @return the boxed value, or null
     */
    public static Object boxNamed(RType t, Object raw) {
        Class<?> c = BOXES.get(t.toString());
        if (c == null) {
            // a standard package's type: its Java class is its box (time.Duration)
            String q = t.toString();
            int dot = q.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            String pkg = q.substring(0, dot);
            try {
                c = Class.forName("go4j.std." + STD_PATHS.getOrDefault(pkg, pkg) + "." + q.substring(dot + 1),
                        true, TypeStrings.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
            BOXES.putIfAbsent(q, c);
        }
        for (var k : c.getConstructors()) {
            if (k.getParameterCount() == 1) {
                try {
                    return k.newInstance(raw);
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static void declare(String name, String pkgPath, String underlying) {
        DECLARED.putIfAbsent(name, new String[] {pkgPath, underlying});
    }

    static RType parse(String s) {
        RType t = PARSED.get(s);
        if (t == null) {
            t = new P(s).type();
            PARSED.putIfAbsent(s, t);
            t = PARSED.get(s);
        }
        return t;
    }

    private static RType named(String qualified) {
        RType t = NAMED.get(qualified);
        if (t != null) {
            return t;
        }
        synchronized (NAMED) {
            t = NAMED.get(qualified);
            if (t != null) {
                return t;
            }
            String[] d = DECLARED.get(qualified);
            int bracket = qualified.indexOf('[');
            int dot = (bracket < 0 ? qualified : qualified.substring(0, bracket)).lastIndexOf('.');
            RType std = d == null && dot > 0 ? stdType(qualified.substring(0, dot), qualified.substring(dot + 1)) : null;
            if (std != null) {
                NAMED.put(qualified, std);
                return std;
            }
            String pkg = d != null ? d[0] : qualified.substring(0, Math.max(dot, 0));
            String name = qualified.substring(dot + 1);
            int bracket2 = name.indexOf('[');
            int local = (bracket2 < 0 ? name : name.substring(0, bracket2)).indexOf('\u00b7'); // a function's own type: the key goes on, the name stops
            RType n = RType.named(pkg, local < 0 ? name : name.substring(0, local));
            NAMED.put(qualified, n);
            n.setUnderlying(d != null ? new P(d[1]).type() : RType.struct(List.of()));
            return n;
        }
    }

    /** Standard packages whose Java package is not go4j.std.<name>: their path has a slash. */
    private static final java.util.Map<String, String> STD_PATHS = java.util.Map.of(
            "atomic", "sync.atomic", "utf8", "unicode.utf8", "fs", "io.fs", "http", "net.http", "url", "net.url");

    /**
     * A standard package's named type: the {@code TYPE} of its Java class (docs/compiler.md,
     * "Standard packages"), so that a type string naming it is the very RType its values
     * report (a struct type's class reports its pointer type: its element is the type).
     *
     * @return the type, or null if no standard class stands for pkgName.name
     */
    private static RType stdType(String pkgName, String name) {
        String cls = "go4j.std." + STD_PATHS.getOrDefault(pkgName, pkgName) + "." + name;
        try {
            Object t = Class.forName(cls, true, TypeStrings.class.getClassLoader()).getField("TYPE").get(null);
            if (!(t instanceof RType rt)) {
                return null;
            }
            return rt.isNamed() ? rt : rt.kind() == RType.Kind.POINTER && rt.elem().isNamed() ? rt.elem() : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not a standard type: the caller makes one up
        }
    }

    private static final class P {
        private final String s;
        private int i;

        P(String s) {
            this.s = s;
        }

        RType type() {
            skip();
            if (eat("*")) {
                return RType.pointer(type());
            }
            if (eat("[]")) {
                return RType.slice(type());
            }
            if (eat("[")) {
                int j = s.indexOf(']', i);
                long n = Long.parseLong(s.substring(i, j));
                i = j + 1;
                return RType.array(n, type());
            }
            if (eat("map[")) {
                RType k = type();
                expect("]");
                return RType.map(k, type());
            }
            if (eat("<-chan ")) {
                return RType.chan(RType.ChanDir.RECV, type());
            }
            if (eat("chan<- ")) {
                return RType.chan(RType.ChanDir.SEND, type());
            }
            if (eat("chan ")) {
                boolean paren = eat("(");
                RType e = type();
                if (paren) {
                    expect(")");
                }
                return RType.chan(RType.ChanDir.BOTH, e);
            }
            if (s.startsWith("func", i)) {
                int start = i + 4;
                i = start;
                int end = endOfSignature();
                String sig = s.substring(start, end);
                i = end;
                // reflect's spelling of the types inside: interface {}, struct { ... }
                return RType.func("func" + sig.replace("interface{}", "interface {}")
                        .replace("interface{", "interface { ").replace("struct{", "struct { "));
            }
            if (eat("struct{")) {
                List<RType.Field> fields = new ArrayList<>();
                skip();
                while (!eat("}")) {
                    int save = i;
                    String name = ident();
                    skip();
                    boolean embedded = peek() == ';' || peek() == '}' || peek() == '"' || peek() == '.';
                    RType ft;
                    if (embedded) {
                        i = save;
                        ft = type();
                        String tn = ft.toString();
                        String base = tn.indexOf('[') < 0 ? tn : tn.substring(0, tn.indexOf('['));
                        name = base.substring(base.lastIndexOf('.') + 1).replace("*", "");
                    } else {
                        ft = type();
                    }
                    skip();
                    if (peek() == '"') {
                        int j = i + 1;
                        while (s.charAt(j) != '"' || s.charAt(j - 1) == '\\') {
                            j++;
                        }
                        i = j + 1;
                    }
                    fields.add(new RType.Field(name, ft, embedded));
                    skip();
                    eat(";");
                    skip();
                }
                return RType.struct(fields);
            }
            if (s.startsWith("interface{", i)) {
                int start = i;
                i += "interface".length();
                int depth = 0;
                do {
                    char c = s.charAt(i++);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                } while (depth > 0);
                String text = s.substring(start, i);
                return text.equals("interface{}") ? RType.ANY : RType.iface(reflectInterface(text));
            }
            String name = ident();
            if (peek() == '.') {
                i++;
                String n = ident();
                if (peek() == '[') {
                    // an instance of a generic type: main.Pair[int,string] names it, arguments and all
                    int start = i;
                    int depth = 0;
                    do {
                        char c = s.charAt(i++);
                        if (c == '[') {
                            depth++;
                        } else if (c == ']') {
                            depth--;
                        }
                    } while (depth > 0);
                    n += s.substring(start, i);
                }
                return named(name + "." + n);
            }
            return basic(name);
        }

        private int endOfSignature() {
            // (params) then an optional result: a type, or (results)
            int depth = 0;
            int j = i;
            do {
                char c = s.charAt(j++);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            } while (depth > 0);
            if (j < s.length() && s.charAt(j) == ' ') {
                int save = i;
                i = j + 1;
                if (peek() == '(') {
                    int d = 0;
                    do {
                        char c = s.charAt(i++);
                        if (c == '(') {
                            d++;
                        } else if (c == ')') {
                            d--;
                        }
                    } while (d > 0);
                } else {
                    type();
                }
                j = i;
                i = save;
            }
            return j;
        }

        private String ident() {
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$' || s.charAt(i) == '\u00b7')) {
                i++;
            }
            return s.substring(start, i);
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : 0;
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }

        private boolean eat(String t) {
            if (s.startsWith(t, i)) {
                i += t.length();
                return true;
            }
            return false;
        }

        private void expect(String t) {
            if (!eat(t)) {
                throw new IllegalArgumentException("bad type string " + s + " at " + i);
            }
        }
    }

    /** go/types writes interface{M()}; reflect writes interface { M() }. */
    private static String reflectInterface(String text) {
        String body = text.substring("interface{".length(), text.length() - 1).trim();
        return body.isEmpty() ? "interface {}" : "interface { " + body + " }";
    }

    private static RType basic(String name) {
        return switch (name) {
            case "bool" -> RType.BOOL;
            case "int" -> RType.INT;
            case "int8" -> RType.INT8;
            case "int16" -> RType.INT16;
            case "int32", "rune" -> RType.INT32;
            case "int64" -> RType.INT64;
            case "uint" -> RType.UINT;
            case "uint8", "byte" -> RType.UINT8;
            case "uint16" -> RType.UINT16;
            case "uint32" -> RType.UINT32;
            case "uint64" -> RType.UINT64;
            case "uintptr" -> RType.UINTPTR;
            case "float32" -> RType.FLOAT32;
            case "float64" -> RType.FLOAT64;
            case "complex64" -> RType.COMPLEX64;
            case "complex128" -> RType.COMPLEX128;
            case "string" -> RType.STRING;
            case "error" -> RType.ERROR;
            case "any" -> RType.ANY;
            default -> throw new IllegalArgumentException("unknown type " + name);
        };
    }
}
