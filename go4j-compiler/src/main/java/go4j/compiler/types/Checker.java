package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Source;
import go4j.compiler.syntax.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type checker (spec "Types" to "Packages"), after {@code go/types} and the compiler's
 * {@code types2}: it resolves every identifier, types every expression, folds constants,
 * checks every statement, and reports errors in the words Go 1.19's compiler uses.
 *
 * <pre>{@code
 * Obj.Pkg main = new Obj.Pkg("main", "main", false);
 * Info info = Checker.check(main, List.of(Parser.parse(src)), new StubImporter());
 * Info.TypeAndValue tv = info.types.get(someExpr);
 * }</pre>
 */
public final class Checker implements Type.Resolver {
    /*
     * Implementation overview.
     *
     * Package level: collect() declares every package-level object with a DeclInfo (its
     * file, type and init expressions); objDecl() resolves an object on first use, keeping
     * the path of objects being resolved so that a cycle is seen (a defined type may refer
     * to itself; anything else on the path is a cycle). Function bodies are checked after
     * all package-level objects (funcBodies), then initialization order is computed from the
     * dependencies recorded while checking each initializer and body (initOrder).
     *
     * Expressions: expr() evaluates into an Operand (mode, type, constant value), and
     * records it in Info.types; an untyped operand's record is updated when context gives it
     * its final type (updateExprType), as go/types does.
     */

    // ------------------------------------------------------------------ state

    final Obj.Pkg pkg;
    private final Importer importer;
    /** The Info being recorded: the package's, or an instance body's while one is checked. */
    Info info = new Info();
    /** The package's Info. */
    private final Info pkgInfo = info;
    private List<TypeErrors.Diagnostic> errors = new ArrayList<>();
    private String lastError = "";

    /** A package-level object's declaration. */
    static final class DeclInfo {
        Node.File file;
        Scope fileScope;
        Node.Expr typ;
        Node.Expr init;
        List<Obj.Var> lhs; // for n:1 var declarations
        int iota;
        Node.TypeSpec tspec;
        Node.FuncDecl fdecl;
        boolean inherited; // a const spec repeating the previous spec's expressions
        final Set<Obj> deps = new LinkedHashSet<>();
    }

    private final Map<Obj, DeclInfo> objMap = new LinkedHashMap<>();
    /** This package's constants' exact values (a float may be a Rat, which Obj.Value does not hold). */
    private final Map<Obj.Const, Object> exactValues = new IdentityHashMap<>();
    private final List<Obj> objPath = new ArrayList<>();
    private final Set<Obj> resolved = new HashSet<>();
    private final Map<Node.File, Scope> fileScopes = new IdentityHashMap<>();
    private final Map<Obj.Pkg, Boolean> importUsed = new IdentityHashMap<>();
    private final Map<Obj.Pkg, Node.ImportSpec> importSpecOf = new IdentityHashMap<>();
    private final List<Object[]> importedNames = new ArrayList<>(); // {PkgName-ish spec, file, pkg, name}
    private final Map<Scope, Node.ImportSpec> dotImports = new IdentityHashMap<>();

    /** The file whose nodes are being checked (positions are offsets into its source). */
    private Node.File file;
    /** The declaration whose dependencies are being recorded, or null. */
    private DeclInfo decl;
    /** The iota value inside a constant declaration, or null. */
    private BigInteger iota;
    /** The position at which errors of an inherited constant expression are reported, or -1. */
    private int errpos = -1;

    /** The function being checked. */
    private FuncCtx fn;

    /** Per-function context: signature, the function node, labels, and the enclosing one. */
    static final class FuncCtx {
        Type.Signature sig;
        Node node; // FuncDecl or FuncLit
        FuncCtx outer;
        Scope scope;
        List<Obj.Var> captures = new ArrayList<>();
        boolean hasDefer;
    }

    private Scope scope;
    private final List<Obj.Var> localVars = new ArrayList<>();

    Checker(Obj.Pkg pkg, Importer importer) {
        this.pkg = pkg;
        this.importer = importer;
    }

    /**
     * Type-checks a package.
     *
     * @param pkg      the package (its scope receives the package-level objects)
     * @param files    its parsed files
     * @param importer finds imported packages
     * @return what the checker learned, for code generation
     * @throws TypeErrors if the package has type errors
     */
    public static Info check(Obj.Pkg pkg, List<Node.File> files, Importer importer) {
        Checker c = new Checker(pkg, importer);
        c.checkFiles(files);
        if (c.errors.isEmpty() && !c.noderErrors.isEmpty()) {
            c.errors.addAll(c.noderErrors);
        }
        if (!c.errors.isEmpty()) {
            throw new TypeErrors(c.errors);
        }
        // the generic declarations check: now each instance's body, with its type arguments
        c.checked = true;
        c.drainInstances();
        if (!c.errors.isEmpty()) {
            throw new TypeErrors(c.errors);
        }
        return c.pkgInfo;
    }

    // ------------------------------------------------------------------ errors

    void error(int pos, String msg) {
        // as types2: messages mentioning an invalid operand or type after a first error are
        // follow-on errors
        if (!errors.isEmpty() && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) {
            return;
        }
        if (errpos >= 0) {
            pos = errpos;
        }
        Source src = file.source();
        int line = src.line(pos);
        // Go's compiler drops a message repeating the previous one on the same line
        String key = src.name() + ":" + line + ":" + msg;
        if (key.equals(lastError)) {
            return;
        }
        lastError = key;
        errors.add(new TypeErrors.Diagnostic(src.name(), line, src.column(pos), pos, msg));
    }

    void error(Node n, String msg) {
        error(n == null ? 0 : goPos(n), msg);
    }

    // ---- Go's error positions: syntax.StartPos over Go's node positions

    /**
     * Where Go's compiler reports an error at node n ({@code syntax.StartPos}): the leftmost
     * token, except that Go 1.19 does not correct a slice expression (its position is its
     * {@code [}) or a key-value pair (its {@code :}), so neither do we.
     */
    int goPos(Node n) {
        return switch (n) {
            case Node.CompositeLit c -> c.type() != null ? goPos(c.type()) : c.pos();
            case Node.Selector x -> goPos(x.x());
            case Node.Index x -> goPos(x.x());
            case Node.TypeAssert x -> goPos(x.x());
            case Node.Binary x -> goPos(x.x());
            case Node.Call x -> goPos(x.fun());
            case Node.SliceExpr x -> after(x.x(), '[', x.pos());
            case Node.KeyValue x -> after(x.key(), ':', x.pos());
            case Node.Send x -> goPos(x.chan());
            case Node.Assign x -> goPos(x.lhs().get(0));
            default -> n.pos();
        };
    }

