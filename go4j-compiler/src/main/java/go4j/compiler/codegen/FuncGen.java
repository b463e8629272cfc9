package go4j.compiler.codegen;

import go4j.compiler.escape.Escape;
import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Token;
import go4j.compiler.types.Info;
import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;
import go4j.compiler.types.Types;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytecode of one Go function body: statements and expressions, as docs/compiler.md
 * maps them.
 *
 * <p>Invariants: after {@link #expr} the value of the expression is on the stack in the
 * JVM type {@link Jvm#desc} gives its Go type (booleans as ints); a local variable lives in
 * one JVM local of that type, or, when a closure captures it or its address is taken (and
 * it is not a struct or array, whose object is already shared), in a cell ({@code
 * go4j.lang.Cell*}) held in the local. A function with {@code defer} runs its body inside
 * one exception range whose handler hands the panic to its {@code go4j.lang.Defers}; every
 * {@code return} stores the results and jumps to the one epilogue that runs the deferred
 * calls.
 */
final class FuncGen {
    private static final ClassDesc CD_SIGNATURE_FACTORY = ClassDesc.of("java.lang.invoke.LambdaMetafactory");
    private static final DirectMethodHandleDesc LMF = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, CD_SIGNATURE_FACTORY, "metafactory",
            MethodTypeDesc.of(ConstantDescs.CD_CallSite, ConstantDescs.CD_MethodHandles_Lookup,
                    ConstantDescs.CD_String, ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodType,
                    ConstantDescs.CD_MethodHandle, ConstantDescs.CD_MethodType));
    static final ClassDesc RUNNABLE = ClassDesc.of("java.lang.Runnable");
    static final ClassDesc RTE = ClassDesc.of("java.lang.RuntimeException");

    final PkgGen pg;
    final ClassBuilder cb;
    final CodeBuilder code;
    final Info info;
    final Jvm jvm;
    /** The signature of the function being compiled (null in $init and in generated helpers). */
    final Type.Signature sig;
    /** The node of the function (FuncDecl or FuncLit), for captures. */
    final Node fnNode;

    /**
     * Go's name of the function being compiled, without its package, spelt as a JVM name
     * (Jvm.escape: {@code main}, {@code $x0028$PT$x0029$DM} for {@code (*T).M},
     * {@code Map$Lint$R}, {@code glob$D} for package variables' initialisers), which its function
     * literals are named after as cmd/compile names closures ({@code main.func1}, a literal in a
     * literal {@code main.func1.1}, {@code glob..func1}) and Rt.goMethod reads back; null in
     * generated helpers, whose literals get a synthetic name.
     */
    String goName;
    /** Whether the function is itself a literal: its literals are numbered {@code .1}, not {@code .func1}. */
    private boolean inLiteral;
    /** The function literals met so far in this function's body. */
    private int literals;

    private final Map<Obj, Integer> locals = new IdentityHashMap<>();
    /**
     * The file of the function being compiled (null for generated helpers): line numbers. In
     * $init, each package variable's initialiser's file, set as it is compiled.
     */
    private go4j.compiler.syntax.Source src;
    /** For a closure, the captured variables, by the slot of the parameter holding them. */
    private final Deque<Target> targets = new ArrayDeque<>();
    private final Map<String, Label> gotoLabels = new HashMap<>();
    private int defersSlot = -1;
    private Label epilogue;
    private int[] resultSlots;
    private List<Obj.Var> resultVars;

    private record Target(String label, Label brk, Label cont) {
    }

    FuncGen(PkgGen pg, ClassBuilder cb, CodeBuilder code, Type.Signature sig, Node fnNode) {
        this(pg, pg.info, cb, code, sig, fnNode);
    }

    /** A function body read with info: the package's, or an instance body's (a generic declaration compiled once per instance). */
    FuncGen(PkgGen pg, Info info, ClassBuilder cb, CodeBuilder code, Type.Signature sig, Node fnNode) {
        this.pg = pg;
        this.cb = cb;
        this.code = code;
        this.info = info;
        this.jvm = pg.jvm;
        this.sig = sig;
        this.fnNode = fnNode;
        this.src = fnNode == null ? null : pg.sources.get(fnNode);
    }

    // ------------------------------------------------------------------ functions

    /**
     * Emits a static method for a function, method (recv non-null) or function literal
     * (captured non-empty: they come first).
     */
    static void method(PkgGen pg, ClassBuilder cb, String name, Type.Signature sig, Type recv,
                       Node.FuncType ft, Node.Block body, Node fnNode) {
        method(pg, pg.info, cb, name, sig, recv, ft, body, fnNode);
    }

    /** As above, the body read with info (an instance's body has its own). */
    static void method(PkgGen pg, Info info, ClassBuilder cb, String name, Type.Signature sig, Type recv,
                       Node.FuncType ft, Node.Block body, Node fnNode) {
        List<Obj.Var> captured = info.captures.getOrDefault(fnNode, List.of());
        MethodTypeDesc mt = closureType(pg, sig, recv, captured);
        cb.withMethodBody(name, mt, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> {
            FuncGen g = new FuncGen(pg, info, cb, code, sig, fnNode);
            g.goName = recv == null ? name : methodGoName(pg.jvm, recv, name);
            g.inLiteral = fnNode instanceof Node.FuncLit;
            g.body(recv, ft, body, fnNode, captured);
        });
    }

    /** A method's Go name as FuncGen.goName spells it: {@code T$DM}, or {@code $x0028$PT$x0029$DM} for (*T).M. */
    private static String methodGoName(Jvm jvm, Type recv, String jvmName) {
        boolean ptr = recv instanceof Type.Pointer;
        String t = jvm.namedClass((Type.Named) (ptr ? ((Type.Pointer) recv).elem() : recv)).displayName();
        String m = ptr && jvmName.startsWith("$P") ? jvmName.substring(2) : jvmName;
        return (ptr ? "$x0028$P" + t + "$x0029" : t) + "$D" + m;
    }

    static MethodTypeDesc closureType(PkgGen pg, Type.Signature sig, Type recv, List<Obj.Var> captured) {
        List<ClassDesc> ps = new ArrayList<>();
        for (Obj.Var v : captured) {
            ps.add(storageDesc(pg.jvm, v));
        }
        if (recv != null) {
            ps.add(pg.jvm.desc(recv));
        }
        for (Obj.Var v : sig.params().vars()) {
            ps.add(pg.jvm.desc(v.type()));
        }
        return MethodTypeDesc.of(pg.jvm.resultDesc(sig), ps);
    }

    static ClassDesc storageDesc(Jvm jvm, Obj.Var v) {
        return isCell(v) ? cellClass(v.type()) : jvm.desc(v.type());
    }

    /** Whether a variable lives in a cell (escape analysis decides: {@link Escape#inCell}). */
    static boolean isCell(Obj.Var v) {
        return Escape.inCell(v);
    }

    static ClassDesc cellClass(Type t) {
        return ClassDesc.of("go4j.lang.Cell" + Jvm.letter(t));
    }

    private void body(Type recv, Node.FuncType ft, Node.Block body, Node fnNode, List<Obj.Var> captured) {
        int slot = 0;
        for (Obj.Var v : captured) {
            locals.put(v, slot);
            slot += TypeKind.from(storageDesc(jvm, v)).slotSize();
        }
        // the checker declares the signature's own variables in the body's scope
        List<Obj.Var> params = new ArrayList<>();
        if (recv != null) {
            params.add(sig.recv());
        }
        params.addAll(sig.params().vars());
        List<Integer> paramSlots = new ArrayList<>();
        List<Type> paramTypes = new ArrayList<>();
        if (recv != null) {
            paramTypes.add(recv);
        }
        for (Obj.Var v : sig.params().vars()) {
            paramTypes.add(v.type());
        }
        for (Type t : paramTypes) {
            paramSlots.add(slot);
            slot += Jvm.slot(t).slotSize();
        }
        // move parameters that live in cells (or are value-receiver structs we copy) into place
        for (int i = 0; i < params.size(); i++) {
            Obj.Var v = params.get(i);
            if (v == null || v.name().equals("_")) {
                continue;
            }
            int ps = paramSlots.get(i);
            if (isCell(v)) {
                newCell(v.type());
                code.dup();
                code.loadLocal(Jvm.slot(v.type()), ps);
                storeCell(v.type());
                int s = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(s);
                locals.put(v, s);
            } else {
                if (isValueType(v.type()) && (v.addressed || v.captured || writesInto(body, v))) {
                    // callers pass their own object: a parameter is a copy (spec "Calls")
                    code.aload(ps);
                    copyIfValue(v.type());
                    code.astore(ps);
                }
                locals.put(v, ps);
            }
        }
        // results
        resultVars = sig.results().vars();
        boolean hasDefer = containsDefer(body);
        resultSlots = new int[sig.results().size()];
        for (int i = 0; i < resultSlots.length; i++) {
            Type t = sig.results().at(i);
            Obj.Var rv = i < resultVars.size() ? resultVars.get(i) : null;
            if (rv != null && isCell(rv)) {
                newCell(t);
                int s = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(s);
                locals.put(rv, s);
                resultSlots[i] = -1;
            } else {
                int s = code.allocateLocal(Jvm.slot(t));
                zero(t);
                code.storeLocal(Jvm.slot(t), s);
                resultSlots[i] = s;
                if (rv != null) {
                    locals.put(rv, s);
                }
            }
        }
        if (hasDefer) {
            defersSlot = code.allocateLocal(TypeKind.REFERENCE);
            code.new_(Jvm.DEFERS);
            code.dup();
            code.invokespecial(Jvm.DEFERS, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
            code.astore(defersSlot);
            epilogue = code.newLabel();
            Label start = code.newBoundLabel();
            block(body.stmts());
            code.goto_(epilogue);
            Label end = code.newBoundLabel();
            Label handler = code.newBoundLabel();
            code.exceptionCatch(start, end, handler, ConstantDescs.CD_Throwable);
            int t = code.allocateLocal(TypeKind.REFERENCE);
            code.astore(t);
            code.aload(defersSlot);
            code.aload(t);
            code.invokevirtual(Jvm.DEFERS, "panicked", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Throwable));
            code.labelBinding(epilogue);
            code.aload(defersSlot);
            code.invokevirtual(Jvm.DEFERS, "run", ConstantDescs.MTD_void);
            returnResults();
        } else {
            block(body.stmts());
            if (sig.results().size() == 0) {
                code.return_();
            } else {
                // a function with results ends in a terminating statement (the checker
                // says "missing return" otherwise); this keeps the verifier content
                code.aconst_null();
                code.athrow();
            }
        }
    }

    /** Whether the body assigns into v's fields or elements ({@code v.f = x}, {@code v[i]++}, ...). */
    private boolean writesInto(Node n, Obj.Var v) {
        return switch (n) {
            case null -> false;
            case Node.Assign a -> a.lhs().stream().anyMatch(l -> rootIs(l, v))
                    || a.rhs().stream().anyMatch(r -> writesInto(r, v));
            case Node.IncDec i -> rootIs(i.x(), v);
            case Node.Range r -> rootIs(r.key(), v) || rootIs(r.value(), v) || writesInto(r.body(), v);
            case Node.Block b -> b.stmts().stream().anyMatch(x -> writesInto(x, v));
            case Node.If i -> writesInto(i.init(), v) || writesInto(i.then(), v) || writesInto(i.els(), v);
            case Node.For f -> writesInto(f.init(), v) || writesInto(f.post(), v) || writesInto(f.body(), v);
            case Node.Switch sw -> writesInto(sw.init(), v) || sw.clauses().stream().anyMatch(c -> writesInto(c, v));
            case Node.TypeSwitch sw -> writesInto(sw.init(), v) || sw.clauses().stream().anyMatch(c -> writesInto(c, v));
            case Node.Select sel -> sel.clauses().stream().anyMatch(c -> writesInto(c, v));
            case Node.CaseClause c -> c.body().stream().anyMatch(x -> writesInto(x, v));
            case Node.CommClause c -> writesInto(c.comm(), v) || c.body().stream().anyMatch(x -> writesInto(x, v));
            case Node.Labeled l -> writesInto(l.stmt(), v);
            case Node.FuncLit fl -> writesInto(fl.body(), v);
            case Node.ExprStmt e -> writesInto(e.x(), v);
            case Node.Call c -> c.args().stream().anyMatch(a -> writesInto(a, v)) || writesInto(c.fun(), v);
            default -> false;
        };
    }

    private boolean rootIs(Node.Expr e, Obj.Var v) {
        while (true) {
            switch (e) {
                case null -> {
                    return false;
                }
                case Node.Paren p -> e = p.x();
                case Node.Selector s -> e = s.x();
                case Node.Index ix -> {
                    if (typeOf(ix.x()).underlying() instanceof Type.Slice || typeOf(ix.x()).underlying() instanceof Type.Map) {
                        return false; // a slice's or map's elements are not the variable's
                    }
                    e = ix.x();
                }
                case Node.Ident id -> {
                    return info.uses.get(id) == v || info.defs.get(id) == v;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /**
     * Whether a *N held in an interface is N's generated N$Ptr (TypeGen.ptrClass): N is a
     * program's named type, neither a struct (*T is T's object) nor an interface.
     */
    private static boolean hasPtrClass(Type.Named n) {
        return !(n.underlying() instanceof Type.Struct) && !Types.isInterface(n);
    }

    private static boolean isValueType(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }

    private List<Obj.Var> paramVars(List<Node.Field> fields) {
        List<Obj.Var> out = new ArrayList<>();
        for (Node.Field f : fields) {
            if (f.names().isEmpty()) {
                out.add(null);
            } else {
                for (Node.Ident id : f.names()) {
                    out.add(info.defs.get(id) instanceof Obj.Var v ? v : null);
                }
            }
        }
        return out;
    }

    private static boolean containsDefer(Node n) {
        return switch (n) {
            case Node.Defer d -> true;
            case Node.Block b -> b.stmts().stream().anyMatch(FuncGen::containsDefer);
            case Node.If i -> containsDefer(i.then()) || (i.els() != null && containsDefer(i.els()));
            case Node.For f -> containsDefer(f.body());
            case Node.Range r -> containsDefer(r.body());
            case Node.Switch s -> s.clauses().stream().anyMatch(FuncGen::containsDefer);
            case Node.TypeSwitch s -> s.clauses().stream().anyMatch(FuncGen::containsDefer);
            case Node.Select s -> s.clauses().stream().anyMatch(FuncGen::containsDefer);
            case Node.CaseClause c -> c.body().stream().anyMatch(FuncGen::containsDefer);
            case Node.CommClause c -> c.body().stream().anyMatch(FuncGen::containsDefer);
            case Node.Labeled l -> containsDefer(l.stmt());
            default -> false;
        };
    }

    private void returnResults() {
        int n = resultSlots.length;
        if (n == 0) {
            code.return_();
            return;
        }
        if (n == 1) {
            loadResult(0);
            code.return_(Jvm.slot(sig.results().at(0)));
            return;
        }
        code.loadConstant(n);
        code.anewarray(Jvm.OBJECT);
        for (int i = 0; i < n; i++) {
            code.dup();
            code.loadConstant(i);
            loadResult(i);
            boxRaw(code, Jvm.kind(sig.results().at(i)));
            code.aastore();
        }
        code.areturn();
    }

    private void loadResult(int i) {
        Type t = sig.results().at(i);
        if (resultSlots[i] < 0) {
            code.aload(locals.get(resultVars.get(i)));
            loadCell(t);
        } else {
            code.loadLocal(Jvm.slot(t), resultSlots[i]);
        }
    }

    // ------------------------------------------------------------------ statements

    private void block(List<Node.Stmt> stmts) {
        for (Node.Stmt s : stmts) {
            stmt(s);
        }
    }

    private void stmt(Node.Stmt s) {
        if (src != null && !(s instanceof Node.Block)) {
            code.lineNumber(src.line(s.pos()));
        }
        switch (s) {
            case Node.EmptyStmt e -> {
            }
            case Node.Block b -> block(b.stmts());
            case Node.ExprStmt e -> exprStmt(e.x());
            case Node.DeclStmt d -> declStmt(d.decl());
            case Node.Assign a -> assign(a);
            case Node.IncDec i -> incDec(i);
            case Node.If i -> ifStmt(i);
            case Node.For f -> forStmt(f, null);
            case Node.Range r -> rangeStmt(r, null);
            case Node.Switch sw -> switchStmt(sw, null);
            case Node.TypeSwitch ts -> typeSwitch(ts, null);
            case Node.Select sel -> selectStmt(sel, null);
            case Node.Labeled l -> labeled(l);
            case Node.Branch b -> branch(b);
            case Node.Return r -> returnStmt(r);
            case Node.Go g -> goStmt(g);
            case Node.Defer d -> deferStmt(d);
            case Node.Send snd -> {
                expr(snd.chan());
                Type et = ((Type.Chan) typeOf(snd.chan()).underlying()).elem();
                exprAs(snd.value(), et);
                copyIfLocation(snd.value(), et);
                boxRaw(code, Jvm.kind(et));
                code.invokestatic(Jvm.RT, "send", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.CHAN, Jvm.OBJECT));
            }
            case Node.CaseClause c -> throw new IllegalStateException("case outside switch");
            case Node.CommClause c -> throw new IllegalStateException("case outside select");
        }
    }

    private void exprStmt(Node.Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        expr(e);
        if (tv == null || tv.mode() == Info.Mode.NOVALUE) {
            return;
        }
        pop(tv.type());
    }

    private void pop(Type t) {
        if (t == null || t instanceof Type.Tuple tu && tu.size() == 0) {
            return;
        }
        if (t instanceof Type.Tuple) {
            code.pop();
            return;
        }
        if (Jvm.slot(t).slotSize() == 2) {
            code.pop2();
        } else {
            code.pop();
        }
    }

    private void declStmt(Node.GenDecl d) {
        for (Node.Spec sp : d.specs()) {
            if (sp instanceof Node.ValueSpec vs && d.tok() == Token.VAR) {
                List<Obj.Var> vars = new ArrayList<>();
                for (Node.Ident id : vs.names()) {
                    vars.add(info.defs.get(id) instanceof Obj.Var v ? v : null);
                }
                if (vs.values().isEmpty()) {
                    for (Obj.Var v : vars) {
                        if (v != null) {
                            declareLocal(v);
                            zero(v.type());
                            storeVar(v);
                        }
                    }
                } else {
                    assignValues(vars.stream().map(v -> (Object) v).toList(), vs.values(), true);
                }
            } else if (sp instanceof Node.TypeSpec ts && !ts.alias()
                    && info.defs.get(ts.name()) instanceof Obj.TypeName tn && tn.type() instanceof Type.Named n) {
                new TypeGen(pg).namedType(n, List.of());
                pg.declareType(code, n);
            }
        }
    }

    private int declareLocal(Obj.Var v) {
        if (isCell(v)) {
            int s = code.allocateLocal(TypeKind.REFERENCE);
            newCell(v.type());
            code.astore(s);
            locals.put(v, s);
            return s;
        }
        int s = code.allocateLocal(Jvm.slot(v.type()));
        locals.put(v, s);
        return s;
    }

    /** Stores the value on the stack into variable v (a local, a cell, or a global). */
    private void storeVar(Obj.Var v) {
        Type t = v.type();
        if (v.global) {
            if (isCell(v)) {
                code.getstatic(pg.pkgClass, pg.globalName(v), cellClass(t));
                swapUnder(t);
                storeCell(t);
            } else {
                code.putstatic(Jvm.pkgClass(v.pkg()), pg.globalName(v), jvm.desc(t));
            }
            return;
        }
        Integer s = locals.get(v);
        if (s == null) {
            s = declareLocal(v);
        }
        if (isCell(v)) {
            code.aload(s);
            swapUnder(t);
            storeCell(t);
        } else {
            code.storeLocal(Jvm.slot(t), s);
        }
    }

    /** With [value, ref] wanted but [value] then [ref] pushed: swaps so the ref is under the value. */
    private void swapUnder(Type valueType) {
        // stack: value, ref  ->  ref, value
        if (Jvm.slot(valueType).slotSize() == 2) {
            code.dup_x2();
            code.pop();
        } else {
            code.swap();
        }
    }

    private void loadVar(Obj.Var v) {
        Type t = v.type();
        if (v.global) {
            if (isCell(v)) {
                code.getstatic(Jvm.pkgClass(v.pkg()), pg.globalName(v), cellClass(t));
                loadCell(t);
            } else {
                code.getstatic(Jvm.pkgClass(v.pkg()), pg.globalName(v), jvm.desc(t));
            }
            return;
        }
        Integer s = locals.get(v);
        if (s == null) {
            throw new IllegalStateException("no local for " + v.name());
        }
        if (isCell(v)) {
            code.aload(s);
            loadCell(t);
        } else {
            code.loadLocal(Jvm.slot(t), s);
        }
    }

    void newCell(Type t) {
        ClassDesc c = cellClass(t);
        code.new_(c);
        code.dup();
        code.invokespecial(c, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
        if (PkgGen.needsZeroInit(t)) {
            code.dup();
            zero(t);
            storeCell(t);
        }
    }

    void loadCell(Type t) {
        code.getfield(cellClass(t), "v", Jvm.erasedDesc(t).equals(ConstantDescs.CD_boolean) ? ConstantDescs.CD_boolean : Jvm.erasedDesc(t));
        castFromObject(t);
    }

    void storeCell(Type t) {
        code.putfield(cellClass(t), "v", Jvm.erasedDesc(t));
    }

    /** After reading an erased (Object) storage: cast to the type's JVM class. */
    private void castFromObject(Type t) {
        if (Jvm.kind(t) == TypeKind.REFERENCE) {
            ClassDesc d = jvm.desc(t);
            if (!d.equals(Jvm.OBJECT)) {
                code.checkcast(d);
            }
        }
    }

    private void assign(Node.Assign a) {
        if (a.tok() == Token.DEFINE || a.tok() == Token.ASSIGN) {
            List<Object> lhs = new ArrayList<>();
            for (Node.Expr l : a.lhs()) {
                if (l instanceof Node.Ident id && id.name().equals("_")) {
                    lhs.add(null);
                } else if (a.tok() == Token.DEFINE && l instanceof Node.Ident id && info.defs.get(id) instanceof Obj.Var v) {
                    lhs.add(v);
                } else {
                    lhs.add(l);
                }
            }
            assignValues(lhs, a.rhs(), a.tok() == Token.DEFINE);
            return;
        }
        // op-assign: x op= y
        Token op = a.tok().binaryOfAssign();
        Node.Expr l = a.lhs().get(0);
        Node.Expr r = a.rhs().get(0);
        Type lt = typeOf(l);
        storeWith(l, () -> binaryValues(op, lt, () -> expr(l), () -> exprAs(r, op == Token.SHL || op == Token.SHR ? typeOf(r) : lt), typeOf(r)));
    }

    private void incDec(Node.IncDec i) {
        Type t = typeOf(i.x());
        storeWith(i.x(), () -> {
            expr(i.x());
            one(t);
            arith(i.tok() == Token.INC ? Token.ADD : Token.SUB, t);
        });
    }

    private void one(Type t) {
        if (Types.kindOf(t) != null && Types.kindOf(t).isComplex()) {
            pushConst(new Obj.Value(java.math.BigInteger.ONE), t); // c++ on a complex number
            return;
        }
        switch (Jvm.slot(t)) {
            case LONG -> code.lconst_1();
            case DOUBLE -> code.dconst_1();
            case FLOAT -> code.fconst_1();
            default -> code.iconst_1();
        }
    }

    /**
     * Assigns values to targets: each target is an Obj.Var (declared or existing), a Node.Expr
     * (an assignable expression), or null (blank). Go evaluates all right-hand sides (and the
     * operands of index expressions on the left) before assigning (spec "Assignment
     * statements"); this evaluates the values into temporaries first when there is more
     * than one target.
     */
    private void assignValues(List<Object> lhs, List<Node.Expr> rhs, boolean define) {
        if (lhs.size() == 1 && rhs.size() == 1) {
            Object target = lhs.get(0);
            Type tt = targetType(target, rhs.get(0));
            assignOne(target, () -> {
                exprAs(rhs.get(0), tt);
                copyIfLocation(rhs.get(0), tt);
            }, tt);
            return;
        }
        freezeTargets(lhs);
        if (rhs.size() == 1 && lhs.size() > 1) {
            // v, ok := m[k] / x.(T) / <-ch, or a, b := f()
            Node.Expr r = unparen(rhs.get(0));
            List<Type> types = new ArrayList<>();
            int tmp;
            if (info.types.get(rhs.get(0)) != null && info.types.get(rhs.get(0)).mode() == Info.Mode.COMMAOK
                    || isCommaOk(r)) {
                commaOk(r);
                Type vt = valueTypeOfCommaOk(r);
                types.add(vt);
                types.add(Types.basic(Type.Kind.BOOL));
            } else {
                expr(r);
                Type.Tuple tu = (Type.Tuple) typeOf(r);
                for (int i = 0; i < tu.size(); i++) {
                    types.add(tu.at(i));
                }
            }
            tmp = code.allocateLocal(TypeKind.REFERENCE);
            code.astore(tmp);
            for (int i = 0; i < lhs.size(); i++) {
                final int idx = i;
                Type vt = types.get(i);
                Object target = lhs.get(i);
                Type tt = target == null ? vt : targetType(target, null);
                assignOne(target, () -> {
                    code.aload(tmp);
                    code.loadConstant(idx);
                    code.aaload();
                    unboxRaw(vt);
                    convertValue(vt, tt);
                }, tt);
            }
            return;
        }
        int[] tmps = new int[rhs.size()];
        Type[] tts = new Type[rhs.size()];
        for (int i = 0; i < rhs.size(); i++) {
            Object target = lhs.get(i);
            Type tt = targetType(target, rhs.get(i));
            tts[i] = tt;
            exprAs(rhs.get(i), tt);
            copyIfLocation(rhs.get(i), tt);
            tmps[i] = code.allocateLocal(Jvm.slot(tt));
            code.storeLocal(Jvm.slot(tt), tmps[i]);
        }
        for (int i = 0; i < lhs.size(); i++) {
            final int k = i;
            assignOne(lhs.get(i), () -> code.loadLocal(Jvm.slot(tts[k]), tmps[k]), tts[i]);
        }
    }

    /**
     * Parallel assignment (spec "Assignment statements"): the operands of index expressions
     * and indirections on the left are evaluated first, with the values on the right; then
     * the assignments happen left to right.
     */
    private void freezeTargets(List<Object> lhs) {
        for (Object target : lhs) {
            if (target instanceof Node.Expr e) {
                switch (unparen(e)) {
                    case Node.Index ix -> {
                        freeze(ix.x());
                        freeze(ix.index());
                    }
                    case Node.Star st -> freeze(st.x());
                    case Node.Selector sel when info.selections.get(sel) != null -> freeze(sel.x());
                    default -> {
                    }
                }
            }
        }
    }

    private Type targetType(Object target, Node.Expr rhs) {
        if (target instanceof Obj.Var v) {
            return v.type();
        }
        if (target instanceof Node.Expr e) {
            return typeOf(e);
        }
        return rhs == null ? null : Types.defaultType(typeOf(rhs));
    }

    private void assignOne(Object target, Runnable value, Type t) {
        if (target == null) {
            value.run();
            pop(t);
            return;
        }
        if (target instanceof Obj.Var v) {
            boolean fresh = false;
            if (!v.global && !locals.containsKey(v)) {
                declareLocal(v);
                fresh = true;
            }
            if (!fresh && isValueType(v.type()) && (v.captured || v.addressed) && !v.global) {
                // the variable's object may be shared (&v, a closure): copy into it
                loadVar(v);
                value.run();
                setInto(v.type());
                return;
            }
            value.run();
            storeVar(v);
            return;
        }
        storeWith((Node.Expr) target, value);
    }

    /** Stores the value that {@code value} pushes into the assignable expression {@code e}. */
    private void storeWith(Node.Expr e, Runnable value) {
        e = unparen(e);
        Type t = typeOf(e);
        switch (e) {
            case Node.Ident id -> {
                Obj o = info.uses.get(id);
                if (o == null) {
                    o = info.defs.get(id);
                }
                Obj.Var v = (Obj.Var) o;
                if (!v.global && !locals.containsKey(v)) {
                    declareLocal(v);
                }
                value.run();
                storeVar(v);
            }
            case Node.Index ix -> {
                Type xt = typeOf(ix.x()).underlying();
                if (xt instanceof Type.Pointer p) {
                    xt = p.elem().underlying();
                }
                switch (xt) {
                    case Type.Map m -> {
                        expr(ix.x());
                        exprAs(ix.index(), m.key());
                        copyIfLocation(ix.index(), m.key());
                        boxIface(m.key());
                        value.run();
                        boxRaw(code, Jvm.kind(m.elem()));
                        code.invokestatic(Jvm.RT, "mapPut", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.GOMAP, Jvm.OBJECT, Jvm.OBJECT));
                    }
                    case Type.Slice s -> {
                        expr(ix.x());
                        exprAs(ix.index(), Types.basic(Type.Kind.INT));
                        toLong(typeOf(ix.index()));
                        value.run();
                        ClassDesc sc = Jvm.sliceClass(s.elem());
                        code.invokestatic(sc, "set", MethodTypeDesc.of(ConstantDescs.CD_void, sc, ConstantDescs.CD_long, Jvm.prim(Jvm.slot(s.elem())) .equals(Jvm.OBJECT) ? Jvm.OBJECT : sliceElemDesc(s.elem())));
                    }
                    case Type.Array a -> {
                        expr(ix.x());
                        if (typeOf(ix.x()).underlying() instanceof Type.Pointer) {
                            // *[N]T: the array object
                        }
                        exprAs(ix.index(), Types.basic(Type.Kind.INT));
                        toLong(typeOf(ix.index()));
                        code.loadConstant((int) a.len());
                        code.invokestatic(Jvm.RT, "checkIndex", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_int));
                        value.run();
                        arrayStore(a.elem());
                    }
                    default -> throw new IllegalStateException("index store on " + xt);
                }
            }
            case Node.Selector sel -> {
                Info.Selection s = info.selections.get(sel);
                if (s == null) {
                    // a qualified global: pkg.V
                    Obj.Var v = (Obj.Var) info.uses.get(sel.sel());
                    value.run();
                    storeVar(v);
                    return;
                }
                fieldOwner(sel.x(), s);
                value.run();
                Type.Struct st = ownerStruct(s);
                int fi = s.path()[s.path().length - 1];
                code.putfield(jvm.structClass(ownerStructType(s)), TypeGen.fieldName(st, fi), jvm.desc(st.fields().get(fi).type()));
            }
            case Node.Star st -> {
                Type pt = typeOf(st.x());
                Type elem = ((Type.Pointer) pt.underlying()).elem();
                expr(st.x());
                if (isValueType(elem)) {
                    nilCheck();
                    value.run();
                    setInto(elem);
                } else {
                    nilCheck();
                    value.run();
                    code.invokevirtual(Jvm.PTR, "set" + Jvm.letter(elem), MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.erasedDesc(elem)));
                }
            }
            default -> throw new IllegalStateException("cannot assign to " + e);
        }
        if (t == null) {
            throw new IllegalStateException();
        }
    }

    private void nilCheck() {
        code.dup();
        code.invokestatic(Jvm.RT, "nilCheck", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.OBJECT));
    }

    /** [dst, src] of a struct or array type: copies src into dst's storage. */
    private void setInto(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Struct) {
            ClassDesc c = jvm.desc(t);
            code.invokevirtual(c, "$set", MethodTypeDesc.of(ConstantDescs.CD_void, c));
        } else {
            code.invokestatic(Jvm.RT, "arraySet", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.OBJECT, Jvm.OBJECT));
        }
    }

    private ClassDesc sliceElemDesc(Type elem) {
        return switch (Jvm.sliceLetter(elem)) {
            case "Z" -> ConstantDescs.CD_boolean;
            case "J" -> ConstantDescs.CD_long;
            case "B" -> ConstantDescs.CD_byte;
            case "I" -> ConstantDescs.CD_int;
            case "D" -> ConstantDescs.CD_double;
            case "F" -> ConstantDescs.CD_float;
            default -> Jvm.OBJECT;
        };
    }

    private void arrayStore(Type elem) {
        ClassDesc d = jvm.arrayElemDesc(elem);
        switch (TypeKind.from(d)) {
            case BYTE -> code.bastore();
            case LONG -> code.lastore();
            case INT -> code.iastore();
            case DOUBLE -> code.dastore();
            case FLOAT -> code.fastore();
            case BOOLEAN -> code.bastore();
            default -> code.aastore();
        }
    }

    private void arrayLoad(Type elem) {
        ClassDesc d = jvm.arrayElemDesc(elem);
        if (TypeKind.from(d) == TypeKind.BYTE) {
            code.baload();
            if (Types.isKind(elem, Type.Kind.UINT8)) {
                code.loadConstant(0xFF); // bytes load sign-extended
                code.iand();
            }
            return;
        }
        switch (TypeKind.from(d)) {
            case LONG -> code.laload();
            case INT -> code.iaload();
            case DOUBLE -> code.daload();
            case FLOAT -> code.faload();
            case BOOLEAN -> code.baload();
            default -> code.aaload();
        }
    }

    private void ifStmt(Node.If i) {
        if (i.init() != null) {
            stmt(i.init());
        }
        Label els = code.newLabel();
        Label end = code.newLabel();
        cond(i.cond(), els, false);
        block(i.then().stmts());
        code.goto_(end);
        code.labelBinding(els);
        if (i.els() != null) {
            stmt(i.els());
        }
        code.labelBinding(end);
    }

    /** Jumps to target when the condition is {@code jumpIf}; falls through otherwise. */
    private void cond(Node.Expr c, Label target, boolean jumpIf) {
        c = unparen(c);
        if (c instanceof Node.Binary b && (b.op() == Token.LAND || b.op() == Token.LOR) && constOf(c) == null) {
            boolean and = b.op() == Token.LAND;
            if (and != jumpIf) {
                // (x && y) false -> jump if !x or !y;  (x || y) true -> jump if x or y
                cond(b.x(), target, jumpIf);
                cond(b.y(), target, jumpIf);
            } else {
                Label skip = code.newLabel();
                cond(b.x(), skip, !jumpIf);
                cond(b.y(), target, jumpIf);
                code.labelBinding(skip);
            }
            return;
        }
        if (c instanceof Node.Unary u && u.op() == Token.NOT && constOf(c) == null) {
            cond(u.x(), target, !jumpIf);
            return;
        }
        expr(c);
        if (jumpIf) {
            code.ifne(target);
        } else {
            code.ifeq(target);
        }
    }

    private void forStmt(Node.For f, String label) {
        if (f.init() != null) {
            stmt(f.init());
        }
        // Go 1.19: one variable per loop, not per iteration (Go 1.22 changed that)
        Label top = code.newLabel();
        Label cont = code.newLabel();
        Label end = code.newLabel();
        code.labelBinding(top);
        if (f.cond() != null) {
            cond(f.cond(), end, false);
        }
        targets.push(new Target(label, end, cont));
        block(f.body().stmts());
        targets.pop();
        code.labelBinding(cont);
        if (f.post() != null) {
            stmt(f.post());
        }
        code.goto_(top);
        code.labelBinding(end);
    }

    private void rangeStmt(Node.Range r, String label) {
        Type xt = typeOf(r.x());
        Type u = xt.underlying();
        Label top = code.newLabel();
        Label cont = code.newLabel();
        Label end = code.newLabel();
        Object keyT = rangeTarget(r, r.key());
        Object valT = rangeTarget(r, r.value());
        // Go 1.19: the iteration variables are declared once for the whole loop (a closure
        // or a pointer sees the one variable), so their cells are made before it
        for (Object t : new Object[] {keyT, valT}) {
            if (t instanceof Obj.Var v && !v.global && !locals.containsKey(v)) {
                declareLocal(v);
                zero(v.type());
                storeVar(v);
            }
        }
        if (u instanceof Type.Pointer p) {
            u = p.elem().underlying(); // range over *[N]T
        }
        switch (u) {
            case Type.Slice s -> {
                expr(r.x());
                int sl = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(sl);
                ClassDesc sc = Jvm.sliceClass(s.elem());
                code.aload(sl);
                code.invokestatic(Jvm.RT, "len", MethodTypeDesc.of(ConstantDescs.CD_long, Jvm.OBJECT));
                int n = code.allocateLocal(TypeKind.LONG);
                code.lstore(n);
                int i = code.allocateLocal(TypeKind.LONG);
                code.lconst_0();
                code.lstore(i);
                code.labelBinding(top);
                code.lload(i);
                code.lload(n);
                code.lcmp();
                code.ifge(end);
                if (valT instanceof Node.Expr) {
                    freezeTargets(java.util.Collections.singletonList(valT)); // key, value = ... is a parallel assignment
                }
                assignOne(keyT, () -> code.lload(i), Types.basic(Type.Kind.INT));
                if (valT != null) {
                    assignOne(valT, () -> {
                        code.aload(sl);
                        code.lload(i);
                        sliceGet(s.elem());
                        copyIfValue(s.elem());
                    }, s.elem());
                }
                loopBody(r.body(), label, end, cont);
                code.labelBinding(cont);
                code.lload(i);
                code.lconst_1();
                code.ladd();
                code.lstore(i);
                code.goto_(top);
                code.labelBinding(end);
                return;
            }
            case Type.Array a -> {
                expr(r.x());
                int arr = code.allocateLocal(TypeKind.REFERENCE);
                if (valT != null && !(typeOf(r.x()).underlying() instanceof Type.Pointer)) {
                    copyIfValue(xt); // range over an array ranges over a copy
                }
                code.astore(arr);
                int i = code.allocateLocal(TypeKind.INT);
                code.iconst_0();
                code.istore(i);
                code.labelBinding(top);
                code.iload(i);
                code.loadConstant((int) a.len());
                code.if_icmpge(end);
                if (valT instanceof Node.Expr) {
                    freezeTargets(java.util.Collections.singletonList(valT)); // key, value = ... is a parallel assignment
                }
                assignOne(keyT, () -> {
                    code.iload(i);
                    code.i2l();
                }, Types.basic(Type.Kind.INT));
                if (valT != null) {
                    assignOne(valT, () -> {
                        code.aload(arr);
                        code.iload(i);
                        arrayLoad(a.elem());
                        copyIfValue(a.elem());
                    }, a.elem());
                }
                loopBody(r.body(), label, end, cont);
                code.labelBinding(cont);
                code.iinc(i, 1);
                code.goto_(top);
                code.labelBinding(end);
                return;
            }
            case Type.Basic b when b.kind().isString() -> {
                expr(r.x());
                int str = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(str);
                int i = code.allocateLocal(TypeKind.INT);
                code.iconst_0();
                code.istore(i);
                int packed = code.allocateLocal(TypeKind.LONG);
                code.labelBinding(top);
                code.iload(i);
                code.aload(str);
                code.invokevirtual(Jvm.STRING, "length", MethodTypeDesc.of(ConstantDescs.CD_int));
                code.if_icmpge(end);
                code.aload(str);
                code.iload(i);
                code.invokestatic(Jvm.RT, "decodeRune", MethodTypeDesc.of(ConstantDescs.CD_long, Jvm.STRING, ConstantDescs.CD_int));
                code.lstore(packed);
                if (valT instanceof Node.Expr) {
                    freezeTargets(java.util.Collections.singletonList(valT)); // key, value = ... is a parallel assignment
                }
                assignOne(keyT, () -> {
                    code.iload(i);
                    code.i2l();
                }, Types.basic(Type.Kind.INT));
                if (valT != null) {
                    assignOne(valT, () -> {
                        code.lload(packed);
                        code.l2i();
                    }, Types.RUNE);
                }
                loopBody(r.body(), label, end, cont);
                code.labelBinding(cont);
                code.iload(i);
                code.lload(packed);
                code.bipush(32);
                code.lushr();
                code.l2i();
                code.iadd();
                code.istore(i);
                code.goto_(top);
                code.labelBinding(end);
                return;
            }
            case Type.Map m -> {
                expr(r.x());
                code.invokestatic(Jvm.RT, "mapIter", MethodTypeDesc.of(ClassDesc.of("go4j.lang.GoMap$Iter"), Jvm.GOMAP));
                int it = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(it);
                ClassDesc mi = ClassDesc.of("go4j.lang.GoMap$Iter");
                code.labelBinding(top);
                code.aload(it);
                code.invokevirtual(mi, "next", MethodTypeDesc.of(ConstantDescs.CD_boolean));
                code.ifeq(end);
                if (valT instanceof Node.Expr) {
                    freezeTargets(java.util.Collections.singletonList(valT)); // key, value = ... is a parallel assignment
                }
                assignOne(keyT, () -> {
                    code.aload(it);
                    code.invokevirtual(mi, "key", MethodTypeDesc.of(Jvm.OBJECT));
                    unboxIface(m.key());
                }, m.key());
                if (valT != null) {
                    assignOne(valT, () -> {
                        code.aload(it);
                        code.invokevirtual(mi, "value", MethodTypeDesc.of(Jvm.OBJECT));
                        unboxRaw(m.elem());
                        copyIfValue(m.elem());
                    }, m.elem());
                }
                loopBody(r.body(), label, end, cont);
                code.labelBinding(cont);
                code.goto_(top);
                code.labelBinding(end);
                return;
            }
            case Type.Chan c -> {
                expr(r.x());
                int ch = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(ch);
                code.labelBinding(top);
                code.aload(ch);
                code.invokestatic(Jvm.RT, "recvOk", MethodTypeDesc.of(Jvm.OBJECTS, Jvm.CHAN));
                int res = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(res);
                code.aload(res);
                code.iconst_1();
                code.aaload();
                code.checkcast(ConstantDescs.CD_Boolean);
                code.invokevirtual(ConstantDescs.CD_Boolean, "booleanValue", MethodTypeDesc.of(ConstantDescs.CD_boolean));
                code.ifeq(end);
                if (valT instanceof Node.Expr) {
                    freezeTargets(java.util.Collections.singletonList(valT)); // key, value = ... is a parallel assignment
                }
                assignOne(keyT, () -> {
                    code.aload(res);
                    code.iconst_0();
                    code.aaload();
                    unboxRaw(c.elem());
                }, c.elem());
                loopBody(r.body(), label, end, cont);
                code.labelBinding(cont);
                code.goto_(top);
                code.labelBinding(end);
                return;
            }
            default -> throw new IllegalStateException("range over " + xt);
        }
    }

    private Object rangeTarget(Node.Range r, Node.Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Node.Ident id && id.name().equals("_")) {
            return null;
        }
        if (r.tok() == Token.DEFINE && e instanceof Node.Ident id && info.defs.get(id) instanceof Obj.Var v) {
            return v;
        }
        return e;
    }

    private void loopBody(Node.Block body, String label, Label end, Label cont) {
        targets.push(new Target(label, end, cont));
        block(body.stmts());
        targets.pop();
    }

    private void switchStmt(Node.Switch sw, String label) {
        if (sw.init() != null) {
            stmt(sw.init());
        }
        Type tagType = sw.tag() == null ? Types.basic(Type.Kind.BOOL) : Types.defaultType(typeOf(sw.tag()));
        int tag = -1;
        if (sw.tag() != null) {
            exprAs(sw.tag(), tagType);
            tag = code.allocateLocal(Jvm.slot(tagType));
            code.storeLocal(Jvm.slot(tagType), tag);
        }
        Label end = code.newLabel();
        List<Label> bodies = new ArrayList<>();
        for (int i = 0; i < sw.clauses().size(); i++) {
            bodies.add(code.newLabel());
        }
        Label dflt = end;
        for (int i = 0; i < sw.clauses().size(); i++) {
            Node.CaseClause cc = sw.clauses().get(i);
            if (cc.list().isEmpty()) {
                dflt = bodies.get(i);
                continue;
            }
            for (Node.Expr e : cc.list()) {
                if (tag < 0 && Types.isInterface(typeOf(e))) {
                    // no tag is "true": an interface case compares with true as interfaces
                    expr(e);
                    code.iconst_1();
                    boxIface(Types.basic(Type.Kind.BOOL));
                    equalValues(typeOf(e));
                    code.ifne(bodies.get(i));
                } else if (tag < 0) {
                    cond(e, bodies.get(i), true);
                } else {
                    final int t = tag;
                    Type ct = typeOf(e);
                    if (!Types.isInterface(tagType) && Types.isInterface(ct)) {
                        // a concrete tag against an interface case: compare as interfaces
                        code.loadLocal(Jvm.slot(tagType), t);
                        boxIface(tagType);
                        expr(e);
                        equalValues(ct);
                    } else {
                        // the case value converted to the tag's type (boxed, for an interface tag)
                        code.loadLocal(Jvm.slot(tagType), t);
                        exprAs(e, tagType);
                        equalValues(tagType);
                    }
                    code.ifne(bodies.get(i));
                }
            }
        }
        code.goto_(dflt);
        targets.push(new Target(label, end, null));
        for (int i = 0; i < sw.clauses().size(); i++) {
            code.labelBinding(bodies.get(i));
            List<Node.Stmt> body = sw.clauses().get(i).body();
            boolean fall = !body.isEmpty() && body.get(body.size() - 1) instanceof Node.Branch b && b.tok() == Token.FALLTHROUGH;
            block(fall ? body.subList(0, body.size() - 1) : body);
            if (fall && i + 1 < bodies.size()) {
                code.goto_(bodies.get(i + 1));
            } else {
                code.goto_(end);
            }
        }
        targets.pop();
        code.labelBinding(end);
    }

    private void typeSwitch(Node.TypeSwitch ts, String label) {
        if (ts.init() != null) {
            stmt(ts.init());
        }
        Node.Expr guard;
        if (ts.assign() instanceof Node.ExprStmt es) {
            guard = ((Node.TypeAssert) unparen(es.x())).x();
        } else {
            guard = ((Node.TypeAssert) unparen(((Node.Assign) ts.assign()).rhs().get(0))).x();
        }
        expr(guard);
        int x = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(x);
        Label end = code.newLabel();
        List<Label> bodies = new ArrayList<>();
        for (int i = 0; i < ts.clauses().size(); i++) {
            bodies.add(code.newLabel());
        }
        Label dflt = end;
        for (int i = 0; i < ts.clauses().size(); i++) {
            Node.CaseClause cc = ts.clauses().get(i);
            if (cc.list().isEmpty()) {
                dflt = bodies.get(i);
                continue;
            }
            for (Node.Expr e : cc.list()) {
                code.aload(x);
                if (isNilExpr(e)) {
                    code.ifnull(bodies.get(i));
                } else {
                    typeTest(typeOf(e));
                    code.ifne(bodies.get(i));
                }
            }
        }
        code.goto_(dflt);
        targets.push(new Target(label, end, null));
        for (int i = 0; i < ts.clauses().size(); i++) {
            Node.CaseClause cc = ts.clauses().get(i);
            code.labelBinding(bodies.get(i));
            Obj impl = info.implicits.get(cc);
            if (impl instanceof Obj.Var v) {
                declareLocal(v);
                code.aload(x);
                if (cc.list().size() == 1 && !isNilExpr(cc.list().get(0)) && !Types.isInterface(v.type())) {
                    unboxIface(v.type());
                }
                storeVar(v);
            }
            block(cc.body());
            code.goto_(end);
        }
        targets.pop();
        code.labelBinding(end);
    }

    private boolean isNilExpr(Node.Expr e) {
        return unparen(e) instanceof Node.Ident id && id.name().equals("nil") && info.uses.get(id) instanceof Obj.Nil;
    }

    private void selectStmt(Node.Select sel, String label) {
        int n = 0;
        boolean hasDefault = false;
        for (Node.CommClause cc : sel.clauses()) {
            if (cc.comm() == null) {
                hasDefault = true;
            } else {
                n++;
            }
        }
        // arrays of channels and values to send, in clause order (defaults skipped)
        code.loadConstant(n);
        code.anewarray(Jvm.CHAN);
        int chans = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(chans);
        code.loadConstant(n);
        code.anewarray(Jvm.OBJECT);
        int vals = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(vals);
        code.loadConstant(n);
        code.newarray(TypeKind.BOOLEAN);
        int sends = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(sends);
        int k = 0;
        List<Integer> caseIndex = new ArrayList<>();
        for (Node.CommClause cc : sel.clauses()) {
            if (cc.comm() == null) {
                caseIndex.add(-1);
                continue;
            }
            caseIndex.add(k);
            if (cc.comm() instanceof Node.Send s) {
                code.aload(chans);
                code.loadConstant(k);
                expr(s.chan());
                code.aastore();
                Type et = ((Type.Chan) typeOf(s.chan()).underlying()).elem();
                code.aload(vals);
                code.loadConstant(k);
                exprAs(s.value(), et);
                copyIfLocation(s.value(), et);
                boxRaw(code, Jvm.kind(et));
                code.aastore();
                code.aload(sends);
                code.loadConstant(k);
                code.iconst_1();
                code.bastore();
            } else {
                Node.Expr recv = recvOf(cc.comm());
                code.aload(chans);
                code.loadConstant(k);
                expr(((Node.Unary) unparen(recv)).x());
                code.aastore();
            }
            k++;
        }
        code.aload(chans);
        code.aload(vals);
        code.aload(sends);
        code.loadConstant(hasDefault ? 1 : 0);
        code.invokestatic(Jvm.RT, "select", MethodTypeDesc.of(Jvm.OBJECTS, Jvm.CHAN.arrayType(), Jvm.OBJECTS,
                ConstantDescs.CD_boolean.arrayType(), ConstantDescs.CD_boolean));
        int res = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(res);
        // res = {Integer index (-1: default), Object value, Boolean ok}
        Label end = code.newLabel();
        targets.push(new Target(label, end, null));
        for (int ci = 0; ci < sel.clauses().size(); ci++) {
            Node.CommClause cc = sel.clauses().get(ci);
            Label next = code.newLabel();
            code.aload(res);
            code.iconst_0();
            code.aaload();
            code.checkcast(ConstantDescs.CD_Integer);
            code.invokevirtual(ConstantDescs.CD_Integer, "intValue", MethodTypeDesc.of(ConstantDescs.CD_int));
            code.loadConstant(caseIndex.get(ci));
            code.if_icmpne(next);
            if (cc.comm() != null && !(cc.comm() instanceof Node.Send)) {
                Node.Expr recv = recvOf(cc.comm());
                Type et = ((Type.Chan) typeOf(((Node.Unary) unparen(recv)).x()).underlying()).elem();
                if (cc.comm() instanceof Node.Assign a) {
                    List<Object> lhs = new ArrayList<>();
                    for (Node.Expr l : a.lhs()) {
                        if (l instanceof Node.Ident id && id.name().equals("_")) {
                            lhs.add(null);
                        } else if (a.tok() == Token.DEFINE && l instanceof Node.Ident id && info.defs.get(id) instanceof Obj.Var v) {
                            lhs.add(v);
                        } else {
                            lhs.add(l);
                        }
                    }
                    Object t0 = lhs.get(0);
                    assignOne(t0, () -> {
                        code.aload(res);
                        code.iconst_1();
                        code.aaload();
                        nullToZero(et); // a closed channel's receive
                        convertValue(et, t0 == null ? et : targetType(t0, null));
                    }, t0 == null ? et : targetType(t0, null));
                    if (lhs.size() > 1) {
                        assignOne(lhs.get(1), () -> {
                            code.aload(res);
                            code.iconst_2();
                            code.aaload();
                            code.checkcast(ConstantDescs.CD_Boolean);
                            code.invokevirtual(ConstantDescs.CD_Boolean, "booleanValue", MethodTypeDesc.of(ConstantDescs.CD_boolean));
                        }, Types.basic(Type.Kind.BOOL));
                    }
                }
            }
            block(cc.body());
            code.goto_(end);
            code.labelBinding(next);
        }
        targets.pop();
        code.labelBinding(end);
    }

    private Node.Expr recvOf(Node.Stmt comm) {
        return switch (comm) {
            case Node.ExprStmt es -> es.x();
            case Node.Assign a -> a.rhs().get(0);
            default -> throw new IllegalStateException("select case " + comm);
        };
    }

    private void labeled(Node.Labeled l) {
        Label gl = gotoLabel(l.label().name());
        code.labelBinding(gl);
        String name = l.label().name();
        switch (l.stmt()) {
            case Node.For f -> forStmt(f, name);
            case Node.Range r -> rangeStmt(r, name);
            case Node.Switch s -> switchStmt(s, name);
            case Node.TypeSwitch s -> typeSwitch(s, name);
            case Node.Select s -> selectStmt(s, name);
            default -> stmt(l.stmt());
        }
    }

    private Label gotoLabel(String name) {
        return gotoLabels.computeIfAbsent(name, k -> code.newLabel());
    }

    private void branch(Node.Branch b) {
        switch (b.tok()) {
            case GOTO -> code.goto_(gotoLabel(b.label().name()));
            case BREAK -> {
                for (Target t : targets) {
                    if (b.label() == null ? true : b.label().name().equals(t.label)) {
                        code.goto_(t.brk);
                        return;
                    }
                }
                throw new IllegalStateException("break target");
            }
            case CONTINUE -> {
                for (Target t : targets) {
                    if (t.cont != null && (b.label() == null || b.label().name().equals(t.label))) {
                        code.goto_(t.cont);
                        return;
                    }
                }
                throw new IllegalStateException("continue target");
            }
            default -> throw new IllegalStateException("misplaced " + b.tok());
        }
    }

    private void returnStmt(Node.Return r) {
        List<Node.Expr> rs = r.results();
        int n = sig.results().size();
        if (!rs.isEmpty()) {
            if (rs.size() == 1 && n > 1) {
                // return f() with several results
                expr(rs.get(0));
                int tmp = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(tmp);
                for (int i = 0; i < n; i++) {
                    Type t = sig.results().at(i);
                    code.aload(tmp);
                    code.loadConstant(i);
                    code.aaload();
                    Type from = ((Type.Tuple) typeOf(rs.get(0))).at(i);
                    unboxRaw(from);
                    convertValue(from, t);
                    storeResult(i);
                }
            } else {
                int[] tmps = new int[n];
                for (int i = 0; i < n; i++) {
                    Type t = sig.results().at(i);
                    exprAs(rs.get(i), t);
                    copyIfLocation(rs.get(i), t);
                    tmps[i] = code.allocateLocal(Jvm.slot(t));
                    code.storeLocal(Jvm.slot(t), tmps[i]);
                }
                for (int i = 0; i < n; i++) {
                    code.loadLocal(Jvm.slot(sig.results().at(i)), tmps[i]);
                    storeResult(i);
                }
            }
        }
        if (defersSlot >= 0) {
            code.goto_(epilogue);
        } else {
            returnResults();
        }
    }

    private void storeResult(int i) {
        Type t = sig.results().at(i);
        if (resultSlots[i] < 0) {
            code.aload(locals.get(resultVars.get(i)));
            swapUnder(t);
            storeCell(t);
        } else {
            code.storeLocal(Jvm.slot(t), resultSlots[i]);
        }
    }

    // ---- go and defer: the call's operands are evaluated now, the call runs later

    private void goStmt(Node.Go g) {
        thunk(g.call());
        code.invokestatic(Jvm.RT, "go", MethodTypeDesc.of(ConstantDescs.CD_void, RUNNABLE));
    }

    private void deferStmt(Node.Defer d) {
        code.aload(defersSlot);
        thunk(d.call());
        code.invokevirtual(Jvm.DEFERS, "defer", MethodTypeDesc.of(ConstantDescs.CD_void, RUNNABLE));
    }

    /**
     * Pushes a Runnable that performs {@code call} with operands evaluated now: the function
     * value (or receiver) and the arguments become the captured parameters of a synthetic
     * static method whose body makes the call.
     */
    private void thunk(Node.Call call) {
        List<Node.Expr> operands = new ArrayList<>();
        Node.Expr fun = unparen(call.fun());
        CallKind kind = callKind(call);
        List<Type> opTypes = new ArrayList<>();
        // the callee part
        switch (kind) {
            case FUNC_VALUE -> {
                operands.add(fun);
                opTypes.add(typeOf(fun));
            }
            case METHOD, IFACE_METHOD -> {
                Node.Selector sel = (Node.Selector) fun;
                operands.add(sel.x());
                opTypes.add(receiverOperandType(sel));
            }
            default -> {
            }
        }
        // the arguments, as the callee receives them
        List<Type> paramTypes = argTypes(call);
        List<Node.Expr> args = call.args();
        boolean spread = args.size() == 1 && typeOf(args.get(0)) instanceof Type.Tuple && paramTypes.size() > 1;
        if (kind == CallKind.BUILTIN || kind == CallKind.CONVERSION || spread) {
            // builtins, conversions and f(g()): evaluate inside the thunk (rare in go/defer;
            // recover, panic and close are common and their arguments are evaluated now)
            evalThunkGeneric(call);
            return;
        }
        List<ClassDesc> capDescs = new ArrayList<>();
        int firstArgSlotBase = operands.size();
        for (int i = 0; i < operands.size(); i++) {
            if (kind == CallKind.METHOD) {
                receiverOperand((Node.Selector) fun);
            } else {
                expr(operands.get(i));
            }
            capDescs.add(jvm.desc(opTypes.get(i)));
        }
        List<Type> argVals = evalArgs(call, paramTypes);
        for (Type t : argVals) {
            capDescs.add(jvm.desc(t));
        }
        String name = pg.syntheticName("thunk");
        MethodTypeDesc mt = MethodTypeDesc.of(ConstantDescs.CD_void, capDescs);
        final List<Type> allTypes = new ArrayList<>(opTypes);
        allTypes.addAll(argVals);
        pg.extraMethods.add(c -> c.withMethodBody(name, mt, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                body -> {
                    FuncGen g = new FuncGen(pg, info, c, body, null, null);
                    int slot = 0;
                    int[] slots = new int[allTypes.size()];
                    for (int i = 0; i < allTypes.size(); i++) {
                        slots[i] = slot;
                        slot += Jvm.slot(allTypes.get(i)).slotSize();
                    }
                    g.emitCallFromSlots(call, kind, allTypes, slots, firstArgSlotBase);
                    body.return_();
                }));
        runnableOf(name, mt);
    }

    /** A thunk that evaluates the whole call later (used only where Go's timing cannot be told apart). */
    private void evalThunkGeneric(Node.Call call) {
        // evaluate argument values now into a captured Object[] is what Go requires; for
        // builtins like panic(x), close(c), recover() evaluate args now too.
        Node.Expr fun = unparen(call.fun());
        if (info.uses.get(fun instanceof Node.Ident id ? id : null) instanceof Obj.Builtin b) {
            List<Type> ts = new ArrayList<>();
            List<ClassDesc> ds = new ArrayList<>();
            for (Node.Expr a : call.args()) {
                Type t = b.name().equals("panic") || b.name().equals("print") || b.name().equals("println")
                        ? Universe_any() : typeOf(a);
                exprAs(a, t);
                ts.add(t);
                ds.add(jvm.desc(t));
            }
            String name = pg.syntheticName("thunk");
            MethodTypeDesc mt = MethodTypeDesc.of(ConstantDescs.CD_void, ds);
            pg.extraMethods.add(c -> c.withMethodBody(name, mt, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                    body -> {
                        FuncGen g = new FuncGen(pg, info, c, body, null, null);
                        int slot = 0;
                        List<Runnable> loaders = new ArrayList<>();
                        for (Type t : ts) {
                            final int s = slot;
                            loaders.add(() -> body.loadLocal(Jvm.slot(t), s));
                            slot += Jvm.slot(t).slotSize();
                        }
                        g.builtinWith(b.name(), call, loaders, ts);
                        body.return_();
                    }));
            runnableOf(name, mt);
            return;
        }
        throw new UnsupportedOperationException("go/defer of a conversion or of f(g()) is not supported yet");
    }

    private static Type Universe_any() {
        return go4j.compiler.types.Universe.ANY;
    }

    private List<Type> argTypes(Node.Call call) {
        Type ft = typeOf(call.fun());
        if (ft != null && ft.underlying() instanceof Type.Signature s) {
            List<Type> out = new ArrayList<>();
            for (Obj.Var v : s.params().vars()) {
                out.add(v.type());
            }
            return out;
        }
        return List.of();
    }

    // ------------------------------------------------------------------ calls

    enum CallKind { BUILTIN, CONVERSION, STATIC, METHOD, IFACE_METHOD, FUNC_VALUE }

    private CallKind callKind(Node.Call call) {
        Node.Expr fun = unparen(call.fun());
        Info.TypeAndValue tv = info.types.get(call.fun());
        if (tv != null && tv.mode() == Info.Mode.TYPE) {
            return CallKind.CONVERSION;
        }
        if (funcInstance(fun) != null) {
            return CallKind.STATIC;
        }
        if (fun instanceof Node.Ident id) {
            Obj o = info.uses.get(id);
            if (o instanceof Obj.Builtin) {
                return CallKind.BUILTIN;
            }
            if (o instanceof Obj.Func) {
                return CallKind.STATIC;
            }
            return CallKind.FUNC_VALUE;
        }
        if (fun instanceof Node.Selector sel) {
            Info.Selection s = info.selections.get(sel);
            if (s == null) {
                Obj o = info.uses.get(sel.sel());
                return o instanceof Obj.Func ? CallKind.STATIC : CallKind.FUNC_VALUE;
            }
            if (s.kind() == Info.SelectionKind.METHOD_VAL) {
                Type base = baseAfterPath(s);
                return Types.isInterface(base) ? CallKind.IFACE_METHOD : CallKind.METHOD;
            }
            return CallKind.FUNC_VALUE; // a field of function type, or a method expression
        }
        return CallKind.FUNC_VALUE;
    }

    /** The type reached by following the selection's embedded path (all but the method). */
    private Type baseAfterPath(Info.Selection s) {
        Type t = s.recv();
        int[] path = s.path();
        for (int i = 0; i < path.length - 1; i++) {
            Type u = t.underlying();
            if (u instanceof Type.Pointer p) {
                u = p.elem().underlying();
            }
            t = ((Type.Struct) u).fields().get(path[i]).type();
        }
        return t;
    }

    /** The JVM operand type of a method call's receiver as the thunk captures it. */
    private Type receiverOperandType(Node.Selector sel) {
        Info.Selection s = info.selections.get(sel);
        Type base = baseAfterPath(s);
        if (Types.isInterface(base)) {
            return base;
        }
        Obj.Func m = (Obj.Func) s.obj();
        return m.type().recv().type();
    }

    /** Pushes the receiver of a static method call, with Go's implicit & and *. */
    private void receiverOperand(Node.Selector sel) {
        Info.Selection s = info.selections.get(sel);
        Obj.Func m = (Obj.Func) s.obj();
        Type recvT = m.type().recv().type();
        Type base = baseAfterPath(s);
        boolean wantPtr = recvT instanceof Type.Pointer;
        if (wantPtr && !(base.underlying() instanceof Type.Pointer) && !isValueType(base)) {
            // x.M() is (&x).M() (spec "Calls")
            if (s.path().length == 1) {
                address(sel.x());
            } else {
                // &x.E of the embedded field that has the method
                expr(sel.x());
                walkPath(s.recv(), s.path(), s.path().length - 2);
                Type owner = s.recv();
                for (int i = 0; i < s.path().length - 2; i++) {
                    Type u = owner.underlying();
                    if (u instanceof Type.Pointer p) {
                        u = p.elem().underlying();
                    }
                    owner = ((Type.Struct) u).fields().get(s.path()[i]).type();
                }
                Type ou = owner.underlying() instanceof Type.Pointer p ? p.elem().underlying() : owner.underlying();
                code.ldc(TypeGen.fieldName((Type.Struct) ou, s.path()[s.path().length - 2]));
                code.invokestatic(Jvm.RT, "fieldPtr", MethodTypeDesc.of(Jvm.PTR, Jvm.OBJECT, Jvm.STRING));
            }
            return;
        }
        expr(sel.x());
        walkPath(s.recv(), s.path(), s.path().length - 1);
        boolean havePtr = base.underlying() instanceof Type.Pointer;
        Type named = havePtr ? ((Type.Pointer) base.underlying()).elem() : base;
        if (isValueType(named)) {
            // a struct's or array's object is both the value and the pointer; a method with a
            // value receiver copies it itself if it writes to it (see body)
            if (!wantPtr && havePtr) {
                nilCheck();
            }
            return;
        }
        // non-struct named types: values are their underlying JVM values; pointers are Ptrs
        if (!wantPtr && havePtr) {
            code.invokevirtual(Jvm.PTR, "get" + Jvm.letter(named), MethodTypeDesc.of(Jvm.erasedDesc(named)));
            castFromObject(named);
        } else if (wantPtr && !havePtr) {
            throw new UnsupportedOperationException("pointer method on a non-struct variable is not supported yet");
        }
    }

    /** Follows embedded fields: from a value of type t on the stack, the first n path steps. */
    private void walkPath(Type t, int[] path, int n) {
        for (int i = 0; i < n; i++) {
            Type u = t.underlying();
            if (u instanceof Type.Pointer p) {
                u = p.elem().underlying();
                nilCheck();
                t = p.elem();
            }
            Type.Struct st = (Type.Struct) u;
            code.getfield(jvm.structClass(t), TypeGen.fieldName(st, path[i]), jvm.desc(st.fields().get(path[i]).type()));
            t = st.fields().get(path[i]).type();
        }
    }

    /** Evaluates call arguments for the parameter types, packing variadic ones into a slice. */
    private List<Type> evalArgs(Node.Call call, List<Type> paramTypes) {
        Type.Signature s = (Type.Signature) typeOf(call.fun()).underlying();
        List<Node.Expr> args = call.args();
        List<Type> pushed = new ArrayList<>();
        if (args.size() == 1 && typeOf(args.get(0)) instanceof Type.Tuple tu && paramTypes.size() > 1 || (args.size() == 1 && typeOf(args.get(0)) instanceof Type.Tuple tu2 && tu2.size() > 1)) {
            Type.Tuple tu = (Type.Tuple) typeOf(args.get(0));
            expr(args.get(0));
            int tmp = code.allocateLocal(TypeKind.REFERENCE);
            code.astore(tmp);
            int np = paramTypes.size();
            for (int i = 0; i < np; i++) {
                Type pt = paramTypes.get(i);
                if (s.variadic() && i == np - 1) {
                    Type elem = ((Type.Slice) pt).elem();
                    int cnt = tu.size() - i;
                    final int first = i;
                    packVariadic(elem, cnt, j -> {
                        code.aload(tmp);
                        code.loadConstant(first + j);
                        code.aaload();
                        unboxRaw(tu.at(first + j));
                        convertValue(tu.at(first + j), elem);
                    });
                } else {
                    code.aload(tmp);
                    code.loadConstant(i);
                    code.aaload();
                    unboxRaw(tu.at(i));
                    convertValue(tu.at(i), pt);
                }
                pushed.add(pt);
            }
            return pushed;
        }
        int np = paramTypes.size();
        for (int i = 0; i < np; i++) {
            Type pt = paramTypes.get(i);
            if (s.variadic() && i == np - 1 && !call.ellipsis()) {
                Type elem = ((Type.Slice) pt).elem();
                int cnt = args.size() - i;
                final int base = i;
                packVariadic(elem, cnt, j -> {
                    exprAs(args.get(base + j), elem);
                    copyIfLocation(args.get(base + j), elem);
                });
            } else {
                exprAs(args.get(i), pt);
                copyIfLocation(args.get(i), pt);
            }
            pushed.add(pt);
        }
        return pushed;
    }

    private void packVariadic(Type elem, int cnt, java.util.function.IntConsumer pushElem) {
        if (cnt == 0) {
            code.aconst_null();
            return;
        }
        ClassDesc sc = Jvm.sliceClass(elem);
        code.loadConstant((long) cnt);
        code.loadConstant((long) cnt);
        code.invokestatic(sc, "make", MethodTypeDesc.of(sc, ConstantDescs.CD_long, ConstantDescs.CD_long));
        for (int j = 0; j < cnt; j++) {
            code.dup();
            code.loadConstant((long) j);
            pushElem.accept(j);
            code.invokestatic(sc, "set", MethodTypeDesc.of(ConstantDescs.CD_void, sc, ConstantDescs.CD_long, sliceElemDesc(elem)));
        }
    }

    /** Emits a call whose callee parts and arguments are in local slots (a thunk's body). */
    private void emitCallFromSlots(Node.Call call, CallKind kind, List<Type> types, int[] slots, int nOperands) {
        for (int i = 0; i < types.size(); i++) {
            code.loadLocal(Jvm.slot(types.get(i)), slots[i]);
        }
        Type ret = invoke(call, kind);
        pop(ret);
    }

    /**
     * With the callee parts and arguments on the stack, emits the invocation; returns the
     * call's result type (a Tuple for several results, empty Tuple for none).
     */
    private Type invoke(Node.Call call, CallKind kind) {
        Node.Expr fun = unparen(call.fun());
        Type.Signature s = (Type.Signature) typeOf(call.fun()).underlying();
        switch (kind) {
            case STATIC -> {
                Obj.Func f = funcInstance(fun);
                if (f == null) {
                    f = (Obj.Func) (fun instanceof Node.Ident id ? info.uses.get(id)
                            : info.uses.get(((Node.Selector) fun).sel()));
                }
                code.invokestatic(Jvm.pkgClass(f.pkg()), Jvm.funcName(f), jvm.methodType(f.type(), null));
            }
            case METHOD -> {
                Node.Selector sel = (Node.Selector) fun;
                Obj.Func m = (Obj.Func) info.selections.get(sel).obj();
                Type recvT = m.type().recv().type();
                Type named = recvT instanceof Type.Pointer p ? p.elem() : recvT;
                ClassDesc owner = jvm.namedClass((Type.Named) named);
                if (m.pkg() != null && m.pkg().std && named.underlying() instanceof Type.Struct) {
                    // a standard struct type is a Java class: its methods are instance methods
                    Jvm.invokeStdMethod(code, owner, m.name(), jvm.methodType(m.type(), null));
                } else {
                    code.invokestatic(owner, Jvm.methodName(m), jvm.methodType(m.type(), recvT));
                }
            }
            case IFACE_METHOD -> {
                Node.Selector sel = (Node.Selector) fun;
                Obj.Func m = (Obj.Func) info.selections.get(sel).obj();
                ClassDesc mi = pg.prog.methodInterface(m.name(), m.type());
                // the receiver is under the arguments: it was cast when pushed (see callExpr)
                code.invokeinterface(mi, Jvm.ifaceMethodName(m.name()), pg.prog.methodType(m.name(), m.type()));
                castResult(s);
            }
            case FUNC_VALUE -> {
                ClassDesc fi = pg.prog.fnInterface(s);
                code.invokeinterface(fi, "call", Jvm.erasedType(s));
                castResult(s);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return resultType(s);
    }

    private void castResult(Type.Signature s) {
        if (s.results().size() == 1) {
            castFromObject(s.results().at(0));
        }
    }

    private static Type resultType(Type.Signature s) {
        return s.results().size() == 1 ? s.results().at(0) : s.results();
    }

    private void callExpr(Node.Call call) {
        CallKind kind = callKind(call);
        Node.Expr fun = unparen(call.fun());
        switch (kind) {
            case BUILTIN -> {
                builtin(((Obj.Builtin) info.uses.get((Node.Ident) fun)).name(), call);
                return;
            }
            case CONVERSION -> {
                Type to = typeOf(call.fun());
                Node.Expr x = call.args().get(0);
                conversion(x, to);
                return;
            }
            case FUNC_VALUE -> {
                expr(fun);
                Type.Signature s = (Type.Signature) typeOf(call.fun()).underlying();
                nilCheck();
                code.checkcast(pg.prog.fnInterface(s));
            }
            case METHOD -> receiverOperand((Node.Selector) fun);
            case IFACE_METHOD -> {
                Node.Selector sel = (Node.Selector) fun;
                Info.Selection s = info.selections.get(sel);
                expr(sel.x());
                walkPath(s.recv(), s.path(), s.path().length - 1);
                Obj.Func m = (Obj.Func) s.obj();
                nilCheck();
                code.checkcast(pg.prog.methodInterface(m.name(), m.type()));
            }
            default -> {
            }
        }
        evalArgs(call, argTypes(call));
        invoke(call, kind);
    }

    // ------------------------------------------------------------------ built-ins

    private void builtin(String name, Node.Call call) {
        List<Node.Expr> args = call.args();
        switch (name) {
            case "len", "cap" -> {
                Node.Expr x = args.get(0);
                Info.TypeAndValue tv = info.types.get(call);
                if (tv != null && tv.value() != null) {
                    pushConst(tv.value(), tv.type());
                    return;
                }
                Type t = typeOf(x).underlying();
                if (t instanceof Type.Pointer p) {
                    t = p.elem().underlying();
                }
                if (t instanceof Type.Array a) {
                    // not a constant: x has calls or receives, which run (spec "Length and capacity")
                    expr(x);
                    code.pop();
                    code.loadConstant(a.len());
                    return;
                }
                expr(x);
                if (t instanceof Type.Basic) {
                    code.invokevirtual(Jvm.STRING, "length", MethodTypeDesc.of(ConstantDescs.CD_int));
                    code.i2l();
                } else {
                    code.invokestatic(Jvm.RT, name, MethodTypeDesc.of(ConstantDescs.CD_long, Jvm.OBJECT));
                }
            }
            case "append" -> {
                Type st = typeOf(call);
                Type elem = ((Type.Slice) st.underlying()).elem();
                ClassDesc sc = Jvm.sliceClass(elem);
                expr(args.get(0));
                if (call.ellipsis()) {
                    Node.Expr src = args.get(1);
                    expr(src);
                    if (Types.isKind(typeOf(src), Type.Kind.STRING) || Types.isKind(typeOf(src), Type.Kind.UNTYPED_STRING)) {
                        code.invokestatic(Jvm.RT, "bytesOf", MethodTypeDesc.of(ClassDesc.of("go4j.lang.SliceB"), Jvm.STRING));
                    }
                    code.invokestatic(sc, "appendSlice", MethodTypeDesc.of(sc, sc, sc));
                    return;
                }
                for (int i = 1; i < args.size(); i++) {
                    exprAs(args.get(i), elem);
                    copyIfLocation(args.get(i), elem);
                    code.invokestatic(sc, "append", MethodTypeDesc.of(sc, sc, sliceElemDesc(elem)));
                }
            }
            case "copy" -> {
                Type dt = typeOf(args.get(0));
                Type elem = ((Type.Slice) dt.underlying()).elem();
                ClassDesc sc = Jvm.sliceClass(elem);
                expr(args.get(0));
                expr(args.get(1));
                if (Types.isKind(typeOf(args.get(1)), Type.Kind.STRING)) {
                    code.invokestatic(Jvm.RT, "bytesOf", MethodTypeDesc.of(ClassDesc.of("go4j.lang.SliceB"), Jvm.STRING));
                }
                code.invokestatic(sc, "copy", MethodTypeDesc.of(ConstantDescs.CD_long, sc, sc));
            }
            case "delete" -> {
                Type.Map m = (Type.Map) typeOf(args.get(0)).underlying();
                expr(args.get(0));
                exprAs(args.get(1), m.key());
                boxIface(m.key());
                code.invokestatic(Jvm.RT, "mapDelete", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.GOMAP, Jvm.OBJECT));
            }
            case "make" -> {
                Type t = typeOf(args.get(0));
                Type u = t.underlying();
                switch (u) {
                    case Type.Slice s -> {
                        ClassDesc sc = Jvm.sliceClass(s.elem());
                        exprAs(args.get(1), Types.basic(Type.Kind.INT));
                        toLong(typeOf(args.get(1)));
                        if (args.size() > 2) {
                            exprAs(args.get(2), Types.basic(Type.Kind.INT));
                            toLong(typeOf(args.get(2)));
                        } else {
                            code.dup2();
                        }
                        code.invokestatic(sc, "make", MethodTypeDesc.of(sc, ConstantDescs.CD_long, ConstantDescs.CD_long));
                        if (needsElemInit(s.elem())) {
                            code.dup();
                            elemFactory(s.elem());
                            code.invokestatic(Jvm.RT, "fillZero", MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of("go4j.lang.SliceL"), ClassDesc.of("java.util.function.Supplier")));
                        }
                    }
                    case Type.Map m -> {
                        code.invokestatic(Jvm.RT, "makeMap", MethodTypeDesc.of(Jvm.GOMAP));
                    }
                    case Type.Chan c -> {
                        if (args.size() > 1) {
                            exprAs(args.get(1), Types.basic(Type.Kind.INT));
                            toLong(typeOf(args.get(1)));
                        } else {
                            code.lconst_0();
                        }
                        code.invokestatic(Jvm.RT, "makeChan", MethodTypeDesc.of(Jvm.CHAN, ConstantDescs.CD_long));
                    }
                    default -> throw new IllegalStateException("make " + t);
                }
            }
            case "new" -> {
                Type t = typeOf(args.get(0));
                if (isValueType(t)) {
                    zero(t);
                } else {
                    newCell(t);
                }
            }
            case "panic" -> {
                exprAs(args.get(0), Universe_any());
                code.invokestatic(Jvm.RT, "panic", MethodTypeDesc.of(RTE, Jvm.OBJECT));
                code.athrow();
            }
            case "recover" -> code.invokestatic(Jvm.RT, "recover", MethodTypeDesc.of(Jvm.OBJECT));
            case "complex" -> {
                Type ct = typeOf(call);
                boolean single = Types.kindOf(ct) == Type.Kind.COMPLEX64;
                Type part = Types.basic(single ? Type.Kind.FLOAT32 : Type.Kind.FLOAT64);
                for (Node.Expr a : args) {
                    exprAs(a, part);
                    if (single) {
                        code.f2d();
                    }
                }
                code.invokestatic(Jvm.COMPLEX, single ? "of64" : "of", MethodTypeDesc.of(Jvm.COMPLEX, ConstantDescs.CD_double, ConstantDescs.CD_double));
            }
            case "real", "imag" -> {
                Info.TypeAndValue tv = info.types.get(call);
                if (tv != null && tv.value() != null) {
                    pushConst(tv.value(), tv.type());
                    return;
                }
                expr(args.get(0));
                code.getfield(Jvm.COMPLEX, name.equals("real") ? "re" : "im", ConstantDescs.CD_double);
                if (Types.kindOf(typeOf(call)) == Type.Kind.FLOAT32) {
                    code.d2f();
                }
            }
            case "close" -> {
                expr(args.get(0));
                code.invokestatic(Jvm.RT, "close", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.CHAN));
            }
            case "print", "println" -> {
                List<Runnable> loaders = new ArrayList<>();
                List<Type> ts = new ArrayList<>();
                if (args.size() == 1 && typeOf(args.get(0)) instanceof Type.Tuple tu) {
                    // println(f()) of a multi-valued f: its results, each as an interface value
                    expr(args.get(0));
                    int tmp = code.allocateLocal(TypeKind.REFERENCE);
                    code.astore(tmp);
                    for (int i = 0; i < tu.size(); i++) {
                        int k = i;
                        loaders.add(() -> {
                            code.aload(tmp);
                            code.loadConstant(k);
                            code.aaload();
                            unboxRaw(tu.at(k));
                            convertValue(tu.at(k), Universe_any());
                        });
                        ts.add(Universe_any());
                    }
                    builtinWith(name, call, loaders, ts);
                    return;
                }
                for (Node.Expr a : args) {
                    loaders.add(() -> exprAs(a, Universe_any()));
                    ts.add(Universe_any());
                }
                builtinWith(name, call, loaders, ts);
            }
            default -> throw new UnsupportedOperationException("built-in " + name + (name.equals("complex") || name.equals("real") || name.equals("imag") ? " (complex numbers)" : ""));
        }
    }

    /** Built-ins whose arguments come from loaders (evaluated already, in a thunk). */
    void builtinWith(String name, Node.Call call, List<Runnable> loaders, List<Type> ts) {
        switch (name) {
            case "panic" -> {
                loaders.get(0).run();
                code.invokestatic(Jvm.RT, "panic", MethodTypeDesc.of(RTE, Jvm.OBJECT));
                code.athrow();
            }
            case "recover" -> {
                code.invokestatic(Jvm.RT, "recoverDeferred", MethodTypeDesc.of(Jvm.OBJECT)); // defer recover()
                code.pop();
            }
            case "close" -> {
                loaders.get(0).run();
                code.invokestatic(Jvm.RT, "close", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.CHAN));
            }
            case "print", "println" -> {
                code.loadConstant(loaders.size());
                code.anewarray(Jvm.OBJECT);
                for (int i = 0; i < loaders.size(); i++) {
                    code.dup();
                    code.loadConstant(i);
                    loaders.get(i).run();
                    if (!Types.isInterface(ts.get(i))) {
                        boxIface(ts.get(i));
                    }
                    code.aastore();
                }
                code.invokestatic(Jvm.RT, name, MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.OBJECTS));
            }
            default -> throw new UnsupportedOperationException("go/defer of built-in " + name);
        }
    }

    private static boolean needsElemInit(Type elem) {
        Type u = elem.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }

    /** Pushes a Supplier of zero values of t (for make of slices of structs or arrays). */
    private void elemFactory(Type t) {
        String name = pg.syntheticName("zero");
        MethodTypeDesc mt = MethodTypeDesc.of(Jvm.OBJECT);
        pg.extraMethods.add(c -> c.withMethodBody(name, mt, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                body -> {
                    new FuncGen(pg, info, c, body, null, null).zero(t);
                    body.areturn();
                }));
        ClassDesc sup = ClassDesc.of("java.util.function.Supplier");
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "get", MethodTypeDesc.of(sup), MethodTypeDesc.of(Jvm.OBJECT),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, pg.pkgClass, name, mt), MethodTypeDesc.of(Jvm.OBJECT)));
    }

    // ------------------------------------------------------------------ expressions

    Type typeOf(Node.Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv != null) {
            return tv.type();
        }
        if (e instanceof Node.Paren p) {
            return typeOf(p.x());
        }
        if (e instanceof Node.Ident id) {
            Obj o = info.uses.get(id);
            if (o == null) {
                o = info.defs.get(id);
            }
            if (o != null) {
                return o.type();
            }
        }
        throw new IllegalStateException("no type for " + e);
    }

    private Obj.Value constOf(Node.Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        return tv == null ? null : tv.value();
    }

    static Node.Expr unparen(Node.Expr e) {
        while (e instanceof Node.Paren p) {
            e = p.x();
        }
        return e;
    }

    /** Pushes e converted to type t (an implicit conversion: assignability, untyped constants, interfaces). */
    void exprAs(Node.Expr e, Type t) {
        Obj.Value cv = constOf(e);
        if (cv != null && !Types.isInterface(t)) {
            pushConst(cv, t);
            return;
        }
        Type from = typeOf(e);
        if (cv != null) {
            // a constant into an interface: its default type, boxed
            Type dt = Types.isUntyped(from) ? Types.defaultType(from) : from;
            pushConst(cv, dt);
            boxIface(dt);
            return;
        }
        expr(e);
        convertValue(from, t);
    }

    /** Converts the value on the stack from type {@code from} to the assignable type {@code to}. */
    private void convertValue(Type from, Type to) {
        if (to == null || from == null || from instanceof Type.Tuple) {
            return;
        }
        if (Types.isInterface(to) && !Types.isInterface(from)) {
            if (Types.isKind(from, Type.Kind.UNTYPED_NIL)) {
                return;
            }
            boxIface(Types.isUntyped(from) ? Types.defaultType(from) : from);
        }
    }

    /** Boxes the value of (non-interface) type t on the stack as an interface value (docs/compiler.md). */
    void boxIface(Type t) {
        if (Types.isInterface(t)) {
            return;
        }
        Type u = t.underlying();
        if (t instanceof Type.Named n && n.obj.pkg() != null) {
            ClassDesc cls = jvm.namedClass(n);
            if (u instanceof Type.Struct && n.obj.pkg().std) {
                code.invokevirtual(cls, "$copy", MethodTypeDesc.of(cls));
                return;
            }
            if (u instanceof Type.Struct) {
                boxStructValue(cls);
                return;
            }
            // box class with field v
            ClassDesc vd = jvm.desc(t);
            int tmp = code.allocateLocal(Jvm.slot(t));
            code.storeLocal(Jvm.slot(t), tmp);
            code.new_(cls);
            code.dup();
            code.loadLocal(Jvm.slot(t), tmp);
            code.invokespecial(cls, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, vd));
            return;
        }
        if (u instanceof Type.Basic b) {
            String m = switch (b.kind()) {
                case BOOL -> "boxBool";
                case INT -> "boxInt";
                case INT8 -> "boxInt8";
                case INT16 -> "boxInt16";
                case INT32 -> "boxInt32";
                case INT64 -> "boxInt64";
                case UINT -> "boxUint";
                case UINT8 -> "boxUint8";
                case UINT16 -> "boxUint16";
                case UINT32 -> "boxUint32";
                case UINT64 -> "boxUint64";
                case UINTPTR -> "boxUintptr";
                case FLOAT32 -> "boxFloat32";
                case FLOAT64 -> "boxFloat64";
                case STRING -> null;
                default -> null;
            };
            if (m != null) {
                code.invokestatic(Jvm.RT, m, MethodTypeDesc.of(Jvm.OBJECT, Jvm.prim(Jvm.kind(t))));
            }
            return;
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.obj.pkg() != null
                && !pn.obj.pkg().std && pn.underlying() instanceof Type.Struct) {
            // *T is the object itself; a nil *T is T$Nil, not a nil interface
            Label done = code.newLabel();
            code.dup();
            code.ifnonnull(done);
            code.pop();
            ClassDesc nc = TypeGen.nilClassOf(jvm.namedClass(pn));
            code.getstatic(nc, "INSTANCE", nc);
            code.labelBinding(done);
            return;
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.obj.pkg() != null
                && pn.obj.pkg().std && pn.underlying() instanceof Type.Struct) {
            // a standard *T is its Java object; a nil one is go.$std...T$Nil, not a nil interface
            Label done = code.newLabel();
            code.dup();
            code.ifnonnull(done);
            code.pop();
            ClassDesc nc = TypeGen.stdNilClass(pg, pn);
            code.getstatic(nc, "INSTANCE", nc);
            code.labelBinding(done);
            return;
        }
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct) {
            return; // *T is the object itself
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.obj.pkg() != null
                && !pn.obj.pkg().std && hasPtrClass(pn)) {
            // even a nil *N: its methods may be called on it (spec "Method sets")
            ClassDesc pc = TypeGen.ptrClassOf(jvm.namedClass(pn));
            int tmp = code.allocateLocal(TypeKind.REFERENCE);
            code.astore(tmp);
            code.new_(pc);
            code.dup();
            code.aload(tmp);
            code.invokespecial(pc, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, TypeGen.ptrField(jvm, pn)));
            return;
        }
        if (u instanceof Type.Struct) {
            // an anonymous struct value
            boxStructValue(jvm.structClass(t));
            return;
        }
        // slices, maps, chans, funcs, arrays, other pointers: wrapped with their type
        code.ldc(Jvm.rtString(t));
        code.invokestatic(Jvm.RT, "typed", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT, Jvm.STRING));
    }

    /** A struct value on the stack as an interface value: a copy, of its value subclass T$Val. */
    private void boxStructValue(ClassDesc cls) {
        ClassDesc val = TypeGen.valClass(cls);
        int tmp = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(tmp);
        code.new_(val);
        code.dup();
        code.invokespecial(val, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
        code.dup();
        code.aload(tmp);
        code.invokevirtual(cls, "$set", MethodTypeDesc.of(ConstantDescs.CD_void, cls));
    }

    /** Pushes a Runnable that calls the package's static method name, of type mt, with the captured values on the stack. */
    private void runnableOf(String name, MethodTypeDesc mt) {
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "run", MethodTypeDesc.of(RUNNABLE, mt.parameterList()),
                ConstantDescs.MTD_void,
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, pg.pkgClass, name, mt),
                ConstantDescs.MTD_void));
    }

    /** Unboxes an interface value (Object on the stack) known to hold a t (after a type test). */
    void unboxIface(Type t) {
        if (Types.isInterface(t)) {
            return;
        }
        Type u = t.underlying();
        if (t instanceof Type.Named n && n.obj.pkg() != null && !(u instanceof Type.Struct)) {
            ClassDesc cls = jvm.namedClass(n);
            code.checkcast(cls);
            code.getfield(cls, "v", jvm.desc(t));
            return;
        }
        if (u instanceof Type.Struct) {
            ClassDesc cls = jvm.structClass(t);
            code.checkcast(cls);
            code.invokevirtual(cls, "$copy", MethodTypeDesc.of(cls));
            return;
        }
        if (u instanceof Type.Basic b) {
            String m = switch (b.kind()) {
                case BOOL -> "unboxBool";
                case INT, INT64, UINT, UINT64, UINTPTR -> "unboxLong";
                case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> "unboxInt";
                case FLOAT32 -> "unboxFloat32";
                case FLOAT64 -> "unboxFloat64";
                case STRING -> null;
                default -> null;
            };
            if (m != null) {
                code.invokestatic(Jvm.RT, m, MethodTypeDesc.of(Jvm.prim(Jvm.kind(t)), Jvm.OBJECT));
            } else {
                code.checkcast(b.kind().isComplex() ? Jvm.COMPLEX : Jvm.STRING);
            }
            return;
        }
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct) {
            code.invokestatic(Jvm.RT, "unNil", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT)); // T$Nil is nil
            code.checkcast(jvm.desc(t));
            return;
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.obj.pkg() != null
                && !pn.obj.pkg().std && hasPtrClass(pn)) {
            if (pn.underlying() instanceof Type.Array) {
                ClassDesc pc = TypeGen.ptrClassOf(jvm.namedClass(pn));
                code.checkcast(pc);
                code.getfield(pc, "p", TypeGen.ptrField(jvm, pn));
            } else {
                code.invokestatic(Jvm.RT, "ptrOf", MethodTypeDesc.of(Jvm.PTR, Jvm.OBJECT));
            }
            return;
        }
        code.invokestatic(Jvm.RT, "untyped", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT));
        castFromObject(t);
    }

    /** Pushes 1 if the interface value on the stack holds a value of type t, else 0. */
    private void typeTest(Type t) {
        if (Types.isInterface(t)) {
            Type.Interface it = (Type.Interface) t.underlying();
            if (it.isEmpty()) {
                code.invokestatic(Jvm.RT, "notNil", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT));
                return;
            }
            // holds every method interface of t
            Label no = code.newLabel();
            Label end = code.newLabel();
            int tmp = code.allocateLocal(TypeKind.REFERENCE);
            code.astore(tmp);
            for (Obj.Func m : it.allMethods()) {
                code.aload(tmp);
                code.instanceOf(pg.prog.methodInterface(m.name(), m.type()));
                code.ifeq(no);
            }
            // a struct value's copy inherits its pointer methods' bridges: not its methods
            code.aload(tmp);
            code.ldc(String.join(",", it.allMethods().stream().map(Obj.Func::name).toList()));
            code.invokestatic(Jvm.RT, "valueHasMethods", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.STRING));
            code.ifeq(no);
            code.iconst_1();
            code.goto_(end);
            code.labelBinding(no);
            code.iconst_0();
            code.labelBinding(end);
            return;
        }
        Type u = t.underlying();
        if (t instanceof Type.Named n && n.obj.pkg() != null) {
            ClassDesc cls = jvm.namedClass(n);
            if (u instanceof Type.Struct) {
                cls = TypeGen.valClass(cls);
            }
            code.ldc(cls);
            code.invokestatic(Jvm.RT, "isClass", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, ConstantDescs.CD_Class));
            return;
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.obj.pkg() != null
                && !pn.obj.pkg().std && hasPtrClass(pn)) {
            code.ldc(TypeGen.ptrClassOf(jvm.namedClass(pn)));
            code.invokestatic(Jvm.RT, "isClass", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, ConstantDescs.CD_Class));
            return;
        }
        if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && pn.underlying() instanceof Type.Struct) {
            ClassDesc c = jvm.namedClass(pn);
            code.ldc(c);
            if (pn.obj.pkg() != null) {
                code.ldc(pn.obj.pkg().std ? TypeGen.stdNilClass(pg, pn) : TypeGen.nilClassOf(c));
                code.invokestatic(Jvm.RT, "isClass", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, ConstantDescs.CD_Class, ConstantDescs.CD_Class));
            } else {
                code.invokestatic(Jvm.RT, "isClass", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, ConstantDescs.CD_Class));
            }
            return;
        }
        code.ldc(Jvm.rtString(t));
        code.invokestatic(Jvm.RT, "isType", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.STRING));
    }

    /** Boxes a value of stack kind k as its JVM box (channels, results). */
    static void boxRaw(CodeBuilder code, TypeKind k) {
        switch (k) {
            case BOOLEAN -> code.invokestatic(ConstantDescs.CD_Boolean, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Boolean, ConstantDescs.CD_boolean));
            case LONG -> code.invokestatic(ConstantDescs.CD_Long, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Long, ConstantDescs.CD_long));
            case INT -> code.invokestatic(ConstantDescs.CD_Integer, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Integer, ConstantDescs.CD_int));
            case DOUBLE -> code.invokestatic(ConstantDescs.CD_Double, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Double, ConstantDescs.CD_double));
            case FLOAT -> code.invokestatic(ConstantDescs.CD_Float, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Float, ConstantDescs.CD_float));
            default -> {
            }
        }
    }

    /** Unboxes a JVM box on the stack that may be null (a closed channel's value) to t's value, null as zero. */
    private void nullToZero(Type t) {
        Label have = code.newLabel();
        Label end = code.newLabel();
        code.dup();
        code.ifnonnull(have);
        code.pop();
        zero(t);
        code.goto_(end);
        code.labelBinding(have);
        unboxRaw(t);
        code.labelBinding(end);
    }

    /** Unboxes a JVM box (Object on the stack) to type t's JVM value. */
    void unboxRaw(Type t) {
        switch (Jvm.kind(t)) {
            case BOOLEAN -> {
                code.checkcast(ConstantDescs.CD_Boolean);
                code.invokevirtual(ConstantDescs.CD_Boolean, "booleanValue", MethodTypeDesc.of(ConstantDescs.CD_boolean));
            }
            case LONG -> {
                code.checkcast(ConstantDescs.CD_Long);
                code.invokevirtual(ConstantDescs.CD_Long, "longValue", MethodTypeDesc.of(ConstantDescs.CD_long));
            }
            case INT -> {
                code.checkcast(ConstantDescs.CD_Integer);
                code.invokevirtual(ConstantDescs.CD_Integer, "intValue", MethodTypeDesc.of(ConstantDescs.CD_int));
            }
            case DOUBLE -> {
                code.checkcast(ConstantDescs.CD_Double);
                code.invokevirtual(ConstantDescs.CD_Double, "doubleValue", MethodTypeDesc.of(ConstantDescs.CD_double));
            }
            case FLOAT -> {
                code.checkcast(ConstantDescs.CD_Float);
                code.invokevirtual(ConstantDescs.CD_Float, "floatValue", MethodTypeDesc.of(ConstantDescs.CD_float));
            }
            default -> castFromObject(t);
        }
    }

    /** Expressions already evaluated into a local (the left side of a parallel assignment). */
    private final Map<Node.Expr, Integer> frozen = new IdentityHashMap<>();

    private void freeze(Node.Expr e) {
        if (constOf(e) != null || frozen.containsKey(e)) {
            return;
        }
        Type t = typeOf(e);
        expr(e);
        int slot = code.allocateLocal(Jvm.slot(t));
        code.storeLocal(Jvm.slot(t), slot);
        frozen.put(e, slot);
    }

    /** Pushes the value of expression e, in the JVM type of its Go type. */
    void expr(Node.Expr e) {
        Integer fz = frozen.get(e);
        if (fz != null) {
            code.loadLocal(Jvm.slot(typeOf(e)), fz);
            return;
        }
        Obj.Value cv = constOf(e);
        if (cv != null) {
            pushConst(cv, typeOf(e));
            return;
        }
        switch (e) {
            case Node.Paren p -> expr(p.x());
            case Node.Ident id -> ident(id);
            case Node.BasicLit b -> throw new IllegalStateException("literal without a constant value");
            case Node.Binary b -> binary(b);
            case Node.Unary u -> unary(u);
            case Node.Call c -> callExpr(c);
            case Node.Selector s -> selector(s);
            case Node.Index ix when funcInstance(ix) != null -> funcValue(funcInstance(ix));
            case Node.IndexList il when funcInstance(il) != null -> funcValue(funcInstance(il));
            case Node.Index ix -> index(ix);
            case Node.SliceExpr s -> sliceExpr(s);
            case Node.Star st -> {
                Type pt = typeOf(st.x());
                Type elem = ((Type.Pointer) pt.underlying()).elem();
                expr(st.x());
                nilCheck();
                if (!(isValueType(elem))) {
                    code.invokevirtual(Jvm.PTR, "get" + Jvm.letter(elem), MethodTypeDesc.of(Jvm.erasedDesc(elem)));
                    castFromObject(elem);
                }
            }
            case Node.CompositeLit cl -> compositeLit(cl, typeOf(cl));
            case Node.FuncLit fl -> funcLit(fl);
            case Node.TypeAssert ta -> {
                expr(ta.x());
                Type t = typeOf(ta.type());
                code.dup();
                typeTest(t);
                Label ok = code.newLabel();
                code.ifne(ok);
                // stack: x
                code.ldc(Jvm.rtString(typeOf(ta.x())));
                code.ldc(Jvm.rtString(t));
                code.invokestatic(Jvm.RT, "assertFailed", MethodTypeDesc.of(RTE, Jvm.OBJECT, Jvm.STRING, Jvm.STRING));
                code.athrow();
                code.labelBinding(ok);
                unboxIface(t);
            }
            case Node.KeyValue kv -> throw new IllegalStateException("key: value outside a composite literal");
            default -> throw new UnsupportedOperationException("expression " + e.getClass().getSimpleName() + " is not supported yet");
        }
    }

    /**
     * The instance of a generic function that e names ({@code f} or {@code pkg.F} with
     * inferred type arguments, {@code f[int]}), or null if e names no generic function.
     */
    Obj.Func funcInstance(Node.Expr e) {
        e = unparen(e);
        while (e instanceof Node.Index || e instanceof Node.IndexList) {
            e = unparen(e instanceof Node.Index ix ? ix.x() : ((Node.IndexList) e).x());
        }
        Node.Ident id = e instanceof Node.Ident i ? i : e instanceof Node.Selector sel && info.selections.get(sel) == null ? sel.sel() : null;
        Info.Instance inst = id == null ? null : info.instances.get(id);
        return inst == null ? null : inst.func();
    }

    private void ident(Node.Ident id) {
        Obj.Func fi = funcInstance(id);
        if (fi != null) {
            funcValue(fi);
            return;
        }
        Obj o = info.uses.get(id);
        if (o == null) {
            o = info.defs.get(id);
        }
        switch (o) {
            case Obj.Var v -> loadVar(v);
            case Obj.Nil n -> code.aconst_null();
            case Obj.Func f -> funcValue(f);
            case Obj.Const c -> pushConst(c.value, typeOf(id));
            default -> throw new IllegalStateException("identifier " + id.name() + " denotes " + o);
        }
    }

    /** A top-level function as a value: an object of its signature's interface. */
    private void funcValue(Obj.Func f) {
        Type.Signature s = f.type();
        ClassDesc fi = pg.prog.fnInterface(s);
        MethodTypeDesc real = jvm.methodType(s, null);
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi), Jvm.erasedType(s),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, Jvm.pkgClass(f.pkg()), Jvm.funcName(f), real),
                real));
    }

    private void funcLit(Node.FuncLit fl) {
        Type.Signature s = (Type.Signature) typeOf(fl);
        String name = goName == null ? pg.syntheticName("func")
                : goName + "$D" + (inLiteral ? "" : "func") + (++literals);
        List<Obj.Var> captured = info.captures.getOrDefault(fl, List.of());
        List<ClassDesc> capDescs = new ArrayList<>();
        for (Obj.Var v : captured) {
            // push the variable's storage: its cell, or its value (structs and arrays: the object)
            Integer slot = locals.get(v);
            if (isCell(v)) {
                code.aload(slot);
            } else {
                code.loadLocal(Jvm.slot(v.type()), slot);
            }
            capDescs.add(storageDesc(jvm, v));
        }
        MethodTypeDesc mt = closureType(pg, s, null, captured);
        if (src != null) {
            pg.sources.put(fl, src);
        }
        Info in = info;
        pg.extraMethods.add(c -> FuncGen.method(pg, in, c, name, s, null, fl.type(), fl.body(), fl));
        ClassDesc fi = pg.prog.fnInterface(s);
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi, capDescs), Jvm.erasedType(s),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, pg.pkgClass, name, mt),
                jvm.methodType(s, null)));
    }

    private void selector(Node.Selector sel) {
        Info.Selection s = info.selections.get(sel);
        if (s == null && funcInstance(sel) != null) {
            funcValue(funcInstance(sel));
            return;
        }
        if (s == null) {
            // a qualified identifier pkg.Name
            Obj o = info.uses.get(sel.sel());
            switch (o) {
                case Obj.Var v -> loadVar(v);
                case Obj.Func f -> funcValue(f);
                case Obj.Const c -> pushConst(c.value, typeOf(sel));
                default -> throw new IllegalStateException("selector " + sel.sel().name());
            }
            return;
        }
        switch (s.kind()) {
            case FIELD -> {
                fieldOwner(sel.x(), s);
                Type.Struct st = ownerStruct(s);
                int fi = s.path()[s.path().length - 1];
                code.getfield(jvm.structClass(ownerStructType(s)), TypeGen.fieldName(st, fi), jvm.desc(st.fields().get(fi).type()));
            }
            case METHOD_VAL -> methodValue(sel, s);
            case METHOD_EXPR -> methodExpr(sel, s);
        }
    }

    /** Pushes the struct object that owns the selected field (following embedded fields). */
    private void fieldOwner(Node.Expr x, Info.Selection s) {
        expr(x);
        walkPath(s.recv(), s.path(), s.path().length - 1);
        if (ownerIsPointer(s)) {
            nilCheck();
        }
    }

    private boolean ownerIsPointer(Info.Selection s) {
        Type t = s.recv();
        int[] path = s.path();
        for (int i = 0; i < path.length - 1; i++) {
            Type u = t.underlying();
            if (u instanceof Type.Pointer p) {
                u = p.elem().underlying();
            }
            t = ((Type.Struct) u).fields().get(path[i]).type();
        }
        return t.underlying() instanceof Type.Pointer;
    }

    private Type ownerStructType(Info.Selection s) {
        Type t = s.recv();
        int[] path = s.path();
        for (int i = 0; i < path.length - 1; i++) {
            Type u = t.underlying();
            if (u instanceof Type.Pointer p) {
                u = p.elem().underlying();
            }
            t = ((Type.Struct) u).fields().get(path[i]).type();
        }
        if (t.underlying() instanceof Type.Pointer p) {
            t = p.elem();
        }
        return t;
    }

    private Type.Struct ownerStruct(Info.Selection s) {
        return (Type.Struct) ownerStructType(s).underlying();
    }

    /** {@code T.M} or {@code (*T).M}: a function whose first parameter is the receiver (spec "Method expressions"). */
    private void methodExpr(Node.Selector sel, Info.Selection s) {
        Obj.Func m = (Obj.Func) s.obj();
        Type.Signature fs = (Type.Signature) typeOf(sel);
        ClassDesc fi = pg.prog.fnInterface(fs);
        if (Types.isInterface(s.recv())) {
            ClassDesc mi = pg.prog.methodInterface(m.name(), m.type());
            MethodTypeDesc mt = pg.prog.methodType(m.name(), m.type());
            code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi), Jvm.erasedType(fs),
                    MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, mi, Jvm.ifaceMethodName(m.name()), mt),
                    mt.insertParameterTypes(0, mi)));
            return;
        }
        // a synthetic method (receiver, params...) that makes the call as x.M(...) would
        String name = pg.syntheticName("mexpr");
        MethodTypeDesc mt = jvm.methodType(fs, null);
        Type recvType = s.recv();
        pg.extraMethods.add(c -> c.withMethodBody(name, mt, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                body -> {
                    FuncGen g = new FuncGen(pg, info, c, body, null, null);
                    body.loadLocal(Jvm.slot(recvType), 0);
                    g.adjustReceiver(recvType, s.path(), m);
                    int slot = Jvm.slot(recvType).slotSize();
                    for (Obj.Var p : m.type().params().vars()) {
                        body.loadLocal(Jvm.slot(p.type()), slot);
                        slot += Jvm.slot(p.type()).slotSize();
                    }
                    Type recvT = m.type().recv().type();
                    Type named = recvT instanceof Type.Pointer pp ? pp.elem() : recvT;
                    ClassDesc owner = jvm.namedClass((Type.Named) named);
                    if (m.pkg() != null && m.pkg().std && named.underlying() instanceof Type.Struct) {
                        Jvm.invokeStdMethod(body, owner, m.name(), jvm.methodType(m.type(), null));
                    } else {
                        body.invokestatic(owner, Jvm.methodName(m), jvm.methodType(m.type(), recvT));
                    }
                    ClassDesc r = mt.returnType();
                    if (r.equals(ConstantDescs.CD_void)) {
                        body.return_();
                    } else {
                        body.return_(TypeKind.from(r));
                    }
                }));
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi), Jvm.erasedType(fs),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, pg.pkgClass, name, mt), mt));
    }

    /**
     * With a value of type t on the stack, follows the embedded path to the method's
     * receiver and makes it what the method takes (a value from a pointer, or the object).
     */
    void adjustReceiver(Type t, int[] path, Obj.Func m) {
        walkPath(t, path, path.length - 1);
        Type base = t;
        for (int i = 0; i < path.length - 1; i++) {
            Type u = base.underlying();
            if (u instanceof Type.Pointer p) {
                u = p.elem().underlying();
            }
            base = ((Type.Struct) u).fields().get(path[i]).type();
        }
        boolean wantPtr = m.type().recv().type() instanceof Type.Pointer;
        boolean havePtr = base.underlying() instanceof Type.Pointer;
        Type named = havePtr ? ((Type.Pointer) base.underlying()).elem() : base;
        if (isValueType(named)) {
            if (havePtr && !wantPtr) {
                nilCheck(); // a nil *T may call a pointer method, not a value one
            }
            return;
        }
        if (!wantPtr && havePtr) {
            code.invokevirtual(Jvm.PTR, "get" + Jvm.letter(named), MethodTypeDesc.of(Jvm.erasedDesc(named)));
            castFromObject(named);
        }
    }

    /** {@code x.M} as a value: a closure binding the receiver (evaluated now, spec "Method values"). */
    private void methodValue(Node.Selector sel, Info.Selection s) {
        Obj.Func m = (Obj.Func) s.obj();
        Type.Signature ms = m.type();
        Type base = baseAfterPath(s);
        ClassDesc fi = pg.prog.fnInterface(ms);
        if (Types.isInterface(base)) {
            expr(sel.x());
            walkPath(s.recv(), s.path(), s.path().length - 1);
            nilCheck();
            ClassDesc mi = pg.prog.methodInterface(m.name(), ms);
            code.checkcast(mi);
            code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi, mi), Jvm.erasedType(ms),
                    MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, mi, Jvm.ifaceMethodName(m.name()), pg.prog.methodType(m.name(), ms)),
                    pg.prog.methodType(m.name(), ms)));
            return;
        }
        receiverOperand(sel);
        Type recvT = ms.recv().type();
        Type named = recvT instanceof Type.Pointer p ? p.elem() : recvT;
        if (!(recvT instanceof Type.Pointer) && named.underlying() instanceof Type.Struct) {
            copyIfValue(named); // the receiver is copied when the method value is evaluated
        }
        ClassDesc owner = jvm.namedClass((Type.Named) named);
        if (m.pkg() != null && m.pkg().std && named.underlying() instanceof Type.Struct) {
            // a standard struct type is a Java class: the method value binds an instance method
            code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi, owner), Jvm.erasedType(ms),
                    MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.VIRTUAL, owner, m.name(), jvm.methodType(ms, null)),
                    jvm.methodType(ms, null)));
            return;
        }
        MethodTypeDesc real = jvm.methodType(ms, recvT);
        code.invokedynamic(DynamicCallSiteDesc.of(LMF, "call", MethodTypeDesc.of(fi, jvm.desc(recvT)), Jvm.erasedType(ms),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, owner, Jvm.methodName(m), real),
                jvm.methodType(ms, null)));
    }

    private void index(Node.Index ix) {
        Type xt = typeOf(ix.x()).underlying();
        switch (xt) {
            case Type.Map m -> {
                expr(ix.x());
                exprAs(ix.index(), m.key());
                boxIface(m.key());
                code.invokestatic(Jvm.RT, "mapGet", MethodTypeDesc.of(Jvm.OBJECT, Jvm.GOMAP, Jvm.OBJECT));
                // absent: null -> zero value
                Label have = code.newLabel();
                Label end = code.newLabel();
                code.dup();
                code.ifnonnull(have);
                code.pop();
                zero(m.elem());
                code.goto_(end);
                code.labelBinding(have);
                unboxRaw(m.elem());
                code.labelBinding(end);
            }
            case Type.Slice s -> {
                expr(ix.x());
                exprAs(ix.index(), Types.basic(Type.Kind.INT));
                toLong(typeOf(ix.index()));
                sliceGet(s.elem());
            }
            case Type.Basic b -> {
                expr(ix.x());
                exprAs(ix.index(), Types.basic(Type.Kind.INT));
                toLong(typeOf(ix.index()));
                code.invokestatic(Jvm.RT, "strIndex", MethodTypeDesc.of(ConstantDescs.CD_int, Jvm.STRING, ConstantDescs.CD_long));
            }
            case Type.Array a -> {
                expr(ix.x());
                exprAs(ix.index(), Types.basic(Type.Kind.INT));
                toLong(typeOf(ix.index()));
                code.loadConstant((int) a.len());
                code.invokestatic(Jvm.RT, "checkIndex", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_int));
                arrayLoad(a.elem());
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                expr(ix.x());
                nilCheck();
                exprAs(ix.index(), Types.basic(Type.Kind.INT));
                toLong(typeOf(ix.index()));
                code.loadConstant((int) a.len());
                code.invokestatic(Jvm.RT, "checkIndex", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_int));
                arrayLoad(a.elem());
            }
            default -> throw new IllegalStateException("index of " + xt);
        }
    }

    private void sliceGet(Type elem) {
        ClassDesc sc = Jvm.sliceClass(elem);
        code.invokestatic(sc, "get", MethodTypeDesc.of(sliceElemDesc(elem), sc, ConstantDescs.CD_long));
        if (Types.isKind(elem, Type.Kind.UINT8)) {
            code.loadConstant(0xFF); // a byte comes back sign-extended
            code.iand();
        }
        castFromObject(elem);
    }

    private void sliceExpr(Node.SliceExpr s) {
        Type xt = typeOf(s.x()).underlying();
        expr(s.x());
        pushBound(s.low(), -1);
        pushBound(s.high(), -1);
        pushBound(s.max(), -1);
        if (xt instanceof Type.Basic) {
            code.invokestatic(Jvm.RT, "strSlice", MethodTypeDesc.of(Jvm.STRING, Jvm.STRING, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
            return;
        }
        if (xt instanceof Type.Slice) {
            code.invokestatic(Jvm.RT, "reslice", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
        } else {
            code.invokestatic(Jvm.RT, "sliceOfArray", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT, ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
        }
        code.checkcast(jvm.desc(typeOf(s)));
    }

    private void pushBound(Node.Expr e, long absent) {
        if (e == null) {
            code.loadConstant(absent);
        } else {
            exprAs(e, Types.basic(Type.Kind.INT));
            toLong(typeOf(e));
        }
    }

    /** Converts an integer value of type t on the stack to long (an index or size). */
    private void toLong(Type t) {
        if (Types.isUntyped(t)) {
            return; // constants were pushed as int (long)
        }
        TypeKind k = Jvm.slot(t);
        if (k == TypeKind.INT) {
            if (Types.isKind(t, Type.Kind.UINT32)) {
                code.invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
            } else {
                code.i2l();
            }
        }
    }

    // ---- composite literals

    private void compositeLit(Node.CompositeLit cl, Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) {
            // &T{...} elided in a literal of pointers
            t = p.elem();
            u = t.underlying();
        }
        switch (u) {
            case Type.Struct st -> {
                ClassDesc cls = jvm.structClass(t);
                code.new_(cls);
                code.dup();
                code.invokespecial(cls, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                for (int i = 0; i < cl.elts().size(); i++) {
                    Node.Expr el = cl.elts().get(i);
                    int fi;
                    Node.Expr val;
                    if (el instanceof Node.KeyValue kv) {
                        fi = st.indexOf(((Node.Ident) kv.key()).name());
                        val = kv.value();
                    } else {
                        fi = i;
                        val = el;
                    }
                    Type ft = st.fields().get(fi).type();
                    code.dup();
                    elemValue(val, ft);
                    code.putfield(cls, TypeGen.fieldName(st, fi), jvm.desc(ft));
                }
            }
            case Type.Slice sl -> {
                ClassDesc sc = Jvm.sliceClass(sl.elem());
                long n = literalLength(cl);
                code.loadConstant(n);
                code.loadConstant(n);
                code.invokestatic(sc, "make", MethodTypeDesc.of(sc, ConstantDescs.CD_long, ConstantDescs.CD_long));
                if (needsElemInit(sl.elem())) {
                    code.dup();
                    elemFactory(sl.elem());
                    code.invokestatic(Jvm.RT, "fillZero", MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of("go4j.lang.SliceL"), ClassDesc.of("java.util.function.Supplier")));
                }
                long idx = 0;
                for (Node.Expr el : cl.elts()) {
                    Node.Expr val = el;
                    if (el instanceof Node.KeyValue kv) {
                        idx = ((BigInteger) constOf(kv.key()).v()).longValue();
                        val = kv.value();
                    }
                    code.dup();
                    code.loadConstant(idx);
                    elemValue(val, sl.elem());
                    code.invokestatic(sc, "set", MethodTypeDesc.of(ConstantDescs.CD_void, sc, ConstantDescs.CD_long, sliceElemDesc(sl.elem())));
                    idx++;
                }
            }
            case Type.Array a -> {
                zero(t);
                long idx = 0;
                for (Node.Expr el : cl.elts()) {
                    Node.Expr val = el;
                    if (el instanceof Node.KeyValue kv) {
                        idx = ((BigInteger) constOf(kv.key()).v()).longValue();
                        val = kv.value();
                    }
                    code.dup();
                    code.loadConstant((int) idx);
                    elemValue(val, a.elem());
                    arrayStore(a.elem());
                    idx++;
                }
            }
            case Type.Map m -> {
                code.invokestatic(Jvm.RT, "makeMap", MethodTypeDesc.of(Jvm.GOMAP));
                for (Node.Expr el : cl.elts()) {
                    Node.KeyValue kv = (Node.KeyValue) el;
                    code.dup();
                    elemValue(kv.key(), m.key());
                    boxIface(m.key());
                    elemValue(kv.value(), m.elem());
                    boxRaw(code, Jvm.kind(m.elem()));
                    code.invokestatic(Jvm.RT, "mapPut", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.GOMAP, Jvm.OBJECT, Jvm.OBJECT));
                }
            }
            default -> throw new IllegalStateException("composite literal of " + t);
        }
    }

    private long literalLength(Node.CompositeLit cl) {
        long idx = 0;
        long max = 0;
        for (Node.Expr el : cl.elts()) {
            if (el instanceof Node.KeyValue kv) {
                idx = ((BigInteger) constOf(kv.key()).v()).longValue();
            }
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    /** An element of a composite literal, whose type may be elided ({@code {1, 2}} for a struct). */
    private void elemValue(Node.Expr val, Type t) {
        if (val instanceof Node.CompositeLit inner && inner.type() == null) {
            compositeLit(inner, t);
            if (t.underlying() instanceof Type.Pointer) {
                return; // &T elided: the object is the pointer
            }
            return;
        }
        exprAs(val, t);
        copyIfLocation(val, t);
    }

    // ---- values of struct and array types are copied where Go copies them

    /** If e denotes a storage location of struct or array type, replaces the value on the stack with a copy. */
    void copyIfLocation(Node.Expr e, Type t) {
        if (t == null || !isValueType(t)) {
            return;
        }
        Node.Expr x = unparen(e);
        if (x instanceof Node.CompositeLit || x instanceof Node.Call) {
            return; // a fresh value
        }
        copyIfValue(t);
    }

    /** Replaces a struct or array value on the stack with a copy (nothing for other types). */
    void copyIfValue(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Struct) {
            ClassDesc c = jvm.desc(t);
            code.invokevirtual(c, "$copy", MethodTypeDesc.of(c));
        } else if (u instanceof Type.Array) {
            code.invokestatic(Jvm.RT, "arrayCopy", MethodTypeDesc.of(Jvm.OBJECT, Jvm.OBJECT));
            code.checkcast(jvm.desc(t));
        }
    }

    // ---- comma-ok forms

    private boolean isCommaOk(Node.Expr r) {
        return r instanceof Node.Index ix && typeOf(ix.x()).underlying() instanceof Type.Map
                || r instanceof Node.TypeAssert
                || r instanceof Node.Unary u && u.op() == Token.ARROW;
    }

    private Type valueTypeOfCommaOk(Node.Expr r) {
        return switch (r) {
            case Node.Index ix -> ((Type.Map) typeOf(ix.x()).underlying()).elem();
            case Node.TypeAssert ta -> typeOf(ta.type());
            case Node.Unary u -> ((Type.Chan) typeOf(u.x()).underlying()).elem();
            default -> throw new IllegalStateException();
        };
    }

    /** Pushes an Object[] {value (JVM box), Boolean ok} for a comma-ok expression. */
    private void commaOk(Node.Expr r) {
        switch (r) {
            case Node.Index ix -> {
                Type.Map m = (Type.Map) typeOf(ix.x()).underlying();
                expr(ix.x());
                exprAs(ix.index(), m.key());
                boxIface(m.key());
                zero(m.elem());
                boxRaw(code, Jvm.kind(m.elem()));
                code.invokestatic(Jvm.RT, "mapGetOk", MethodTypeDesc.of(Jvm.OBJECTS, Jvm.GOMAP, Jvm.OBJECT, Jvm.OBJECT));
            }
            case Node.TypeAssert ta -> {
                Type t = typeOf(ta.type());
                expr(ta.x());
                int x = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(x);
                code.iconst_2();
                code.anewarray(Jvm.OBJECT);
                Label no = code.newLabel();
                Label end = code.newLabel();
                code.aload(x);
                typeTest(t);
                code.ifeq(no);
                code.dup();
                code.iconst_0();
                code.aload(x);
                unboxIface(t);
                boxRaw(code, Jvm.kind(t));
                code.aastore();
                code.dup();
                code.iconst_1();
                code.getstatic(ConstantDescs.CD_Boolean, "TRUE", ConstantDescs.CD_Boolean);
                code.aastore();
                code.goto_(end);
                code.labelBinding(no);
                code.dup();
                code.iconst_0();
                zero(t);
                boxRaw(code, Jvm.kind(t));
                code.aastore();
                code.dup();
                code.iconst_1();
                code.getstatic(ConstantDescs.CD_Boolean, "FALSE", ConstantDescs.CD_Boolean);
                code.aastore();
                code.labelBinding(end);
            }
            case Node.Unary u -> {
                Type et = ((Type.Chan) typeOf(u.x()).underlying()).elem();
                expr(u.x());
                code.invokestatic(Jvm.RT, "recvOk", MethodTypeDesc.of(Jvm.OBJECTS, Jvm.CHAN));
                // a closed channel yields null: the zero value
                code.dup();
                zero(et);
                boxRaw(code, Jvm.kind(et));
                code.invokestatic(Jvm.RT, "zeroIfNull", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.OBJECTS, Jvm.OBJECT));
            }
            default -> throw new IllegalStateException();
        }
    }

    // ---- operators

    private void unary(Node.Unary u) {
        Type t = typeOf(u);
        switch (u.op()) {
            case ADD -> expr(u.x());
            case SUB -> {
                expr(u.x());
                if (Types.kindOf(t) != null && Types.kindOf(t).isComplex()) {
                    code.invokestatic(Jvm.COMPLEX, "neg", MethodTypeDesc.of(Jvm.COMPLEX, Jvm.COMPLEX));
                    return;
                }
                switch (Jvm.slot(t)) {
                    case LONG -> code.lneg();
                    case DOUBLE -> code.dneg();
                    case FLOAT -> code.fneg();
                    default -> {
                        code.ineg();
                        normalize(t);
                    }
                }
            }
            case XOR -> {
                expr(u.x());
                if (Jvm.slot(t) == TypeKind.LONG) {
                    code.ldc(-1L);
                    code.lxor();
                } else {
                    code.iconst_m1();
                    code.ixor();
                    normalize(t);
                }
            }
            case NOT -> {
                expr(u.x());
                code.iconst_1();
                code.ixor();
            }
            case ARROW -> {
                Type et = ((Type.Chan) typeOf(u.x()).underlying()).elem();
                expr(u.x());
                code.invokestatic(Jvm.RT, "recv", MethodTypeDesc.of(Jvm.OBJECT, Jvm.CHAN));
                // a closed channel yields null: the zero value
                Label have = code.newLabel();
                Label end = code.newLabel();
                code.dup();
                code.ifnonnull(have);
                code.pop();
                zero(et);
                code.goto_(end);
                code.labelBinding(have);
                unboxRaw(et);
                code.labelBinding(end);
            }
            case AND -> address(u.x());
            default -> throw new IllegalStateException("unary " + u.op());
        }
    }

    /** {@code &x}: a struct's object, or a pointer to a variable, element or field. */
    private void address(Node.Expr x) {
        x = unparen(x);
        Type t = typeOf(x);
        if (x instanceof Node.CompositeLit cl) {
            compositeLit(cl, t);
            if (!(isValueType(t))) {
                int tmp = code.allocateLocal(TypeKind.REFERENCE);
                code.astore(tmp);
                newCell(t);
                code.dup();
                code.aload(tmp);
                storeCell(t);
            }
            return;
        }
        if (isValueType(t)) {
            expr(x); // the variable's (or element's, or field's) own object
            return;
        }
        switch (x) {
            case Node.Ident id -> {
                Obj.Var v = (Obj.Var) info.uses.get(id);
                if (v.global) {
                    code.getstatic(Jvm.pkgClass(v.pkg()), pg.globalName(v), cellClass(t));
                } else {
                    code.aload(locals.get(v));
                }
            }
            case Node.Index ix -> {
                Type xt = typeOf(ix.x()).underlying();
                expr(ix.x());
                exprAs(ix.index(), Types.basic(Type.Kind.INT));
                toLong(typeOf(ix.index()));
                code.invokestatic(Jvm.RT, "elemPtr", MethodTypeDesc.of(Jvm.PTR, Jvm.OBJECT, ConstantDescs.CD_long));
            }
            case Node.Selector sel -> {
                Info.Selection s = info.selections.get(sel);
                if (s == null) {
                    Obj.Var v = (Obj.Var) info.uses.get(sel.sel());
                    code.getstatic(Jvm.pkgClass(v.pkg()), pg.globalName(v), cellClass(t));
                    return;
                }
                fieldOwner(sel.x(), s);
                Type.Struct st = ownerStruct(s);
                int fi = s.path()[s.path().length - 1];
                code.ldc(TypeGen.fieldName(st, fi));
                code.invokestatic(Jvm.RT, "fieldPtr", MethodTypeDesc.of(Jvm.PTR, Jvm.OBJECT, Jvm.STRING));
            }
            case Node.Star st -> {
                expr(st.x()); // &*p is p, once p is known not to be nil
                nilCheck();
            }
            default -> throw new UnsupportedOperationException("address of " + x.getClass().getSimpleName());
        }
    }

    private void binary(Node.Binary b) {
        Token op = b.op();
        Type t = typeOf(b);
        if (op == Token.LAND || op == Token.LOR) {
            Label f = code.newLabel();
            Label end = code.newLabel();
            cond(b, f, false);
            code.iconst_1();
            code.goto_(end);
            code.labelBinding(f);
            code.iconst_0();
            code.labelBinding(end);
            return;
        }
        Type xt = typeOf(b.x());
        Type yt = typeOf(b.y());
        if (op.precedence() == 3) {
            // comparison: operands converted to a common type
            Type ct = Types.isUntyped(xt) ? (Types.isUntyped(yt) ? Types.defaultType(xt) : yt) : xt;
            if (Types.isInterface(ct) != Types.isInterface(yt) && !Types.isUntyped(yt) && Types.isInterface(yt)) {
                ct = yt;
            }
            Type cmpT = ct;
            if (op == Token.EQL || op == Token.NEQ) {
                compareEq(() -> exprAs(b.x(), cmpT), cmpT, () -> exprAs(b.y(), cmpT), cmpT);
                if (op == Token.NEQ) {
                    code.iconst_1();
                    code.ixor();
                }
                return;
            }
            exprAs(b.x(), cmpT);
            exprAs(b.y(), cmpT);
            compareOrder(op, cmpT);
            return;
        }
        if (op == Token.SHL || op == Token.SHR) {
            exprAs(b.x(), t);
            Obj.Value count = constOf(b.y());
            if (count != null) {
                // a constant count (untyped: int, float or complex, representable as uint), never
                // negative: 64 or more shifts everything out, so it is clamped there
                code.loadConstant(toBig(count.v()).min(BigInteger.valueOf(64)).longValue());
            } else {
                expr(b.y());
                shiftCountToLong(yt);
            }
            shift(op, t);
            return;
        }
        binaryValues(op, t, () -> exprAs(b.x(), t), () -> exprAs(b.y(), t), yt);
    }

    private void binaryValues(Token op, Type t, Runnable x, Runnable y, Type yt) {
        x.run();
        y.run();
        if (op == Token.SHL || op == Token.SHR) {
            shiftCountToLong(yt);
            shift(op, t);
            return;
        }
        arith(op, t);
    }

    private void shiftCountToLong(Type yt) {
        if (Types.isUntyped(yt)) {
            // constant counts were pushed in the left operand's type? No: as the count's default (int: long)
            if (Jvm.slot(Types.defaultType(yt)) == TypeKind.INT) {
                code.i2l();
            }
            return;
        }
        TypeKind k = Jvm.slot(yt);
        if (k == TypeKind.INT) {
            if (Types.kindOf(yt) != null && Types.kindOf(yt).isUnsigned()) {
                code.invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
            } else {
                code.i2l();
            }
        } else if (Types.kindOf(yt) != null && Types.kindOf(yt).isUnsigned()) {
            code.invokestatic(Jvm.RT, "unsignedShiftCount", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long));
        }
    }

    private void shift(Token op, Type t) {
        Type.Kind k = Types.kindOf(t);
        boolean unsigned = k != null && k.isUnsigned();
        String m = (op == Token.SHL ? "shl" : (unsigned ? "ushr" : "shr")) + (Jvm.slot(t) == TypeKind.LONG ? "64" : "32");
        if (Jvm.slot(t) == TypeKind.LONG) {
            code.invokestatic(Jvm.RT, m, MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
        } else {
            if (unsigned && op == Token.SHR) {
                // int-held unsigned narrower types are kept non-negative except uint32
                m = k == Type.Kind.UINT32 ? "ushr32" : "shr32";
            }
            code.invokestatic(Jvm.RT, m, MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_long));
            normalize(t);
        }
    }

    /** [x, y] of type t: x op y, with Go's wrap-around for sized integers. */
    private void arith(Token op, Type t) {
        Type.Kind k = Types.kindOf(t);
        if (k != null && k.isString()) {
            code.invokevirtual(Jvm.STRING, "concat", MethodTypeDesc.of(Jvm.STRING, Jvm.STRING));
            return;
        }
        if (k != null && k.isComplex()) {
            String m = switch (op) {
                case ADD -> "add";
                case SUB -> "sub";
                case MUL -> "mul";
                case QUO -> "div";
                default -> throw new IllegalStateException(op.toString());
            };
            code.invokestatic(Jvm.COMPLEX, m, MethodTypeDesc.of(Jvm.COMPLEX, Jvm.COMPLEX, Jvm.COMPLEX));
            return;
        }
        boolean unsigned = k != null && k.isUnsigned();
        switch (Jvm.slot(t)) {
            case LONG -> {
                switch (op) {
                    case ADD -> code.ladd();
                    case SUB -> code.lsub();
                    case MUL -> code.lmul();
                    case QUO -> {
                        if (unsigned) {
                            code.invokestatic(Jvm.RT, "udiv64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                        } else {
                            code.invokestatic(Jvm.RT, "div64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                        }
                    }
                    case REM -> {
                        if (unsigned) {
                            code.invokestatic(Jvm.RT, "urem64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                        } else {
                            code.invokestatic(Jvm.RT, "rem64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long));
                        }
                    }
                    case AND -> code.land();
                    case OR -> code.lor();
                    case XOR -> code.lxor();
                    case AND_NOT -> {
                        code.ldc(-1L);
                        code.lxor();
                        code.land();
                    }
                    default -> throw new IllegalStateException(op.toString());
                }
            }
            case INT -> {
                switch (op) {
                    case ADD -> code.iadd();
                    case SUB -> code.isub();
                    case MUL -> code.imul();
                    case QUO -> code.invokestatic(Jvm.RT, k == Type.Kind.UINT32 ? "udiv32" : "div32", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
                    case REM -> code.invokestatic(Jvm.RT, k == Type.Kind.UINT32 ? "urem32" : "rem32", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
                    case AND -> code.iand();
                    case OR -> code.ior();
                    case XOR -> code.ixor();
                    case AND_NOT -> {
                        code.iconst_m1();
                        code.ixor();
                        code.iand();
                    }
                    default -> throw new IllegalStateException(op.toString());
                }
                normalize(t);
            }
            case DOUBLE -> {
                switch (op) {
                    case ADD -> code.dadd();
                    case SUB -> code.dsub();
                    case MUL -> code.dmul();
                    case QUO -> code.ddiv();
                    default -> throw new IllegalStateException(op.toString());
                }
            }
            case FLOAT -> {
                switch (op) {
                    case ADD -> code.fadd();
                    case SUB -> code.fsub();
                    case MUL -> code.fmul();
                    case QUO -> code.fdiv();
                    default -> throw new IllegalStateException(op.toString());
                }
            }
            default -> throw new IllegalStateException("arithmetic on " + t);
        }
    }

    /** Wraps an int-held value to its Go type's width. */
    private void normalize(Type t) {
        Type.Kind k = Types.kindOf(t);
        if (k == null) {
            return;
        }
        switch (k) {
            case INT8 -> code.i2b();
            case INT16 -> code.i2s();
            case UINT8 -> {
                code.loadConstant(0xFF);
                code.iand();
            }
            case UINT16 -> code.i2c();
            default -> {
            }
        }
    }

    private void compareEq(Runnable x, Type xt, Runnable y, Type yt) {
        Type t = xt;
        x.run();
        y.run();
        equalValues(t);
    }

    /** [a, b] of type t: pushes 1 if a == b (Go's ==), else 0. */
    void equalValues(Type t) {
        Type u = t.underlying();
        switch (Jvm.slot(t)) {
            case LONG -> {
                code.lcmp();
                boolTest(Opcodes.EQ);
                return;
            }
            case DOUBLE -> {
                code.dcmpl();
                boolTest(Opcodes.EQ);
                return;
            }
            case FLOAT -> {
                code.fcmpl();
                boolTest(Opcodes.EQ);
                return;
            }
            case INT -> {
                Label yes = code.newLabel();
                Label end = code.newLabel();
                code.if_icmpeq(yes);
                code.iconst_0();
                code.goto_(end);
                code.labelBinding(yes);
                code.iconst_1();
                code.labelBinding(end);
                return;
            }
            default -> {
            }
        }
        if (u instanceof Type.Basic b && b.kind().isString()) {
            code.invokevirtual(Jvm.STRING, "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT));
            return;
        }
        if (u instanceof Type.Basic b && b.kind().isComplex()) {
            code.invokestatic(Jvm.COMPLEX, "eq", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.COMPLEX, Jvm.COMPLEX));
            return;
        }
        if (u instanceof Type.Array) {
            // element by element (struct elements by their generated equals)
            code.ldc(Jvm.rtString(t));
            code.invokestatic(Jvm.RT, "valueEqual", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.OBJECT, Jvm.STRING));
            return;
        }
        if (u instanceof Type.Struct) {
            ClassDesc c = jvm.structClass(t);
            code.invokevirtual(c, "$eq", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT));
            return;
        }
        if (u instanceof Type.Interface) {
            code.invokestatic(Jvm.RT, "equal", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.OBJECT));
            return;
        }
        if (jvm.desc(t).equals(Jvm.PTR)) {
            // a pointer to an element or a field is made afresh at each &: equal when it points to the same place
            code.invokestatic(ClassDesc.of("java.util.Objects"), "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.OBJECT));
            return;
        }
        // pointers, channels, maps, slices and funcs (against nil): identity
        Label yes = code.newLabel();
        Label end = code.newLabel();
        code.if_acmpeq(yes);
        code.iconst_0();
        code.goto_(end);
        code.labelBinding(yes);
        code.iconst_1();
        code.labelBinding(end);
    }

    private enum Opcodes { EQ, LT, LE, GT, GE }

    /** With an int from lcmp/dcmp on the stack, pushes the boolean of the relation. */
    private void boolTest(Opcodes rel) {
        Label yes = code.newLabel();
        Label end = code.newLabel();
        switch (rel) {
            case EQ -> code.ifeq(yes);
            case LT -> code.iflt(yes);
            case LE -> code.ifle(yes);
            case GT -> code.ifgt(yes);
            case GE -> code.ifge(yes);
        }
        code.iconst_0();
        code.goto_(end);
        code.labelBinding(yes);
        code.iconst_1();
        code.labelBinding(end);
    }

    private void compareOrder(Token op, Type t) {
        Opcodes rel = switch (op) {
            case LSS -> Opcodes.LT;
            case LEQ -> Opcodes.LE;
            case GTR -> Opcodes.GT;
            case GEQ -> Opcodes.GE;
            default -> throw new IllegalStateException(op.toString());
        };
        Type.Kind k = Types.kindOf(t);
        switch (Jvm.slot(t)) {
            case LONG -> {
                if (k != null && k.isUnsigned()) {
                    code.invokestatic(ConstantDescs.CD_Long, "compareUnsigned", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long));
                } else {
                    code.lcmp();
                }
            }
            case INT -> {
                if (k == Type.Kind.UINT32) {
                    code.invokestatic(ConstantDescs.CD_Integer, "compareUnsigned", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
                } else {
                    code.invokestatic(ConstantDescs.CD_Integer, "compare", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int));
                }
            }
            case DOUBLE -> {
                if (rel == Opcodes.LT || rel == Opcodes.LE) {
                    code.dcmpg();
                } else {
                    code.dcmpl();
                }
            }
            case FLOAT -> {
                if (rel == Opcodes.LT || rel == Opcodes.LE) {
                    code.fcmpg();
                } else {
                    code.fcmpl();
                }
            }
            default -> {
                // strings
                code.invokevirtual(Jvm.STRING, "compareTo", MethodTypeDesc.of(ConstantDescs.CD_int, Jvm.STRING));
            }
        }
        boolTest(rel);
    }

    // ---- conversions T(x)

    private void conversion(Node.Expr x, Type to) {
        Obj.Value cv = constOf(x);
        Type from = typeOf(x);
        if (cv != null && !Types.isInterface(to)) {
            Info.TypeAndValue tv = null;
            // a constant conversion is itself a constant (the checker folds it); a non-constant
            // result (string(65)) reaches here with the operand constant
            if (to.underlying() instanceof Type.Basic bt && bt.kind().isString() && cv.v() instanceof BigInteger bi) {
                code.loadConstant(bi.longValue());
                code.invokestatic(Jvm.RT, "runeString", MethodTypeDesc.of(Jvm.STRING, ConstantDescs.CD_long));
                return;
            }
            if (!(to.underlying() instanceof Type.Basic)) {
                pushConst(cv, Types.defaultType(from));
                convert(Types.defaultType(from), to);
                return;
            }
            pushConst(cv, to);
            return;
        }
        if (Types.isInterface(to)) {
            exprAs(x, to);
            return;
        }
        expr(x);
        convert(from, to);
    }

    /** Converts a non-constant value of type from on the stack to type to (spec "Conversions"). */
    private void convert(Type from, Type to) {
        Type fu = from.underlying();
        Type tu = to.underlying();
        if (fu instanceof Type.Basic fb && tu instanceof Type.Basic tb && fb.kind().isComplex()) {
            code.invokestatic(Jvm.COMPLEX, tb.kind() == Type.Kind.COMPLEX64 ? "to64" : "to128", MethodTypeDesc.of(Jvm.COMPLEX, Jvm.COMPLEX));
            return;
        }
        if (fu instanceof Type.Basic fb && tu instanceof Type.Basic tb) {
            Type.Kind fk = fb.kind();
            Type.Kind tk = tb.kind();
            if (tk.isString()) {
                if (fk.isString()) {
                    return;
                }
                // string(rune)
                if (Jvm.slot(from) == TypeKind.INT) {
                    toLong(from);
                }
                code.invokestatic(Jvm.RT, "runeString", MethodTypeDesc.of(Jvm.STRING, ConstantDescs.CD_long));
                return;
            }
            numeric(from, to);
            return;
        }
        if (tu instanceof Type.Basic tb && tb.kind().isString() && fu instanceof Type.Slice s) {
            code.invokestatic(Jvm.RT, Jvm.sliceLetter(s.elem()).equals("B") ? "bytesToString" : "runesToString",
                    MethodTypeDesc.of(Jvm.STRING, Jvm.OBJECT));
            return;
        }
        if (fu instanceof Type.Basic fb && fb.kind().isString() && tu instanceof Type.Slice s) {
            if (Jvm.sliceLetter(s.elem()).equals("B")) {
                code.invokestatic(Jvm.RT, "bytesOf", MethodTypeDesc.of(ClassDesc.of("go4j.lang.SliceB"), Jvm.STRING));
            } else {
                code.invokestatic(Jvm.RT, "runesOf", MethodTypeDesc.of(ClassDesc.of("go4j.lang.SliceI"), Jvm.STRING));
            }
            return;
        }
        if (fu instanceof Type.Slice && tu instanceof Type.Pointer) {
            throw new UnsupportedOperationException("conversion of a slice to an array pointer (" + from + " to " + to + ")");
        }
        // identical underlying types: same JVM representation (named struct classes differ)
        if (fu instanceof Type.Struct && !jvm.desc(from).equals(jvm.desc(to))) {
            throw new UnsupportedOperationException("conversion between struct types " + from + " and " + to);
        }
    }

    private void numeric(Type from, Type to) {
        Type.Kind fk = Types.kindOf(from);
        Type.Kind tk = Types.kindOf(to);
        TypeKind fs = Jvm.slot(from);
        TypeKind ts = Jvm.slot(to);
        boolean funs = fk.isUnsigned();
        // to the target's JVM kind
        if (fs == TypeKind.INT && fk == Type.Kind.UINT32 && ts != TypeKind.INT) {
            code.invokestatic(ConstantDescs.CD_Integer, "toUnsignedLong", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_int));
            fs = TypeKind.LONG;
        }
        if (fs == TypeKind.LONG && funs && (ts == TypeKind.DOUBLE || ts == TypeKind.FLOAT)) {
            code.invokestatic(Jvm.RT, ts == TypeKind.DOUBLE ? "u64ToDouble" : "u64ToFloat",
                    MethodTypeDesc.of(Jvm.prim(ts), ConstantDescs.CD_long));
            return;
        }
        if ((fs == TypeKind.DOUBLE || fs == TypeKind.FLOAT) && tk.isUnsigned() && ts == TypeKind.LONG) {
            if (fs == TypeKind.FLOAT) {
                code.f2d();
            }
            code.invokestatic(Jvm.RT, "doubleToU64", MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_double));
            return;
        }
        if ((fs == TypeKind.DOUBLE || fs == TypeKind.FLOAT) && ts == TypeKind.INT) {
            // through long: a uint32 (held in an int) goes up to 2^32, past d2i's saturation
            code.conversion(fs, TypeKind.LONG);
            code.l2i();
            normalize(to);
            return;
        }
        if (fs != ts) {
            code.conversion(fs, ts);
        }
        if (ts == TypeKind.INT) {
            normalize(to);
        }
    }

    // ---- constants

    /** Pushes the constant value v as a value of type t. */
    void pushConst(Obj.Value v, Type t) {
        Object x = v.v();
        if (Types.isInterface(t)) {
            Type dt = Types.defaultType(constType(x));
            pushConst(v, dt);
            boxIface(dt);
            return;
        }
        if (Types.isUntyped(t)) {
            t = Types.defaultType(t);
        }
        switch (Jvm.slot(t)) {
            case LONG -> code.loadConstant(toBig(x).longValue());
            case INT -> {
                if (x instanceof Boolean b) {
                    code.loadConstant(b ? 1 : 0);
                } else {
                    code.loadConstant(toBig(x).intValue());
                }
            }
            case DOUBLE -> code.loadConstant(toDouble(x));
            case FLOAT -> code.loadConstant((float) toDouble(x));
            default -> {
                if (Types.kindOf(t) != null && Types.kindOf(t).isComplex()) {
                    double re;
                    double im;
                    if (x instanceof go4j.compiler.types.ComplexValue cv) {
                        re = cv.re().doubleValue();
                        im = cv.im().doubleValue();
                    } else {
                        re = toDouble(x);
                        im = 0;
                    }
                    code.loadConstant(re);
                    code.loadConstant(im);
                    code.invokestatic(Jvm.COMPLEX, Types.kindOf(t) == Type.Kind.COMPLEX64 ? "of64" : "of",
                            MethodTypeDesc.of(Jvm.COMPLEX, ConstantDescs.CD_double, ConstantDescs.CD_double));
                } else if (x instanceof String s) {
                    code.ldc(s);
                } else if (x instanceof Boolean b) {
                    code.loadConstant(b ? 1 : 0);
                } else {
                    throw new UnsupportedOperationException("constant " + x + " of type " + t
                            + (Types.kindOf(t) != null && Types.kindOf(t).isComplex() ? " (complex numbers)" : ""));
                }
            }
        }
    }

    private static Type constType(Object x) {
        return switch (x) {
            case Boolean b -> Types.basic(Type.Kind.UNTYPED_BOOL);
            case String s -> Types.basic(Type.Kind.UNTYPED_STRING);
            case BigInteger i -> Types.basic(Type.Kind.UNTYPED_INT);
            case go4j.compiler.types.ComplexValue c -> Types.basic(Type.Kind.UNTYPED_COMPLEX);
            default -> Types.basic(Type.Kind.UNTYPED_FLOAT);
        };
    }

    private static BigInteger toBig(Object x) {
        return switch (x) {
            case BigInteger i -> i;
            case BigDecimal d -> d.toBigInteger();
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case go4j.compiler.types.ComplexValue c -> c.re().toBigInteger(); // a complex constant with no imaginary part
            default -> throw new IllegalStateException("not an integer constant: " + x);
        };
    }

    private static double toDouble(Object x) {
        return switch (x) {
            case BigInteger i -> i.doubleValue();
            case BigDecimal d -> d.doubleValue();
            case go4j.compiler.types.ComplexValue c -> c.re().doubleValue();
            default -> throw new IllegalStateException("not a numeric constant: " + x);
        };
    }

    /** Pushes the zero value of t. */
    void zero(Type t) {
        Type u = t.underlying();
        switch (Jvm.slot(t)) {
            case LONG -> code.lconst_0();
            case INT -> code.iconst_0();
            case DOUBLE -> code.dconst_0();
            case FLOAT -> code.fconst_0();
            default -> {
                if (u instanceof Type.Basic b && b.kind().isString()) {
                    code.ldc("");
                } else if (u instanceof Type.Basic b && b.kind().isComplex()) {
                    code.getstatic(Jvm.COMPLEX, b.kind() == Type.Kind.COMPLEX64 ? "ZERO64" : "ZERO128", Jvm.COMPLEX);
                } else if (u instanceof Type.Struct) {
                    ClassDesc c = jvm.structClass(t);
                    code.new_(c);
                    code.dup();
                    code.invokespecial(c, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                } else if (u instanceof Type.Array a) {
                    code.loadConstant((int) a.len());
                    ClassDesc ed = jvm.arrayElemDesc(a.elem());
                    TypeKind ek = TypeKind.from(ed);
                    if (ek == TypeKind.REFERENCE) {
                        code.anewarray(ed);
                        if (needsElemInit(a.elem()) || PkgGen.needsZeroInit(a.elem())) {
                            int arr = code.allocateLocal(TypeKind.REFERENCE);
                            code.astore(arr);
                            for (int i = 0; i < a.len(); i++) {
                                code.aload(arr);
                                code.loadConstant(i);
                                zero(a.elem());
                                code.aastore();
                            }
                            code.aload(arr);
                        }
                    } else {
                        code.newarray(ek);
                    }
                } else {
                    code.aconst_null();
                }
            }
        }
    }

    /** A package-level variable's initializer, in $init. */
    void globalInit(Info.Initializer in) {
        if (in.init() == null) {
            return;
        }
        src = pg.sources.get(in.init());
        if (src != null) {
            code.lineNumber(src.line(in.init().pos()));
        }
        List<Object> lhs = new ArrayList<>();
        for (Obj.Var v : in.lhs()) {
            lhs.add(v.name().equals("_") ? null : v);
        }
        assignValues(lhs, List.of(in.init()), false);
    }
}