    /** The offset of the first c after expression e in the current file, or fallback. */
    private int after(Node.Expr e, char c, int fallback) {
        int end = endOf(e);
        byte[] b = file.source().bytes();
        if (end < 0) {
            return fallback;
        }
        for (int i = end; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                return fallback;
            }
        }
        return fallback;
    }

    /** The offset just past expression e, or -1 if not known. */
    private int endOf(Node.Expr e) {
        byte[] b = file.source().bytes();
        return switch (e) {
            case Node.Ident x -> x.pos() + x.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            case Node.BasicLit x -> x.pos() + x.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            case Node.Selector x -> endOf(x.sel());
            case Node.Call x -> x.rparen() + 1;
            case Node.CompositeLit x -> x.rbrace() + 1;
            case Node.FuncLit x -> x.body().rbrace() + 1;
            case Node.Star x -> endOf(x.x());
            case Node.Unary x -> endOf(x.x());
            case Node.Binary x -> endOf(x.y());
            case Node.Paren x -> closing(b, endOf(x.x()), ')');
            case Node.Index x -> closing(b, endOf(x.index()), ']');
            case Node.IndexList x -> closing(b, endOf(x.indices().get(x.indices().size() - 1)), ']');
            case Node.SliceExpr x -> {
                Node.Expr last = x.max() != null ? x.max() : x.high() != null ? x.high() : x.low();
                int from = last != null ? endOf(last) : after(x.x(), '[', -1) + 1;
                yield from <= 0 ? -1 : closing(b, from, ']');
            }
            case Node.TypeAssert x -> x.type() != null ? closing(b, endOf(x.type()), ')') : -1;
            default -> -1;
        };
    }

    /** Past the first c at or after from, skipping blanks; -1 if something else comes first. */
    private static int closing(byte[] b, int from, char c) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i + 1;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' && b[i] != ':') {
                return -1;
            }
        }
        return -1;
    }

    String posString(int pos) {
        return file.source().position(pos);
    }

    // ------------------------------------------------------------------ type strings

    /** A type as the compiler prints it in messages: the checked package's names unqualified. */
    String ts(Type t) {
        StringBuilder sb = new StringBuilder();
        writeType(sb, t, new ArrayList<>());
        return sb.toString();
    }

    private void writeType(StringBuilder sb, Type t, List<Type> seen) {
        switch (t) {
            case null -> sb.append("<nil>");
            case Type.Basic b -> sb.append(b == Types.BYTE && false ? "byte" : b.name());
            case Type.Named n -> {
                Obj.Pkg p = n.obj.pkg();
                if (p != null && p != pkg && !p.path.equals(pkg.path)) {
                    sb.append(p.name()).append('.');
                }
                sb.append(n.obj.name());
                if (n.orig != null) {
                    sb.append('[');
                    for (int i = 0; i < n.typeArgs.size(); i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        writeType(sb, n.typeArgs.get(i), seen);
                    }
                    sb.append(']');
                } else if (n.isGeneric()) {
                    writeTypeParams(sb, n.typeParams, seen);
                }
            }
            case Type.TypeParam tp -> sb.append(tp.obj.name());
            case Type.Union u -> {
                for (int i = 0; i < u.terms().size(); i++) {
                    if (i > 0) {
                        sb.append('|');
                    }
                    Type.Term term = u.terms().get(i);
                    if (term.tilde()) {
                        sb.append('~');
                    }
                    writeType(sb, term.type(), seen);
                }
            }
            case Type.Pointer p -> {
                sb.append('*');
                writeType(sb, p.elem(), seen);
            }
            case Type.Slice s -> {
                sb.append("[]");
                writeType(sb, s.elem(), seen);
            }
            case Type.Array a -> {
                sb.append('[').append(a.len()).append(']');
                writeType(sb, a.elem(), seen);
            }
            case Type.Map m -> {
                sb.append("map[");
                writeType(sb, m.key(), seen);
                sb.append(']');
                writeType(sb, m.elem(), seen);
            }
            case Type.Chan c -> {
                switch (c.dir()) {
                    case BOTH -> sb.append("chan ");
                    case SEND -> sb.append("chan<- ");
                    case RECV -> sb.append("<-chan ");
                }
                boolean paren = c.dir() == Type.Dir.BOTH && c.elem() instanceof Type.Chan cc && cc.dir() == Type.Dir.RECV;
                if (paren) {
                    sb.append('(');
                }
                writeType(sb, c.elem(), seen);
                if (paren) {
                    sb.append(')');
                }
            }
            case Type.Signature s -> {
                sb.append("func");
                writeSig(sb, s, seen);
            }
            case Type.Struct s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    Type.Field f = s.fields().get(i);
                    if (i > 0) {
                        sb.append("; ");
                    }
                    if (!f.embedded()) {
                        sb.append(f.name()).append(' ');
                    }
                    writeType(sb, f.type(), seen);
                    if (f.tag() != null) {
                        sb.append(' ').append(Constants.quote(f.tag()));
                    }
                }
                sb.append('}');
            }
            case Type.Interface it -> {
                if (it == Universe.ANY) {
                    sb.append("any");
                    return;
                }
                if (it.implicit && it.methods.isEmpty() && it.embedded.size() == 1) {
                    writeType(sb, it.embedded.get(0), seen); // [T ~int]: the constraint as written
                    return;
                }
                if (seen.contains(t)) {
                    sb.append("interface{...}");
                    return;
                }
                seen.add(t);
                sb.append("interface{");
                boolean first = true;
                for (Obj.Func f : it.methods) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    sb.append(f.name());
                    if (f.type() != null) {
                        writeSig(sb, f.type(), seen);
                    }
                }
                for (Type e : it.embedded) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    writeType(sb, e, seen);
                }
                sb.append('}');
                seen.remove(seen.size() - 1);
            }
            case Type.Tuple tu -> {
                sb.append('(');
                for (int i = 0; i < tu.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    writeType(sb, tu.at(i), seen);
                }
                sb.append(')');
            }
        }
    }

    /** A type parameter list as go/types writes it: {@code [K comparable, V any]}. */
    private void writeTypeParams(StringBuilder sb, List<Type.TypeParam> tps, List<Type> seen) {
        sb.append('[');
        for (int i = 0; i < tps.size(); i++) {
            Type.TypeParam tp = tps.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(tp.obj.name());
            // as go/types: a run of type parameters with the same constraint shares it
            if (i + 1 < tps.size() && tps.get(i + 1).bound() == tp.bound()) {
                continue;
            }
            sb.append(' ');
            writeType(sb, tp.bound(), seen);
        }
        sb.append(']');
    }

    /** A signature as go/types writes it: parameter names included ({@code (s string) int}). */
    private void writeSig(StringBuilder sb, Type.Signature s, List<Type> seen) {
        writeTuple(sb, s.params().vars(), s.variadic(), seen);
        Type.Tuple r = s.results();
        if (r.size() == 1 && r.vars().get(0).name().isEmpty()) {
            sb.append(' ');
            writeType(sb, r.at(0), seen);
        } else if (r.size() > 0) {
            sb.append(' ');
            writeTuple(sb, r.vars(), false, seen);
        }
    }

    private void writeTuple(StringBuilder sb, List<Obj.Var> vs, boolean variadic, List<Type> seen) {
        sb.append('(');
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Obj.Var v = vs.get(i);
            if (!v.name().isEmpty()) {
                sb.append(v.name()).append(' ');
            }
            Type t = v.type();
            if (variadic && i == vs.size() - 1 && t instanceof Type.Slice sl) {
                sb.append("...");
                writeType(sb, sl.elem(), seen);
            } else {
                writeType(sb, t, seen);
            }
        }
        sb.append(')');
    }

    /** An operand as the compiler prints it: {@code x (variable of type int)}. */
    String os(Operand x) {
        if (x.mode != Mode.INVALID && x.type == Types.UNTYPED_NIL) {
            return "nil";
        }
        StringBuilder sb = new StringBuilder();
        String expr = x.expr != null ? ExprString.of(x.expr)
                : x.mode == Mode.TYPEXPR ? ts(x.type)
                : x.mode == Mode.CONSTANT ? Constants.toString(x.val) : "";
        if (!expr.isEmpty()) {
            sb.append(expr).append(" (");
        }
        boolean hasType = false;
        switch (x.mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> { }
            default -> {
                if (x.type != null) {
                    if (Types.isUntyped(x.type)) {
                        sb.append(((Type.Basic) x.type).name()).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
        }
        sb.append(switch (x.mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        });
        if (x.mode == Mode.CONSTANT) {
            String s = Constants.toString(x.val);
            if (!s.equals(expr)) {
                sb.append(' ').append(s);
            }
        }
        if (hasType) {
            if (x.type != Types.INVALID) {
                sb.append(" of type ");
                sb.append(ts(x.type));
                if (x.type instanceof Type.TypeParam tp) {
                    sb.append(" constrained by ").append(ts(tp.bound()));
                }
            } else {
                sb.append(" with invalid type");
            }
        }
        if (!expr.isEmpty()) {
            sb.append(')');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ operands

    /** What an operand is (go/types' operand modes). */
    enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK }

    /** An evaluated expression. */
    static final class Operand {
        Mode mode = Mode.INVALID;
        Node.Expr expr;
        Type type = Types.INVALID;
        Object val;
        String builtin;

        void invalidate() {
            mode = Mode.INVALID;
        }

        void set(Operand o) {
            mode = o.mode;
            expr = o.expr;
            type = o.type;
            val = o.val;
            builtin = o.builtin;
        }
    }

    // ------------------------------------------------------------------ package level

    private void checkFiles(List<Node.File> files) {
        collect(files);
        // as types2: defined types first (with their methods), then aliases, then the rest,
        // each in source order; function bodies are checked in the order their
        // declarations were resolved
        List<Obj> order = new ArrayList<>();
        for (Obj o : objMap.keySet()) {
            if (o instanceof Obj.TypeName && !objMap.get(o).tspec.alias()) {
                order.add(o);
            }
        }
        for (Obj o : objMap.keySet()) {
            if (o instanceof Obj.TypeName && objMap.get(o).tspec.alias()) {
                order.add(o);
            }
        }
        for (Obj o : objMap.keySet()) {
            if (!(o instanceof Obj.TypeName)) {
                order.add(o);
            }
        }
        for (Obj o : order) {
            objDecl(o);
        }
        resolvePendingUnderlying();
        validTypes();
        bodies();
        initOrder();
        monomorph();
        unusedImports();
    }

    /** Checks the function bodies, in the order their declarations were resolved. */
    private void bodies() {
        for (Obj.Func f : bodyQueue) {
            DeclInfo d = objMap.get(f);
            file = d.file;
            decl = d;
            funcBody(d.fdecl, f.type(), tparamScopes.getOrDefault(f, d.fileScope), d.fdecl.body());
            decl = null;
        }
    }

    /** Functions whose bodies are to be checked, in the order their declarations were resolved. */
    private final List<Obj.Func> bodyQueue = new ArrayList<>();

    private void collect(List<Node.File> files) {
        for (Node.File f : files) {
            for (Node.Decl d : f.decls()) {
                if (d instanceof Node.FuncDecl fd) {
                    numberLocalTypes(fd.body());
                }
            }
        }
        List<Object[]> methods = new ArrayList<>();
        for (Node.File f : files) {
            file = f;
            Scope fs = new Scope(pkg.scope);
            fileScopes.put(f, fs);
            for (Node.Decl d : f.decls()) {
                switch (d) {
                    case Node.GenDecl g -> {
                        Node.ValueSpec lastConst = null;
                        for (Node.Spec sp : g.specs()) {
                            switch (sp) {
                                case Node.ImportSpec is -> importSpec(is, fs);
                                case Node.ValueSpec vs when g.tok() == Token.CONST -> {
                                    boolean inherited = vs.type() == null && vs.values().isEmpty() && lastConst != null;
                                    if (!inherited) {
                                        lastConst = vs;
                                    }
                                    Node.ValueSpec src = inherited ? lastConst : vs;
                                    for (int i = 0; i < vs.names().size(); i++) {
                                        Node.Ident id = vs.names().get(i);
                                        Obj.Const c = new Obj.Const(id.name(), null, pkg, id.pos(), null);
                                        DeclInfo di = new DeclInfo();
                                        di.file = f;
                                        di.fileScope = fs;
                                        di.typ = src.type();
                                        di.init = i < src.values().size() ? src.values().get(i) : null;
                                        di.iota = vs.index();
                                        di.inherited = inherited;
                                        declarePkgObj(id, c, di);
                                    }
                                    arityCheck(vs, src, true);
                                }
                                case Node.ValueSpec vs -> {
                                    List<Obj.Var> lhs = new ArrayList<>();
                                    for (Node.Ident id : vs.names()) {
                                        lhs.add(new Obj.Var(id.name(), null, pkg, id.pos(), true));
                                    }
                                    boolean n1 = vs.values().size() == 1 && vs.names().size() > 1;
                                    for (int i = 0; i < vs.names().size(); i++) {
                                        DeclInfo di = new DeclInfo();
                                        di.file = f;
                                        di.fileScope = fs;
                                        di.typ = vs.type();
                                        if (n1) {
                                            di.init = vs.values().get(0);
                                            di.lhs = lhs;
                                        } else if (i < vs.values().size()) {
                                            di.init = vs.values().get(i);
                                        }
                                        declarePkgObj(vs.names().get(i), lhs.get(i), di);
                                    }
                                    arityCheck(vs, vs, false);
                                }
                                case Node.TypeSpec ts -> {
                                    Obj.TypeName tn = new Obj.TypeName(ts.name().name(), null, pkg, ts.name().pos());
                                    DeclInfo di = new DeclInfo();
                                    di.file = f;
                                    di.fileScope = fs;
                                    di.tspec = ts;
                                    declarePkgObj(ts.name(), tn, di);
                                }
                            }
                        }
                    }
                    case Node.FuncDecl fd -> {
                        String name = fd.name().name();
                        Obj.Func fn = new Obj.Func(name, null, pkg, fd.name().pos(), fd);
                        DeclInfo di = new DeclInfo();
                        di.file = f;
                        di.fileScope = fs;
                        di.fdecl = fd;
                        if (fd.recv() == null) {
                            if (name.equals("init")) {
                                if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                                    error(fd.name(), "func init must have no arguments and no return values");
                                }
                                info.defs.put(fd.name(), fn);
                                objMap.put(fn, di);
                            } else if (name.equals("main") && pkg.name().equals("main")
                                    && (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())) {
                                error(fd.name(), "func main must have no arguments and no return values");
                                declarePkgObj(fd.name(), fn, di);
                            } else {
                                declarePkgObj(fd.name(), fn, di);
                            }
                            if (fd.body() == null && !pkg.std) {
                                error(fd.name(), "missing function body");
                            }
                        } else {
                            info.defs.put(fd.name(), fn);
                            objMap.put(fn, di);
                            methods.add(new Object[]{fd, fn, f});
                        }
                    }
                }
            }
        }
        // the file scopes must not redeclare package-level names
        for (Node.File f : files) {
            file = f;
            Scope fs = fileScopes.get(f);
            for (Map.Entry<String, Obj> e : fs.names().entrySet()) {
                Obj alt = pkg.scope.lookup(e.getKey());
                if (alt != null && e.getValue() instanceof Obj.Pkg) {
                    int p = objPos(alt);
                    error(p, alt.name() + " already declared through import of package "
                            + ((Obj.Pkg) e.getValue()).name());
                }
            }
        }
        // associate methods with their receiver base type names
        for (Object[] m : methods) {
            Node.FuncDecl fd = (Node.FuncDecl) m[0];
            Obj.Func fnObj = (Obj.Func) m[1];
            Node.Expr rt = fd.recv().type();
            while (rt instanceof Node.Paren p) {
                rt = p.x();
            }
            if (rt instanceof Node.Star s) {
                rt = s.x();
            }
            while (rt instanceof Node.Paren p) {
                rt = p.x();
            }
            if (rt instanceof Node.Index ix) {
                rt = ix.x(); // a generic type's receiver: List[T]
            } else if (rt instanceof Node.IndexList il) {
                rt = il.x();
            }
            if (rt instanceof Node.Ident id && pkg.scope.lookup(id.name()) instanceof Obj.TypeName tn) {
                // follow aliases (type A = T) to the base type name, as the syntax says
                Set<Obj.TypeName> seenAlias = new HashSet<>();
                while (objMap.get(tn) != null && objMap.get(tn).tspec.alias() && seenAlias.add(tn)) {
                    Node.Expr at = objMap.get(tn).tspec.type();
                    while (at instanceof Node.Paren p) {
                        at = p.x();
                    }
                    if (at instanceof Node.Ident aid && pkg.scope.lookup(aid.name()) instanceof Obj.TypeName next) {
                        tn = next;
                    } else {
                        break;
                    }
                }
                methodsOf.computeIfAbsent(tn, k -> new ArrayList<>()).add(fnObj);
            }
        }
    }

    /** The methods declared for each package-level type name, in source order. */
    private final Map<Obj.TypeName, List<Obj.Func>> methodsOf = new IdentityHashMap<>();

    /** Go's arity check of a const or var spec: extra or missing init expressions. */
    private void arityCheck(Node.ValueSpec vs, Node.ValueSpec src, boolean isConst) {
        int l = vs.names().size();
        int r = src.values().size();
        boolean inherited = vs != src;
        if (isConst && r == 0 && src.type() == null && !inherited) {
            error(vs.names().get(0), "missing init expr for " + vs.names().get(0).name());
            return;
        }
        if (!isConst && r == 0) {
            return;
        }
        if (l < r) {
            Node.Expr n = src.values().get(l);
            if (inherited) {
                error(vs.pos(), "extra init expr at " + posString(n.pos()));
            } else {
                error(n, "extra init expr");
            }
        } else if (l > r && (isConst || r != 1)) {
            Node.Ident n = vs.names().get(r);
            error(n, "missing init expr for " + n.name());
        }
    }

    private void importSpec(Node.ImportSpec is, Scope fs) {
        String path = (String) Literals.value(Token.STRING, is.path().text());
        if (path == null) {
            return;
        }
        Obj.Pkg imp;
        try {
            imp = importer == null ? null : importer.importPackage(path);
        } catch (TypeErrors e) {
            throw e;
        }
        if (imp == null) {
            error(is.path(), "package " + path + " is not in std");
            // a stand-in, so that uses of the package report nothing more (as types2's fake packages)
            String local = is.name() != null ? is.name().name() : path.substring(path.lastIndexOf('/') + 1);
            Obj.Pkg fake = new Obj.Pkg(path, local, false);
            fakePkgs.add(fake);
            if (!local.equals("_") && !local.equals(".")) {
                fs.insert(local, fake);
            }
            return;
        }
        pkg.imports.putIfAbsent(path, imp);
        String name = is.name() == null ? imp.name() : is.name().name();
        if (name.equals("_")) {
            return;
        }
        if (name.equals("init")) {
            error(is.name() != null ? is.name() : is.path(), "cannot import package as init - init must be a func");
            return;
        }
        if (name.equals(".")) {
            for (Map.Entry<String, Obj> e : imp.scope.names().entrySet()) {
                if (isExported(e.getKey())) {
                    fs.insert(e.getKey(), e.getValue());
                }
            }
            dotImports.put(fs, is);
            importedNames.add(new Object[]{is, file, imp, name, Boolean.TRUE});
            return;
        }
        // the package name denotes the imported package itself (Info.defs/uses map it there)
        Obj prev = fs.insert(name, imp);
        if (prev != null) {
            error(is.name() != null ? is.name() : is.path(), name + " redeclared in this block");
            return;
        }
        if (is.name() != null) {
            info.defs.put(is.name(), imp);
        }
        importedNames.add(new Object[]{is, file, imp, name, Boolean.FALSE});
    }

    /** Stand-ins for packages that could not be imported. */
    private final Set<Obj.Pkg> fakePkgs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** The import names used in a selector, per file scope. */
    private final Map<Scope, Set<String>> usedImports = new IdentityHashMap<>();

    private void unusedImports() {
        for (Object[] in : importedNames) {
            Node.ImportSpec is = (Node.ImportSpec) in[0];
            file = (Node.File) in[1];
            Obj.Pkg pn = (Obj.Pkg) in[2];
            boolean dot = (Boolean) in[4];
            if (dot) {
                if (!usedDot.contains(is)) {
                    error(is, "imported and not used: " + Constants.quote(pn.path));
                }
                continue;
            }
            String local = (String) in[3];
            if (!usedImports.getOrDefault(fileScopes.get(file), Set.of()).contains(local)) {
                String q = Constants.quote(pn.path);
                String elem = pn.path.substring(pn.path.lastIndexOf('/') + 1);
                if (!local.equals(elem)) {
                    error(is, "imported and not used: " + q + " as " + local);
                } else {
                    error(is, "imported and not used: " + q);
                }
            }
        }
    }

    private final Set<Node.ImportSpec> usedDot = new HashSet<>();

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    private void declarePkgObj(Node.Ident id, Obj o, DeclInfo di) {
        String name = id.name();
        if (name.equals("init") && !(o instanceof Obj.Func)) {
            error(id, "cannot declare init - must be func");
            return;
        }
        if (name.equals("main") && pkg.name().equals("main") && !(o instanceof Obj.Func)) {
            error(id, "cannot declare main - must be func");
            return;
        }
        if (!name.equals("_")) {
            Obj prev = pkg.scope.insert(name, o);
            if (prev != null) {
                error(id, name + " redeclared in this block\n\t" + posString(objPos(prev)) + ": other declaration of " + name);
                info.defs.put(id, o);
                objMap.put(o, di);
                return;
            }
        }
        info.defs.put(id, o);
        objMap.put(o, di);
    }

    static int objPos(Obj o) {
        return switch (o) {
            case Obj.Var v -> v.pos;
            case Obj.Const c -> c.pos;
            case Obj.TypeName t -> t.pos;
            case Obj.Func f -> f.pos;
            case Obj.Label l -> l.pos();
            default -> -1;
        };
    }

    /** Resolves a package-level object (spec "Declarations and scope"), detecting cycles. */
    void objDecl(Obj o) {
        if (resolved.contains(o)) {
            return;
        }
        DeclInfo d = objMap.get(o);
        if (d == null) {
            return;
        }
        int at = objPath.indexOf(o);
        if (at >= 0) {
            // a cycle: a defined type may refer to itself through its name; a function's body
            // is checked later; anything else is an error
            switch (o) {
                case Obj.TypeName tn when tn.type() instanceof Type.Named n && inTParamList
                        && d.tspec != null && !d.tspec.typeParams().isEmpty() -> {
                    // a generic type referred to from a type parameter list it is declaring
                    if (reportedInvalid.add(n)) {
                        cycleError(objPath.subList(at, objPath.size()), true);
                    }
                }
                case Obj.TypeName tn when tn.type() instanceof Type.Named -> { }
                case Obj.Func f -> { }
                case Obj.TypeName tn -> {
                    cycleError(objPath.subList(at, objPath.size()), true);
                    tn.setType(Types.INVALID);
                }
                case Obj.Const c -> {
                    if (c.type() == null) {
                        cycleError(objPath.subList(at, objPath.size()), false);
                        c.setType(Types.INVALID);
                        c.value = null;
                    }
                }
                case Obj.Var v -> {
                    if (v.type() == null) {
                        cycleError(objPath.subList(at, objPath.size()), false);
                        v.setType(Types.INVALID);
                    }
                }
                default -> { }
            }
            return;
        }
        Node.File savedFile = file;
        DeclInfo savedDecl = decl;
        BigInteger savedIota = iota;
        Scope savedScope = scope;
        FuncCtx savedFn = fn;
        int savedErrpos = errpos;
        boolean savedInTParamList = inTParamList;
        file = d.file;
        scope = d.fileScope;
        fn = null;
        iota = null;
        errpos = -1;
        inTParamList = false;
        objPath.add(o);
        try {
            switch (o) {
                case Obj.Const c -> {
                    decl = d;
                    constDecl(c, d);
                }
                case Obj.Var v -> {
                    decl = d;
                    varDecl(v, d);
                }
                case Obj.TypeName tn -> {
                    decl = null;
                    typeDecl(tn, d.tspec);
                }
                case Obj.Func f -> {
                    decl = null;
                    funcDecl(f, d);
                }
                default -> { }
            }
        } finally {
            objPath.remove(objPath.size() - 1);
            resolved.add(o);
            file = savedFile;
            decl = savedDecl;
            iota = savedIota;
            scope = savedScope;
            fn = savedFn;
            errpos = savedErrpos;
            inTParamList = savedInTParamList;
        }
    }

    private void cycleError(List<Obj> cycle, boolean type) {
        cycleError(cycle, type, true);
    }

    /** Reports a cycle, from the object declared first in source (objDecl) or from cycle[0] (init order). */
    private void cycleError(List<Obj> cycle, boolean type, boolean firstInSource) {
        Obj first = cycle.get(0);
        int start = 0;
        for (int i = 1; i < cycle.size() && firstInSource; i++) {
            if (objPos(cycle.get(i)) < objPos(cycle.get(start)) && sameFile(cycle.get(i), first)) {
                start = i;
            }
        }
        Obj o = cycle.get(start);
        StringBuilder sb = new StringBuilder(type ? "invalid recursive type " : "initialization loop for ");
        sb.append(o.name());
        for (int i = 0; i < cycle.size(); i++) {
            Obj c = cycle.get((start + i) % cycle.size());
            sb.append("\n\t").append(posOf(c)).append(": ").append(c.name()).append(" refers to");
        }
        sb.append("\n\t").append(posOf(o)).append(": ").append(o.name());
        Node.File saved = file;
        DeclInfo d = objMap.get(o);
        if (d != null) {
            file = d.file;
        }
        error(objPos(o), sb.toString());
        file = saved;
    }

    private boolean sameFile(Obj a, Obj b) {
        DeclInfo x = objMap.get(a);
        DeclInfo y = objMap.get(b);
        return x != null && y != null && x.file == y.file;
    }

    private String posOf(Obj o) {
        DeclInfo d = objMap.get(o);
        Node.File f = d != null ? d.file : file;
        return f.source().position(objPos(o));
    }

    private void constDecl(Obj.Const c, DeclInfo d) {
        iota = BigInteger.valueOf(d.iota);
        if (d.inherited) {
            errpos = c.pos;
        }
        Type t = null;
        if (d.typ != null) {
            t = typExpr(d.typ);
            if (!(t.underlying() instanceof Type.Basic b) || b.kind() == Type.Kind.INVALID) {
                if (t != Types.INVALID) {
                    error(d.typ, "invalid constant type " + ts(t));
                }
                c.setType(Types.INVALID);
                return;
            }
        }
        Operand x = new Operand();
        if (d.init != null) {
            expr(x, d.init);
        }
        constInit(c, t, x, d.init);
        iota = null;
        errpos = -1;
    }

    /** Gives a constant its type and value from its initializer. */
    private void constInit(Obj.Const c, Type t, Operand x, Node.Expr init) {
        if (init == null) {
            c.setType(t == null ? Types.INVALID : t);
            return;
        }
        if (x.mode != Mode.INVALID && x.mode != Mode.CONSTANT) {
            error(x.expr, os(x) + " is not constant");
            x.mode = Mode.INVALID;
        }
        if (x.mode == Mode.INVALID) {
            c.setType(Types.INVALID);
            return;
        }
        if (t != null) {
            assignment(x, t, "constant declaration");
            if (x.mode == Mode.INVALID) {
                c.setType(Types.INVALID);
                return;
            }
        }
        c.setType(x.type);
        c.value = new Obj.Value(Constants.exported(x.val));
        exactValues.put(c, x.val);
    }

    private void varDecl(Obj.Var v, DeclInfo d) {
        Type t = null;
        if (d.typ != null) {
            t = varType(d.typ);
            v.setType(t);
            if (d.lhs != null) {
                for (Obj.Var o : d.lhs) {
                    o.setType(t);
                }
            }
        }
        if (d.init == null) {
            if (t == null) {
                v.setType(Types.INVALID);
            }
            return;
        }
        if (d.lhs == null) {
            Operand x = new Operand();
            expr(x, d.init);
            initVar(v, x, "variable declaration");
            return;
        }
        // n:1: one multi-valued initializer for all of d.lhs
        for (Obj.Var o : d.lhs) {
            resolved.add(o);
            objPath.add(o);
        }
        try {
            initVars(d.lhs, List.of(d.init), null);
            for (Obj.Var o : d.lhs) {
                objMap.get(o).deps.addAll(d.deps); // one initializer: the same dependencies
            }
        } finally {
            for (int i = 0; i < d.lhs.size(); i++) {
                objPath.remove(objPath.size() - 1);
            }
        }
    }

    private void typeDecl(Obj.TypeName tn, Node.TypeSpec ts) {
        if (ts.alias()) {
            Type t = typExpr(ts.type());
            if (tn.type() == null) {
                tn.setType(t);
            }
            return;
        }
        Type.Named named = new Type.Named(tn);
        tn.setType(named);
        definedTypes.add(tn);
        Scope savedScope = scope;
        if (!ts.typeParams().isEmpty()) {
            // a generic type: its type parameters are in scope in its declaration
            scope = new Scope(scope);
            named.resolver = this;
            named.typeParams = collectTypeParams(ts.typeParams(), tps -> named.typeParams = tps);
        }
        Type u = typExprDef(ts.type(), named);
        scope = savedScope;
        if (u instanceof Type.TypeParam) {
            error(ts.type(), "cannot use a type parameter as RHS in type declaration");
            u = Types.INVALID;
        }
        if (reportedInvalid.contains(named)) {
            named.setUnderlying(Types.INVALID); // part of a reported cycle
        } else if (u instanceof Type.Named un && !un.resolved()) {
            // type T2 T1 while T1 is being declared (type T1 struct{ next *T2 }): T2's
            // underlying type is T1's, known once T1's is; a chain back to T2 is a cycle
            pendingUnderlying.put(named, un);
        } else {
            named.setUnderlying(u.underlying() == null ? Types.INVALID : u.underlying());
        }
        // methods: collect them now, so that method sets are complete once the type is
        for (Obj.Func m : methodsOf.getOrDefault(tn, List.of())) {
            Obj prevMethod = named.method(m.name());
            if (prevMethod != null) {
                DeclInfo md = objMap.get(m);
                Node.File sf = file;
                file = md.file;
                error(m.pos, tn.name() + "." + m.name() + " redeclared in this block\n\t"
                        + posOf(prevMethod) + ": other declaration of " + m.name());
                file = sf;
                continue;
            }
            if (named.underlying() instanceof Type.Struct st && st.indexOf(m.name()) >= 0) {
                DeclInfo md = objMap.get(m);
                String other = fieldDeclaredAt(ts, m.name()); // in the type's file
                Node.File sf = file;
                file = md.file;
                error(m.pos, "field and method with the same name " + m.name() + other);
                file = sf;
                // as types2, the method is still added: x.m() then finds it, with no follow-on error
            }
            named.addMethod(m);
        }
        for (Obj.Func m : methodsOf.getOrDefault(tn, List.of())) {
            if (named.methods().contains(m)) {
                objDecl(m);
            }
        }
    }

    private final List<Obj.TypeName> definedTypes = new ArrayList<>();
    /** Defined types whose underlying type is that of another defined type still being resolved. */
    private final Map<Type.Named, Type.Named> pendingUnderlying = new LinkedHashMap<>();

    /** Gives each pending defined type the underlying type at the end of its chain of names, or reports the cycle. */
    private void resolvePendingUnderlying() {
        for (Type.Named n : new ArrayList<>(pendingUnderlying.keySet())) {
            if (n.resolved()) {
                continue;
            }
            List<Type.Named> chain = new ArrayList<>();
            Type.Named cur = n;
            while (cur != null && !cur.resolved() && !chain.contains(cur)) {
                chain.add(cur);
                cur = pendingUnderlying.get(cur);
            }
            Type u;
            if (cur != null && !cur.resolved()) {
                // a cycle of names: type A B; type B A
                List<Obj> cycle = new ArrayList<>();
                for (Type.Named c : chain.subList(chain.indexOf(cur), chain.size())) {
                    cycle.add(c.obj);
                }
                boolean fresh = true;
                for (Obj o : cycle) {
                    fresh &= reportedInvalid.add((Type.Named) ((Obj.TypeName) o).type());
                }
                if (fresh) {
                    Node.File saved = file;
                    file = objMap.get(cycle.get(0)).file;
                    cycleError(cycle, true);
                    file = saved;
                }
                u = Types.INVALID;
            } else {
                u = cur == null ? Types.INVALID : cur.underlying();
            }
            for (Type.Named c : chain) {
                if (!c.resolved()) {
                    c.setUnderlying(u);
                }
            }
        }
    }

    /** "\n\t<pos>: other declaration of name" for the struct field name declared in ts, or "". */
    private String fieldDeclaredAt(Node.TypeSpec ts, String name) {
        if (ts.type() instanceof Node.StructType st) {
            for (Node.Field f : st.fields()) {
                for (Node.Ident id : f.names()) {
                    if (id.name().equals(name)) {
                        return "\n\t" + posString(id.pos()) + ": other declaration of " + name; // ts is in this file
                    }
                }
            }
        }
        return "";
    }

    /** Reports the cycle of type declarations through n, which is being resolved. */
    private void typeCycle(Type.Named n) {
        int at = objPath.indexOf(n.obj);
        if (at >= 0 && reportedInvalid.add(n)) {
            List<Obj> cycle = new ArrayList<>(objPath.subList(at, objPath.size()));
            cycleError(cycle, true);
            for (Obj o : cycle) {
                if (o instanceof Obj.TypeName tn && tn.type() instanceof Type.Named nn) {
                    reportedInvalid.add(nn); // invalid: no follow-on errors about it
                }
            }
        }
    }

    private void funcDecl(Obj.Func f, DeclInfo d) {
        Node.FuncDecl fd = d.fdecl;
        Obj.Var recv = null;
        Scope saved = scope;
        // the function's type parameters (or its receiver's) are in scope in its signature and body
        scope = new Scope(scope);
        List<Type.TypeParam> tparams = List.of();
        if (!fd.type().typeParams().isEmpty()) {
            f.resolver = this;
            f.setType(new Type.Signature(null, new Type.Tuple(List.of()), new Type.Tuple(List.of()), false));
            tparams = collectTypeParams(fd.type().typeParams());
        }
        if (fd.recv() != null) {
            Node.Field r = fd.recv();
            recvTypeParams = List.of();
            recvField = r.names().isEmpty() ? r : r.names().get(0);
            Type rt = recvType(r.type(), r.names().isEmpty() ? null : r.names().get(0));
            tparams = recvTypeParams;
            String rname = r.names().isEmpty() ? "" : r.names().get(0).name();
            recv = new Obj.Var(rname, rt, pkg, r.names().isEmpty() ? r.pos() : r.names().get(0).pos(), false);
            recv.owner = fd;
        }
        // as types2, an empty signature guards against cycles while the real one is built
        f.setType(new Type.Signature(null, new Type.Tuple(List.of()), new Type.Tuple(List.of()), false, tparams));
        Type.Signature sig = signature(fd.type(), recv);
        if (!tparams.isEmpty()) {
            sig = new Type.Signature(sig.recv(), sig.params(), sig.results(), sig.variadic(), tparams);
            tparamScopes.put(f, scope);
        }
        f.setType(sig);
        scope = saved;
        if (fd.body() != null) {
            bodyQueue.add(f);
        }
    }

    /** The receiver type parameters recvType declared ({@code T} in {@code func (l *List[T]) ...}). */
    private List<Type.TypeParam> recvTypeParams = List.of();
    /** The receiver being declared (its name, or its field), for messages. */
    private Node recvField;

    /** A method receiver's type (spec "Method declarations"): T or *T for a defined type T of this package. */
    private Type recvType(Node.Expr e, Node.Ident name) {
        Node.Expr base = e;
        while (base instanceof Node.Paren p) {
            base = p.x();
        }
        boolean ptr = false;
        if (base instanceof Node.Star s) {
            ptr = true;
            base = s.x();
            while (base instanceof Node.Paren p) {
                base = p.x();
            }
        }
        Type t = base instanceof Node.Index || base instanceof Node.IndexList ? genericRecvType(base) : typExpr(base);
        if (t == Types.INVALID) {
            return t;
        }
        if (!(t instanceof Type.Named n) || n.obj.pkg() != pkg) {
            if (t instanceof Type.Basic || t instanceof Type.Named n2 && n2.obj.pkg() != pkg) {
                error(name != null ? name : base, "cannot define new methods on non-local type " + ts(t));
            } else {
                error(name != null ? name : base, "invalid receiver type " + ts(t));
            }
            return Types.INVALID;
        }
        if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            error(name != null ? name : base, "invalid receiver type " + ts(t) + " (pointer or interface type)");
            return Types.INVALID;
        }
        Type rt = ptr ? new Type.Pointer(t) : t;
        for (Node.Expr r = e; r != base; ) {
            // the receiver's *T and parentheses, as typExpr would have recorded them
            Type rec = r instanceof Node.Star || r instanceof Node.Paren p && containsStar(p) ? rt : t;
            recordType(r, Mode.TYPEXPR, rec, null);
            r = r instanceof Node.Paren p ? p.x() : ((Node.Star) r).x();
        }
        return rt;
    }

    /**
     * The receiver type of a method of a generic type ({@code List[T]}): the type's instance
     * with the receiver's own type parameters, declared here with the type's constraints.
     */
    private Type genericRecvType(Node.Expr base) {
        Node.Expr bx = base instanceof Node.Index ix ? ix.x() : ((Node.IndexList) base).x();
        List<Node.Expr> rps = indices(base);
        Operand x = new Operand();
        exprOrType(x, bx, true);
        if (x.mode == Mode.INVALID) {
            return Types.INVALID;
        }
        if (x.mode != Mode.TYPEXPR) {
            error(bx, ExprString.of(bx) + " is not a type");
            return Types.INVALID;
        }
        if (!(x.type instanceof Type.Named gen) || !gen.isGeneric()) {
            error(bx, ts(x.type) + " is not a generic type");
            return Types.INVALID;
        }
        if (rps.size() != gen.typeParams.size()) {
            if (rps.size() < gen.typeParams.size()) {
                error(recvField, "got " + rps.size() + " type parameter" + (rps.size() == 1 ? "" : "s")
                        + ", but receiver base type declares " + gen.typeParams.size());
            }
            error(goPos(bx), "got " + rps.size() + " arguments but " + gen.typeParams.size() + " type parameters");
            return Types.INVALID;
        }
        List<Type.TypeParam> tps = new ArrayList<>();
        for (int i = 0; i < rps.size(); i++) {
            Node.Expr rp = rps.get(i);
            String n = rp instanceof Node.Ident id ? id.name() : "_";
            if (!(rp instanceof Node.Ident)) {
                error(rp, "receiver type parameter " + ExprString.of(rp) + " must be an identifier");
            }
            Obj.TypeName tn = new Obj.TypeName(n, null, pkg, rp.pos());
            Type.TypeParam tp = new Type.TypeParam(tn, i, null);
            tn.setType(tp);
            tparamFiles.put(tn, file);
            if (rp instanceof Node.Ident id) {
                declareObj(id, tn);
            }
            tps.add(tp);
        }
        Map<Type.TypeParam, Type> smap = Subst.map(gen.typeParams, new ArrayList<>(tps));
        for (int i = 0; i < tps.size(); i++) {
            tps.get(i).setBound(Subst.subst(gen.typeParams.get(i).bound(), smap));
        }
        recvTypeParams = List.copyOf(tps);
        for (int i = 0; i < tps.size(); i++) {
            monoCanon.put(tps.get(i), gen.typeParams.get(i));
        }
        Type.Named inst = Subst.instantiate(gen, new ArrayList<>(tps));
        recordType(base, Mode.TYPEXPR, inst, null);
        return inst;
    }

    private static boolean containsStar(Node.Expr e) {
        while (e instanceof Node.Paren p) {
            e = p.x();
        }
        return e instanceof Node.Star;
    }

    /** Spec "Type definitions": a struct or array may not contain itself without indirection. */
    private void validTypes() {
        Set<Type.Named> ok = new HashSet<>();
        for (Obj.TypeName tn : definedTypes) {
            if (tn.type() instanceof Type.Named n) {
                Node.File saved = file;
                file = objMap.get(tn).file;
                List<Type.Named> path = new ArrayList<>();
                if (!validType(n, path, ok)) {
                    n.setUnderlying(Types.INVALID);
                }
                file = saved;
            }
        }
    }

    private final Set<Type.Named> reportedInvalid = new HashSet<>();

    private boolean validType(Type t, List<Type.Named> path, Set<Type.Named> ok) {
        switch (t) {
            case Type.Named n -> {
                if (ok.contains(n)) {
                    return true;
                }
                int i = path.indexOf(n);
                if (i >= 0) {
                    List<Obj> cycle = new ArrayList<>();
                    for (Type.Named p : path.subList(i, path.size())) {
                        cycle.add(p.obj);
                    }
                    boolean all = true;
                    for (Type.Named p : path.subList(i, path.size())) {
                        all &= reportedInvalid.add(p);
                    }
                    if (all) {
                        cycleError(cycle, true);
                    }
                    return false;
                }
                if (n.obj.pkg() != pkg) {
                    return true;
                }
                path.add(n);
                boolean v = validType(n.underlying(), path, ok);
                path.remove(path.size() - 1);
                if (v) {
                    ok.add(n);
                }
                return v;
            }
            case Type.Array a -> {
                return validType(a.elem(), path, ok);
            }
            case Type.Struct s -> {
                for (Type.Field f : s.fields()) {
                    if (!validType(f.type(), path, ok)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    // ------------------------------------------------------------------ type expressions

    /** Looks a name up from the current scope outwards. */
    Obj lookup(String name) {
        return scope.lookupParent(name);
    }

    /** A type expression's type (spec "Types"); INVALID after an error. */
    Type typExpr(Node.Expr e) {
        Type t = typInternal(e);
        if (t instanceof Type.Named n && n.isGeneric()) {
            error(e, "cannot use generic type " + ts(t) + " without instantiation");
            t = Types.INVALID;
        }
        recordType(e, Mode.TYPEXPR, t, null);
        return t;
    }

    Type typExprDef(Node.Expr e, Type.Named def) {
        return typExpr(e);
    }

    /**
     * A variable's type: like typExpr, and not a constraint interface (spec "General
     * interfaces": one with type terms or comparable is a constraint only).
     */
    Type varType(Node.Expr e) {
        Type t = typExpr(e);
        if (!(t instanceof Type.TypeParam) && t.underlying() instanceof Type.Interface) {
            Node.File inFile = file;
            later.add(() -> {
                if (t.underlying() instanceof Type.Interface it && it.isConstraint()) {
                    Node.File saved = file;
                    file = inFile;
                    error(e, "cannot use type " + ts(t) + " outside a type constraint: interface "
                            + (it.typeSet().comparable() ? "is (or embeds) comparable" : "contains type constraints"));
                    file = saved;
                }
            });
        }
        return t;
    }

    private Type typInternal(Node.Expr e) {
        switch (e) {
            case Node.Ident id -> {
                Operand x = new Operand();
                ident(x, id, true);
                return switch (x.mode) {
                    case TYPEXPR -> x.type;
                    case INVALID -> Types.INVALID;
                    case NOVALUE -> {
                        error(e, os(x) + " used as type");
                        yield Types.INVALID;
                    }
                    default -> {
                        error(e, os(x) + " is not a type");
                        yield Types.INVALID;
                    }
                };
            }
            case Node.Selector sel -> {
                Operand x = new Operand();
                selector(x, sel, true);
                if (x.mode == Mode.TYPEXPR) {
                    return x.type;
                }
                if (x.mode != Mode.INVALID) {
                    error(e, os(x) + " is not a type");
                }
                return Types.INVALID;
            }
            case Node.Paren p -> {
                return typExpr(p.x());
            }
            case Node.Index ix -> {
                return instantiatedType(ix, ix.x(), List.of(ix.index()));
            }
            case Node.IndexList il -> {
                return instantiatedType(il, il.x(), il.indices());
            }
            case Node.Star s -> {
                return new Type.Pointer(typExpr(s.x()));
            }
            case Node.ArrayType a -> {
                if (a.len() == null) {
                    return new Type.Slice(varType(a.elt()));
                }
                if (a.len() instanceof Node.Ellipsis) {
                    error(a.len(), "invalid use of [...] array (outside a composite literal)");
                    varType(a.elt());
                    return Types.INVALID;
                }
                long n = arrayLength(a.len());
                Type elt = varType(a.elt());
                return n < 0 ? Types.INVALID : new Type.Array(n, elt);
            }
            case Node.Ellipsis el -> {
                error(e, "invalid use of ...");
                return Types.INVALID;
            }
            case Node.MapType m -> {
                Type k = varType(m.key());
                Type v = varType(m.value());
                Node.File f = file;
                later.add(() -> {
                    Node.File sf = file;
                    file = f;
                    if (k != Types.INVALID && !comparable(k)) {
                        error(m.key(), "invalid map key type " + ts(k));
                    }
                    file = sf;
                });
                return new Type.Map(k, v);
            }
            case Node.ChanType c -> {
                Type.Dir d = switch (c.dir()) {
                    case BOTH -> Type.Dir.BOTH;
                    case SEND -> Type.Dir.SEND;
                    case RECV -> Type.Dir.RECV;
                };
                return new Type.Chan(d, varType(c.value()));
            }
            case Node.FuncType ft -> {
                Scope saved = scope;
                scope = new Scope(scope);
                Type.Signature s = signature(ft, null);
                scope = saved;
                return s;
            }
            case Node.StructType st -> {
                return structType(st);
            }
            case Node.InterfaceType it -> {
                return interfaceType(it);
            }
            default -> {
                Operand x = new Operand();
                rawExpr(x, e, null);
                if (x.mode != Mode.INVALID) {
                    error(e, ExprString.of(e) + " is not a type");
                }
                return Types.INVALID;
            }
        }
    }

    /** Actions run once every package-level declaration has been resolved (map key checks). */
    private final List<Runnable> later = new ArrayList<>();

    /** Runs the actions of later, including those they add. */
    private void runLater() {
        for (int i = 0; i < later.size(); i++) {
            later.get(i).run();
        }
        later.clear();
    }

    /** Spec "Array types": the length is a non-negative constant representable by int. */
    private long arrayLength(Node.Expr e) {
        if (e instanceof Node.Ident name) {
            Obj o = lookup(name.name());
            if (o == null) {
                error(name, "undefined: " + name.name());
                return -1;
            }
            if (!(o instanceof Obj.Const)) {
                error(name, "invalid array length " + name.name());
                return -1;
            }
        }
        Operand x = new Operand();
        expr(x, e);
        if (x.mode != Mode.CONSTANT) {
            if (x.mode != Mode.INVALID) {
                error(e, "array length " + os(x) + " must be constant");
            }
            return -1;
        }
        if (Types.isUntyped(x.type) || allInteger(x.type)) {
            BigInteger v = Constants.toInt(x.val);
            if (v != null && v.bitLength() < 64) {
                if (v.signum() >= 0) {
                    if (Types.isUntyped(x.type)) {
                        updateExprType(x.expr, Types.basic(Type.Kind.INT), true);
                    }
                    return v.longValue();
                }
                error(e, "invalid array length " + os(x));
                return -1;
            }
        }
        error(e, "array length " + os(x) + " must be integer");
        return -1;
    }

    /** Spec "Function types": parameter and result names are unique within a signature. */
    private void declareParam(Map<String, Integer> names, Node.Ident id) {
        if (id.name().equals("_")) {
            return;
        }
        Integer prev = names.putIfAbsent(id.name(), id.pos());
        if (prev != null) {
            error(id, id.name() + " redeclared in this block\n\t" + posString(prev) + ": other declaration of " + id.name());
        }
    }

    Type.Signature signature(Node.FuncType ft, Obj.Var recv) {
        Map<String, Integer> paramNames = new HashMap<>();
        if (recv != null && !recv.name().isEmpty()) {
            paramNames.put(recv.name(), recv.pos);
        }
        List<Obj.Var> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params().size(); i++) {
            Node.Field f = ft.params().get(i);
            Node.Expr te = f.type();
            Type t;
            if (te instanceof Node.Ellipsis el) {
                if (i != ft.params().size() - 1 || f.names().size() > 1) {
                    error(el, "can only use ... with final parameter in list");
                    t = new Type.Slice(varType(el.elt()));
                } else {
                    variadic = true;
                    t = new Type.Slice(varType(el.elt()));
                    recordType(te, Mode.TYPEXPR, t, null);
                }
            } else {
                t = varType(te);
            }
            if (f.names().isEmpty()) {
                params.add(new Obj.Var("", t, pkg, f.pos(), false));
            } else {
                for (Node.Ident id : f.names()) {
                    Obj.Var v = new Obj.Var(id.name(), t, pkg, id.pos(), false);
                    info.defs.put(id, v);
                    declareParam(paramNames, id);
                    params.add(v);
                }
            }
        }
        List<Obj.Var> results = new ArrayList<>();
        for (Node.Field f : ft.results()) {
            Type t = varType(f.type());
            if (f.type() instanceof Node.Ellipsis) {
                t = Types.INVALID;
            }
            if (f.names().isEmpty()) {
                results.add(new Obj.Var("", t, pkg, f.pos(), false));
            } else {
                for (Node.Ident id : f.names()) {
                    Obj.Var v = new Obj.Var(id.name(), t, pkg, id.pos(), false);
                    v.reassigned = true; // by return, and read by deferred calls after it
                    info.defs.put(id, v);
                    declareParam(paramNames, id);
                    results.add(v);
                }
            }
        }
        return new Type.Signature(recv, new Type.Tuple(params), new Type.Tuple(results), variadic);
    }

    private Type structType(Node.StructType st) {
        List<Type.Field> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node.Field f : st.fields()) {
            Type t = varType(f.type());
            String tag = f.tag() == null ? null : (String) Literals.value(Token.STRING, f.tag().text());
            if (f.names().isEmpty()) {
                // embedded field: T, *T, pkg.T, *pkg.T
                Node.Expr te = f.type();
                boolean ptr = false;
                if (te instanceof Node.Star s) {
                    te = s.x();
                    ptr = true;
                }
                if (te instanceof Node.Index ix) {
                    te = ix.x(); // an instance of a generic type: the field is named by the type's name
                } else if (te instanceof Node.IndexList il) {
                    te = il.x();
                }
                String name = te instanceof Node.Ident id ? id.name()
                        : te instanceof Node.Selector sel ? sel.sel().name() : "?";
                Type base = ptr && t instanceof Type.Pointer p ? p.elem() : t;
                boolean embPtr = ptr;
                Node.Expr at = f.type();
                Node.File inFile = file;
                // checked once every declaration is resolved: base may be a type being declared
                later.add(() -> {
                    if (base == Types.INVALID) {
                        return;
                    }
                    Node.File saved = file;
                    file = inFile;
                    Type u = base.underlying();
                    if (u instanceof Type.Pointer) {
                        error(at, "embedded field type cannot be a pointer");
                    } else if (embPtr && u instanceof Type.Interface) {
                        error(at, "embedded field type cannot be a pointer to an interface");
                    } else if (u.equals(Types.basic(Type.Kind.UNSAFE_POINTER))) {
                        error(at, "embedded field type cannot be unsafe.Pointer");
                    }
                    file = saved;
                });
                addField(fields, seen, name, t, true, tag, f.type());
            } else {
                for (Node.Ident id : f.names()) {
                    addField(fields, seen, id.name(), t, false, tag, id);
                    Obj.Var fv = new Obj.Var(id.name(), t, pkg, id.pos(), false);
                    info.defs.put(id, fv);
                }
            }
        }
        return new Type.Struct(List.copyOf(fields));
    }

    private void addField(List<Type.Field> fields, Map<String, Integer> seen, String name, Type t,
                          boolean embedded, String tag, Node at) {
        if (!name.equals("_") && seen.containsKey(name)) {
            error(at, name + " redeclared\n\t" + posString(seen.get(name)) + ": other declaration of " + name);
            return; // as types2, the duplicate is not a field
        }
        seen.put(name, at.pos());
        fields.add(new Type.Field(name, t, embedded, tag, pkg));
    }

    private Type interfaceType(Node.InterfaceType it) {
        List<Obj.Func> methods = new ArrayList<>();
        List<Type> embedded = new ArrayList<>();
        Type.Interface iface = new Type.Interface(methods, embedded);
        Set<String> names = new HashSet<>();
        for (Node.Field f : it.methods()) {
            if (f.names().isEmpty()) {
                if (f.type() instanceof Node.Binary b && b.op() == Token.OR
                        || f.type() instanceof Node.Unary u && u.op() == Token.TILDE) {
                    embedded.add(unionType(f.type())); // a constraint's union of terms
                    continue;
                }
                Type t = typExpr(f.type());
                if (t instanceof Type.Named en && !en.resolved()) {
                    typeCycle(en); // interface I { J } while J is being declared
                    continue;
                }
                if (t instanceof Type.TypeParam) {
                    error(f.type(), "term cannot be a type parameter");
                    continue;
                }
                if (t.underlying() == Types.INVALID) {
                    continue; // reported before
                }
                embedded.add(t); // an interface, or a type term of a constraint
                continue;
            }
            Node.Ident id = f.names().get(0);
            Scope saved = scope;
            scope = new Scope(scope);
            Obj.Var recv = new Obj.Var("", iface, pkg, -1, false);
            Type.Signature sig = signature((Node.FuncType) f.type(), recv);
            scope = saved;
            recordType(f.type(), Mode.TYPEXPR, sig, null);
            if (id.name().equals("_")) {
                error(id, "methods must have a unique non-blank name");
                continue;
            }
            if (!names.add(id.name())) {
                error(id, "duplicate method " + id.name());
                continue;
            }
            Obj.Func m = new Obj.Func(id.name(), sig, pkg, id.pos(), null);
            info.defs.put(id, m);
            methods.add(m);
        }
        return iface;
    }

    // ------------------------------------------------------------------ recording

    private static Info.Mode infoMode(Mode m) {
        return switch (m) {
            case TYPEXPR -> Info.Mode.TYPE;
            case CONSTANT -> Info.Mode.CONSTANT;
            case VARIABLE -> Info.Mode.VARIABLE;
            case MAPINDEX -> Info.Mode.MAPINDEX;
            case COMMAOK -> Info.Mode.VALUE; // COMMAOK only where both results are used (recordCommaOk)
            case NOVALUE -> Info.Mode.NOVALUE;
            case BUILTIN -> Info.Mode.BUILTIN;
            default -> Info.Mode.VALUE;
        };
    }

    void recordType(Node.Expr e, Mode m, Type t, Object val) {
        if (e == null || m == Mode.INVALID) {
            return;
        }
        info.types.put(e, new Info.TypeAndValue(infoMode(m), t, val == null ? null : new Obj.Value(Constants.exported(val))));
    }

    /** Untyped constant left operands of non-constant shifts, with their shift: their final type must be integer. */
    private final Map<Node.Expr, Node.Expr> shiftLhs = new IdentityHashMap<>();

    /**
     * Gives an untyped expression (and the untyped operands it was computed from) its final
     * type, as go/types' updateExprType does.
     */
    void updateExprType(Node.Expr e, Type t, boolean fin) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv == null || !Types.isUntyped(tv.type())) {
            return;
        }
        switch (e) {
            case Node.Paren p -> updateExprType(p.x(), t, fin);
            case Node.Unary u -> {
                if (u.op() != Token.ARROW && u.op() != Token.AND && tv.value() == null) {
                    updateExprType(u.x(), t, fin);
                }
            }
            case Node.Binary b -> {
                if (tv.value() == null) {
                    if (isComparison(b.op())) {
                        // the operands keep their types
                    } else if (b.op() == Token.SHL || b.op() == Token.SHR) {
                        updateExprType(b.x(), t, fin);
                    } else {
                        updateExprType(b.x(), t, fin);
                        updateExprType(b.y(), t, fin);
                    }
                }
            }
            default -> { }
        }
        if (!fin && Types.isUntyped(t)) {
            info.types.put(e, new Info.TypeAndValue(tv.mode(), t, tv.value()));
            return;
        }
        Node.Expr parent = shiftLhs.remove(e);
        if (parent != null) {
            Type.Kind k = Types.kindOf(t);
            if (k == null || !k.isInteger()) {
                error(e, "invalid operation: " + ExprString.of(parent) + " (shift of type " + ts(t) + ")");
                return;
            }
        }
        Obj.Value v = tv.value();
        if (v != null && t.underlying() instanceof Type.Basic bt && !bt.kind().isUntyped()) {
            // a constant must be representable by its final type
            Operand c = new Operand();
            c.mode = Mode.CONSTANT;
            c.expr = e;
            c.type = tv.type();
            c.val = Constants.internal(v.v());
            String code = implicitTypeNoRecord(c, t);
            if (code != null) {
                String msg = switch (code) {
                    case "truncated" -> os(c) + " truncated to " + ts(t.underlying());
                    case "overflows" -> os(c) + " overflows " + ts(t.underlying());
                    default -> "cannot convert " + os(c) + " to " + ts(t.underlying());
                };
                error(e, msg);
                return;
            }
            v = new Obj.Value(Constants.exported(c.val));
        }
        if (tv.type() == Types.UNTYPED_NIL && !(t.underlying() instanceof Type.Basic)) {
            info.types.put(e, new Info.TypeAndValue(tv.mode(), t, null));
            return;
        }
        info.types.put(e, new Info.TypeAndValue(tv.mode(), t, v));
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ expressions

    /** Evaluates e to a single value. */
    void expr(Operand x, Node.Expr e) {
        rawExpr(x, e, null);
        exclude(x);
        singleValue(x);
    }

    void exprWithHint(Operand x, Node.Expr e, Type hint) {
        rawExpr(x, e, hint);
        exclude(x);
        singleValue(x);
    }

    /** Evaluates e, which may be a type or a value. */
    void exprOrType(Operand x, Node.Expr e) {
        exprOrType(x, e, false);
    }

    /** Evaluates e, which may be a type or a value, and with allowGeneric a generic function or type. */
    void exprOrType(Operand x, Node.Expr e, boolean allowGeneric) {
        rawExpr(x, e, null, allowGeneric);
        if (x.mode == Mode.NOVALUE) {
            error(x.expr, os(x) + " used as value or type");
            x.mode = Mode.INVALID;
        }
        singleValue(x);
    }

    /** Evaluates e, which may be multi-valued (a call), for assignment and argument lists. */
    void multiExpr(Operand x, Node.Expr e) {
        rawExpr(x, e, null);
        exclude(x);
    }

    private void exclude(Operand x) {
        String msg = switch (x.mode) {
            case NOVALUE -> "%s used as value";
            case BUILTIN -> "%s must be called";
            case TYPEXPR -> "%s is not an expression";
            default -> null;
        };
        if (msg != null) {
            error(x.expr, msg.replace("%s", os(x)));
            x.mode = Mode.INVALID;
        }
    }

    private void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Type.Tuple t) {
            error(x.expr, "multiple-value " + os(x) + " in single-value context");
            x.mode = Mode.INVALID;
        }
    }

    void rawExpr(Operand x, Node.Expr e, Type hint) {
        rawExpr(x, e, hint, false);
    }

    void rawExpr(Operand x, Node.Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        if (x.mode == Mode.INVALID) {
            x.expr = e;
            return;
        }
        x.expr = e;
        if (!allowGeneric) {
            nonGeneric(x);
            if (x.mode == Mode.INVALID) {
                return;
            }
        }
        recordType(e, x.mode, x.type, x.mode == Mode.CONSTANT ? x.val : null);
    }

    private void invalid(Operand x, Node.Expr e) {
        x.mode = Mode.INVALID;
        x.expr = e;
    }

    private void exprInternal(Operand x, Node.Expr e, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Types.INVALID;
        x.val = null;
        x.expr = e;
        switch (e) {
            case Node.Ident id -> ident(x, id, false);
            case Node.BasicLit lit -> {
                Object v = Literals.value(lit.kind(), lit.text());
                if (v == null) {
                    error(e, "malformed constant: " + lit.text());
                    return;
                }
                Type.Kind k = switch (lit.kind()) {
                    case INT -> Type.Kind.UNTYPED_INT;
                    case FLOAT -> Type.Kind.UNTYPED_FLOAT;
                    case IMAG -> Type.Kind.UNTYPED_COMPLEX;
                    case CHAR -> Type.Kind.UNTYPED_RUNE;
                    default -> Type.Kind.UNTYPED_STRING;
                };
                x.mode = Mode.CONSTANT;
                x.type = Types.basic(k);
                x.val = lit.kind() == Token.IMAG ? new Constants.Cx(BigInteger.ZERO, Constants.asFloat(v)) : v;
            }
            case Node.FuncLit fl -> funcLit(x, fl);
            case Node.CompositeLit cl -> compositeLit(x, cl, hint);
            case Node.Paren p -> {
                rawExpr(x, p.x(), hint);
                x.expr = e;
            }
            case Node.Selector sel -> selector(x, sel, false);
            case Node.Index ix -> indexExpr(x, ix);
            case Node.IndexList il -> {
                // several type arguments: an instance of a generic function or type
                exprOrType(x, il.x(), true);
                if (x.mode == Mode.TYPEXPR) {
                    Type t = varType(il);
                    x.mode = t == Types.INVALID ? Mode.INVALID : Mode.TYPEXPR;
                    x.type = t;
                    return;
                }
                if (x.mode != Mode.INVALID && x.type instanceof Type.Signature sig && !sig.typeParams().isEmpty()) {
                    funcInst(x, il);
                    return;
                }
                if (x.mode != Mode.INVALID) {
                    error(il.indices().get(1), "invalid operation: more than one index");
                }
                il.indices().forEach(this::use);
                invalid(x, e);
            }
            case Node.SliceExpr se -> sliceExpr(x, se);
            case Node.TypeAssert ta -> {
                expr(x, ta.x());
                if (x.mode == Mode.INVALID) {
                    return;
                }
                if (ta.type() == null) {
                    error(e, "invalid syntax tree: use of .(type) outside type switch");
                    invalid(x, e);
                    return;
                }
                if (x.type instanceof Type.TypeParam) {
                    error(ta.x(), "invalid operation: cannot use type assertion on type parameter value " + os(x));
                    invalid(x, e);
                    return;
                }
                if (!(x.type.underlying() instanceof Type.Interface)) {
                    error(ta.x(), "invalid operation: " + ExprString.of(ta.x()) + " (" + os(x).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "") + ") is not an interface");
                    invalid(x, e);
                    return;
                }
                Type t = varType(ta.type());
                if (t == Types.INVALID) {
                    invalid(x, e);
                    return;
                }
                typeAssertion(ta, x, t, false);
                x.mode = Mode.COMMAOK;
                x.type = t;
            }
            case Node.Call call -> callExpr(x, call);
            case Node.Star s -> {
                exprOrType(x, s.x());
                switch (x.mode) {
                    case INVALID -> { }
                    case TYPEXPR -> x.type = new Type.Pointer(x.type);
                    default -> {
                        if (x.type == Types.UNTYPED_NIL) {
                            error(x.expr, "invalid operation: cannot indirect nil");
                            invalid(x, e);
                        } else if (x.type.underlying() instanceof Type.Pointer p) {
                            x.mode = Mode.VARIABLE;
                            x.type = p.elem();
                        } else if (x.type instanceof Type.TypeParam tp) {
                            // every type in the type set a pointer to one base type
                            Type[] base = {null};
                            String[] why = {null};
                            boolean ok = underIs(tp, u -> {
                                if (!(u instanceof Type.Pointer p)) {
                                    why[0] = "invalid operation: cannot indirect " + os(x);
                                    return false;
                                }
                                if (base[0] != null && !Types.identical(p.elem(), base[0])) {
                                    why[0] = "invalid operation: pointers of " + os(x) + " must have identical base types";
                                    return false;
                                }
                                base[0] = p.elem();
                                return true;
                            });
                            if (ok) {
                                x.mode = Mode.VARIABLE;
                                x.type = base[0];
                            } else {
                                error(x.expr, why[0]);
                                invalid(x, e);
                            }
                        } else {
                            error(x.expr, "invalid operation: cannot indirect " + os(x));
                            invalid(x, e);
                        }
                    }
                }
            }
            case Node.Unary u -> unary(x, u);
            case Node.Binary b -> binary(x, b, b.x(), b.y(), b.op(), b.opPos());
            case Node.KeyValue kv -> {
                error(e, "invalid syntax tree: no key:value expected");
            }
            case Node.ArrayType a -> typeOperand(x, e);
            case Node.StructType a -> typeOperand(x, e);
            case Node.FuncType a -> typeOperand(x, e);
            case Node.InterfaceType a -> typeOperand(x, e);
            case Node.MapType a -> typeOperand(x, e);
            case Node.ChanType a -> typeOperand(x, e);
            case Node.Ellipsis el -> error(e, "invalid use of ...");
        }
    }

    private void typeOperand(Operand x, Node.Expr e) {
        Type t = typInternal(e);
        x.mode = t == Types.INVALID ? Mode.INVALID : Mode.TYPEXPR;
        x.type = t;
    }

    /** Records a use of a package-level object as a dependency of the declaration being checked. */
    private void addDep(Obj o) {
        if (decl != null && objMap.containsKey(o)) {
            decl.deps.add(o);
        }
    }

    /** Marks a local variable referenced from a closure as captured (spec "Function literals"). */
    private void noteVarRef(Obj.Var v) {
        if (v.global || v.owner == null || fn == null) {
            return;
        }
        for (FuncCtx f = fn; f != null && f.node != v.owner; f = f.outer) {
            v.captured = true;
            if (!f.captures.contains(v)) {
                f.captures.add(v);
            }
        }
    }

    void ident(Operand x, Node.Ident id, boolean wantType) {
        x.mode = Mode.INVALID;
        x.type = Types.INVALID;
        x.expr = id;
        String name = id.name();
        if (name.equals("_")) {
            error(id, "cannot use _ as value");
            return;
        }
        Obj o = lookup(name);
        if (o == null) {
            error(id, "undefined: " + name);
            return;
        }
        info.uses.put(id, o);
        noteDotImport(o, id);
        if (o.type() == null || o instanceof Obj.TypeName || o instanceof Obj.Const || o instanceof Obj.Var) {
            objDecl(o);
        }
        switch (o) {
            case Obj.Pkg p -> {
                error(id, "use of package " + id.name() + " not in selector");
            }
            case Obj.Const c -> {
                addDep(c);
                if (c == Universe.IOTA) {
                    if (iota == null) {
                        error(id, "cannot use iota outside constant declaration");
                        return;
                    }
                    x.val = iota;
                } else {
                    if (c.type() == null || c.type() == Types.INVALID || c.value == null) {
                        return;
                    }
                    x.val = exactValues.getOrDefault(c, Constants.internal(c.value.v()));
                }
                x.mode = Mode.CONSTANT;
                x.type = c.type();
            }
            case Obj.TypeName tn -> {
                if (tn.type() == null && localAliases.contains(tn)) {
                    cycleError(List.of(tn), true); // type T = T inside a function
                    tn.setType(Types.INVALID);
                }
                if (tn.type() == null || tn.type() == Types.INVALID) {
                    return;
                }
                x.mode = Mode.TYPEXPR;
                x.type = tn.type();
            }
            case Obj.Var v -> {
                if (v.pkg() == pkg) {
                    v.used = true;
                }
                addDep(v);
                noteVarRef(v);
                if (v.type() == null || v.type() == Types.INVALID) {
                    return;
                }
                x.mode = Mode.VARIABLE;
                x.type = v.type();
            }
            case Obj.Func f -> {
                addDep(f);
                if (f.type() == null) {
                    objDecl(f);
                }
                if (f.type() == null) {
                    if (wantType) {
                        x.mode = Mode.VALUE; // reported as "not a type"
                    }
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = f.type();
            }
            case Obj.Builtin b -> {
                x.mode = Mode.BUILTIN;
                x.builtin = b.name();
                x.type = Types.INVALID;
            }
            case Obj.Nil n -> {
                x.mode = Mode.VALUE;
                x.type = Types.UNTYPED_NIL;
            }
            case Obj.Label l -> error(id, "undefined: " + name);
        }
    }

    private void noteDotImport(Obj o, Node.Ident id) {
        if (dotImports.isEmpty() || o.pkg() == pkg || o.pkg() == null) {
            return;
        }
        Node.ImportSpec is = dotImports.get(fileScopes.get(file));
        if (is != null && fileScopes.get(file).lookup(id.name()) == o) {
            usedDot.add(is);
        }
    }

    // ------------------------------------------------------------------ unary and binary

    /**
     * Whether t's underlying type is basic and its kind satisfies p; for a type parameter,
     * whether that holds for every type of its type set (which must have specific types).
     */
    private static boolean allBasic(Type t, java.util.function.Predicate<Type.Kind> p) {
        if (t instanceof Type.TypeParam tp) {
            return termsAll(tp, x -> {
                Type.Kind k = Types.kindOf(x);
                return k != null && p.test(k);
            });
        }
        Type.Kind k = Types.kindOf(t);
        return k != null && p.test(k);
    }

    private static boolean allNumeric(Type t) {
        return allBasic(t, Type.Kind::isNumeric);
    }

    private static boolean allInteger(Type t) {
        return allBasic(t, Type.Kind::isInteger);
    }

    private static boolean allString(Type t) {
        return allBasic(t, Type.Kind::isString);
    }

    private static boolean allBoolean(Type t) {
        return allBasic(t, Type.Kind::isBoolean);
    }

    private static boolean allOrdered(Type t) {
        return allBasic(t, k -> k.isInteger() || k.isFloat() || k.isString());
    }

    private static boolean allNumericOrString(Type t) {
        return allBasic(t, k -> k.isNumeric() || k.isString());
    }

    private static boolean isUnsigned(Type t) {
        Type.Kind k = Types.kindOf(t);
        return k != null && k.isUnsigned();
    }

    /** Spec "Operators": whether op applies to x's type; reports if not. */
    private boolean opOk(Operand x, Token op, boolean unary) {
        boolean ok = switch (op) {
            case ADD -> unary ? allNumeric(x.type) : allNumericOrString(x.type);
            case SUB, MUL, QUO -> allNumeric(x.type);
            case REM, AND, OR, AND_NOT -> allInteger(x.type);
            case XOR -> allInteger(x.type);
            case LAND, LOR, NOT -> allBoolean(x.type);
            default -> true;
        };
        if (!ok) {
            error(x.expr, "invalid operation: operator " + op.text + " not defined on " + os(x));
        }
        return ok;
    }

    private void unary(Operand x, Node.Unary u) {
        if (u.op() == Token.AND) {
            Node.Expr inner = u.x();
            while (inner instanceof Node.Paren p) {
                inner = p.x();
            }
            rawExpr(x, u.x(), null);
            exclude(x);
            singleValue(x);
            if (x.mode == Mode.INVALID) {
                return;
            }
            if (!(inner instanceof Node.CompositeLit) && x.mode != Mode.VARIABLE) {
                error(x.expr, "invalid operation: cannot take address of " + os(x));
                invalid(x, u);
                return;
            }
            markAddressed(u.x());
            x.mode = Mode.VALUE;
            x.type = new Type.Pointer(x.type);
            return;
        }
        expr(x, u.x());
        if (x.mode == Mode.INVALID) {
            return;
        }
        if (u.op() == Token.ARROW) {
            if (x.type instanceof Type.TypeParam && coreType(x.type) == null) {
                error(x.expr, "invalid operation: cannot receive from " + os(x) + ": no core type");
                invalid(x, u);
                return;
            }
            if (!(coreType(x.type) instanceof Type.Chan ch)) {
                error(x.expr, "invalid operation: cannot receive from non-channel " + os(x));
                invalid(x, u);
                return;
            }
            if (ch.dir() == Type.Dir.SEND) {
                error(x.expr, "invalid operation: cannot receive from send-only channel " + os(x));
                invalid(x, u);
                return;
            }
            x.mode = Mode.COMMAOK;
            x.type = ch.elem();
            x.val = null;
            hasCallOrRecv = true;
            return;
        }
        if (!opOk(x, u.op(), true)) {
            invalid(x, u);
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            int bits = isUnsigned(x.type) ? Constants.bits(Types.kindOf(x.type)) : 0;
            x.val = Constants.unary(u.op(), x.val, bits);
            x.expr = u;
            overflow(x, u.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** Marks the variable at the root of an addressed expression ({@code &x}, {@code &x.f}, {@code &a[i]}). */
    void markAddressed(Node.Expr e) {
        while (true) {
            switch (e) {
                case Node.Paren p -> e = p.x();
                case Node.Selector s -> {
                    Info.Selection sel = info.selections.get(s);
                    if (sel == null || sel.indirect() || s.x() instanceof Node.Ident id && info.uses.get(id) instanceof Obj.Var v && v.type() != null && v.type().underlying() instanceof Type.Pointer) {
                        return;
                    }
                    e = s.x();
                }
                case Node.Index ix -> {
                    Info.TypeAndValue tv = info.types.get(ix.x());
                    if (tv == null || !(tv.type().underlying() instanceof Type.Array)) {
                        return;
                    }
                    e = ix.x();
                }
                case Node.Ident id -> {
                    if (info.uses.get(id) instanceof Obj.Var v) {
                        v.addressed = true;
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** Reports a typed constant that its type cannot represent, or an untyped one too large. */
    private void overflow(Operand x, int opPos) {
        if (!Types.isUntyped(x.type)) {
            if (x.type.underlying() instanceof Type.Basic b) {
                representable(x, b);
            }
            return;
        }
        if (x.val instanceof BigInteger i && i.abs().bitLength() > 512) {
            error(opPos, "constant " + opName(x.expr) + " overflow");
            x.mode = Mode.INVALID;
        }
        // untyped floats: Go's exponents are 32-bit binary ones (about 6.46e8 decimal digits)
        if (x.val instanceof BigDecimal d && d.signum() != 0 && (long) d.precision() - d.scale() > 646_456_993L) {
            error(opPos, "constant result is not representable");
            x.mode = Mode.INVALID;
        }
    }

    private static String opName(Node.Expr e) {
        if (e instanceof Node.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case XOR -> "bitwise XOR";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "";
            };
        }
        if (e instanceof Node.Unary u) {
            return switch (u.op()) {
                case SUB -> "negation";
                case XOR -> "bitwise complement";
                default -> "";
            };
        }
        return "";
    }

    /** Converts x's constant value to basic type t, reporting if it is not representable. */
    private void representable(Operand x, Type.Basic t) {
        Constants.Rep r = Constants.representable(x.val, t.kind());
        if (r.value() == null) {
            String msg;
            if (Constants.isFloat(x.val) && t.kind().isInteger()
                    && "truncated".equals(r.reason())) {
                msg = os(x) + " truncated to " + ts(t);
            } else if ("overflows".equals(r.reason())) {
                msg = os(x) + " overflows " + ts(t);
            } else {
                msg = "cannot convert " + os(x) + " to " + ts(t);
            }
            error(x.expr, msg);
            x.mode = Mode.INVALID;
            return;
        }
        x.val = r.value();
    }

    private void binary(Operand x, Node.Expr e, Node.Expr lhs, Node.Expr rhs, Token op, int opPos) {
        Operand y = new Operand();
        expr(x, lhs);
        expr(y, rhs);
        if (x.mode == Mode.INVALID) {
            return;
        }
        if (y.mode == Mode.INVALID) {
            invalid(x, e);
            return;
        }
        if (op == Token.SHL || op == Token.SHR) {
            shift(x, y, e, op);
            return;
        }
        matchTypes(x, y);
        if (x.mode == Mode.INVALID) {
            return;
        }
        if (isComparison(op)) {
            comparison(x, y, op, false, e);
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (x.type != Types.INVALID && y.type != Types.INVALID) {
                String what = e != null ? ExprString.of(e)
                        : ExprString.of(lhs) + " " + op.text + "= " + ExprString.of(rhs); // x op= y
                error(x.expr, "invalid operation: " + what + " (mismatched types " + ts(x.type) + " and " + ts(y.type) + ")");
            }
            invalid(x, e);
            return;
        }
        if (!opOk(x, op, false)) {
            invalid(x, e);
            return;
        }
        if (op == Token.QUO || op == Token.REM) {
            if ((x.mode == Mode.CONSTANT || allInteger(x.type)) && y.mode == Mode.CONSTANT && Constants.isZero(y.val)) {
                error(y.expr, "invalid operation: division by zero");
                invalid(x, e);
                return;
            }
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            boolean intDiv = allInteger(x.type);
            Object xv = x.val;
            Object yv = y.val;
            if (intDiv) {
                xv = Constants.toInt(xv);
                yv = Constants.toInt(yv);
            }
            Object r;
            try {
                r = Constants.binary(xv, op, yv, intDiv);
            } catch (ArithmeticException tooBig) {
                // beyond any exponent a constant can hold
                error(opPos, "constant result is not representable");
                invalid(x, e);
                return;
            }
            if (r == null) {
                error(x.expr, "invalid operation: operator " + op.text + " not defined on " + os(x));
                invalid(x, e);
                return;
            }
            x.val = r;
            x.expr = e;
            overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    private boolean mayConvert(Operand x, Operand y) {
        if (!Types.isUntyped(x.type) && !Types.isUntyped(y.type)) {
            return false;
        }
        if (allBoolean(x.type) != allBoolean(y.type)) {
            return false;
        }
        if (allString(x.type) != allString(y.type)) {
            return false;
        }
        if (x.type == Types.UNTYPED_NIL) {
            return hasNil(y.type);
        }
        if (y.type == Types.UNTYPED_NIL) {
            return hasNil(x.type);
        }
        return !(x.type.underlying() instanceof Type.Pointer) && !(y.type.underlying() instanceof Type.Pointer);
    }

    private void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            convertUntyped(x, y.type);
            if (x.mode == Mode.INVALID) {
                return;
            }
            convertUntyped(y, x.type);
            if (y.mode == Mode.INVALID) {
                x.mode = Mode.INVALID;
            }
        }
    }

    static boolean hasNil(Type t) {
        if (t instanceof Type.TypeParam tp) {
            return underIs(tp, u -> u != null && hasNil(u));
        }
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.Map
                || u instanceof Type.Chan || u instanceof Type.Signature || u instanceof Type.Interface
                || (u instanceof Type.Basic b && b.kind() == Type.Kind.UNSAFE_POINTER);
    }

    private String kindString(Type t) {
        return switch (t.underlying()) {
            case Type.Slice s -> "slice";
            case Type.Signature s -> "func";
            case Type.Map m -> "map";
            default -> ts(t);
        };
    }

    private String incomparableCause(Type t) {
        if (t instanceof Type.TypeParam tp) {
            return tp.iface().typeSet().isEmpty() ? "empty type set" : "incomparable types in type set";
        }
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Signature || u instanceof Type.Map) {
            return kindString(t) + " can only be compared to nil";
        }
        String[] cause = {""};
        comparableWhy(t, cause);
        return cause[0];
    }

    private boolean comparableWhy(Type t, String[] cause) {
        switch (t.underlying()) {
            case Type.Struct s -> {
                for (Type.Field f : s.fields()) {
                    if (!comparable(f.type())) {
                        cause[0] = "struct containing " + ts(f.type()) + " cannot be compared";
                        return false;
                    }
                }
                return true;
            }
            case Type.Array a -> {
                if (!comparable(a.elem())) {
                    cause[0] = ts(t) + " cannot be compared";
                    return false;
                }
                return true;
            }
            default -> {
                return comparable(t);
            }
        }
    }

    /** Spec "Comparison operators": whether values of type t are comparable. */
    static boolean comparable(Type t) {
        return comparable(t, new HashSet<>());
    }

    private static boolean comparable(Type t, Set<Type> seen) {
        if (t instanceof Type.Named n && !seen.add(n)) {
            return true;
        }
        if (t instanceof Type.TypeParam tp) {
            return typeSetComparable(tp.iface().typeSet());
        }
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() != Type.Kind.UNTYPED_NIL;
            case Type.Pointer p -> true;
            case Type.Chan c -> true;
            case Type.Interface i -> true;
            case Type.Struct s -> s.fields().stream().allMatch(f -> comparable(f.type(), seen));
            case Type.Array a -> comparable(a.elem(), seen);
            default -> false;
        };
    }

    private void comparison(Operand x, Operand y, Token op, boolean switchCase, Node.Expr e) {
        Operand errOp = x;
        String cause = "";
        boolean ok = assignableTo(x, y.type, null) || assignableTo(y, x.type, null);
        if (!ok) {
            errOp = y; // the compiler reports a mismatch at the second operand
            cause = "mismatched types " + ts(x.type) + " and " + ts(y.type);
        } else if (op == Token.EQL || op == Token.NEQ) {
            if (x.type == Types.UNTYPED_NIL || y.type == Types.UNTYPED_NIL) {
                Type typ = x.type == Types.UNTYPED_NIL ? y.type : x.type;
                if (!hasNil(typ)) {
                    errOp = y;
                    ok = false;
                }
            } else if (!comparable(x.type)) {
                errOp = x;
                cause = incomparableCause(x.type);
                ok = false;
            } else if (!comparable(y.type)) {
                errOp = y;
                cause = incomparableCause(y.type);
                ok = false;
            }
        } else {
            if (!allOrdered(x.type)) {
                errOp = x;
                ok = false;
            } else if (!allOrdered(y.type)) {
                errOp = y;
                ok = false;
            }
        }
        if (!ok) {
            if (cause.isEmpty()) {
                if (isTypeParam(x.type) || isTypeParam(y.type)) {
                    if (!isTypeParam(x.type)) {
                        errOp = y;
                    }
                    cause = "type parameter " + ts(errOp.type) + " is not comparable with " + op.text;
                } else {
                    cause = "operator " + op.text + " not defined on " + kindString(errOp.type);
                }
            }
            if (switchCase) {
                error(x.expr, "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " (" + cause + ")");
            } else {
                error(errOp.expr, "invalid operation: " + ExprString.of(x.expr) + " " + op.text + " " + ExprString.of(y.expr) + " (" + cause + ")");
            }
            invalid(x, e);
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            x.val = Constants.compare(x.val, op, y.val);
        } else {
            x.mode = Mode.VALUE;
            x.val = null;
            updateExprType(x.expr, Types.defaultType(x.type), true);
            updateExprType(y.expr, Types.defaultType(y.type), true);
        }
        x.type = Types.basic(Type.Kind.UNTYPED_BOOL);
        x.expr = e;
    }

    private void shift(Operand x, Operand y, Node.Expr e, Token op) {
        BigInteger xval = x.mode == Mode.CONSTANT ? Constants.toInt(x.val) : null;
        if (!(allInteger(x.type) || Types.isUntyped(x.type) && xval != null)) {
            error(x.expr, "invalid operation: shifted operand " + os(x) + " must be integer");
            invalid(x, e);
            return;
        }
        BigInteger yval = null;
        if (y.mode == Mode.CONSTANT) {
            yval = Constants.toInt(y.val);
            if (yval != null && yval.signum() < 0) {
                error(y.expr, "invalid operation: negative shift count " + os(y));
                invalid(x, e);
                return;
            }
            if (Types.isUntyped(y.type)) {
                representable(y, Types.basic(Type.Kind.UINT));
                if (y.mode == Mode.INVALID) {
                    invalid(x, e);
                    return;
                }
            }
        } else {
            if (allInteger(y.type)) {
                // ok
            } else if (Types.isUntyped(y.type)) {
                convertUntyped(y, Types.basic(Type.Kind.UINT));
                if (y.mode == Mode.INVALID) {
                    invalid(x, e);
                    return;
                }
            } else {
                error(y.expr, "invalid operation: shift count " + os(y) + " must be integer");
                invalid(x, e);
                return;
            }
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (Types.isUntyped(x.type)) {
                    BigInteger xi = Constants.toInt(x.val);
                    if (xi != null) {
                        x.type = Types.basic(Type.Kind.UNTYPED_INT);
                        x.val = xi;
                    }
                }
                if (yval == null || yval.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
                    error(y.expr, "invalid operation: invalid shift count " + os(y));
                    invalid(x, e);
                    return;
                }
                if (!allInteger(x.type)) {
                    error(x.expr, "invalid operation: shifted operand " + os(x) + " must be integer");
                    invalid(x, e);
                    return;
                }
                BigInteger xi = (BigInteger) x.val;
                int s = yval.intValue();
                x.val = op == Token.SHL ? xi.shiftLeft(s) : xi.shiftRight(s);
                x.expr = e;
                overflow(x, e instanceof Node.Binary b ? b.opPos() : e.pos());
                return;
            }
            if (Types.isUntyped(x.type)) {
                // the final type comes from context (spec "Operators": a non-constant shift)
                shiftLhs.put(x.expr, e);
                x.mode = Mode.VALUE;
                x.val = null;
                return;
            }
        }
        if (!allInteger(x.type)) {
            error(x.expr, "invalid operation: shifted operand " + os(x) + " must be integer");
            invalid(x, e);
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
    }

    // ------------------------------------------------------------------ untyped conversion

    /** Spec "Assignability" for untyped x to target; reports failures as Go's convertUntyped. */
    void convertUntyped(Operand x, Type target) {
        String code = implicitType(x, target);
        if (code != null) {
            Type t = target.underlying();
            String msg = switch (code) {
                case "truncated" -> os(x) + " truncated to " + ts(t);
                case "overflows" -> os(x) + " overflows " + ts(t);
                default -> "cannot convert " + os(x) + " to " + ts(t);
            };
            error(x.expr, msg);
            x.mode = Mode.INVALID;
        }
    }

    /**
     * go/types' implicitTypeAndValue: gives untyped x the type target implies; returns null,
     * or an error code ("truncated", "overflows", "" for an invalid conversion).
     */
    private String implicitType(Operand x, Type target) {
        if (x.mode == Mode.INVALID || !Types.isUntyped(x.type) || target == Types.INVALID
                || !(target instanceof Type.TypeParam) && target.underlying() == Types.INVALID) {
            return null;
        }
        if (Types.isUntyped(target)) {
            Type.Kind xk = ((Type.Basic) x.type).kind();
            Type.Kind tk = ((Type.Basic) target).kind();
            if (xk.isNumeric() && tk.isNumeric()) {
                if (xk.ordinal() < tk.ordinal()) {
                    x.type = target;
                    updateExprType(x.expr, target, false);
                }
                return null;
            }
            if (xk != tk) {
                return "";
            }
            return null;
        }
        if (target instanceof Type.TypeParam tp) {
            // representable by each specific type of the type set
            if (!underIs(tp, u -> u != null && untypedFits(x, u))) {
                return "";
            }
            if (x.type == Types.UNTYPED_NIL) {
                return null; // nil stays untyped
            }
            updateExprType(x.expr, target, true);
            x.type = target;
            return null;
        }
        Type u = target.underlying();
        switch (u) {
            case Type.Basic b -> {
                if (x.mode == Mode.CONSTANT) {
                    Constants.Rep r = Constants.representable(x.val, b.kind());
                    if (r.value() == null) {
                        if (Constants.isNumeric(x.val) && b.kind().isNumeric()) {
                            return r.reason().isEmpty() ? "" : r.reason();
                        }
                        return "";
                    }
                    x.val = r.value();
                } else {
                    Type.Kind xk = ((Type.Basic) x.type).kind();
                    boolean ok = switch (xk) {
                        case UNTYPED_BOOL -> b.kind().isBoolean();
                        case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> b.kind().isNumeric();
                        case UNTYPED_STRING -> b.kind().isString();
                        case UNTYPED_NIL -> b.kind() == Type.Kind.UNSAFE_POINTER;
                        default -> false;
                    };
                    if (!ok) {
                        return "";
                    }
                }
            }
            case Type.Interface i -> {
                if (x.type == Types.UNTYPED_NIL) {
                    updateExprType(x.expr, target, true);
                    return null;
                }
                if (!i.isEmpty()) {
                    return "";
                }
                target = Types.defaultType(x.type);
            }
            case Type.Pointer p -> {
                if (x.type != Types.UNTYPED_NIL) {
                    return "";
                }
            }
            case Type.Signature p -> {
                if (x.type != Types.UNTYPED_NIL) {
                    return "";
                }
            }
            case Type.Slice p -> {
                if (x.type != Types.UNTYPED_NIL) {
                    return "";
                }
            }
            case Type.Map p -> {
                if (x.type != Types.UNTYPED_NIL) {
                    return "";
                }
            }
            case Type.Chan p -> {
                if (x.type != Types.UNTYPED_NIL) {
                    return "";
                }
            }
            default -> {
                return "";
            }
        }
        updateExprType(x.expr, target, true);
        if (x.type == Types.UNTYPED_NIL) {
            return null; // nil stays untyped (Info records the type it takes)
        }
        x.type = target;
        if (x.mode == Mode.CONSTANT && x.expr != null) {
            Info.TypeAndValue tv = info.types.get(x.expr);
            if (tv != null) {
                info.types.put(x.expr, new Info.TypeAndValue(tv.mode(), target, new Obj.Value(Constants.exported(x.val))));
            }
        }
        return null;
    }

    /** Whether untyped x may take the (underlying) type u, without recording anything. */
    private boolean untypedFits(Operand x, Type u) {
        Type.Kind xk = ((Type.Basic) x.type).kind();
        return switch (u) {
            case Type.Basic b -> {
                if (x.mode == Mode.CONSTANT) {
                    yield Constants.representable(x.val, b.kind()).value() != null
                            && !(Constants.isNumeric(x.val) && b.kind().isString());
                }
                yield switch (xk) {
                    case UNTYPED_BOOL -> b.kind().isBoolean();
                    case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> b.kind().isNumeric();
                    case UNTYPED_STRING -> b.kind().isString();
                    case UNTYPED_NIL -> b.kind() == Type.Kind.UNSAFE_POINTER;
                    default -> false;
                };
            }
            case Type.Interface i -> x.type == Types.UNTYPED_NIL || i.isEmpty();
            case Type.Pointer p -> x.type == Types.UNTYPED_NIL;
            case Type.Signature p -> x.type == Types.UNTYPED_NIL;
            case Type.Slice p -> x.type == Types.UNTYPED_NIL;
            case Type.Map p -> x.type == Types.UNTYPED_NIL;
            case Type.Chan p -> x.type == Types.UNTYPED_NIL;
            default -> false;
        };
    }

    /** Whether constant c is representable by basic t, without recording anything: null, or the error code. */
    private String implicitTypeNoRecord(Operand c, Type t) {
        if (!(t.underlying() instanceof Type.Basic b)) {
            return null;
        }
        Constants.Rep r = Constants.representable(c.val, b.kind());
        if (r.value() == null) {
            return Constants.isNumeric(c.val) && b.kind().isNumeric() ? r.reason() : "";
        }
        c.val = r.value();
        return null;
    }

    // ------------------------------------------------------------------ assignability

    /**
     * Spec "Assignability": whether x can be assigned to a variable of type t; reason (if not
     * null) receives why not, when there is a reason to say.
     */
    boolean assignableTo(Operand x, Type t, String[] reason) {
        if (x.mode == Mode.INVALID || t.underlying() == Types.INVALID || x.type.underlying() == Types.INVALID) {
            return true; // an error was reported about the type (a cycle, an undefined name)
        }
        Type v = x.type;
        if (Types.identical(v, t)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.isUntyped(vu)) {
            Type.Kind vk = ((Type.Basic) vu).kind();
            if (t instanceof Type.TypeParam tp) {
                return termsAll(tp, term -> untypedFits(x, term.underlying()));
            }
            if (tu instanceof Type.Basic tb) {
                if (x.mode == Mode.CONSTANT) {
                    return Constants.representable(x.val, tb.kind()).value() != null;
                }
                if (vk == Type.Kind.UNTYPED_BOOL) {
                    return tb.kind().isBoolean();
                }
                if (vk == Type.Kind.UNTYPED_NIL) {
                    return tb.kind() == Type.Kind.UNSAFE_POINTER;
                }
                return vk.isNumeric() ? tb.kind().isNumeric() : vk.isString() && tb.kind().isString();
            }
            if (tu instanceof Type.Interface ti) {
                return vk == Type.Kind.UNTYPED_NIL || ti.isEmpty() || implementsWhy(Types.defaultType(v), t) == null;
            }
            return vk == Type.Kind.UNTYPED_NIL && hasNil(tu);
        }
        if (Types.identical(vu, tu) && (!hasName(v) || !hasName(t))) {
            return true;
        }
        if (tu instanceof Type.Pointer tp && tp.elem().underlying() instanceof Type.Interface) {
            if (reason != null) {
                reason[0] = ts(v) + " does not implement " + ts(t) + " (type " + ts(t) + " is pointer to interface, not interface)";
            }
            return false;
        }
        if (tu instanceof Type.Interface) {
            String why = implementsWhy(v, t);
            if (why != null) {
                if (reason != null) {
                    reason[0] = why;
                }
                return false;
            }
            return true;
        }
        if (vu instanceof Type.Interface vi) {
            if (missingMethod(t, vi, true) == null) {
                if (reason != null) {
                    reason[0] = "need type assertion";
                }
                return false;
            }
        }
        if (vu instanceof Type.Chan vc && vc.dir() == Type.Dir.BOTH && tu instanceof Type.Chan tc
                && Types.identical(vc.elem(), tc.elem())) {
            return !hasName(v) || !hasName(t);
        }
        // a value of an unnamed type to a type parameter: assignable to each type of its type set
        if (!hasName(v) && t instanceof Type.TypeParam tp) {
            Operand y = new Operand();
            y.set(x);
            return termsAll(tp, term -> {
                if (!assignableTo(y, term, null)) {
                    if (reason != null) {
                        reason[0] = "cannot assign " + ts(v) + " to " + ts(term) + " (in " + ts(t) + ")";
                    }
                    return false;
                }
                return true;
            });
        }
        // a value of type parameter type to an unnamed type: each type of its type set is assignable
        if (v instanceof Type.TypeParam vp && !hasName(t)) {
            Operand y = new Operand();
            y.set(x);
            return termsAll(vp, term -> {
                y.type = term;
                if (!assignableTo(y, t, null)) {
                    if (reason != null) {
                        reason[0] = "cannot assign " + ts(term) + " (in " + ts(v) + ") to " + ts(t);
                    }
                    return false;
                }
                return true;
            });
        }
        return false;
    }

    static boolean hasName(Type t) {
        return t instanceof Type.Basic || t instanceof Type.Named || t instanceof Type.TypeParam;
    }

    /** @return null if v implements interface t, or Go's explanation why not */
    String implementsWhy(Type v, Type t) {
        Type.Interface ti = (Type.Interface) t.underlying();
        if (ti.isEmpty()) {
            return null;
        }
        Obj.Func[] m = missingMethod(v, ti, true);
        if (m != null) {
            return ts(v) + " does not implement " + ts(t) + " " + missingMethodReason(v, t, m[0], m[1]);
        }
        return null;
    }

    private String missingMethodReason(Type v, Type t, Obj.Func m, Obj.Func alt) {
        String mname = m.name() + " method";
        if (alt != null) {
            if (!m.name().equals(alt.name())) {
                return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
            }
            if (Types.identical(m.type(), alt.type())) {
                return "(" + mname + " has pointer receiver)";
            }
            return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
        }
        if (v.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
            return "(type " + ts(v) + " is pointer to interface, not interface)";
        }
        if (t.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
            return "(type " + ts(t) + " is pointer to interface, not interface)";
        }
        return "(missing " + mname + ")";
    }

    private String funcString(Obj.Func f) {
        StringBuilder sb = new StringBuilder(f.name());
        writeSig(sb, f.type(), new ArrayList<>());
        return sb.toString();
    }

    /**
     * Spec "Interface types", "Method sets": the first method of t that v lacks, with the
     * method v has under that name (wrong type or pointer receiver), or null if v has all.
     */
    Obj.Func[] missingMethod(Type v, Type.Interface t, boolean isStatic) {
        if (t.isEmpty()) {
            return null;
        }
        if (v.underlying() instanceof Type.Interface vi) {
            for (Obj.Func m : t.allMethods()) {
                Obj.Func f = null;
                for (Obj.Func g : vi.allMethods()) {
                    if (g.name().equals(m.name())) {
                        f = g;
                    }
                }
                if (f == null) {
                    if (!isStatic) {
                        continue;
                    }
                    return new Obj.Func[]{m, null};
                }
                if (!Types.identical(f.type(), m.type())) {
                    return new Obj.Func[]{m, f};
                }
            }
            return null;
        }
        for (Obj.Func m : t.allMethods()) {
            Lookup l = lookupFieldOrMethod(v, false, m.pkg(), m.name());
            boolean found = l.obj != null;
            Obj obj = l.obj;
            if (!found) {
                obj = lookupFieldOrMethod(new Type.Pointer(v), false, m.pkg(), m.name()).obj;
                if (obj == null) {
                    obj = lookupFieldOrMethod(v, false, m.pkg(), m.name(), true).obj;
                }
            }
            if (!(obj instanceof Obj.Func f)) {
                return new Obj.Func[]{m, null};
            }
            if (f.type() == null) {
                objDecl(f);
            }
            if (!found || !Types.identical(f.type(), m.type())) {
                return new Obj.Func[]{m, f};
            }
        }
        return null;
    }

    /**
     * Checks that x can be assigned to type t in context ({@code assignment}, {@code argument
     * to f}, ...), converting an untyped x; reports Go's error and invalidates x if not.
     */
    void assignment(Operand x, Type t, String context) {
        switch (x.mode) {
            case INVALID -> {
                return;
            }
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> { }
            default -> {
                error(x.expr, "cannot assign " + os(x) + " to " + ts(t) + " in " + context);
                x.mode = Mode.INVALID;
                return;
            }
        }
        if (Types.isUntyped(x.type)) {
            Type target = t;
            if (t == null || Types.isInterface(t)) {
                if (t == null && x.type == Types.UNTYPED_NIL) {
                    error(x.expr, "use of untyped nil in " + context);
                    x.mode = Mode.INVALID;
                    return;
                }
                if (x.type != Types.UNTYPED_NIL) {
                    target = Types.defaultType(x.type);
                }
            }
            Operand copy = new Operand();
            copy.set(x);
            String code = implicitType(x, target);
            if (code != null) {
                String msg = "cannot use " + os(copy) + " as " + ts(target) + " value in " + context;
                if (code.equals("truncated")) {
                    msg += " (truncated)";
                } else if (code.equals("overflows")) {
                    msg += " (overflows)";
                }
                error(x.expr, msg);
                x.mode = Mode.INVALID;
                return;
            }
        }
        if (t == null) {
            return;
        }
        String[] reason = {""};
        if (!assignableTo(x, t, reason)) {
            if (!reason[0].isEmpty()) {
                error(x.expr, "cannot use " + os(x) + " as type " + ts(t) + " in " + context + ":\n\t" + reason[0]);
            } else {
                error(x.expr, "cannot use " + os(x) + " as type " + ts(t) + " in " + context);
            }
            x.mode = Mode.INVALID;
        }
    }

    // ------------------------------------------------------------------ lookup

    /** A lookup's result: obj null with index non-null means ambiguous; indirect with obj null means pointer receiver needed. */
    static final class Lookup {
        Obj obj;
        int[] index;
        boolean indirect;
        Type.Field field;
    }

    private record Embedded(Type typ, int[] index, boolean indirect, boolean multiples) {
    }

    private static int[] concat(int[] a, int i) {
        int[] r = a == null ? new int[1] : java.util.Arrays.copyOf(a, a.length + 1);
        r[r.length - 1] = i;
        return r;
    }

    private static boolean sameId(String name, Obj.Pkg pkg, String name2, Obj.Pkg pkg2) {
        return sameId(name, pkg, name2, pkg2, false);
    }

    private static boolean sameId(String name, Obj.Pkg pkg, String name2, Obj.Pkg pkg2, boolean fold) {
        if (fold) {
            return name.equalsIgnoreCase(name2);
        }
        if (!name.equals(name2)) {
            return false;
        }
        return isExported(name) || pkg == pkg2 || pkg == null || pkg2 == null || pkg.path.equals(pkg2.path);
    }

    private final Map<Type.Field, Obj.Var> fieldVars = new IdentityHashMap<>();

    /** The variable object standing for a struct field in selections. */
    Obj.Var fieldVar(Type.Field f) {
        return fieldVars.computeIfAbsent(f, k -> new Obj.Var(k.name(), k.type(), k.pkg(), -1, false));
    }

    /** Spec "Selectors": finds field or method name in T, through embedded fields, breadth first. */
    Lookup lookupFieldOrMethod(Type t, boolean addressable, Obj.Pkg p, String name) {
        return lookupFieldOrMethod(t, addressable, p, name, false);
    }

    /** As above; with fold, names match case-insensitively (for "have m, want M" hints). */
    /**
     * The method {@code name} among an interface's (or a type parameter's constraint's)
     * methods, met at depth entry {@code e}: recorded in res; true when it makes the
     * selector ambiguous at this depth (res then says so, and the lookup ends).
     */
    private boolean interfaceMethod(List<Obj.Func> all, Embedded e, Obj.Pkg p, String name, boolean fold, Lookup res) {
        for (int i = 0; i < all.size(); i++) {
            Obj.Func m = all.get(i);
            if (sameId(m.name(), m.pkg(), name, p, fold)) {
                res.index = concat(e.index, i);
                if (res.obj != null || e.multiples) {
                    res.obj = null;
                    res.indirect = false;
                    return true;
                }
                res.obj = m;
                res.indirect = e.indirect;
            }
        }
        return false;
    }

    Lookup lookupFieldOrMethod(Type t, boolean addressable, Obj.Pkg p, String name, boolean fold) {
        Lookup res = new Lookup();
        if (name.equals("_")) {
            return res;
        }
        // methods cannot be associated with a named pointer type: look in the underlying
        // pointer type, but a method found there is not T's
        if (t instanceof Type.Named nt && nt.underlying() instanceof Type.Pointer up) {
            Lookup l = lookupFieldOrMethod(up, false, p, name, fold);
            if (l.obj instanceof Obj.Func) {
                return res;
            }
            return l;
        }
        Type typ = t;
        boolean isPtr = false;
        if (t instanceof Type.Pointer pt) {
            typ = pt.elem();
            isPtr = true;
        }
        if (isPtr && (typ.underlying() instanceof Type.Interface || typ instanceof Type.TypeParam)) {
            return res;
        }
        List<Embedded> current = List.of(new Embedded(typ, null, isPtr, false));
        Set<Type.Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            for (Embedded e : current) {
                Type et = e.typ;
                if (et instanceof Type.Named named) {
                    if (!seen.add(named)) {
                        continue;
                    }
                    if (named.obj.type() == named && !named.resolved()) {
                        objDecl(named.obj);
                    }
                    int mi = -1;
                    for (int i = 0; i < named.methods().size(); i++) {
                        Obj.Func m = named.methods().get(i);
                        if (sameId(m.name(), m.pkg(), name, p, fold)) {
                            mi = i;
                        }
                    }
                    if (mi >= 0) {
                        res.index = concat(e.index, mi);
                        if (res.obj != null || e.multiples) {
                            res.obj = null;
                            res.indirect = false;
                            return res;
                        }
                        res.obj = named.methods().get(mi);
                        res.indirect = e.indirect;
                        continue;
                    }
                }
                switch (et.underlying()) {
                    case Type.Struct s -> {
                        for (int i = 0; i < s.fields().size(); i++) {
                            Type.Field f = s.fields().get(i);
                            if (sameId(f.name(), f.pkg(), name, p, fold)) {
                                res.index = concat(e.index, i);
                                if (res.obj != null || e.multiples) {
                                    res.obj = null;
                                    res.indirect = false;
                                    return res;
                                }
                                res.obj = fieldVar(f);
                                res.field = f;
                                res.indirect = e.indirect;
                                continue;
                            }
                            if (res.obj == null && f.embedded()) {
                                Type ft = f.type();
                                boolean fp = false;
                                if (ft instanceof Type.Pointer fpt) {
                                    ft = fpt.elem();
                                    fp = true;
                                }
                                next.add(new Embedded(ft, concat(e.index, i), e.indirect || fp, e.multiples));
                            }
                        }
                    }
                    case Type.TypeParam tp -> {
                        // a type parameter has the methods of its constraint
                        if (interfaceMethod(tp.iface().allMethods(), e, p, name, fold, res)) {
                            return res;
                        }
                    }
                    case Type.Interface it -> {
                        if (interfaceMethod(it.allMethods(), e, p, name, fold, res)) {
                            return res;
                        }
                    }
                    default -> { }
                }
            }
            if (res.obj != null) {
                if (res.obj instanceof Obj.Func f) {
                    if (f.type() == null) {
                        objDecl(f);
                    }
                    if (hasPtrRecv(f) && !res.indirect && !addressable) {
                        Lookup r = new Lookup();
                        r.indirect = true;
                        return r;
                    }
                }
                return res;
            }
            // consolidate multiples: the same type at the same depth more than once
            Map<Type, Integer> at = new HashMap<>();
            List<Embedded> cons = new ArrayList<>();
            for (Embedded e : next) {
                Integer i = null;
                for (Map.Entry<Type, Integer> en : at.entrySet()) {
                    if (Types.identical(en.getKey(), e.typ)) {
                        i = en.getValue();
                    }
                }
                if (i != null) {
                    Embedded old = cons.get(i);
                    cons.set(i, new Embedded(old.typ, old.index, old.indirect, true));
                } else {
                    at.put(e.typ, cons.size());
                    cons.add(e);
                }
            }
            current = cons;
        }
        return res;
    }

    static boolean hasPtrRecv(Obj.Func f) {
        return f.type() != null && f.type().recv() != null && f.type().recv().type() instanceof Type.Pointer;
    }

    // ------------------------------------------------------------------ selectors

    void selector(Operand x, Node.Selector e, boolean wantType) {
        String sel = e.sel().name();
        if (e.x() instanceof Node.Ident id) {
            Obj o = lookup(id.name());
            if (o instanceof Obj.Pkg pn) {
                info.uses.put(id, pn);
                usedImports.computeIfAbsent(fileScopes.get(file), k -> new HashSet<>()).add(id.name());
                if (fakePkgs.contains(pn)) {
                    invalid(x, e); // its import was reported
                    return;
                }
                Obj exp = pn.scope.lookup(sel);
                if (exp == null) {
                    error(e.sel(), "undefined: " + pn.name() + "." + sel);
                    invalid(x, e);
                    return;
                }
                if (!isExported(sel)) {
                    error(e.sel(), "name " + sel + " not exported by package " + pn.name());
                    invalid(x, e);
                    return;
                }
                info.uses.put(e.sel(), exp);
                switch (exp) {
                    case Obj.Const c -> {
                        x.mode = Mode.CONSTANT;
                        x.type = c.type();
                        x.val = c.value == null ? null : Constants.internal(c.value.v());
                        if (x.val == null) {
                            x.mode = Mode.INVALID;
                        }
                    }
                    case Obj.TypeName tn -> {
                        x.mode = Mode.TYPEXPR;
                        x.type = tn.type();
                    }
                    case Obj.Var v -> {
                        x.mode = Mode.VARIABLE;
                        x.type = v.type();
                    }
                    case Obj.Func f -> {
                        x.mode = Mode.VALUE;
                        x.type = f.type();
                    }
                    default -> invalid(x, e);
                }
                x.expr = e;
                return;
            }
        }
        exprOrType(x, e.x());
        switch (x.mode) {
            case INVALID -> {
                invalid(x, e);
                return;
            }
            case BUILTIN -> {
                error(e, "cannot select on " + os(x));
                invalid(x, e);
                return;
            }
            default -> { }
        }
        Lookup l = lookupFieldOrMethod(x.type, x.mode == Mode.VARIABLE, pkg, sel);
        if (l.obj == null) {
            if (x.type.underlying() == Types.INVALID) {
                invalid(x, e);
                return;
            }
            if (l.index != null) {
                error(e.sel(), "ambiguous selector " + ExprString.of(e.x()) + "." + sel);
                invalid(x, e);
                return;
            }
            if (l.indirect) {
                error(e.sel(), "cannot call pointer method " + sel + " on " + ts(x.type));
                invalid(x, e);
                return;
            }
            String why;
            if (x.type.underlying() instanceof Type.Pointer pp && pp.elem() instanceof Type.TypeParam) {
                why = "type " + ts(x.type) + " is pointer to type parameter, not type parameter";
            } else if (x.type.underlying() instanceof Type.Pointer pp && pp.elem().underlying() instanceof Type.Interface) {
                why = "type " + ts(x.type) + " is pointer to interface, not interface";
            } else {
                why = "type " + ts(x.type) + " has no field or method " + sel;
                if (!sel.isEmpty()) {
                    int c0 = sel.codePointAt(0);
                    String changed = (Character.isUpperCase(c0) ? new String(Character.toChars(Character.toLowerCase(c0)))
                            : new String(Character.toChars(Character.toUpperCase(c0)))) + sel.substring(Character.charCount(c0));
                    if (lookupFieldOrMethod(x.type, x.mode == Mode.VARIABLE, pkg, changed).obj != null) {
                        why += ", but does have " + changed;
                    }
                }
            }
            error(e.sel(), ExprString.of(e.x()) + "." + sel + " undefined (" + why + ")");
            invalid(x, e);
            return;
        }
        info.uses.put(e.sel(), l.obj);
        if (x.mode == Mode.TYPEXPR) {
            if (!(l.obj instanceof Obj.Func m)) {
                error(e.sel(), ExprString.of(e.x()) + "." + sel + " undefined (type " + ts(x.type) + " has no method " + sel + ")");
                invalid(x, e);
                return;
            }
            info.selections.put(e, new Info.Selection(Info.SelectionKind.METHOD_EXPR, x.type, m, methodPath(l.index), l.indirect));
            Type.Signature sig = m.type();
            List<Obj.Var> params = new ArrayList<>();
            params.add(new Obj.Var(sig.recv() == null ? "" : sig.recv().name(), x.type, pkg, -1, false));
            params.addAll(sig.params().vars());
            x.mode = Mode.VALUE;
            x.type = new Type.Signature(null, new Type.Tuple(params), sig.results(), sig.variadic());
            addDep(m);
            x.expr = e;
            return;
        }
        switch (l.obj) {
            case Obj.Var v -> {
                info.selections.put(e, new Info.Selection(Info.SelectionKind.FIELD, x.type, v, l.index, l.indirect));
                x.mode = x.mode == Mode.VARIABLE || l.indirect ? Mode.VARIABLE : Mode.VALUE;
                x.type = v.type();
            }
            case Obj.Func f -> {
                info.selections.put(e, new Info.Selection(Info.SelectionKind.METHOD_VAL, x.type, f, methodPath(l.index), l.indirect));
                // a method value of an addressable T with a pointer receiver takes &x
                if (hasPtrRecv(f) && !l.indirect && !(x.type.underlying() instanceof Type.Pointer)) {
                    markAddressed(e.x());
                }
                x.mode = Mode.VALUE;
                Type.Signature s = f.type();
                x.type = new Type.Signature(null, s.params(), s.results(), s.variadic());
                addDep(f);
            }
            default -> invalid(x, e);
        }
        x.expr = e;
    }

    /** A method's path: the embedded fields leading to it, then -1 (Info.Selection). */
    private static int[] methodPath(int[] index) {
        int[] r = index.clone();
        r[r.length - 1] = -1;
        return r;
    }

    // ------------------------------------------------------------------ index and slice

    private void indexExpr(Operand x, Node.Index e) {
        exprOrType(x, e.x(), true);
        if (x.mode != Mode.INVALID && x.mode != Mode.TYPEXPR
                && x.type instanceof Type.Signature sig && !sig.typeParams().isEmpty()) {
            funcInst(x, e);
            return;
        }
        indexExprOf(x, e);
    }

    /** An index expression whose operand x has been evaluated (allowing a generic function or type). */
    private void indexExprOf(Operand x, Node.Index e) {
        if (x.mode == Mode.INVALID) {
            use(e.index());
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            Type t = varType(e);
            x.mode = t == Types.INVALID ? Mode.INVALID : Mode.TYPEXPR;
            x.type = t;
            x.expr = e;
            return;
        }
        nonGeneric(x);
        if (x.mode == Mode.INVALID) {
            use(e.index());
            return;
        }
        boolean valid = false;
        long length = -1;
        if (x.type instanceof Type.TypeParam tp) {
            // spec "Index expressions": every type in the type set must be indexable alike
            Type[] key = {null};
            Type[] elem = {null};
            long[] len = {-1};
            Mode[] mode = {Mode.VARIABLE};
            boolean xVar = x.mode == Mode.VARIABLE;
            boolean ok = underIs(tp, u -> {
                long l = -1;
                Type k = null;
                Type el = null;
                switch (u) {
                    case null -> { }
                    case Type.Basic b when b.kind().isString() -> {
                        el = Types.BYTE;
                        mode[0] = Mode.VALUE;
                    }
                    case Type.Array a -> {
                        l = a.len();
                        el = a.elem();
                        if (!xVar) {
                            mode[0] = Mode.VALUE;
                        }
                    }
                    case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                        l = a.len();
                        el = a.elem();
                    }
                    case Type.Slice sl -> el = sl.elem();
                    case Type.Map m -> {
                        k = m.key();
                        el = m.elem();
                    }
                    default -> { }
                }
                if (el == null) {
                    return false;
                }
                if (elem[0] == null) {
                    len[0] = l;
                    key[0] = k;
                    elem[0] = el;
                    return true;
                }
                if (key[0] == null ? k != null : k == null || !Types.identical(key[0], k)) {
                    return false;
                }
                if (!Types.identical(elem[0], el)) {
                    return false;
                }
                if (l >= 0 && l < len[0]) {
                    len[0] = l;
                }
                return true;
            });
            if (ok) {
                if (key[0] != null) {
                    Operand k = new Operand();
                    expr(k, e.index());
                    assignment(k, key[0], "map index");
                    x.mode = Mode.MAPINDEX;
                    x.type = elem[0];
                    x.expr = e;
                    return;
                }
                valid = true;
                x.mode = mode[0];
                x.type = elem[0];
                length = len[0];
            }
        }
        switch (valid ? Types.INVALID : x.type.underlying()) {
            case Type.Basic b when b.kind().isString() -> {
                valid = true;
                if (x.mode == Mode.CONSTANT) {
                    length = ((String) x.val).length();
                }
                x.mode = Mode.VALUE;
                x.type = Types.BYTE;
            }
            case Type.Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    x.mode = Mode.VALUE;
                }
                x.type = a.elem();
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                valid = true;
                length = a.len();
                x.mode = Mode.VARIABLE;
                x.type = a.elem();
            }
            case Type.Slice s -> {
                valid = true;
                x.mode = Mode.VARIABLE;
                x.type = s.elem();
            }
            case Type.Map m -> {
                Operand k = new Operand();
                expr(k, e.index());
                assignment(k, m.key(), "map index");
                x.mode = Mode.MAPINDEX;
                x.type = m.elem();
                x.expr = e;
                return;
            }
            default -> { }
        }
        if (!valid) {
            error(after(e.x(), '[', e.pos()), "invalid operation: cannot index " + os(x)); // at Go's e.Pos(), the [
            use(e.index());
            invalid(x, e);
            return;
        }
        x.val = null;
        index(e.index(), length);
        x.expr = e;
    }

    /** Checks an index (spec "Index expressions"); max is the length bound, -1 if none. */
    private BigInteger index(Node.Expr e, long max) {
        Operand x = new Operand();
        expr(x, e);
        if (!isValidIndex(x, "index", false)) {
            return null;
        }
        if (x.mode != Mode.CONSTANT) {
            return null;
        }
        BigInteger v = Constants.toInt(x.val);
        if (max >= 0 && v != null && v.compareTo(BigInteger.valueOf(max)) >= 0) {
            error(x.expr, "invalid argument: index " + Constants.toString(x.val) + " out of bounds [0:" + max + "]");
            return null;
        }
        return v;
    }

    private boolean isValidIndex(Operand x, String what, boolean allowNegative) {
        if (x.mode == Mode.INVALID) {
            return false;
        }
        convertUntyped(x, Types.basic(Type.Kind.INT));
        if (x.mode == Mode.INVALID) {
            return false;
        }
        if (!allInteger(x.type)) {
            error(x.expr, "invalid argument: " + what + " " + os(x) + " must be integer");
            return false;
        }
        if (x.mode == Mode.CONSTANT) {
            BigInteger v = Constants.toInt(x.val);
            if (!allowNegative && v.signum() < 0) {
                error(x.expr, "invalid argument: " + what + " " + os(x) + " must not be negative");
                return false;
            }
            if (v.bitLength() > 63) {
                error(x.expr, "invalid argument: " + what + " " + os(x) + " overflows int");
                return false;
            }
        }
        return true;
    }

    private void use(Node.Expr... es) {
        for (Node.Expr e : es) {
            if (e != null) {
                Operand x = new Operand();
                rawExpr(x, e, null);
            }
        }
    }

    private void sliceExpr(Operand x, Node.SliceExpr e) {
        expr(x, e.x());
        if (x.mode == Mode.INVALID) {
            use(e.low(), e.high(), e.max());
            return;
        }
        boolean valid = false;
        long length = -1;
        Type cs = coreString(x.type);
        if (cs == null) {
            error(x.expr, "invalid operation: cannot slice " + os(x) + ": " + ts(x.type) + " has no core type");
            invalid(x, e);
            return;
        }
        switch (cs) {
            case Type.Basic b when b.kind().isString() -> {
                if (e.slice3()) {
                    error(e.max() != null ? e.max() : e, "invalid operation: 3-index slice of string");
                    invalid(x, e);
                    return;
                }
                valid = true;
                if (x.mode == Mode.CONSTANT) {
                    length = ((String) x.val).length();
                }
                if (Types.isUntyped(x.type)) {
                    x.type = Types.basic(Type.Kind.STRING);
                }
            }
            case Type.Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    error(x.expr, "invalid operation: " + os(x) + " (slice of unaddressable value)");
                    invalid(x, e);
                    return;
                }
                markAddressed(e.x());
                x.type = new Type.Slice(a.elem());
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                valid = true;
                length = a.len();
                x.type = new Type.Slice(a.elem());
            }
            case Type.Slice s -> valid = true;
            default -> { }
        }
        if (!valid) {
            error(x.expr, "cannot slice " + os(x));
            invalid(x, e);
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
        if (e.slice3() && (e.high() == null || e.max() == null)) {
            error(e, "middle index required in 3-index slice");
            invalid(x, e);
            return;
        }
        Node.Expr[] idx = {e.low(), e.high(), e.max()};
        BigInteger[] vals = new BigInteger[3];
        for (int i = 0; i < 3; i++) {
            if (idx[i] != null) {
                Operand y = new Operand();
                expr(y, idx[i]);
                if (isValidIndex(y, "index", false) && y.mode == Mode.CONSTANT) {
                    vals[i] = Constants.toInt(y.val);
                    long bound = length >= 0 ? length + 1 : -1;
                    if (bound >= 0 && vals[i].compareTo(BigInteger.valueOf(bound)) >= 0) {
                        error(y.expr, "invalid argument: index " + vals[i] + " out of bounds [0:" + bound + "]");
                        vals[i] = null;
                    }
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (vals[i] != null && vals[j] != null && vals[j].compareTo(vals[i]) < 0) {
                    error(idx[j], "invalid slice indices: " + vals[j] + " < " + vals[i]);
                }
            }
        }
        x.expr = e;
    }

    // ------------------------------------------------------------------ type assertions

    /** Spec "Type assertions": T must implement x's interface type if T is not an interface. */
    private void typeAssertion(Node.Expr e, Operand x, Type t, boolean typeSwitch) {
        Obj.Func[] m = assertableTo((Type.Interface) x.type.underlying(), t);
        if (m == null) {
            return;
        }
        String cause = missingMethodReason(t, x.type, m[0], m[1]);
        if (typeSwitch) {
            error(e, "impossible type switch case: " + ExprString.of(e) + "\n\t" + os(x) + " cannot have dynamic type " + ts(t) + " " + cause);
            return;
        }
        error(e, "impossible type assertion: " + ExprString.of(e) + "\n\t" + ts(t) + " does not implement " + ts(x.type) + " " + cause);
    }

    private Obj.Func[] assertableTo(Type.Interface v, Type t) {
        if (t.underlying() instanceof Type.Interface || t instanceof Type.TypeParam) {
            return null; // a type parameter's dynamic check only
        }
        return missingMethod(t, v, false);
    }

    // ------------------------------------------------------------------ calls

    private void callExpr(Operand x, Node.Call call) {
        List<Node.Expr> xlist = null; // the explicit type arguments of a generic function called
        Node.Expr fun = call.fun();
        if (fun instanceof Node.Index || fun instanceof Node.IndexList) {
            Node.Expr fx = fun instanceof Node.Index ix ? ix.x() : ((Node.IndexList) fun).x();
            exprOrType(x, fx, true);
            if (x.mode != Mode.INVALID && x.mode != Mode.TYPEXPR
                    && x.type instanceof Type.Signature gs && !gs.typeParams().isEmpty()) {
                xlist = indices(fun);
                x.expr = fun;
            } else {
                if (fun instanceof Node.Index ix) {
                    indexExprOf(x, ix);
                } else {
                    indexListOf(x, (Node.IndexList) fun);
                }
                if (x.mode != Mode.INVALID) {
                    x.expr = fun;
                    recordType(fun, x.mode, x.type, x.mode == Mode.CONSTANT ? x.val : null);
                }
            }
        } else {
            exprOrType(x, fun, true);
        }
        if (x.mode == Mode.TYPEXPR) {
            nonGeneric(x);
        }
        switch (x.mode) {
            case INVALID -> {
                for (Node.Expr a : call.args()) {
                    use(a);
                }
                invalid(x, call);
                return;
            }
            case TYPEXPR -> {
                Type t = x.type;
                x.mode = Mode.INVALID;
                int n = call.args().size();
                if (n == 0) {
                    error(call.rparen(), "missing argument in conversion to " + ts(t));
                } else if (n == 1) {
                    expr(x, call.args().get(0));
                    if (x.mode != Mode.INVALID) {
                        if (call.ellipsis()) {
                            error(call.args().get(0), "invalid use of ... in conversion to " + ts(t));
                            x.mode = Mode.INVALID;
                        } else {
                            conversion(x, t);
                            if (x.mode == Mode.CONSTANT && convertsToTypeArg(call.fun())) {
                                // in an instance, T(c) is not constant, as it is not in the generic body
                                x.mode = Mode.VALUE;
                                x.val = null;
                            }
                        }
                    }
                } else {
                    for (Node.Expr a : call.args()) {
                        use(a);
                    }
                    error(call.args().get(n - 1), "too many arguments in conversion to " + ts(t));
                }
                x.expr = call;
                return;
            }
            case BUILTIN -> {
                String id = x.builtin;
                if (!builtin(x, call, id)) {
                    x.mode = Mode.INVALID;
                }
                if (x.mode != Mode.INVALID && x.mode != Mode.CONSTANT) {
                    hasCallOrRecv = true;
                }
                x.expr = call;
                return;
            }
            default -> { }
        }
        if (!(coreType(x.type) instanceof Type.Signature sig)) {
            error(x.expr, "invalid operation: cannot call non-function " + os(x));
            for (Node.Expr a : call.args()) {
                use(a);
            }
            invalid(x, call);
            return;
        }
        List<Type> targs = null;
        if (xlist != null) {
            targs = typeList(xlist);
            if (targs == null) {
                call.args().forEach(this::use);
                invalid(x, call);
                return;
            }
            int got = targs.size();
            int want = sig.typeParams().size();
            if (got > want) {
                error(xlist.get(want), "got " + got + " type arguments but want " + want);
                call.args().forEach(this::use);
                invalid(x, call);
                return;
            }
        }
        List<Operand> args = exprList(call.args());
        boolean generic = !sig.typeParams().isEmpty();
        Type.Signature rsig = arguments(call, sig, targs, args, xlist);
        if (generic && rsig.typeParams().isEmpty()) {
            recordType(call.fun(), Mode.VALUE, rsig, null);
        }
        sig = rsig;
        hasCallOrRecv = true;
        switch (sig.results().size()) {
            case 0 -> {
                x.mode = Mode.NOVALUE;
                x.type = new Type.Tuple(List.of());
            }
            case 1 -> {
                x.mode = Mode.VALUE;
                x.type = sig.results().at(0);
            }
            default -> {
                x.mode = Mode.VALUE;
                x.type = sig.results();
            }
        }
        x.val = null;
        x.expr = call;
        if (x.mode == Mode.VALUE && !sig.typeParams().isEmpty() && Infer.isParameterized(sig.typeParams(), x.type)) {
            x.mode = Mode.INVALID; // inference failed (reported)
        }
    }

    /** The operand of an index expression with several indices (x evaluated): a generic type's instance, or an error. */
    private void indexListOf(Operand x, Node.IndexList il) {
        if (x.mode == Mode.TYPEXPR) {
            Type t = varType(il);
            x.mode = t == Types.INVALID ? Mode.INVALID : Mode.TYPEXPR;
            x.type = t;
            x.expr = il;
            return;
        }
        if (x.mode != Mode.INVALID) {
            error(il.indices().get(1), "invalid operation: more than one index");
        }
        il.indices().forEach(this::use);
        invalid(x, il);
    }

    /** Where Go reports about a call as a whole: its opening parenthesis. */
    private int lparen(Node.Call call) {
        return after(call.fun(), '(', call.pos());
    }

    /** Evaluates an argument or right-hand side list; one multi-valued call expands to its results. */
    List<Operand> exprList(List<Node.Expr> es) {
        List<Operand> out = new ArrayList<>();
        if (es.size() == 1) {
            Operand x = new Operand();
            multiExpr(x, es.get(0));
            if (x.mode != Mode.INVALID && x.type instanceof Type.Tuple t && x.mode == Mode.VALUE) {
                for (int i = 0; i < t.size(); i++) {
                    Operand o = new Operand();
                    o.mode = Mode.VALUE;
                    o.expr = es.get(0);
                    o.type = t.at(i);
                    out.add(o);
                }
                return out;
            }
            out.add(x);
            return out;
        }
        for (Node.Expr e : es) {
            Operand x = new Operand();
            expr(x, e);
            out.add(x);
        }
        return out;
    }

    private String typesSummary(List<Type> list, boolean variadic) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String s;
            if (t == null || t == Types.INVALID) {
                s = "<T>";
            } else if (Types.isUntyped(t)) {
                Type.Kind k = ((Type.Basic) t).kind();
                s = k.isNumeric() ? "number" : ((Type.Basic) t).name().replace("untyped ", "");
            } else if (variadic && i == list.size() - 1 && t instanceof Type.Slice sl) {
                s = "..." + ts(sl.elem());
            } else {
                s = ts(t);
            }
            res.add(s);
        }
        return "(" + String.join(", ", res) + ")";
    }

    private void arguments(Node.Call call, Type.Signature sig, List<Operand> args) {
        arguments(call, sig, null, args, null);
    }

    /**
     * Checks a call's arguments against sig (spec "Calls"); for a generic function, infers
     * the type arguments not given (targs, written as xlist) and returns the instantiated
     * signature (sig itself if that fails, or if it is not generic).
     */
    private Type.Signature arguments(Node.Call call, Type.Signature sig, List<Type> targs, List<Operand> args,
                                     List<Node.Expr> xlist) {
        for (Operand a : args) {
            if (a.mode == Mode.INVALID) {
                return sig;
            }
        }
        int nargs = args.size();
        int npars = sig.params().size();
        List<Type> params = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) {
            params.add(v.type());
        }
        if (sig.variadic()) {
            if (call.ellipsis()) {
                if (call.args().size() == 1 && nargs > 1) {
                    error(call, "cannot use ... with " + nargs + "-valued " + ExprString.of(call.args().get(0)));
                    return sig;
                }
            } else if (nargs >= npars - 1) {
                Type elem = ((Type.Slice) params.get(npars - 1)).elem();
                params.remove(npars - 1);
                while (params.size() < nargs) {
                    params.add(elem);
                }
                npars = nargs;
            } else {
                npars--;
            }
        } else if (call.ellipsis()) {
            error(call, "cannot use ... in call to non-variadic " + ExprString.of(call.fun()));
            return sig;
        }
        if (nargs != npars) {
            int at = goPos(call);
            String q = "not enough";
            if (nargs > npars) {
                at = args.get(npars).expr.pos();
                q = "too many";
            } else if (nargs > 0) {
                at = args.get(nargs - 1).expr.pos();
            }
            List<Type> have = new ArrayList<>();
            for (Operand a : args) {
                have.add(a.type);
            }
            List<Type> want = new ArrayList<>();
            for (Obj.Var v : sig.params().vars()) {
                want.add(v.type());
            }
            error(at, q + " arguments in call to " + ExprString.of(call.fun()) + "\n\thave "
                    + typesSummary(have, false) + "\n\twant " + typesSummary(want, sig.variadic()));
            return sig;
        }
        Type.Signature rsig = sig;
        if (!sig.typeParams().isEmpty()) {
            List<Type> inferred = Infer.infer(this, lparen(call), sig.typeParams(), targs == null ? List.of() : targs,
                    params, args);
            if (inferred == null) {
                return sig;
            }
            rsig = instantiateSignature(lparen(call), sig, inferred, xlist == null ? List.of() : xlist);
            recordFuncInstance(call.fun(), inferred, rsig);
            Map<Type.TypeParam, Type> smap = Subst.map(sig.typeParams(), inferred);
            params.replaceAll(p -> Subst.subst(p, smap));
        }
        String context = "argument to " + ExprString.of(call.fun());
        for (int i = 0; i < nargs; i++) {
            assignment(args.get(i), params.get(i), context);
        }
        return rsig;
    }

    // ------------------------------------------------------------------ conversions

    private static boolean isConstType(Type t) {
        return t.underlying() instanceof Type.Basic b && (b.kind().isNumeric() || b.kind().isString() || b.kind().isBoolean())
                && !b.kind().isUntyped();
    }

    /** Whether a conversion's type is a type parameter's name bound to its argument (an instance's body). */
    private boolean convertsToTypeArg(Node.Expr fun) {
        while (fun instanceof Node.Paren p) {
            fun = p.x();
        }
        return fun instanceof Node.Ident id && info.uses.get(id) instanceof Obj.TypeName tn && tn.typeArg;
    }

    /** Whether constant x converts to the (underlying) type u. */
    private boolean constConvertibleTo(Operand x, Type u) {
        if (!(u instanceof Type.Basic b)) {
            return false;
        }
        if (Constants.representable(x.val, b.kind()).value() != null && !(Constants.isNumeric(x.val) && b.kind().isString())) {
            return true;
        }
        return allInteger(x.type) && b.kind().isString();
    }

    /** Spec "Conversions": T(x). */
    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok = false;
        String[] cause = {""};
        if (constArg && t instanceof Type.TypeParam tp) {
            // a constant converts to a type parameter if it converts to each type of its type set
            ok = underIs(tp, u -> {
                if (u == null) {
                    cause[0] = ts(t) + " does not contain specific types";
                    return false;
                }
                if (allString(x.type) && isBytesOrRunes(u)) {
                    return true;
                }
                if (!constConvertibleTo(x, u)) {
                    cause[0] = "cannot convert " + os(x) + " to " + ts(u) + " (in " + ts(t) + ")";
                    return false;
                }
                return true;
            });
            x.mode = Mode.VALUE; // type parameters are not constants
            x.val = null;
        } else if (constArg && isConstType(t)) {
            Type.Basic b = (Type.Basic) t.underlying();
            Constants.Rep r = Constants.representable(x.val, b.kind());
            if (r.value() != null && !(Constants.isNumeric(x.val) && b.kind().isString())) {
                x.val = r.value();
                ok = true;
            } else if (allInteger(x.type) && b.kind().isString()) {
                BigInteger i = Constants.toInt(x.val);
                long cp = i != null && i.signum() >= 0 && i.compareTo(BigInteger.valueOf(0x10FFFF)) <= 0 ? i.longValue() : 0xFFFD;
                x.val = Constants.encodeRune(cp);
                ok = true;
            }
        } else if (convertibleTo(x, t, cause)) {
            ok = true;
            x.mode = Mode.VALUE;
            x.val = null;
        }
        if (!ok) {
            if (!cause[0].isEmpty()) {
                error(x.expr, "cannot convert " + os(x) + " to type " + ts(t) + ":\n\t" + cause[0]);
            } else {
                error(x.expr, "cannot convert " + os(x) + " to type " + ts(t));
            }
            x.mode = Mode.INVALID;
            return;
        }
        if (Types.isUntyped(x.type)) {
            Type fin = t;
            if (Types.isInterface(t) || constArg && !isConstType(t) || x.type == Types.UNTYPED_NIL) {
                fin = Types.defaultType(x.type);
                if (x.type == Types.UNTYPED_NIL) {
                    fin = t;
                }
            } else if (x.mode == Mode.CONSTANT && allInteger(x.type) && allString(t)) {
                fin = x.type;
            }
            updateExprType(x.expr, fin, true);
        }
        x.type = t;
    }

    private boolean convertibleTo(Operand x, Type t, String[] cause) {
        if (assignableTo(x, t, cause)) {
            return true;
        }
        Type v = x.type;
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (v instanceof Type.Pointer vp && t instanceof Type.Pointer tp
                && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        Type.Kind vk = Types.kindOf(vu);
        Type.Kind tk = Types.kindOf(tu);
        if (vk != null && tk != null) {
            if ((vk.isInteger() || vk.isFloat()) && (tk.isInteger() || tk.isFloat())) {
                return true;
            }
            if (vk.isComplex() && tk.isComplex()) {
                return true;
            }
            if (vk.isInteger() && tk.isString()) {
                return true;
            }
        }
        if (isBytesOrRunes(vu) && tk != null && tk.isString()) {
            return true;
        }
        if (vk != null && vk.isString() && isBytesOrRunes(tu)) {
            return true;
        }
        if (vu instanceof Type.Slice s && tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a
                && Types.identical(s.elem(), a.elem())) {
            return true;
        }
        // type parameters: convertible for each pair of types of their type sets
        Type.TypeParam vp = v instanceof Type.TypeParam a ? a : null;
        Type.TypeParam tp = t instanceof Type.TypeParam b ? b : null;
        if (vp == null && tp == null) {
            return false;
        }
        Operand y = new Operand();
        y.set(x);
        if (vp != null && tp != null) {
            return termsAll(vp, vt -> {
                y.type = vt;
                return termsAll(tp, tt -> {
                    if (!convertibleTo(y, tt, null)) {
                        setCause(cause, "cannot convert " + ts(vt) + " (in " + ts(vp) + ") to " + ts(tt) + " (in " + ts(tp) + ")");
                        return false;
                    }
                    return true;
                });
            });
        }
        if (vp != null) {
            return termsAll(vp, vt -> {
                y.type = vt;
                if (!convertibleTo(y, t, null)) {
                    setCause(cause, "cannot convert " + ts(vt) + " (in " + ts(vp) + ") to " + ts(t));
                    return false;
                }
                return true;
            });
        }
        return termsAll(tp, tt -> {
            if (!convertibleTo(y, tt, null)) {
                setCause(cause, "cannot convert " + ts(x.type) + " to " + ts(tt) + " (in " + ts(tp) + ")");
                return false;
            }
            return true;
        });
    }

    private static void setCause(String[] cause, String s) {
        if (cause != null) {
            cause[0] = s;
        }
    }

    private static boolean isBytesOrRunes(Type u) {
        if (u instanceof Type.Slice s && s.elem().underlying() instanceof Type.Basic b) {
            return b.kind() == Type.Kind.UINT8 || b.kind() == Type.Kind.INT32;
        }
        return false;
    }

    /** Spec "Conversions": type identity with struct tags ignored, at any depth. */
    static boolean identicalIgnoreTags(Type x, Type y) {
        if (x == y) {
            return true;
        }
        return switch (x) {
            case Type.Basic a -> y instanceof Type.Basic b && a.kind() == b.kind();
            case Type.Named a -> false;
            case Type.Pointer a -> y instanceof Type.Pointer b && identicalIgnoreTags(a.elem(), b.elem());
            case Type.Slice a -> y instanceof Type.Slice b && identicalIgnoreTags(a.elem(), b.elem());
            case Type.Array a -> y instanceof Type.Array b && a.len() == b.len() && identicalIgnoreTags(a.elem(), b.elem());
            case Type.Map a -> y instanceof Type.Map b && identicalIgnoreTags(a.key(), b.key()) && identicalIgnoreTags(a.elem(), b.elem());
            case Type.Chan a -> y instanceof Type.Chan b && a.dir() == b.dir() && identicalIgnoreTags(a.elem(), b.elem());
            case Type.Struct a -> {
                if (!(y instanceof Type.Struct b) || a.fields().size() != b.fields().size()) {
                    yield false;
                }
                for (int i = 0; i < a.fields().size(); i++) {
                    Type.Field f = a.fields().get(i);
                    Type.Field g = b.fields().get(i);
                    if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identicalIgnoreTags(f.type(), g.type())) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Signature a -> {
                if (!(y instanceof Type.Signature b) || a.variadic() != b.variadic()) {
                    yield false;
                }
                yield identicalIgnoreTags(a.params(), b.params()) && identicalIgnoreTags(a.results(), b.results());
            }
            case Type.Tuple a -> {
                if (!(y instanceof Type.Tuple b) || a.size() != b.size()) {
                    yield false;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!identicalIgnoreTags(a.at(i), b.at(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> Types.identical(x, y);
        };
    }

    // ------------------------------------------------------------------ built-ins

    private static final Map<String, int[]> BUILTIN_ARGS = Map.ofEntries(
            Map.entry("append", new int[]{1, 1}), Map.entry("cap", new int[]{1, 0}), Map.entry("close", new int[]{1, 0}),
            Map.entry("complex", new int[]{2, 0}), Map.entry("copy", new int[]{2, 0}), Map.entry("delete", new int[]{2, 0}),
            Map.entry("imag", new int[]{1, 0}), Map.entry("len", new int[]{1, 0}), Map.entry("make", new int[]{1, 1}),
            Map.entry("new", new int[]{1, 0}), Map.entry("panic", new int[]{1, 0}), Map.entry("print", new int[]{0, 1}),
            Map.entry("println", new int[]{0, 1}), Map.entry("real", new int[]{1, 0}), Map.entry("recover", new int[]{0, 0}));

    /** Spec "Built-in functions". */
    private boolean builtin(Operand x, Node.Call call, String id) {
        int[] shape = BUILTIN_ARGS.get(id);
        if (call.ellipsis() && !id.equals("append")) {
            error(call, "invalid operation: invalid use of ... with built-in " + id);
            for (Node.Expr a : call.args()) {
                use(a);
            }
            return false;
        }
        List<Operand> args;
        int nargs = call.args().size();
        boolean special = id.equals("make") || id.equals("new");
        boolean savedCallOrRecv = hasCallOrRecv;
        hasCallOrRecv = false;
        if (!special) {
            args = exprList(call.args());
            nargs = args.size();
            if (nargs > 0) {
                x.set(args.get(0));
                if (x.mode == Mode.INVALID) {
                    hasCallOrRecv = savedCallOrRecv;
                    return false;
                }
            }
        } else {
            args = List.of();
        }
        boolean argCalls = hasCallOrRecv;
        hasCallOrRecv = savedCallOrRecv || argCalls;
        String msg = nargs < shape[0] ? "not enough" : shape[1] == 0 && nargs > shape[0] ? "too many" : null;
        if (msg != null) {
            error(call, "invalid operation: " + msg + " arguments for " + ExprString.of(call) + " (expected " + shape[0] + ", found " + nargs + ")");
            return false;
        }
        List<Type> argTypes = new ArrayList<>();
        Type result = null;
        switch (id) {
            case "append" -> {
                Type s = x.type;
                if (!(coreType(s) instanceof Type.Slice sl)) {
                    String cause;
                    if (x.type == Types.UNTYPED_NIL) {
                        cause = "have untyped nil";
                    } else if (isTypeParam(s)) {
                        Type u = coreType(s);
                        cause = u != null ? os(x) + " has core type " + ts(u) : os(x) + " has no core type";
                    } else {
                        cause = "have " + os(x);
                    }
                    error(x.expr, "first argument to append must be a slice; " + cause);
                    return false;
                }
                argTypes.add(s);
                if (nargs == 2 && call.ellipsis()) {
                    Operand y = args.get(1);
                    if (y.mode == Mode.INVALID) {
                        return false;
                    }
                    if (coreString(y.type) instanceof Type.Basic ys && ys.kind().isString()
                            && sl.elem().underlying() instanceof Type.Basic b && b.kind() == Type.Kind.UINT8) {
                        convertUntyped(y, Types.basic(Type.Kind.STRING));
                        argTypes.add(y.type);
                        x.mode = Mode.VALUE;
                        x.type = s;
                        result = s;
                        break;
                    }
                }
                // the rest as a call of func(s S, x ...E) S
                List<Obj.Var> ps = List.of(new Obj.Var("", s, null, -1, false),
                        new Obj.Var("", new Type.Slice(sl.elem()), null, -1, false));
                Type.Signature sig = new Type.Signature(null, new Type.Tuple(ps),
                        new Type.Tuple(List.of(new Obj.Var("", s, null, -1, false))), true);
                arguments(call, sig, args);
                for (int i = 1; i < args.size(); i++) {
                    argTypes.add(args.get(i).type);
                }
                x.mode = Mode.VALUE;
                x.type = s;
                x.val = null;
                result = s;
            }
            case "cap", "len" -> {
                Type t = x.type.underlying();
                if (t instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
                    t = p.elem().underlying();
                }
                Object val = null;
                boolean ok = switch (t) {
                    case Type.Basic b when b.kind().isString() && id.equals("len") -> {
                        if (x.mode == Mode.CONSTANT) {
                            val = BigInteger.valueOf(((String) x.val).length());
                        }
                        yield true;
                    }
                    case Type.Array a -> {
                        if (!argCalls) {
                            val = BigInteger.valueOf(a.len());
                        }
                        yield true;
                    }
                    case Type.Slice sl -> true;
                    case Type.Chan c -> true;
                    case Type.Map m -> id.equals("len");
                    case Type.TypeParam tp -> underIs(tp, u -> {
                        Type d = u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a ? a : u;
                        return switch (d) {
                            case Type.Basic b -> b.kind().isString() && id.equals("len");
                            case Type.Array a -> true;
                            case Type.Slice sl -> true;
                            case Type.Chan c -> true;
                            case Type.Map m -> id.equals("len");
                            case null, default -> false;
                        };
                    });
                    default -> false;
                };
                if (!ok) {
                    error(x.expr, "invalid argument: " + os(x) + " for " + id);
                    return false;
                }
                if (Types.isUntyped(x.type)) {
                    updateExprType(x.expr, Types.defaultType(x.type), true);
                }
                argTypes.add(Types.defaultType(x.type));
                x.type = Types.basic(Type.Kind.INT);
                x.mode = val != null ? Mode.CONSTANT : Mode.VALUE;
                x.val = val;
                result = x.type;
            }
            case "close" -> {
                String[] why = {null};
                if (!underIs(x.type, u -> {
                    if (!(u instanceof Type.Chan c)) {
                        why[0] = "invalid operation: cannot close non-channel " + os(x);
                        return false;
                    }
                    if (c.dir() == Type.Dir.RECV) {
                        why[0] = "invalid operation: cannot close receive-only channel " + os(x);
                        return false;
                    }
                    return true;
                })) {
                    error(x.expr, why[0]);
                    return false;
                }
                argTypes.add(x.type);
                x.mode = Mode.NOVALUE;
            }
            case "copy" -> {
                Operand y = args.get(1);
                if (y.mode == Mode.INVALID) {
                    return false;
                }
                Type dst = coreType(x.type) instanceof Type.Slice d ? d.elem() : null;
                Type src0 = coreString(y.type);
                Type src = src0 instanceof Type.Slice sy ? sy.elem()
                        : src0 instanceof Type.Basic sb && sb.kind().isString() ? Types.BYTE : null;
                if (dst == null || src == null) {
                    error(x.expr, "invalid argument: copy expects slice arguments; found " + os(x) + " and " + os(y));
                    return false;
                }
                if (!Types.identical(dst, src)) {
                    error(x.expr, "invalid argument: arguments to copy " + os(x) + " and " + os(y)
                            + " have different element types " + ts(dst) + " and " + ts(src));
                    return false;
                }
                if (Types.isUntyped(y.type)) {
                    convertUntyped(y, Types.basic(Type.Kind.STRING));
                }
                argTypes.add(x.type);
                argTypes.add(y.type);
                x.mode = Mode.VALUE;
                x.type = Types.basic(Type.Kind.INT);
                x.val = null;
                result = x.type;
            }
            case "delete" -> {
                Type[] mkey = {null};
                String[] why = {null};
                if (!underIs(x.type, u -> {
                    if (!(u instanceof Type.Map mu)) {
                        why[0] = "invalid argument: " + os(x) + " is not a map";
                        return false;
                    }
                    if (mkey[0] != null && !Types.identical(mu.key(), mkey[0])) {
                        why[0] = "invalid argument: maps of " + os(x) + " must have identical key types";
                        return false;
                    }
                    mkey[0] = mu.key();
                    return true;
                })) {
                    error(x.expr, why[0]);
                    return false;
                }
                Type.Map m = new Type.Map(mkey[0], Types.INVALID);
                Operand k = args.get(1);
                if (k.mode == Mode.INVALID) {
                    return false;
                }
                assignment(k, m.key(), "argument to delete");
                if (k.mode == Mode.INVALID) {
                    return false;
                }
                argTypes.add(x.type);
                argTypes.add(m.key());
                x.mode = Mode.NOVALUE;
            }
            case "make", "new" -> {
                Node.Expr a0 = call.args().get(0);
                Type t = varType(a0);
                if (t == Types.INVALID) {
                    for (int i = 1; i < call.args().size(); i++) {
                        use(call.args().get(i));
                    }
                    return false;
                }
                if (id.equals("new")) {
                    if (nargs > 1) {
                        error(call, "invalid operation: too many arguments for " + ExprString.of(call) + " (expected 1, found " + nargs + ")");
                        return false;
                    }
                    x.mode = Mode.VALUE;
                    x.type = new Type.Pointer(t);
                    x.val = null;
                    result = x.type;
                    argTypes.add(t);
                    break;
                }
                int min = switch (coreType(t)) {
                    case Type.Slice s -> 2;
                    case Type.Map m -> 1;
                    case Type.Chan c -> 1;
                    case null -> -2;
                    default -> -1;
                };
                if (min == -2) {
                    error(a0, "invalid argument: cannot make " + ExprString.of(a0) + ": no core type");
                    return false;
                }
                if (min < 0) {
                    error(a0, "invalid argument: cannot make " + ExprString.of(a0) + "; type must be slice, map, or channel");
                    return false;
                }
                if (nargs < min || min + 1 < nargs) {
                    error(call, "invalid operation: " + ExprString.of(call) + " expects " + min + " or " + (min + 1) + " arguments; found " + nargs);
                    return false;
                }
                argTypes.add(t);
                BigInteger[] sizes = new BigInteger[2];
                boolean valid = true;
                for (int i = 1; i < nargs; i++) {
                    Operand s = new Operand();
                    expr(s, call.args().get(i));
                    if (!isValidIndex(s, "index", false)) {
                        valid = false;
                    } else if (s.mode == Mode.CONSTANT) {
                        sizes[i - 1] = Constants.toInt(s.val);
                    }
                    argTypes.add(s.type);
                }
                if (sizes[0] != null && sizes[1] != null && sizes[0].compareTo(sizes[1]) > 0) {
                    error(call.args().get(1), "invalid argument: length and capacity swapped");
                }
                x.mode = Mode.VALUE;
                x.type = t;
                x.val = null;
                result = t;
            }
            case "panic" -> {
                if (fn != null) {
                    panicCalls.add(call);
                }
                assignment(x, Universe.ANY, "argument to panic");
                if (x.mode == Mode.INVALID) {
                    return false;
                }
                argTypes.add(Universe.ANY);
                x.mode = Mode.NOVALUE;
            }
            case "print", "println" -> {
                for (int i = 0; i < nargs; i++) {
                    Operand a = args.get(i);
                    if (a.mode == Mode.INVALID) {
                        return false;
                    }
                    assignment(a, null, "argument to " + id);
                    if (a.mode == Mode.INVALID) {
                        return false;
                    }
                    argTypes.add(a.type);
                }
                x.mode = Mode.NOVALUE;
            }
            case "recover" -> {
                x.mode = Mode.VALUE;
                x.type = Universe.ANY;
                x.val = null;
                result = x.type;
            }
            case "real", "imag" -> {
                if (x.mode != Mode.CONSTANT && Types.isUntyped(x.type)) {
                    // an untyped non-constant argument (a shift) becomes complex128
                    convertUntyped(x, Types.basic(Type.Kind.COMPLEX128));
                    if (x.mode == Mode.INVALID) {
                        return false;
                    }
                }
                Type.Kind ak = Types.kindOf(x.type);
                if (ak == null || !(ak.isComplex() || ak.isUntyped() && ak.isNumeric())) {
                    error(x.expr, "invalid argument: argument has type " + ts(x.type) + ", expected complex type");
                    return false;
                }
                Type.Kind k = Types.kindOf(x.type);
                Type rt = k == Type.Kind.COMPLEX64 ? Types.basic(Type.Kind.FLOAT32)
                        : k.isUntyped() ? Types.basic(Type.Kind.UNTYPED_FLOAT) : Types.basic(Type.Kind.FLOAT64);
                argTypes.add(x.type);
                if (x.mode == Mode.CONSTANT) {
                    Object v = x.val instanceof Constants.Cx c ? (id.equals("real") ? c.re() : c.im())
                            : id.equals("real") ? x.val : BigInteger.ZERO;
                    x.val = Constants.asFloat(v);
                } else {
                    x.mode = Mode.VALUE;
                }
                x.type = rt;
                result = rt;
            }
            case "complex" -> {
                Operand y = args.get(1);
                if (y.mode == Mode.INVALID) {
                    return false;
                }
                // as types2: an untyped argument takes the other's type; two untyped
                // non-constant ones (shifts) become float64
                boolean xu = Types.isUntyped(x.type);
                boolean yu = Types.isUntyped(y.type);
                if (xu && !yu) {
                    convertUntyped(x, y.type);
                } else if (yu && !xu) {
                    convertUntyped(y, x.type);
                } else if (xu) {
                    if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                        Type uf = Types.basic(Type.Kind.UNTYPED_FLOAT);
                        if (!(x.val instanceof Constants.Cx c && !Constants.isZero(c.im()))) {
                            x.type = uf;
                        }
                        if (!(y.val instanceof Constants.Cx c && !Constants.isZero(c.im()))) {
                            y.type = uf;
                        }
                    } else {
                        convertUntyped(x, Types.basic(Type.Kind.FLOAT64));
                        convertUntyped(y, Types.basic(Type.Kind.FLOAT64));
                    }
                }
                if (x.mode == Mode.INVALID || y.mode == Mode.INVALID) {
                    return false;
                }
                if (!Types.identical(x.type, y.type)) {
                    error(x.expr, "invalid operation: " + ExprString.of(call) + " (mismatched types " + ts(x.type) + " and " + ts(y.type) + ")");
                    return false;
                }
                Type.Kind k = Types.kindOf(x.type);
                if (k == null || !(k.isFloat() || k.isInteger() && k.isUntyped())) {
                    error(x.expr, "invalid argument: arguments have type " + ts(x.type) + ", expected floating-point");
                    return false;
                }
                Type rt = k == Type.Kind.FLOAT32 ? Types.basic(Type.Kind.COMPLEX64)
                        : k.isUntyped() ? Types.basic(Type.Kind.UNTYPED_COMPLEX) : Types.basic(Type.Kind.COMPLEX128);
                argTypes.add(x.type);
                argTypes.add(y.type);
                if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                    x.val = new Constants.Cx(Constants.asFloat(x.val), Constants.asFloat(y.val));
                } else {
                    x.mode = Mode.VALUE;
                    x.val = null;
                }
                x.type = rt;
                result = rt;
            }
            default -> {
                return false;
            }
        }
        // record the built-in's signature for this call, as go/types does
        List<Obj.Var> ps = new ArrayList<>();
        for (Type t : argTypes) {
            ps.add(new Obj.Var("", t, null, -1, false));
        }
        List<Obj.Var> rs = result == null ? List.of() : List.of(new Obj.Var("", result, null, -1, false));
        Node.Expr f = call.fun();
        while (f instanceof Node.Paren p) {
            recordType(f, Mode.BUILTIN, new Type.Signature(null, new Type.Tuple(ps), new Type.Tuple(rs),
                    id.equals("append") && call.ellipsis() || id.startsWith("print")), null);
            f = p.x();
        }
        recordType(f, Mode.BUILTIN, new Type.Signature(null, new Type.Tuple(ps), new Type.Tuple(rs), false), null);
        return true;
    }

    private boolean hasCallOrRecv;
    private final Set<Node.Call> panicCalls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    // ------------------------------------------------------------------ composite and function literals

    private void compositeLit(Operand x, Node.CompositeLit e, Type hint) {
        Type typ;
        Type base;
        boolean openArray = false;
        if (e.type() != null) {
            if (e.type() instanceof Node.ArrayType at && at.len() instanceof Node.Ellipsis) {
                Type elem = varType(at.elt());
                long n = indexedElts(e.elts(), elem, -1);
                typ = new Type.Array(n, elem);
                recordType(e.type(), Mode.TYPEXPR, typ, null);
                x.mode = Mode.VALUE;
                x.type = typ;
                return;
            }
            typ = typExpr(e.type());
            base = typ;
        } else if (hint != null) {
            typ = hint;
            Type ch = coreType(typ);
            base = ch instanceof Type.Pointer p ? p.elem() : typ; // *T implies &T{}
        } else {
            error(e, "invalid composite literal type %s".replace("%s", "") .trim().isEmpty() ? "missing type in composite literal" : "missing type in composite literal");
            for (Node.Expr el : e.elts()) {
                useElt(el);
            }
            invalid(x, e);
            return;
        }
        Type core = coreType(base);
        switch (core == null ? new Type.Tuple(List.of()) : core) {
            case Type.Struct st -> {
                if (e.elts().isEmpty()) {
                    break;
                }
                List<Type.Field> fields = st.fields();
                if (e.elts().get(0) instanceof Node.KeyValue) {
                    boolean[] visited = new boolean[fields.size()];
                    for (Node.Expr el : e.elts()) {
                        if (!(el instanceof Node.KeyValue kv)) {
                            error(el, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        Operand v = new Operand();
                        expr(v, kv.value());
                        if (!(kv.key() instanceof Node.Ident key)) {
                            error(kv, "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                            continue;
                        }
                        int i = -1;
                        for (int j = 0; j < fields.size(); j++) {
                            Type.Field f = fields.get(j);
                            if (!key.name().equals("_") && sameId(f.name(), f.pkg(), key.name(), pkg)) {
                                i = j;
                            }
                        }
                        if (i < 0) {
                            error(kv.key(), "unknown field '" + key.name() + "' in struct literal of type " + ts(base));
                            continue;
                        }
                        info.uses.put(key, fieldVar(fields.get(i)));
                        assignment(v, fields.get(i).type(), "struct literal");
                        if (visited[i]) {
                            error(kv, "duplicate field name " + key.name() + " in struct literal");
                            continue;
                        }
                        visited[i] = true;
                    }
                } else {
                    for (int i = 0; i < e.elts().size(); i++) {
                        Node.Expr el = e.elts().get(i);
                        if (el instanceof Node.KeyValue kv) {
                            error(kv, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        Operand v = new Operand();
                        expr(v, el);
                        if (i >= fields.size()) {
                            error(v.expr, "too many values in " + ts(base) + "{…}");
                            break;
                        }
                        Type.Field f = fields.get(i);
                        if (!isExported(f.name()) && f.pkg() != pkg) {
                            error(v.expr, "implicit assignment to unexported field " + f.name() + " in " + ts(base) + " literal");
                            continue;
                        }
                        assignment(v, f.type(), "struct literal");
                    }
                    if (e.elts().size() < fields.size()) {
                        error(e.rbrace(), "too few values in " + ts(base) + "{…}");
                    }
                }
            }
            case Type.Array a -> indexedElts(e.elts(), a.elem(), a.len());
            case Type.Slice s -> indexedElts(e.elts(), s.elem(), -1);
            case Type.Map m -> {
                Map<Object, List<Type>> visited = new HashMap<>();
                for (Node.Expr el : e.elts()) {
                    if (!(el instanceof Node.KeyValue kv)) {
                        error(el, "missing key in map literal");
                        use(el);
                        continue;
                    }
                    Operand k = new Operand();
                    exprWithHint(k, kv.key(), m.key());
                    assignment(k, m.key(), "map literal");
                    if (k.mode == Mode.CONSTANT) {
                        Object key = Constants.key(k.val);
                        boolean dup = false;
                        List<Type> seen = visited.computeIfAbsent(key, kk -> new ArrayList<>());
                        if (Types.isInterface(m.key())) {
                            for (Type vt : seen) {
                                dup |= Types.identical(vt, k.type);
                            }
                        } else {
                            dup = !seen.isEmpty();
                        }
                        seen.add(k.type);
                        if (dup) {
                            error(k.expr, "duplicate key " + Constants.toString(k.val) + " in map literal");
                            continue;
                        }
                    }
                    Operand v = new Operand();
                    exprWithHint(v, kv.value(), m.elem());
                    assignment(v, m.elem(), "map literal");
                }
            }
            default -> {
                for (Node.Expr el : e.elts()) {
                    useElt(el);
                }
                if (base.underlying() != Types.INVALID) {
                    error(e, "invalid composite literal type " + ts(typ));
                }
                invalid(x, e);
                return;
            }
        }
        x.mode = Mode.VALUE;
        x.type = typ;
    }

    private void useElt(Node.Expr el) {
        if (el instanceof Node.KeyValue kv) {
            use(kv.value());
        } else {
            use(el);
        }
    }

    private long indexedElts(List<Node.Expr> elts, Type typ, long length) {
        Set<Long> visited = new HashSet<>();
        long index = 0;
        long max = 0;
        for (Node.Expr e : elts) {
            boolean validIndex = false;
            Node.Expr eval = e;
            if (e instanceof Node.KeyValue kv) {
                Operand k = new Operand();
                expr(k, kv.key());
                if (isValidIndex(k, "index", false)) {
                    if (k.mode == Mode.CONSTANT) {
                        long i = Constants.toInt(k.val).longValue();
                        if (length >= 0 && i >= length) {
                            error(k.expr, "invalid argument: index " + i + " out of bounds [0:" + length + "]");
                        } else {
                            index = i;
                            validIndex = true;
                        }
                    } else {
                        error(e, "index " + ExprString.of(kv.key()) + " must be integer constant");
                    }
                }
                eval = kv.value();
            } else if (length >= 0 && index >= length) {
                error(e, "index " + index + " is out of bounds (>= " + length + ")");
            } else {
                validIndex = true;
            }
            if (validIndex) {
                if (!visited.add(index)) {
                    error(e, "duplicate index " + index + " in array or slice literal");
                }
            }
            index++;
            if (index > max) {
                max = index;
            }
            Operand x = new Operand();
            exprWithHint(x, eval, typ);
            assignment(x, typ, "array or slice literal");
        }
        return max;
    }

    private void funcLit(Operand x, Node.FuncLit fl) {
        Scope saved = scope;
        scope = new Scope(scope);
        Type.Signature sig = signature(fl.type(), null);
        Scope sigScope = scope;
        scope = saved;
        recordType(fl.type(), Mode.TYPEXPR, sig, null);
        funcBody(fl, sig, saved, fl.body());
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    // ------------------------------------------------------------------ function bodies

    /** Checks a function's body (spec "Function declarations", "Terminating statements"). */
    private void funcBody(Node node, Type.Signature sig, Scope outer, Node.Block body) {
        FuncCtx ctx = new FuncCtx();
        ctx.sig = sig;
        ctx.node = node;
        ctx.outer = fn;
        FuncCtx savedFn = fn;
        Scope savedScope = scope;
        List<Obj.Var> savedVars = new ArrayList<>(funcVars);
        funcVars.clear();
        boolean savedCall = hasCallOrRecv;
        fn = ctx;
        scope = new Scope(outer);
        ctx.scope = scope;
        if (sig.recv() != null) {
            sig.recv().owner = node;
            declareVar(sig.recv(), null);
        }
        for (Obj.Var v : sig.params().vars()) {
            v.owner = node;
            declareVar(v, null);
        }
        for (Obj.Var v : sig.results().vars()) {
            v.owner = node;
            declareVar(v, null);
        }
        stmtList(new StmtCtx(), body.stmts());
        branches(body);
        if (sig.results().size() > 0 && !isTerminatingList(body.stmts(), "")) {
            error(body.rbrace(), "missing return");
        }
        // spec: "Implementation restriction: A compiler may make it illegal to declare a
        // variable inside a function body if the variable is never used."
        List<Obj.Var> unused = new ArrayList<>();
        for (Obj.Var v : funcVars) {
            if (!v.used && !v.name().equals("_") && !v.name().isEmpty()) {
                unused.add(v);
            }
        }
        unused.sort((a, b) -> Integer.compare(a.pos, b.pos));
        for (Obj.Var v : unused) {
            error(v.pos, v.name() + " declared but not used");
        }
        info.captures.put(node, List.copyOf(ctx.captures));
        funcVars.clear();
        funcVars.addAll(savedVars);
        fn = savedFn;
        scope = savedScope;
        hasCallOrRecv = savedCall;
    }

    /** Local aliases whose type is being evaluated (type T = T refers to itself). */
    private final Set<Obj.TypeName> localAliases = new HashSet<>();

    /** The local variables declared by var or := in the function being checked. */
    private final List<Obj.Var> funcVars = new ArrayList<>();

    private void declareVar(Obj.Var v, Node.Ident id) {
        if (v.name().isEmpty() || v.name().equals("_")) {
            return;
        }
        Obj prev = scope.insert(v.name(), v);
        if (prev != null && id != null) {
            error(id, v.name() + " redeclared in this block\n\t" + posString(objPos(prev)) + ": other declaration of " + v.name());
        }
    }

    private void declareObj(Node.Ident id, Obj o) {
        info.defs.put(id, o);
        if (id.name().equals("_")) {
            return;
        }
        Obj prev = scope.insert(id.name(), o);
        if (prev != null) {
            error(id, id.name() + " redeclared in this block\n\t" + posString(objPos(prev)) + ": other declaration of " + id.name());
            if (o instanceof Obj.Var v) {
                funcVars.remove(v); // not in scope: its use is not checked
            }
        }
    }

    private Obj.Var newLocal(Node.Ident id, Type t) {
        Obj.Var v = new Obj.Var(id.name(), t, pkg, id.pos(), false);
        v.owner = fn == null ? null : fn.node;
        funcVars.add(v);
        return v;
    }

    // ------------------------------------------------------------------ statements

    /** Where a statement stands: what break, continue and fallthrough may do there. */
    record StmtCtx(boolean breakOk, boolean continueOk, boolean fallthroughOk, boolean finalCase, boolean typeSwitch) {
        StmtCtx() {
            this(false, false, false, false, false);
        }
    }

    private void openScope() {
        scope = new Scope(scope);
    }

    private void closeScope() {
        scope = scope.parent;
    }

    private void stmtList(StmtCtx ctx, List<Node.Stmt> list) {
        StmtCtx inner = new StmtCtx(ctx.breakOk(), ctx.continueOk(), false, false, ctx.typeSwitch());
        // trailing empty statements are ignored when judging fallthrough placement
        int last = list.size() - 1;
        while (last >= 0 && list.get(last) instanceof Node.EmptyStmt) {
            last--;
        }
        for (int i = 0; i < list.size(); i++) {
            StmtCtx c = inner;
            if (ctx.fallthroughOk() && i == last) {
                c = new StmtCtx(ctx.breakOk(), ctx.continueOk(), true, ctx.finalCase(), ctx.typeSwitch());
            } else if (i == last && ctx.finalCase()) {
                c = new StmtCtx(ctx.breakOk(), ctx.continueOk(), false, true, ctx.typeSwitch());
            }
            stmt(c, list.get(i));
        }
    }

    private void stmt(StmtCtx ctx, Node.Stmt s) {
        // as types2, the checks a statement deferred (constraint satisfaction, ...) run at its end
        int mark = later.size();
        stmt0(ctx, s);
        if (later.size() > mark) {
            for (int i = mark; i < later.size(); i++) {
                later.get(i).run();
            }
            later.subList(mark, later.size()).clear();
        }
    }

    private void stmt0(StmtCtx ctx, Node.Stmt s) {
        switch (s) {
            case Node.EmptyStmt e -> { }
            case Node.DeclStmt d -> declStmt(d.decl());
            case Node.Labeled l -> stmt(ctx, l.stmt());
            case Node.ExprStmt es -> {
                Operand x = new Operand();
                hasCallOrRecv = false;
                rawExpr(x, es.x(), null);
                String msg;
                switch (x.mode) {
                    case INVALID -> {
                        return;
                    }
                    case BUILTIN -> msg = "must be called";
                    case TYPEXPR -> msg = "is not an expression";
                    default -> {
                        if (isStatementExpr(es.x())) {
                            return;
                        }
                        msg = "is not used";
                    }
                }
                error(x.expr, os(x) + " " + msg);
            }
            case Node.Send send -> {
                Operand ch = new Operand();
                Operand val = new Operand();
                expr(ch, send.chan());
                expr(val, send.value());
                if (ch.mode == Mode.INVALID || val.mode == Mode.INVALID) {
                    return;
                }
                if (ch.type instanceof Type.TypeParam && coreType(ch.type) == null) {
                    error(s, "invalid operation: cannot send to " + os(ch) + ": no core type");
                    return;
                }
                if (!(coreType(ch.type) instanceof Type.Chan c)) {
                    error(s, "invalid operation: cannot send to non-channel " + os(ch));
                    return;
                }
                if (c.dir() == Type.Dir.RECV) {
                    error(s, "invalid operation: cannot send to receive-only channel " + os(ch));
                    return;
                }
                assignment(val, c.elem(), "send");
            }
            case Node.IncDec id -> {
                Operand x = new Operand();
                expr(x, id.x());
                if (x.mode == Mode.INVALID) {
                    return;
                }
                if (!allNumeric(x.type)) {
                    error(id.x(), "invalid operation: " + ExprString.of(id.x()) + id.tok().text + " (non-numeric type " + ts(x.type) + ")");
                    return;
                }
                assignVar(id.x(), x, true);
            }
            case Node.Assign a -> assignStmt(a);
            case Node.Go g -> suspendedCall("go", g.call());
            case Node.Defer d -> {
                if (fn != null) {
                    fn.hasDefer = true;
                }
                suspendedCall("defer", d.call());
            }
            case Node.Return r -> returnStmt(r);
            case Node.Branch b -> branchStmt(ctx, b);
            case Node.Block b -> {
                openScope();
                stmtList(ctx, b.stmts());
                closeScope();
            }
            case Node.If is -> {
                openScope();
                if (is.init() != null) {
                    simpleStmt(is.init());
                }
                Operand x = new Operand();
                expr(x, is.cond());
                if (x.mode != Mode.INVALID && !allBoolean(x.type)) {
                    error(is.cond(), "non-boolean condition in if statement");
                }
                if (x.mode != Mode.INVALID && Types.isUntyped(x.type)) {
                    updateExprType(x.expr, Types.basic(Type.Kind.BOOL), true);
                }
                StmtCtx inner = new StmtCtx(ctx.breakOk(), ctx.continueOk(), false, false, ctx.typeSwitch());
                stmt(inner, is.then());
                if (is.els() != null) {
                    stmt(inner, is.els());
                }
                closeScope();
            }
            case Node.Switch sw -> switchStmt(ctx, sw);
            case Node.TypeSwitch ts -> typeSwitchStmt(ctx, ts);
            case Node.Select sel -> {
                StmtCtx inner = new StmtCtx(true, ctx.continueOk(), false, false, false);
                for (Node.CommClause cc : sel.clauses()) {
                    boolean valid = cc.comm() == null || cc.comm() instanceof Node.Send
                            || cc.comm() instanceof Node.ExprStmt es && isReceive(es.x())
                            || cc.comm() instanceof Node.Assign as && as.rhs().size() == 1 && isReceive(as.rhs().get(0));
                    if (!valid) {
                        // Go places this at the statement's position, a binary expression's operator
                        int at = cc.comm() instanceof Node.ExprStmt es && es.x() instanceof Node.Binary b ? b.opPos() : cc.comm().pos();
                        error(at, "select case must be send or receive (possibly with assignment)");
                        continue;
                    }
                    openScope();
                    if (cc.comm() != null) {
                        simpleStmt(cc.comm());
                    }
                    stmtList(inner, cc.body());
                    closeScope();
                }
            }
            case Node.For f -> {
                openScope();
                if (f.init() != null) {
                    simpleStmt(f.init());
                }
                if (f.cond() != null) {
                    Operand x = new Operand();
                    expr(x, f.cond());
                    if (x.mode != Mode.INVALID && !allBoolean(x.type)) {
                        error(f.cond(), "non-boolean condition in for statement");
                    }
                    if (x.mode != Mode.INVALID && Types.isUntyped(x.type)) {
                        updateExprType(x.expr, Types.basic(Type.Kind.BOOL), true);
                    }
                }
                if (f.post() != null) {
                    if (f.post() instanceof Node.Assign pa && pa.tok() == Token.DEFINE) {
                        error(f.post(), "cannot declare in post statement of for loop");
                    }
                    simpleStmt(f.post());
                }
                stmt(new StmtCtx(true, true, false, false, false), f.body());
                closeScope();
            }
            case Node.Range r -> rangeStmt(r);
            case Node.CaseClause c -> error(s, "invalid statement");
            case Node.CommClause c -> error(s, "invalid statement");
        }
    }

    private static boolean isReceive(Node.Expr e) {
        while (e instanceof Node.Paren p) {
            e = p.x();
        }
        return e instanceof Node.Unary u && u.op() == Token.ARROW;
    }

    /** Whether an expression may stand as a statement: a call (not a conversion or value built-in) or a receive. */
    private boolean isStatementExpr(Node.Expr e) {
        while (e instanceof Node.Paren p) {
            e = p.x();
        }
        if (isReceive(e)) {
            return true;
        }
        if (e instanceof Node.Call c) {
            Info.TypeAndValue ft = info.types.get(c.fun());
            if (ft == null) {
                return true;
            }
            if (ft.mode() == Info.Mode.TYPE) {
                return false;
            }
            if (ft.mode() == Info.Mode.BUILTIN) {
                Node.Expr f = c.fun();
                while (f instanceof Node.Paren p) {
                    f = p.x();
                }
                String name = f instanceof Node.Ident id ? id.name() : "";
                return switch (name) {
                    case "copy", "delete", "panic", "print", "println", "recover", "close" -> true;
                    default -> false;
                };
            }
            return true;
        }
        return false;
    }

    private void simpleStmt(Node.Stmt s) {
        stmt(new StmtCtx(), s);
    }

    private void suspendedCall(String keyword, Node.Call call) {
        Operand x = new Operand();
        rawExpr(x, call, null);
        if (x.mode == Mode.INVALID) {
            return;
        }
        Info.TypeAndValue ft = info.types.get(call.fun());
        String msg;
        if (ft != null && ft.mode() == Info.Mode.TYPE) {
            msg = "requires function call, not conversion";
        } else if (isStatementExpr(call)) {
            return;
        } else {
            msg = "discards result of";
        }
        error(x.expr, keyword + " " + msg + " " + os(x));
    }

    private void declStmt(Node.GenDecl d) {
        Node.ValueSpec lastConst = null;
        for (Node.Spec sp : d.specs()) {
            switch (sp) {
                case Node.ValueSpec vs when d.tok() == Token.CONST -> {
                    boolean inherited = vs.type() == null && vs.values().isEmpty() && lastConst != null;
                    if (!inherited) {
                        lastConst = vs;
                    }
                    Node.ValueSpec src = inherited ? lastConst : vs;
                    List<Obj.Const> cs = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Node.Ident id = vs.names().get(i);
                        Obj.Const c = new Obj.Const(id.name(), null, pkg, id.pos(), null);
                        cs.add(c);
                        BigInteger savedIota = iota;
                        int savedErr = errpos;
                        iota = BigInteger.valueOf(vs.index());
                        errpos = inherited ? id.pos() : -1;
                        Type t = null;
                        if (src.type() != null) {
                            t = typExpr(src.type());
                            if (!(t.underlying() instanceof Type.Basic)) {
                                if (t != Types.INVALID) {
                                    error(src.type(), "invalid constant type " + ts(t));
                                }
                                t = Types.INVALID;
                            }
                        }
                        Node.Expr init = i < src.values().size() ? src.values().get(i) : null;
                        Operand x = new Operand();
                        if (init != null && t != Types.INVALID) {
                            expr(x, init);
                            constInit(c, t, x, init);
                        } else {
                            c.setType(Types.INVALID);
                        }
                        iota = savedIota;
                        errpos = savedErr;
                    }
                    arityCheck(vs, src, true);
                    for (int i = 0; i < cs.size(); i++) {
                        declareObj(vs.names().get(i), cs.get(i));
                    }
                }
                case Node.ValueSpec vs -> {
                    List<Obj.Var> lhs = new ArrayList<>();
                    for (Node.Ident id : vs.names()) {
                        lhs.add(newLocal(id, null));
                    }
                    Type t = vs.type() == null ? null : varType(vs.type());
                    if (t != null) {
                        for (Obj.Var v : lhs) {
                            v.setType(t);
                        }
                    }
                    if (!vs.values().isEmpty()) {
                        if (vs.values().size() < vs.names().size() && vs.values().size() != 1
                                || vs.values().size() > vs.names().size()) {
                            arityCheck(vs, vs, false);
                            for (Obj.Var v : lhs) {
                                v.used = true;
                                if (v.type() == null) {
                                    v.setType(Types.INVALID);
                                }
                            }
                            for (Node.Expr e : vs.values()) {
                                use(e);
                            }
                        } else {
                            initVars(lhs, vs.values(), null);
                        }
                    } else if (t == null) {
                        for (Obj.Var v : lhs) {
                            v.setType(Types.INVALID);
                        }
                    }
                    for (int i = 0; i < lhs.size(); i++) {
                        declareObj(vs.names().get(i), lhs.get(i));
                    }
                }
                case Node.TypeSpec ts -> {
                    if (!currentTypeParams().isEmpty() && checkingInstance == null) {
                        Source src = file.source();
                        noderErrors.add(new TypeErrors.Diagnostic(src.name(), src.line(d.pos()), src.column(d.pos()), d.pos(),
                                "type declarations inside generic functions are not currently supported"));
                    }
                    Obj.TypeName tn = new Obj.TypeName(ts.name().name(), null, pkg, ts.name().pos());
                    tn.localIndex = localTypeIndex.getOrDefault(ts, 0);
                    declareObj(ts.name(), tn);
                    if (ts.alias()) {
                        localAliases.add(tn);
                        Type t = typExpr(ts.type());
                        localAliases.remove(tn);
                        tn.setType(t);
                    } else {
                        Type.Named named = new Type.Named(tn);
                        tn.setType(named);
                        Type u = typExpr(ts.type());
                        if (u == named) {
                            cycleError(List.of(tn), true); // type T T
                            u = Types.INVALID;
                        }
                        named.setUnderlying(u.underlying());
                        List<Type.Named> path = new ArrayList<>();
                        if (!validType(named, path, new HashSet<>())) {
                            named.setUnderlying(Types.INVALID);
                        }
                    }
                }
                case Node.ImportSpec is -> error(is, "imports must appear before other declarations");
            }
        }
    }

    // ------------------------------------------------------------------ assignments

    /** Initializes variables from values (spec "Variable declarations"); context for messages. */
    private void initVars(List<Obj.Var> lhs, List<Node.Expr> origRhs, Node.Return ret) {
        initVars(lhs, origRhs, ret, ret != null ? "return statement" : "variable declaration");
    }

    private void initVars(List<Obj.Var> lhs, List<Node.Expr> origRhs, Node.Return ret, String context) {
        List<Operand> rhs = exprList(origRhs);
        boolean commaOk = false;
        if (lhs.size() == 2 && origRhs.size() == 1 && rhs.size() == 1
                && (rhs.get(0).mode == Mode.COMMAOK || rhs.get(0).mode == Mode.MAPINDEX)) {
            commaOk = true;
        }
        if (lhs.size() != rhs.size() && !commaOk) {
            for (Obj.Var v : lhs) {
                v.used = true;
                if (v.type() == null) {
                    v.setType(Types.INVALID);
                }
            }
            for (Operand o : rhs) {
                if (o.mode == Mode.INVALID) {
                    return;
                }
            }
            if (ret != null) {
                int at = ret.pos();
                String q = "not enough";
                if (rhs.size() > lhs.size()) {
                    at = rhs.get(lhs.size()).expr.pos();
                    q = "too many";
                } else if (!rhs.isEmpty()) {
                    at = rhs.get(rhs.size() - 1).expr.pos();
                }
                List<Type> have = new ArrayList<>();
                for (Operand o : rhs) {
                    have.add(o.type);
                }
                List<Type> want = new ArrayList<>();
                for (Obj.Var v : lhs) {
                    want.add(v.type());
                }
                error(at, q + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
                return;
            }
            assignError(origRhs, lhs.size(), rhs.size());
            return;
        }
        if (commaOk) {
            Operand x = rhs.get(0);
            Type t0 = initVar(lhs.get(0), x, context);
            Operand ok = new Operand();
            ok.mode = Mode.VALUE;
            ok.type = Types.basic(Type.Kind.UNTYPED_BOOL);
            ok.expr = null;
            initVar(lhs.get(1), ok, context);
            recordCommaOk(origRhs.get(0), x);
            return;
        }
        boolean failed = false;
        for (int i = 0; i < lhs.size(); i++) {
            if (initVar(lhs.get(i), rhs.get(i), context) == null) {
                failed = true;
            }
        }
        if (failed) {
            for (Obj.Var v : lhs) {
                v.used = true;
            }
        }
    }

    /** Records a comma-ok expression's two results: its mode COMMAOK and type (T, bool). */
    private void recordCommaOk(Node.Expr e, Operand x) {
        Node.Expr inner = e;
        while (true) {
            Info.TypeAndValue tv = info.types.get(inner);
            if (tv != null && x.mode != Mode.INVALID) {
                info.types.put(inner, new Info.TypeAndValue(Info.Mode.COMMAOK, x.type, null));
            }
            if (inner instanceof Node.Paren p) {
                inner = p.x();
            } else {
                break;
            }
        }
    }

    private void assignError(List<Node.Expr> rhs, int nvars, int nvals) {
        String vars = nvars + " variable" + (nvars == 1 ? "" : "s");
        String vals = nvals + " value" + (nvals == 1 ? "" : "s");
        Node.Expr rhs0 = rhs.get(0);
        Node.Expr u = rhs0;
        while (u instanceof Node.Paren p) {
            u = p.x();
        }
        if (rhs.size() == 1 && u instanceof Node.Call call) {
            error(rhs0, "assignment mismatch: " + vars + " but " + ExprString.of(call.fun()) + " returns " + vals);
            return;
        }
        error(rhs0, "assignment mismatch: " + vars + " but " + vals);
    }

    /** Initializes one variable; returns its type, or null if the initialization failed. */
    private Type initVar(Obj.Var lhs, Operand x, String context) {
        if (x.mode == Mode.INVALID || x.type == Types.INVALID || lhs.type() == Types.INVALID) {
            if (lhs.type() == null) {
                lhs.setType(Types.INVALID);
            }
            lhs.used = true;
            return null;
        }
        if (lhs.type() == null) {
            Type t = x.type;
            if (Types.isUntyped(t)) {
                if (t == Types.UNTYPED_NIL) {
                    error(x.expr, "use of untyped nil in " + context);
                    lhs.setType(Types.INVALID);
                    lhs.used = true;
                    return null;
                }
                t = Types.defaultType(t);
            }
            lhs.setType(t);
        }
        assignment(x, lhs.type(), context);
        if (x.mode == Mode.INVALID) {
            lhs.used = true;
            return null;
        }
        return x.type;
    }

    /** Assigns x to the expression lhs (spec "Assignment statements"). */
    private Type assignVar(Node.Expr lhs, Operand x, boolean evaluated) {
        if (x.mode == Mode.INVALID || x.type == Types.INVALID) {
            useLhs(lhs);
            return null;
        }
        Node.Expr l = lhs;
        while (l instanceof Node.Paren p) {
            l = p.x();
        }
        if (l instanceof Node.Ident id && id.name().equals("_")) {
            info.defs.put(id, null);
            assignment(x, null, "assignment to _ identifier");
            return x.mode == Mode.INVALID ? null : x.type;
        }
        // a plain variable does not count as used by being assigned to
        Obj.Var v = null;
        boolean wasUsed = false;
        if (l instanceof Node.Ident id && lookup(id.name()) instanceof Obj.Var vv) {
            v = vv;
            wasUsed = v.used;
        }
        Operand z = new Operand();
        expr(z, lhs);
        if (v != null && v.pkg() == pkg && !evaluated) {
            v.used = wasUsed;
        }
        if (l instanceof Node.Ident id && info.uses.get(id) instanceof Obj.Var assigned) {
            assigned.reassigned = true;
        }
        if (z.mode == Mode.INVALID) {
            return null;
        }
        switch (z.mode) {
            case VARIABLE, MAPINDEX -> { }
            default -> {
                if (lhs instanceof Node.Selector sel && info.types.get(sel.x()) != null
                        && info.types.get(sel.x()).mode() == Info.Mode.MAPINDEX) {
                    error(z.expr, "cannot assign to struct field " + ExprString.of(z.expr) + " in map");
                    return null;
                }
                error(z.expr, "cannot assign to " + os(z));
                return null;
            }
        }
        assignment(x, z.type, "assignment");
        return x.mode == Mode.INVALID ? null : x.type;
    }

    private void useLhs(Node.Expr lhs) {
        Node.Expr l = lhs;
        while (l instanceof Node.Paren p) {
            l = p.x();
        }
        if (l instanceof Node.Ident id && id.name().equals("_")) {
            return;
        }
        use(lhs);
    }

    private void assignStmt(Node.Assign a) {
        Token tok = a.tok();
        if (tok == Token.DEFINE) {
            shortVarDecl(a);
            return;
        }
        if (tok == Token.ASSIGN) {
            assignVars(a.lhs(), a.rhs());
            return;
        }
        if (a.lhs().size() != 1 || a.rhs().size() != 1) {
            error(a, "assignment operation " + tok.text + " requires single-valued expressions");
            return;
        }
        Operand x = new Operand();
        Token op = tok.binaryOfAssign();
        binary(x, null, a.lhs().get(0), a.rhs().get(0), op, a.tokPos());
        if (x.expr == null) {
            x.expr = a.lhs().get(0);
        }
        assignVar(a.lhs().get(0), x, true);
    }

    private void assignVars(List<Node.Expr> lhs, List<Node.Expr> origRhs) {
        List<Operand> rhs = exprList(origRhs);
        boolean commaOk = lhs.size() == 2 && origRhs.size() == 1 && rhs.size() == 1
                && (rhs.get(0).mode == Mode.COMMAOK || rhs.get(0).mode == Mode.MAPINDEX);
        if (lhs.size() != rhs.size() && !commaOk) {
            for (Node.Expr l : lhs) {
                useLhs(l);
            }
            for (Operand o : rhs) {
                if (o.mode == Mode.INVALID) {
                    return;
                }
            }
            assignError(origRhs, lhs.size(), rhs.size());
            return;
        }
        if (commaOk) {
            Operand x = rhs.get(0);
            assignVar(lhs.get(0), x, false);
            Operand ok = new Operand();
            ok.mode = Mode.VALUE;
            ok.type = Types.basic(Type.Kind.UNTYPED_BOOL);
            assignVar(lhs.get(1), ok, false);
            recordCommaOk(origRhs.get(0), x);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            if (assignVar(lhs.get(i), rhs.get(i), false) == null) {
                ok = false;
            }
        }
        // avoid follow-on "declared but not used" errors if an assignment failed
        if (!ok) {
            for (Node.Expr l : lhs) {
                Node.Expr u = l;
                while (u instanceof Node.Paren p) {
                    u = p.x();
                }
                if (u instanceof Node.Ident id && lookup(id.name()) instanceof Obj.Var v && v.pkg() == pkg) {
                    v.used = true;
                }
            }
        }
    }

    private void shortVarDecl(Node.Assign a) {
        List<Obj.Var> lhsVars = new ArrayList<>();
        List<Obj.Var> newVars = new ArrayList<>();
        List<Node.Ident> newIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasErr = false;
        for (Node.Expr l : a.lhs()) {
            if (!(l instanceof Node.Ident id)) {
                use(l);
                error(l, "non-name " + ExprString.of(l) + " on left side of :=");
                hasErr = true;
                lhsVars.add(new Obj.Var("_", null, pkg, l.pos(), false));
                continue;
            }
            String name = id.name();
            if (!name.equals("_") && !seen.add(name)) {
                error(id, name + " repeated on left side of :=");
                hasErr = true;
                lhsVars.add(new Obj.Var("_", null, pkg, id.pos(), false));
                continue;
            }
            Obj alt = scope.lookup(name);
            if (alt != null) {
                info.uses.put(id, alt);
                if (alt instanceof Obj.Var v) {
                    v.reassigned = true;
                    lhsVars.add(v);
                    noteVarRef(v);
                } else {
                    error(id, "cannot assign to " + name);
                    hasErr = true;
                    lhsVars.add(new Obj.Var("_", null, pkg, id.pos(), false));
                }
                continue;
            }
            Obj.Var v = newLocal(id, null);
            if (name.equals("_")) {
                funcVars.remove(v);
                info.defs.put(id, v);
            } else {
                newVars.add(v);
                newIds.add(id);
            }
            lhsVars.add(v);
        }
        // the rhs is checked before the new variables are in scope
        List<Obj.Var> fresh = new ArrayList<>(newVars);
        initVarsForDefine(lhsVars, fresh, a.rhs());
        for (int i = 0; i < newVars.size(); i++) {
            Obj.Var v = newVars.get(i);
            if (v.type() == null) {
                v.setType(Types.INVALID);
            }
            declareObj(newIds.get(i), v);
        }
        if (newVars.isEmpty() && !hasErr) {
            boolean onlyBlank = true;
            for (Node.Expr l : a.lhs()) {
                onlyBlank &= l instanceof Node.Ident id && id.name().equals("_");
            }
            error(a.tokPos(), "no new variables on left side of :=");
        }
    }

    private void initVarsForDefine(List<Obj.Var> lhs, List<Obj.Var> fresh, List<Node.Expr> origRhs) {
        // existing variables are assigned, new ones initialized: check as an initialization
        // but give existing variables their own type
        Set<Obj.Var> isNew = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        isNew.addAll(fresh);
        for (Obj.Var v : lhs) {
            if (v.name().equals("_") && v.type() == null) {
                isNew.add(v);
            }
        }
        Map<Obj.Var, Boolean> usedBefore = new IdentityHashMap<>();
        for (Obj.Var v : lhs) {
            if (!isNew.contains(v)) {
                usedBefore.put(v, v.used);
            }
        }
        initVars(lhs, origRhs, null, "assignment");
        for (Map.Entry<Obj.Var, Boolean> e : usedBefore.entrySet()) {
            e.getKey().used = e.getValue() || e.getKey().used && false;
        }
    }

    private void returnStmt(Node.Return r) {
        Type.Tuple res = fn.sig.results();
        if (r.results().isEmpty() && res.size() > 0 && !res.vars().get(0).name().isEmpty()) {
            for (Obj.Var v : res.vars()) {
                Obj alt = lookup(v.name());
                if (alt != null && alt != v) {
                    error(r, "result parameter " + v.name() + " not in scope at return\n\t"
                            + posString(objPos(alt)) + ": inner declaration of var " + v.name() + " " + ts(v.type()));
                }
            }
            return;
        }
        if (!r.results().isEmpty() || res.size() > 0) {
            // result variables keep their used state
            List<Obj.Var> copies = new ArrayList<>();
            for (Obj.Var v : res.vars()) {
                copies.add(new Obj.Var(v.name(), v.type(), pkg, v.pos, false));
            }
            if (r.results().isEmpty()) {
                List<Type> want = new ArrayList<>();
                for (Obj.Var v : res.vars()) {
                    want.add(v.type());
                }
                error(r, "not enough return values\n\thave ()\n\twant " + typesSummary(want, false));
                return;
            }
            initVars(copies, r.results(), r);
        }
    }

    // ------------------------------------------------------------------ branches, switches, range

    private void branchStmt(StmtCtx ctx, Node.Branch b) {
        if (b.label() != null) {
            return; // resolved by branches()
        }
        switch (b.tok()) {
            case BREAK -> {
                if (!ctx.breakOk()) {
                    error(b, "break is not in a loop, switch, or select");
                }
            }
            case CONTINUE -> {
                if (!ctx.continueOk()) {
                    error(b, "continue is not in a loop");
                }
            }
            case FALLTHROUGH -> {
                if (ctx.typeSwitch() && (ctx.fallthroughOk() || ctx.finalCase())) {
                    error(b, "cannot fallthrough in type switch");
                } else if (ctx.finalCase()) {
                    error(b, "cannot fallthrough final case in switch");
                } else if (!ctx.fallthroughOk()) {
                    error(b, "fallthrough statement out of place");
                }
            }
            default -> { }
        }
    }

    private void switchStmt(StmtCtx ctx, Node.Switch sw) {
        openScope();
        if (sw.init() != null) {
            simpleStmt(sw.init());
        }
        Operand x = new Operand();
        if (sw.tag() != null) {
            expr(x, sw.tag());
            assignment(x, null, "switch expression");
            if (x.mode != Mode.INVALID && !comparable(x.type) && !hasNil(x.type)) {
                error(x.expr, "cannot switch on " + os(x) + " (" + ts(x.type) + " is not comparable)");
                x.mode = Mode.INVALID;
            }
        } else {
            x.mode = Mode.CONSTANT;
            x.type = Types.basic(Type.Kind.BOOL);
            x.val = Boolean.TRUE;
            x.expr = new Node.Ident(sw.rbrace(), "true");
        }
        int defaultAt = -1;
        Map<Object, List<Object[]>> seen = new HashMap<>();
        for (int i = 0; i < sw.clauses().size(); i++) {
            Node.CaseClause cc = sw.clauses().get(i);
            if (cc.list().isEmpty()) {
                if (defaultAt >= 0) {
                    error(cc, "multiple defaults in switch");
                }
                defaultAt = cc.pos();
            }
            for (Node.Expr e : cc.list()) {
                Operand v = new Operand();
                expr(v, e);
                if (x.mode == Mode.INVALID || v.mode == Mode.INVALID) {
                    continue;
                }
                Operand tagCopy = new Operand();
                tagCopy.set(x);
                convertUntyped(v, x.type);
                if (v.mode == Mode.INVALID) {
                    continue;
                }
                Operand res = new Operand();
                res.set(v);
                comparison(res, tagCopy, Token.EQL, true, e);
                if (res.mode == Mode.INVALID) {
                    continue;
                }
                if (v.mode == Mode.CONSTANT && !(v.val instanceof Boolean)) {
                    Object key = Constants.key(v.val);
                    List<Object[]> prev = seen.computeIfAbsent(key, k -> new ArrayList<>());
                    boolean dup = false;
                    for (Object[] p : prev) {
                        if (Types.identical((Type) p[0], v.type)) {
                            error(v.expr, "duplicate case " + os(v) + " in expression switch\n\t" + posString((Integer) p[1]) + ": previous case");
                            dup = true;
                            break;
                        }
                    }
                    if (!dup) {
                        prev.add(new Object[]{v.type, v.expr.pos()});
                    }
                }
            }
            openScope();
            boolean last = i == sw.clauses().size() - 1;
            stmtList(new StmtCtx(true, ctx.continueOk(), !last, last, false), cc.body());
            closeScope();
        }
        closeScope();
    }

    private void typeSwitchStmt(StmtCtx ctx, Node.TypeSwitch sw) {
        openScope();
        if (sw.init() != null) {
            simpleStmt(sw.init());
        }
        Node.Ident lhs = null;
        Node.Expr rhs;
        if (sw.assign() instanceof Node.Assign a) {
            lhs = (Node.Ident) a.lhs().get(0);
            rhs = a.rhs().get(0);
        } else {
            rhs = ((Node.ExprStmt) sw.assign()).x();
        }
        Node.TypeAssert guard = (Node.TypeAssert) rhs;
        if (lhs != null && lhs.name().equals("_")) {
            error(lhs, "no new variable on left side of :=");
            lhs = null;
        }
        if (lhs != null) {
            info.defs.put(lhs, null);
        }
        Operand x = new Operand();
        expr(x, guard.x());
        if (x.mode == Mode.INVALID) {
            closeScope();
            return;
        }
        if (x.type instanceof Type.TypeParam) {
            error(x.expr, "cannot use type switch on type parameter value " + os(x));
            closeScope();
            return;
        }
        if (!(x.type.underlying() instanceof Type.Interface)) {
            error(x.expr, os(x) + " is not an interface");
            closeScope();
            return;
        }
        recordType(guard, Mode.VALUE, x.type, null);
        List<Obj.Var> lhsVars = new ArrayList<>();
        boolean seenDefault = false;
        List<Object[]> seenTypes = new ArrayList<>();
        for (Node.CaseClause cc : sw.clauses()) {
            if (cc.list().isEmpty()) {
                if (seenDefault) {
                    error(cc, "multiple defaults in switch");
                }
                seenDefault = true;
            }
            Type single = null;
            for (Node.Expr e : cc.list()) {
                Type t;
                if (e instanceof Node.Ident id && id.name().equals("nil") && lookup("nil") instanceof Obj.Nil) {
                    info.uses.put(id, lookup("nil"));
                    recordType(e, Mode.VALUE, Types.UNTYPED_NIL, null);
                    t = null;
                } else {
                    t = varType(e);
                    if (t == Types.INVALID) {
                        single = Types.INVALID; // the clause's variable is invalid: no follow-on errors
                        continue;
                    }
                }
                boolean dup = false;
                for (Object[] p : seenTypes) {
                    if (t == null ? p[0] == null : p[0] != null && Types.identical((Type) p[0], t)) {
                        error(e, "duplicate case " + (t == null ? "nil" : ts(t)) + " in type switch\n\t" + posString((Integer) p[1]) + ": previous case");
                        dup = true;
                    }
                }
                if (!dup) {
                    seenTypes.add(new Object[]{t, e.pos()});
                }
                if (t != null) {
                    typeAssertion(e, x, t, true);
                }
                single = cc.list().size() == 1 ? t : null;
            }
            openScope();
            if (lhs != null) {
                Type vt = cc.list().size() == 1 && single != null ? single : x.type;
                if (cc.list().size() == 1 && single == null) {
                    vt = x.type; // case nil
                }
                Obj.Var v = new Obj.Var(lhs.name(), vt, pkg, lhs.pos(), false);
                v.owner = fn == null ? null : fn.node;
                scope.insert(lhs.name(), v);
                info.implicits.put(cc, v);
                lhsVars.add(v);
            }
            stmtList(new StmtCtx(true, ctx.continueOk(), false, false, true), cc.body());
            closeScope();
        }
        if (lhs != null) {
            boolean used = false;
            for (Obj.Var v : lhsVars) {
                used |= v.used;
            }
            for (Obj.Var v : lhsVars) {
                v.used = true;
            }
            if (!used) {
                error(lhs, lhs.name() + " declared but not used");
            }
        }
        closeScope();
    }

    private void rangeStmt(Node.Range r) {
        openScope();
        Operand x = new Operand();
        expr(x, r.x());
        Type key = null;
        Type val = null;
        if (x.mode != Mode.INVALID) {
            Type u = coreType(x.type);
            if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
                u = p.elem().underlying();
            }
            switch (u) {
                case null -> error(x.expr, "cannot range over " + os(x) + " (" + ts(x.type) + " has no core type)");
                case Type.Basic b when b.kind().isString() -> {
                    key = Types.basic(Type.Kind.INT);
                    val = Types.RUNE;
                    if (Types.isUntyped(x.type)) {
                        updateExprType(x.expr, Types.basic(Type.Kind.STRING), true);
                    }
                }
                case Type.Array a -> {
                    key = Types.basic(Type.Kind.INT);
                    val = a.elem();
                }
                case Type.Slice s -> {
                    key = Types.basic(Type.Kind.INT);
                    val = s.elem();
                }
                case Type.Map m -> {
                    key = m.key();
                    val = m.elem();
                }
                case Type.Chan c -> {
                    key = c.elem();
                    if (c.dir() == Type.Dir.SEND) {
                        error(x.expr, "invalid operation: range " + ExprString.of(x.expr) + " receive from send-only channel " + ts(x.type));
                        key = null;
                    } else if (r.value() != null) {
                        error(r.value(), "range over " + os(x) + " permits only one iteration variable");
                    }
                }
                default -> {
                    error(x.expr, "cannot range over " + os(x));
                }
            }
        }
        Node.Expr[] lhs = {r.key(), r.value()};
        Type[] rhs = {key, val};
        if (r.tok() == Token.DEFINE) {
            List<Obj.Var> vars = new ArrayList<>();
            List<Node.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Node.Ident id)) {
                    error(lhs[i], "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                    continue;
                }
                Obj.Var v = newLocal(id, rhs[i] == null ? Types.INVALID : rhs[i]);
                v.reassigned = true; // each iteration assigns the loop's one variable
                if (id.name().equals("_")) {
                    funcVars.remove(v);
                }
                info.defs.put(id, v);
                vars.add(v);
                ids.add(id);
                if (rhs[i] == null) {
                    v.used = true;
                }
            }
            for (int i = 0; i < vars.size(); i++) {
                declareObj(ids.get(i), vars.get(i));
            }
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (rhs[i] == null) {
                    useLhs(lhs[i]);
                    continue;
                }
                Operand y = new Operand();
                y.mode = Mode.VALUE;
                y.type = rhs[i];
                y.expr = lhs[i];
                assignVar(lhs[i], y, false);
            }
        }
        stmt(new StmtCtx(true, true, false, false, false), r.body());
        closeScope();
    }

    // ------------------------------------------------------------------ terminating statements

    /** Spec "Terminating statements". */
    private boolean isTerminating(Node.Stmt s, String label) {
        return switch (s) {
            case Node.Return r -> true;
            case Node.Branch b -> b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
            case Node.ExprStmt es -> {
                Node.Expr e = es.x();
                while (e instanceof Node.Paren p) {
                    e = p.x();
                }
                yield e instanceof Node.Call c && panicCalls.contains(c);
            }
            case Node.Block b -> isTerminatingList(b.stmts(), "");
            case Node.If i -> i.els() != null && isTerminating(i.then(), "") && isTerminating(i.els(), "");
            case Node.Labeled l -> isTerminating(l.stmt(), l.label().name());
            case Node.Switch sw -> {
                boolean hasDefault = false;
                for (Node.CaseClause cc : sw.clauses()) {
                    if (cc.list().isEmpty()) {
                        hasDefault = true;
                    }
                    if (!isTerminatingList(cc.body(), "") && !endsInFallthrough(cc.body()) || hasBreak(cc.body(), label, true)) {
                        yield false;
                    }
                }
                yield hasDefault;
            }
            case Node.TypeSwitch sw -> {
                boolean hasDefault = false;
                for (Node.CaseClause cc : sw.clauses()) {
                    if (cc.list().isEmpty()) {
                        hasDefault = true;
                    }
                    if (!isTerminatingList(cc.body(), "") || hasBreak(cc.body(), label, true)) {
                        yield false;
                    }
                }
                yield hasDefault;
            }
            case Node.Select sel -> {
                for (Node.CommClause cc : sel.clauses()) {
                    if (!isTerminatingList(cc.body(), "") || hasBreak(cc.body(), label, true)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Node.For f -> f.cond() == null && !hasBreak(f.body().stmts(), label, true);
            default -> false;
        };
    }

    private boolean endsInFallthrough(List<Node.Stmt> list) {
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Node.EmptyStmt) {
            i--;
        }
        return i >= 0 && list.get(i) instanceof Node.Branch b && b.tok() == Token.FALLTHROUGH;
    }

    private boolean isTerminatingList(List<Node.Stmt> list, String label) {
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Node.EmptyStmt) {
            i--;
        }
        return i >= 0 && isTerminating(list.get(i), label);
    }

    /** Whether list has a break that targets the enclosing statement (unlabeled at top level, or labeled with label). */
    private boolean hasBreak(List<Node.Stmt> list, String label, boolean implicit) {
        for (Node.Stmt s : list) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBreak(Node.Stmt s, String label, boolean implicit) {
        return switch (s) {
            case Node.Branch b -> b.tok() == Token.BREAK
                    && (b.label() == null ? implicit : b.label().name().equals(label));
            case Node.Block b -> hasBreak(b.stmts(), label, implicit);
            case Node.Labeled l -> hasBreak(l.stmt(), label, implicit);
            case Node.If i -> hasBreak(i.then(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
            case Node.CaseClause cc -> hasBreak(cc.body(), label, implicit);
            case Node.CommClause cc -> hasBreak(cc.body(), label, implicit);
            case Node.Switch sw -> !label.isEmpty() && sw.clauses().stream().anyMatch(c -> hasBreak(c.body(), label, false));
            case Node.TypeSwitch sw -> !label.isEmpty() && sw.clauses().stream().anyMatch(c -> hasBreak(c.body(), label, false));
            case Node.Select sel -> !label.isEmpty() && sel.clauses().stream().anyMatch(c -> hasBreak(c.body(), label, false));
            case Node.For f -> !label.isEmpty() && hasBreak(f.body(), label, false);
            case Node.Range r -> !label.isEmpty() && hasBreak(r.body(), label, false);
            default -> false;
        };
    }

    // ------------------------------------------------------------------ labels

    /** A label's declaration: the labeled statement, its block and index in it. */
    private record LabelDecl(Node.Labeled stmt, List<Node.Stmt> block, int blockPos, int index) {
    }

    /** Spec "Labeled statements", "Break/Continue/Goto statements": checks the labels of one body. */
    private void branches(Node.Block body) {
        Map<String, LabelDecl> labels = new LinkedHashMap<>();
        collectLabels(body.stmts(), body.pos(), labels);
        Set<String> used = new HashSet<>();
        List<Object[]> stack = new ArrayList<>(); // {block list, blockPos, index of current stmt}
        List<Node.Labeled> enclosing = new ArrayList<>();
        walkBranches(body.stmts(), body.pos(), labels, used, stack, enclosing);
        for (Map.Entry<String, LabelDecl> e : labels.entrySet()) {
            if (!used.contains(e.getKey())) {
                error(e.getValue().stmt().label(), "label " + e.getKey() + " defined and not used");
            }
        }
    }

    private void collectLabels(List<Node.Stmt> list, int blockPos, Map<String, LabelDecl> labels) {
        for (int i = 0; i < list.size(); i++) {
            Node.Stmt s = list.get(i);
            while (s instanceof Node.Labeled l) {
                String name = l.label().name();
                if (!name.equals("_")) {
                    LabelDecl prev = labels.get(name);
                    if (prev != null) {
                        error(l.label(), "label " + name + " already defined at " + posString(prev.stmt().label().pos()));
                    } else {
                        labels.put(name, new LabelDecl(l, list, blockPos, i));
                        Obj.Label lo = new Obj.Label(name, l.label().pos());
                        info.defs.put(l.label(), lo);
                    }
                }
                s = l.stmt();
            }
            forEachBlock(s, (b, p) -> collectLabels(b, p, labels));
        }
    }

    private void forEachBlock(Node.Stmt s, java.util.function.BiConsumer<List<Node.Stmt>, Integer> f) {
        switch (s) {
            case Node.Block b -> f.accept(b.stmts(), b.pos());
            case Node.If i -> {
                f.accept(i.then().stmts(), i.then().pos());
                if (i.els() != null) {
                    f.accept(List.of(i.els()), i.els().pos());
                }
            }
            case Node.For fo -> f.accept(fo.body().stmts(), fo.body().pos());
            case Node.Range r -> f.accept(r.body().stmts(), r.body().pos());
            case Node.Switch sw -> sw.clauses().forEach(c -> f.accept(c.body(), c.pos()));
            case Node.TypeSwitch sw -> sw.clauses().forEach(c -> f.accept(c.body(), c.pos()));
            case Node.Select sel -> sel.clauses().forEach(c -> f.accept(c.body(), c.pos()));
            case Node.Labeled l -> forEachBlock(l.stmt(), f);
            default -> { }
        }
    }

    private void walkBranches(List<Node.Stmt> list, int blockPos, Map<String, LabelDecl> labels, Set<String> used,
                              List<Object[]> stack, List<Node.Labeled> enclosing) {
        for (int i = 0; i < list.size(); i++) {
            Object[] frame = {list, blockPos, i};
            stack.add(frame);
            Node.Stmt s = list.get(i);
            int pushed = 0;
            while (s instanceof Node.Labeled l) {
                LabelDecl ld = labels.get(l.label().name());
                if (ld != null && ld.stmt() == l) { // a duplicate label labels nothing
                    enclosing.add(l);
                    pushed++;
                }
                s = l.stmt();
            }
            if (s instanceof Node.Branch b && b.label() != null) {
                String name = b.label().name();
                LabelDecl d = labels.get(name);
                switch (b.tok()) {
                    case GOTO -> {
                        if (d == null) {
                            error(b.label(), "label " + name + " not defined");
                        } else {
                            used.add(name);
                            info.uses.put(b.label(), info.defs.get(d.stmt().label()));
                            Object[] target = null;
                            for (Object[] fr : stack) {
                                if (fr[0] == d.block()) {
                                    target = fr;
                                }
                            }
                            if (target == null) {
                                error(b.label(), "goto " + name + " jumps into block starting at " + posString(d.blockPos()));
                            } else {
                                int from = (Integer) target[2];
                                // the syntax package names the last declaration before the label
                                for (int k = d.index() - 1; k > from; k--) {
                                    Node.Stmt ds = d.block().get(k);
                                    String v = declaredVar(ds);
                                    if (v != null) {
                                        // the syntax package's position of a := is its operator's, of a var its name's
                                        int at = ds instanceof Node.Assign as ? as.tokPos()
                                                : ((Node.ValueSpec) ((Node.DeclStmt) ds).decl().specs().get(0)).names().get(0).pos();
                                        error(b.label(), "goto " + name + " jumps over declaration of " + v + " at "
                                                + posString(at));
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    case BREAK, CONTINUE -> {
                        boolean cont = b.tok() == Token.CONTINUE;
                        Node.Labeled target = null;
                        for (Node.Labeled l : enclosing) {
                            if (l.label().name().equals(name)) {
                                target = l;
                            }
                        }
                        Node.Stmt ts = target == null ? null : unlabel(target);
                        boolean ok = ts != null && (cont ? ts instanceof Node.For || ts instanceof Node.Range
                                : ts instanceof Node.For || ts instanceof Node.Range || ts instanceof Node.Switch
                                || ts instanceof Node.TypeSwitch || ts instanceof Node.Select);
                        if (d != null) {
                            used.add(name);
                            info.uses.put(b.label(), info.defs.get(d.stmt().label()));
                        }
                        if (!ok) {
                            if (ts != null || d != null) {
                                error(b.label(), "invalid " + (cont ? "continue" : "break") + " label " + name);
                            } else {
                                error(b.label(), (cont ? "continue" : "break") + " label not defined: " + name);
                            }
                        }
                    }
                    default -> { }
                }
            }
            forEachBlock(s, (blk, p) -> walkBranches(blk, p, labels, used, stack, enclosing));
            for (int k = 0; k < pushed; k++) {
                enclosing.remove(enclosing.size() - 1);
            }
            stack.remove(stack.size() - 1);
        }
    }

    private static Node.Stmt unlabel(Node.Stmt s) {
        while (s instanceof Node.Labeled l) {
            s = l.stmt();
        }
        return s;
    }

    private static String declaredVar(Node.Stmt s) {
        if (s instanceof Node.DeclStmt d && d.decl().tok() == Token.VAR && !d.decl().specs().isEmpty()
                && d.decl().specs().get(0) instanceof Node.ValueSpec vs) {
            return vs.names().get(0).name();
        }
        if (s instanceof Node.Assign a && a.tok() == Token.DEFINE && a.lhs().get(0) instanceof Node.Ident id) {
            return id.name();
        }
        return null;
    }

    // ------------------------------------------------------------------ initialization order

    /**
     * Spec "Package initialization": package-level variables in dependency order, earliest
     * declared first among those ready; a variable depending on itself is a cycle.
     */
    private void initOrder() {
        runLater();
        // transitive variable dependencies, through functions
        Map<Obj, Set<Obj>> varDeps = new IdentityHashMap<>();
        List<Obj.Var> vars = new ArrayList<>();
        for (Obj o : objMap.keySet()) {
            if (o instanceof Obj.Var v) {
                vars.add(v);
            }
        }
        Set<Obj> reportedCycle = new HashSet<>();
        for (Obj.Var v : vars) {
            Set<Obj> deps = new LinkedHashSet<>();
            List<Obj> path = new ArrayList<>();
            path.add(v);
            List<Obj> cycle = findDeps(v, v, deps, new HashSet<>(), path);
            if (cycle != null && reportedCycle.add(v)) {
                boolean any = false;
                for (Obj c : cycle) {
                    any |= !reportedCycle.add(c) && c != v;
                }
                if (!any) {
                    cycleError(cycle, false, false);
                }
            }
            deps.remove(v);
            varDeps.put(v, deps);
        }
        Set<Obj> done = new HashSet<>();
        Set<DeclInfo> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj.Var> pending = new ArrayList<>(vars);
        while (!pending.isEmpty()) {
            Obj.Var next = null;
            for (Obj.Var v : pending) {
                boolean ready = true;
                for (Obj d : varDeps.get(v)) {
                    if (!done.contains(d) && pending.contains(d)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = v;
                    break;
                }
            }
            if (next == null) {
                next = pending.get(0); // a cycle, reported above
            }
            pending.remove(next);
            done.add(next);
            DeclInfo d = objMap.get(next);
            if (d.lhs != null) {
                if (emitted.add(d)) {
                    // n:1: one initializer for all, emitted once all are ready
                    for (Obj.Var o : d.lhs) {
                        done.add(o);
                        pending.remove(o);
                    }
                    info.initOrder.add(new Info.Initializer(List.copyOf(d.lhs), d.init));
                }
            } else if (d.init != null) {
                info.initOrder.add(new Info.Initializer(List.of(next), d.init));
            }
        }
    }

    /** Collects the variables o depends on (through functions); returns a cycle back to start, if any. */
    private List<Obj> findDeps(Obj start, Obj o, Set<Obj> out, Set<Obj> visitedFuncs, List<Obj> path) {
        DeclInfo d = objMap.get(o);
        if (d == null) {
            return null;
        }
        List<Obj> cycle = null;
        for (Obj dep : d.deps) {
            if (dep == start) {
                if (cycle == null) {
                    cycle = new ArrayList<>(path);
                }
                continue;
            }
            if (dep instanceof Obj.Var v) {
                if (out.add(v)) {
                    // variables reached through a function are dependencies too, transitively
                    path.add(v);
                    List<Obj> c = findDeps(start, v, out, visitedFuncs, path);
                    path.remove(path.size() - 1);
                    if (cycle == null && c != null) {
                        cycle = c;
                    }
                }
            } else if (dep instanceof Obj.Func f && visitedFuncs.add(f)) {
                path.add(f);
                List<Obj> c = findDeps(start, f, out, visitedFuncs, path);
                path.remove(path.size() - 1);
                if (cycle == null && c != null) {
                    cycle = c;
                }
            }
        }
        return cycle;
    }

    // ------------------------------------------------------------------ generics

    /** Whether a type parameter list's constraints are being evaluated (a generic type there is a cycle). */
    private boolean inTParamList;
    /**
     * Go 1.19's compiler (its noder, after type checking) does not take a type declared in a
     * generic function: reported if the package has no other error.
     */
    private final List<TypeErrors.Diagnostic> noderErrors = new ArrayList<>();

    /** The scope of a generic function's type parameters (or a method's receiver type parameters), for its body. */
    private final Map<Obj.Func, Scope> tparamScopes = new IdentityHashMap<>();
    /** The file each type parameter is declared in (for "cannot infer T (file:line:col)"). */
    private final Map<Obj.TypeName, Node.File> tparamFiles = new IdentityHashMap<>();

    /** The type parameters of the function whose body is being checked (for self-recursive inference). */
    List<Type.TypeParam> currentTypeParams() {
        for (FuncCtx f = fn; f != null; f = f.outer) {
            if (f.outer == null) {
                return f.sig == null ? List.of() : f.sig.typeParams();
            }
        }
        return List.of();
    }

    /** An object's declaration as Go prints it inside a message: the absolute file name, line and column. */
    String declPosString(Obj.TypeName o) {
        Node.File f = tparamFiles.getOrDefault(o, file);
        Source src = f.source();
        String name = java.nio.file.Path.of(src.name()).toAbsolutePath().normalize().toString();
        return name + ":" + src.line(o.pos) + ":" + src.column(o.pos);
    }

    /**
     * Declares the type parameters of a list in the current scope (spec "Type parameter
     * declarations"): first their names, so that constraints may refer to any of them, then
     * each field's constraint, evaluated once for its names.
     */
    private List<Type.TypeParam> collectTypeParams(List<Node.Field> list) {
        return collectTypeParams(list, tps -> { });
    }

    /** As above; declared receives the type parameters once their names are declared, before their constraints are. */
    private List<Type.TypeParam> collectTypeParams(List<Node.Field> list,
                                                   java.util.function.Consumer<List<Type.TypeParam>> declared) {
        List<Type.TypeParam> tps = new ArrayList<>();
        int index = 0;
        for (Node.Field f : list) {
            for (Node.Ident id : f.names()) {
                Obj.TypeName tn = new Obj.TypeName(id.name(), null, pkg, id.pos());
                Type.TypeParam tp = new Type.TypeParam(tn, index++, null);
                tn.setType(tp);
                tparamFiles.put(tn, file);
                declareObj(id, tn);
                tps.add(tp);
            }
        }
        declared.accept(List.copyOf(tps));
        index = 0;
        boolean saved = inTParamList;
        inTParamList = true;
        for (Node.Field f : list) {
            Type b = bound(f.type());
            for (int i = 0; i < f.names().size(); i++) {
                tps.get(index++).setBound(b);
            }
        }
        inTParamList = saved;
        return List.copyOf(tps);
    }

    /**
     * A type parameter's constraint: an interface, or a type set literal ({@code ~T}, {@code A | B})
     * or a type ({@code [T int]}) standing for the implicit interface of it.
     */
    private Type bound(Node.Expr e) {
        if (e instanceof Node.Binary b && b.op() == Token.OR || e instanceof Node.Unary u && u.op() == Token.TILDE) {
            Type.Interface it = new Type.Interface(List.of(), List.of(unionType(e)));
            it.implicit = true;
            recordType(e, Mode.TYPEXPR, it, null);
            return it;
        }
        Type t = typExpr(e);
        if (t instanceof Type.TypeParam) {
            error(e, "cannot use a type parameter as constraint");
            return Types.INVALID;
        }
        if (t != Types.INVALID && !(t.underlying() instanceof Type.Interface)) {
            Type.Interface it = new Type.Interface(List.of(), List.of(t));
            it.implicit = true;
            return it;
        }
        return t;
    }

    /** A union of terms in an interface ({@code ~int | string}): a {@link Type.Union}, or the one type of a single plain term. */
    private Type unionType(Node.Expr e) {
        List<Node.Expr> exprs = new ArrayList<>();
        Node.Expr cur = e;
        while (cur instanceof Node.Binary b && b.op() == Token.OR) {
            exprs.add(0, b.y());
            cur = b.x();
        }
        exprs.add(0, cur);
        List<Type.Term> terms = new ArrayList<>();
        List<Node.Expr> at = new ArrayList<>();
        for (Node.Expr x : exprs) {
            boolean tilde = false;
            Node.Expr te = x;
            if (te instanceof Node.Unary u && u.op() == Token.TILDE) {
                tilde = true;
                te = u.x();
            }
            Type t = typExpr(te);
            if (t == Types.INVALID) {
                continue;
            }
            if (t instanceof Type.TypeParam) {
                error(te, "term cannot be a type parameter");
                continue;
            }
            terms.add(new Type.Term(tilde, t));
            at.add(x);
        }
        Node.File inFile = file;
        boolean single = exprs.size() == 1;
        later.add(() -> {
            Node.File saved = file;
            file = inFile;
            for (int i = 0; i < terms.size(); i++) {
                Type.Term t = terms.get(i);
                Type u = t.type().underlying();
                if (u == Types.INVALID) {
                    continue;
                }
                if (u instanceof Type.Interface ui) {
                    if (t.type() == Universe.COMPARABLE || ui.typeSet().comparable()) {
                        error(at.get(i), "cannot use comparable in union");
                    } else if (!single && !ui.allMethods().isEmpty()) {
                        error(at.get(i), "cannot use " + t.type() + " in union (" + t.type() + " contains methods)");
                    }
                    continue;
                }
                if (t.tilde() && !Types.identical(t.type(), u)) {
                    error(at.get(i), "invalid use of ~ (underlying type of " + ts(t.type()) + " is " + ts(u) + ")");
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    Type.Term o = terms.get(j);
                    if (!(o.type().underlying() instanceof Type.Interface) && TypeSet.intersect(t, o) != null) {
                        error(at.get(i), "overlapping terms " + termString(t) + " and " + termString(o));
                        break;
                    }
                }
            }
            file = saved;
        });
        if (terms.size() == 1 && !terms.get(0).tilde()) {
            return terms.get(0).type();
        }
        return new Type.Union(List.copyOf(terms));
    }

    private String termString(Type.Term t) {
        return (t.tilde() ? "~" : "") + ts(t.type());
    }

    // ---- core types (spec "Core types")

    /**
     * The core type of t: its underlying type, or for a type parameter the one underlying
     * type of every type in its type set (a channel's direction as the set allows), or null
     * if there is none.
     *
     * @param t a type
     * @return its core type, or null
     */
    public static Type coreType(Type t) {
        if (!(t instanceof Type.TypeParam tp)) {
            return t.underlying();
        }
        TypeSet ts = tp.iface().typeSet();
        if (!ts.hasTerms()) {
            return null;
        }
        Type su = null;
        for (Type.Term term : ts.terms()) {
            Type u = term.type().underlying();
            if (su != null) {
                u = match(su, u);
                if (u == null) {
                    return null;
                }
            }
            su = u;
        }
        return su;
    }

    /** x and y if identical, or for channels of identical elements the more restricted; else null. */
    private static Type match(Type x, Type y) {
        if (Types.identical(x, y)) {
            return x;
        }
        if (x instanceof Type.Chan cx && y instanceof Type.Chan cy && Types.identical(cx.elem(), cy.elem())) {
            if (cx.dir() == Type.Dir.BOTH) {
                return cy;
            }
            if (cy.dir() == Type.Dir.BOTH || cy.dir() == cx.dir()) {
                return cx;
            }
        }
        return null;
    }

    /** As coreType, but string and []byte count as one (for slicing, append and copy): string if any is a string. */
    static Type coreString(Type t) {
        if (!(t instanceof Type.TypeParam tp)) {
            return t.underlying();
        }
        TypeSet ts = tp.iface().typeSet();
        if (!ts.hasTerms()) {
            return null;
        }
        Type su = null;
        boolean hasString = false;
        for (Type.Term term : ts.terms()) {
            Type u = term.type().underlying();
            if (u instanceof Type.Basic b && b.kind().isString()) {
                u = new Type.Slice(Types.BYTE);
                hasString = true;
            }
            if (su != null) {
                u = match(su, u);
                if (u == null) {
                    return null;
                }
            }
            su = u;
        }
        return hasString ? Types.basic(Type.Kind.STRING) : su;
    }

    /** Whether every type in t's type set (t's type set has specific types) satisfies p; for other types, whether t does. */
    static boolean underIs(Type t, java.util.function.Predicate<Type> p) {
        if (t instanceof Type.TypeParam tp) {
            TypeSet ts = tp.iface().typeSet();
            if (!ts.hasTerms()) {
                return p.test(null);
            }
            for (Type.Term term : ts.terms()) {
                if (!p.test(term.type().underlying())) {
                    return false;
                }
            }
            return true;
        }
        return p.test(t.underlying());
    }

    /** Whether each specific type of type parameter tp (it has some) satisfies p. */
    static boolean termsAll(Type.TypeParam tp, java.util.function.Predicate<Type> p) {
        TypeSet ts = tp.iface().typeSet();
        if (!ts.hasTerms()) {
            return false;
        }
        for (Type.Term term : ts.terms()) {
            if (!p.test(term.type())) {
                return false;
            }
        }
        return true;
    }

    /** The type of a type parameter's value if T is one, as the compiler names it in messages: "T constrained by C". */
    private static boolean isTypeParam(Type t) {
        return t instanceof Type.TypeParam;
    }

    // ---- instantiation

    /** Whether x (an operand) is a generic function or type not instantiated. */
    private static boolean isGenericOperand(Operand x) {
        return x.type instanceof Type.Named n && n.isGeneric() && x.mode == Mode.TYPEXPR
                || x.type instanceof Type.Signature s && !s.typeParams().isEmpty() && x.mode != Mode.TYPEXPR;
    }

    /** Reports the use of a generic function or type without instantiation (go/types' nonGeneric). */
    private void nonGeneric(Operand x) {
        if (x.mode == Mode.INVALID || x.mode == Mode.NOVALUE) {
            return;
        }
        if (isGenericOperand(x)) {
            String what = x.mode == Mode.TYPEXPR ? "type" : "function";
            error(x.expr, "cannot use generic " + what + " " + (x.mode == Mode.TYPEXPR ? ts(x.type) : ExprString.of(x.expr))
                    + " without instantiation");
            x.mode = Mode.INVALID;
            x.type = Types.INVALID;
        }
    }

    /** The identifier naming a generic function or type in a use: f, pkg.f, f[...], (f). */
    static Node.Ident useIdent(Node.Expr e) {
        while (true) {
            switch (e) {
                case Node.Paren p -> e = p.x();
                case Node.Index ix -> e = ix.x();
                case Node.IndexList il -> e = il.x();
                case Node.Selector sel -> {
                    return sel.sel();
                }
                case Node.Ident id -> {
                    return id;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** The type arguments of an instantiation's index expressions; null if one is invalid. */
    private List<Type> typeList(List<Node.Expr> xs) {
        List<Type> out = new ArrayList<>();
        boolean ok = true;
        for (Node.Expr x : xs) {
            Type t = varType(x);
            if (t == Types.INVALID) {
                ok = false;
            }
            out.add(t);
        }
        return ok ? out : null;
    }

    private static List<Node.Expr> indices(Node.Expr e) {
        return switch (e) {
            case Node.Index ix -> List.of(ix.index());
            case Node.IndexList il -> il.indices();
            default -> List.of();
        };
    }

    /**
     * A generic type instantiated with the type arguments of e ({@code List[int]}), its
     * constraints checked once the package's declarations are resolved.
     */
    private Type instantiatedType(Node.Expr e, Node.Expr xe, List<Node.Expr> args) {
        Operand x = new Operand();
        exprOrType(x, xe, true);
        if (x.mode == Mode.INVALID) {
            for (Node.Expr a : args) {
                use(a);
            }
            return Types.INVALID;
        }
        if (x.mode != Mode.TYPEXPR) {
            error(xe, ExprString.of(xe) + " is not a type");
            return Types.INVALID;
        }
        if (!(x.type instanceof Type.Named gen) || !gen.isGeneric()) {
            error(xe, ts(x.type) + " is not a generic type");
            return Types.INVALID;
        }
        List<Type> targs = typeList(args);
        if (targs == null) {
            return Types.INVALID;
        }
        if (targs.size() != gen.typeParams.size()) {
            error(goPos(xe), "got " + targs.size() + " arguments but " + gen.typeParams.size() + " type parameters");
            return Types.INVALID;
        }
        Type.Named inst = Subst.instantiate(gen, targs);
        Node.Ident id = useIdent(xe);
        if (id != null) {
            info.instances.put(id, new Info.Instance(List.copyOf(targs), inst, null));
        }
        verifyLater(goPos(e), gen.typeParams, targs, args);
        return inst;
    }

    /** Checks, once declarations are resolved, that the type arguments satisfy their constraints. */
    private void verifyLater(int pos, List<Type.TypeParam> tparams, List<Type> targs, List<Node.Expr> xlist) {
        Node.File inFile = file;
        later.add(() -> {
            Node.File saved = file;
            file = inFile;
            Map<Type.TypeParam, Type> smap = Subst.map(tparams, targs);
            boolean ok = true;
            for (int i = 0; i < tparams.size(); i++) {
                Type bound = Subst.subst(tparams.get(i).bound(), smap);
                String err = implementsConstraint(targs.get(i), bound);
                if (err != null) {
                    error(i < xlist.size() ? goPos(xlist.get(i)) : pos, err);
                    ok = false;
                    break;
                }
            }
            if (ok && checkingInstance == null) {
                for (int i = 0; i < tparams.size(); i++) {
                    monoAssign(i < xlist.size() ? goPos(xlist.get(i)) : pos, tparams.get(i), targs.get(i));
                }
            }
            file = saved;
        });
    }

    /** go/types' implements for constraint satisfaction: null if V satisfies T, else the error. */
    String implementsConstraint(Type v, Type t) {
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (vu == Types.INVALID || tu == Types.INVALID) {
            return null;
        }
        if (vu instanceof Type.Pointer p && p.elem().underlying() == Types.INVALID) {
            return null;
        }
        if (!(tu instanceof Type.Interface ti)) {
            return ts(v) + " does not implement " + ts(t) + " (" + ts(t) + " is not an interface)";
        }
        TypeSet tset = ti.typeSet();
        if (tset.isAll()) {
            return null;
        }
        Type.Interface vi = v instanceof Type.TypeParam vp ? vp.iface() : vu instanceof Type.Interface x ? x : null;
        if (vi != null && vi.typeSet().isEmpty()) {
            return null;
        }
        if (tset.isEmpty()) {
            return "cannot implement " + ts(t) + " (empty type set)";
        }
        Obj.Func[] m = missingMethod(v, ti, true);
        if (m != null) {
            return ts(v) + " does not implement " + ts(t) + " " + missingMethodReason(v, t, m[0], m[1]);
        }
        String pending = null;
        if (tset.comparable() && !comparableStrict(v)) {
            pending = ts(v) + " does not implement comparable";
        }
        if (!tset.hasTerms()) {
            return pending;
        }
        if (vi != null) {
            if (!TypeSet.subsetOf(vi.typeSet().terms(), tset.terms())) {
                return ts(v) + " does not implement " + ts(t);
            }
            return pending;
        }
        if (!TypeSet.includes(tset.terms(), v)) {
            Type alt = null;
            for (Type.Term term : tset.terms()) {
                if (!term.tilde() && Types.identical(term.type(), term.type().underlying())
                        && TypeSet.includes(new Type.Term(true, term.type()), v)) {
                    alt = term.type();
                    break;
                }
            }
            if (alt != null) {
                return ts(v) + " does not implement " + ts(t) + " (possibly missing ~ for " + ts(alt) + " in constraint " + ts(t) + ")";
            }
            return ts(v) + " does not implement " + ts(t) + " (" + ts(v) + " missing in "
                    + TypeSet.termsString(tset.terms(), this::ts) + ")";
        }
        return pending;
    }

    /** Whether values of type t are comparable in the sense of the comparable constraint (go/types' comparable with dynamic false). */
    static boolean comparableStrict(Type t) {
        return comparableStrict(t, new HashSet<>());
    }

    private static boolean comparableStrict(Type t, Set<Type> seen) {
        if (!seen.add(t)) {
            return true;
        }
        if (t instanceof Type.TypeParam tp) {
            return typeSetComparable(tp.iface().typeSet());
        }
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() != Type.Kind.UNTYPED_NIL;
            case Type.Pointer p -> true;
            case Type.Chan c -> true;
            case Type.Struct s -> s.fields().stream().allMatch(f -> comparableStrict(f.type(), seen));
            case Type.Array a -> comparableStrict(a.elem(), seen);
            case Type.Interface i -> typeSetComparable(i.typeSet());
            default -> false;
        };
    }

    /** go/types' IsComparable of a type set. */
    static boolean typeSetComparable(TypeSet ts) {
        if (TypeSet.isAllTerms(ts.terms())) {
            return ts.comparable();
        }
        for (Type.Term t : ts.terms()) {
            if (!comparableStrict(t.type())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An explicit instantiation of generic function x with the type arguments of e: all of
     * them ({@code f[int]}) or the first ones, the rest inferred from the constraints.
     */
    private void funcInst(Operand x, Node.Expr e) {
        List<Node.Expr> xlist = indices(e);
        List<Type> targs = typeList(xlist);
        if (targs == null) {
            invalid(x, e);
            return;
        }
        Type.Signature sig = (Type.Signature) x.type;
        int got = targs.size();
        int want = sig.typeParams().size();
        if (got > want) {
            error(xlist.get(want), "got " + got + " type arguments but want " + want);
            invalid(x, e);
            return;
        }
        Node.Expr fun = x.expr;
        if (got < want) {
            targs = Infer.infer(this, goPos(e), sig.typeParams(), targs, List.of(), List.of());
            if (targs == null) {
                invalid(x, e);
                return;
            }
        }
        Type.Signature res = instantiateSignature(goPos(fun), sig, targs, xlist);
        recordFuncInstance(fun, targs, res);
        x.type = res;
        x.mode = Mode.VALUE;
        x.expr = e;
    }

    /** A generic function's signature with the type arguments substituted; constraints checked later. */
    private Type.Signature instantiateSignature(int pos, Type.Signature sig, List<Type> targs, List<Node.Expr> xlist) {
        Type.Signature r = (Type.Signature) Subst.subst(sig, Subst.map(sig.typeParams(), targs));
        if (r == sig || !r.typeParams().isEmpty()) {
            r = new Type.Signature(r.recv(), r.params(), r.results(), r.variadic());
        }
        verifyLater(pos, sig.typeParams(), targs, xlist);
        return r;
    }

    /** Records the instance of the generic function that fun names. */
    private void recordFuncInstance(Node.Expr fun, List<Type> targs, Type.Signature inst) {
        Node.Ident id = useIdent(fun);
        if (id == null) {
            return;
        }
        Obj o = info.uses.get(id);
        Obj.Func f = o instanceof Obj.Func g ? funcInstance(g, targs, inst) : null;
        info.instances.put(id, new Info.Instance(List.copyOf(targs), inst, f));
    }

    /** The instance of generic function g with type arguments targs, made once. */
    static Obj.Func funcInstance(Obj.Func g, List<Type> targs, Type.Signature inst) {
        synchronized (g.instances) {
            outer:
            for (Obj.Func f : g.instances) {
                for (int i = 0; i < targs.size(); i++) {
                    if (!Types.identical(f.typeArgs.get(i), targs.get(i))) {
                        continue outer;
                    }
                }
                return f;
            }
            Obj.Func f = new Obj.Func(g.name(), inst, g.pkg(), g.pos, g.decl);
            f.origin = g;
            f.typeArgs = List.copyOf(targs);
            g.instances.add(f);
            if (g.resolver != null) {
                g.resolver.instanceCreated(f);
            }
            return f;
        }
    }

    // ---- instances: each instance's body checked with its type arguments, for code generation

    /** Instances with concrete type arguments whose bodies are to be checked. */
    private final List<Object> instanceQueue = new ArrayList<>();
    /** Whether the package checked without error: instances are then checked as they come. */
    private boolean checked;
    private boolean draining;
    /** While an instance's body is checked: the instance (for messages). */
    private Obj.Func checkingInstance;

    @Override
    public void resolve(Obj.Func f) {
        objDecl(f);
    }

    @Override
    public void instanceCreated(Type.Named inst) {
        if (!Infer.hasTypeParams(inst)) {
            enqueue(inst);
        }
    }

    @Override
    public void instanceCreated(Obj.Func inst) {
        for (Type t : inst.typeArgs) {
            if (Infer.hasTypeParams(t)) {
                return;
            }
        }
        enqueue(inst);
    }

    private void enqueue(Object o) {
        instanceQueue.add(o);
        if (checked) {
            drainInstances();
        }
    }

    /** Checks the bodies of the queued instances, and of those they instantiate in turn, until none is left. */
    private void drainInstances() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            int n = 0;
            while (!instanceQueue.isEmpty()) {
                if (++n > 10_000) {
                    error(0, "go4j: too many instances of generic declarations (an instantiation cycle?)");
                    return;
                }
                Object o = instanceQueue.remove(0);
                if (o instanceof Type.Named inst) {
                    pkgInfo.typeInstances.computeIfAbsent(inst.orig, k -> new ArrayList<>()).add(inst);
                    for (Obj.Func m : inst.methods()) {
                        if (m.decl != null && m.decl.body() != null) {
                            checkInstanceBody(m);
                        }
                    }
                } else if (o instanceof Obj.Func f) {
                    pkgInfo.funcInstances.computeIfAbsent(f.origin, k -> new ArrayList<>()).add(f);
                    if (f.decl != null && f.decl.body() != null) {
                        checkInstanceBody(f);
                    }
                }
            }
        } finally {
            draining = false;
        }
    }

    /**
     * Checks the body of a function instance or of a method of a type instance, with the
     * type parameters' names denoting the type arguments, into an Info of its own
     * (Info.bodies). Errors here are go4j's, not the program's (the generic declaration
     * checked): they are reported as such, but for the duplicate and impossible cases that a
     * type argument makes (case T: case int: with T int), which Go allows.
     */
    private void checkInstanceBody(Obj.Func inst) {
        Obj.Func g = inst.origin;
        DeclInfo d = objMap.get(g);
        Node.FuncDecl fd = g.decl;
        if (d == null || fd == null) {
            return;
        }
        Info savedInfo = info;
        List<TypeErrors.Diagnostic> savedErrors = errors;
        Node.File savedFile = file;
        Scope savedScope = scope;
        FuncCtx savedFn = fn;
        DeclInfo savedDecl = decl;
        Obj.Func savedInst = checkingInstance;
        String savedLast = lastError;
        Info ii = new Info();
        info = ii;
        errors = new ArrayList<>();
        file = d.file;
        scope = new Scope(d.fileScope);
        fn = null;
        decl = null;
        checkingInstance = inst;
        try {
            Obj.Var recv = null;
            if (fd.recv() != null) {
                Node.Field r = fd.recv();
                Node.Expr base = r.type();
                while (base instanceof Node.Paren p) {
                    base = p.x();
                }
                boolean ptr = base instanceof Node.Star;
                if (base instanceof Node.Star st) {
                    base = st.x();
                }
                while (base instanceof Node.Paren p) {
                    base = p.x();
                }
                List<Node.Expr> rps = indices(base);
                for (int i = 0; i < rps.size() && i < inst.typeArgs.size(); i++) {
                    if (rps.get(i) instanceof Node.Ident id) {
                        bindTypeArg(id, inst.typeArgs.get(i));
                    }
                }
                Type rt = inst.type().recv().type();
                recordType(base, Mode.TYPEXPR, ptr && rt instanceof Type.Pointer p ? p.elem() : rt, null);
                for (Node.Expr re = r.type(); re != base; ) {
                    recordType(re, Mode.TYPEXPR, re instanceof Node.Star || re instanceof Node.Paren pp && containsStar(pp) ? rt
                            : ptr && rt instanceof Type.Pointer p ? p.elem() : rt, null);
                    re = re instanceof Node.Paren p ? p.x() : ((Node.Star) re).x();
                }
                String rname = r.names().isEmpty() ? "" : r.names().get(0).name();
                recv = new Obj.Var(rname, rt, pkg, r.names().isEmpty() ? r.pos() : r.names().get(0).pos(), false);
                recv.owner = fd;
                if (!r.names().isEmpty()) {
                    ii.defs.put(r.names().get(0), recv);
                }
            } else {
                int i = 0;
                for (Node.Field f : fd.type().typeParams()) {
                    for (Node.Ident id : f.names()) {
                        bindTypeArg(id, inst.typeArgs.get(i++));
                    }
                }
            }
            Type.Signature sig = signature(fd.type(), recv);
            ii.signature = sig;
            funcBody(fd, sig, scope, fd.body());
            runLater();
        } finally {
            List<TypeErrors.Diagnostic> instErrors = errors;
            info = savedInfo;
            errors = savedErrors;
            file = savedFile;
            scope = savedScope;
            fn = savedFn;
            decl = savedDecl;
            checkingInstance = savedInst;
            lastError = savedLast;
            pkgInfo.bodies.put(inst, ii);
            for (TypeErrors.Diagnostic e : instErrors) {
                if (e.msg().startsWith("duplicate case") || e.msg().startsWith("impossible type")) {
                    continue;
                }
                errors.add(new TypeErrors.Diagnostic(e.file(), e.line(), e.col(), e.offset(),
                        "go4j: internal error in the instance " + instanceName(inst) + ": " + e.msg()));
            }
        }
    }

    /** Declares a type parameter's name as the type argument it stands for in an instance's body. */
    private void bindTypeArg(Node.Ident id, Type targ) {
        Obj.TypeName tn = new Obj.TypeName(id.name(), targ, pkg, id.pos());
        tn.typeArg = true;
        info.defs.put(id, tn);
        if (!id.name().equals("_")) {
            scope.insert(id.name(), tn);
        }
    }

    private String instanceName(Obj.Func inst) {
        StringBuilder sb = new StringBuilder();
        if (inst.type() != null && inst.type().recv() != null) {
            Type rt = inst.type().recv().type();
            sb.append(ts(rt instanceof Type.Pointer p ? p.elem() : rt)).append('.').append(inst.name());
            return sb.toString();
        }
        sb.append(inst.name()).append('[');
        for (int i = 0; i < inst.typeArgs.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(ts(inst.typeArgs.get(i)));
        }
        return sb.append(']').toString();
    }

    // ---- the instantiation graph (go/types' mono.go): an instance may not need an ever-growing chain of instances

    private record MonoEdge(int dst, int src, int weight, Node.File file, int pos, Type typ) {
    }

    private final List<Obj.TypeName> monoVertices = new ArrayList<>();
    private final Map<Obj.TypeName, Integer> monoIndex = new IdentityHashMap<>();
    private final List<MonoEdge> monoEdges = new ArrayList<>();
    /** A method's receiver type parameters stand for the type's. */
    private final Map<Type.TypeParam, Type.TypeParam> monoCanon = new IdentityHashMap<>();

    private int monoVertex(Type.TypeParam tp) {
        Type.TypeParam c = monoCanon.getOrDefault(tp, tp);
        return monoIndex.computeIfAbsent(c.obj, k -> {
            monoVertices.add(k);
            return monoVertices.size() - 1;
        });
    }

    /** Records that type parameter tpar is instantiated with targ: each type parameter in targ flows into it. */
    private void monoAssign(int pos, Type.TypeParam tpar, Type targ) {
        if (tpar.obj.pkg() != pkg) {
            return;
        }
        monoWalk(pos, tpar, targ, targ, new HashSet<>());
    }

    private void monoWalk(int pos, Type.TypeParam tpar, Type targ, Type t, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        switch (t) {
            case Type.TypeParam p -> {
                if (p.obj.pkg() == pkg) {
                    monoEdges.add(new MonoEdge(monoVertex(tpar), monoVertex(p), p == targ ? 0 : 1, file, pos, targ));
                }
            }
            case Type.Named n -> n.typeArgs.forEach(a -> monoWalk(pos, tpar, targ, a, seen));
            case Type.Array a -> monoWalk(pos, tpar, targ, a.elem(), seen);
            case Type.Chan c -> monoWalk(pos, tpar, targ, c.elem(), seen);
            case Type.Map m -> {
                monoWalk(pos, tpar, targ, m.key(), seen);
                monoWalk(pos, tpar, targ, m.elem(), seen);
            }
            case Type.Pointer p -> monoWalk(pos, tpar, targ, p.elem(), seen);
            case Type.Slice sl -> monoWalk(pos, tpar, targ, sl.elem(), seen);
            case Type.Interface it -> it.allMethods().forEach(m -> monoWalk(pos, tpar, targ, m.type(), seen));
            case Type.Signature sig -> {
                sig.params().vars().forEach(v -> monoWalk(pos, tpar, targ, v.type(), seen));
                sig.results().vars().forEach(v -> monoWalk(pos, tpar, targ, v.type(), seen));
            }
            case Type.Struct st -> st.fields().forEach(f -> monoWalk(pos, tpar, targ, f.type(), seen));
            default -> { }
        }
    }

    /** Reports a cycle of instantiations through which a type argument grows: "instantiation cycle". */
    private void monomorph() {
        int n = monoVertices.size();
        int[] weight = new int[n];
        int[] pre = new int[n];
        int[] len = new int[n];
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < monoEdges.size(); i++) {
                MonoEdge e = monoEdges.get(i);
                int w = weight[e.src()] + e.weight();
                if (w <= weight[e.dst()]) {
                    continue;
                }
                pre[e.dst()] = i;
                len[e.dst()] = len[e.src()] + 1;
                if (len[e.dst()] == n) {
                    reportInstanceLoop(e.dst(), pre);
                    return;
                }
                weight[e.dst()] = w;
                again = true;
            }
        }
    }

    private void reportInstanceLoop(int v, int[] pre) {
        List<Integer> stack = new ArrayList<>();
        boolean[] seen = new boolean[monoVertices.size()];
        while (!seen[v]) {
            stack.add(v);
            seen[v] = true;
            v = monoEdges.get(pre[v]).src();
        }
        while (stack.get(0) != v) {
            stack.remove(0);
        }
        Obj.TypeName obj0 = monoVertices.get(v);
        StringBuilder sb = new StringBuilder("instantiation cycle:");
        for (int x : stack) {
            MonoEdge e = monoEdges.get(pre[x]);
            Obj.TypeName obj = monoVertices.get(e.dst());
            sb.append("\n\t").append(e.file().source().position(e.pos())).append(": ").append(obj.name())
                    .append(" instantiated as ").append(ts(e.typ()));
        }
        Node.File saved = file;
        file = tparamFiles.getOrDefault(obj0, file);
        error(obj0.pos, sb.toString());
        file = saved;
    }

    /** The package's function-local type declarations, numbered in source order (Obj.TypeName.localIndex). */
    private final Map<Node.TypeSpec, Integer> localTypeIndex = new IdentityHashMap<>();

    private void numberLocalTypes(Object n) {
        switch (n) {
            case null -> { }
            case List<?> list -> list.forEach(this::numberLocalTypes);
            case Node.TypeSpec ts -> {
                if (!ts.alias()) {
                    localTypeIndex.put(ts, localTypeIndex.size() + 1);
                }
            }
            case Node node -> {
                for (java.lang.reflect.RecordComponent c : node.getClass().getRecordComponents()) {
                    if (Node.class.isAssignableFrom(c.getType()) || List.class.isAssignableFrom(c.getType())) {
                        try {
                            numberLocalTypes(c.getAccessor().invoke(node));
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
            default -> { }
        }
    }
}
