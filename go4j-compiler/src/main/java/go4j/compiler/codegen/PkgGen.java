package go4j.compiler.codegen;

import go4j.compiler.syntax.Node;
import go4j.compiler.types.Info;
import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One package's classes: {@code Pkg} (its functions as static methods, its variables as
 * static fields, {@code $init} running the variable initializers in the checker's order and
 * then the {@code init} functions), one class per named type (a struct's class, or the box
 * of a non-struct type's values in interfaces), the value subclass {@code T$Val} of each
 * struct, and the classes of anonymous structs.
 *
 * <p>Methods are static methods of their receiver type's class, with the receiver first
 * ({@code func (p *P) M(x int)} is {@code static M(P p, long x)}), so a nil receiver reaches
 * the method as Go allows; instance bridges implement the method interfaces for calls
 * through interfaces.
 */
final class PkgGen {
    final Program prog;
    final Obj.Pkg pkg;
    final List<Node.File> files;
    final Info info;
    final Jvm jvm;
    final ClassDesc pkgClass;
    /** Extra static methods of Pkg (closures, go and defer thunks), added while bodies are generated. */
    final List<Consumer<ClassBuilder>> extraMethods = new ArrayList<>();
    private int synthetic;
    /** The source file of each function declaration and literal, for line numbers. */
    final java.util.Map<Node, go4j.compiler.syntax.Source> sources = new java.util.IdentityHashMap<>();

    PkgGen(Program prog, Obj.Pkg pkg, List<Node.File> files, Info info) {
        this.prog = prog;
        this.pkg = pkg;
        this.files = files;
        this.info = info;
        this.jvm = new Jvm(Jvm.pkgClassPrefix(pkg));
        this.pkgClass = Jvm.pkgClass(pkg);
    }

    String syntheticName(String prefix) {
        return prefix + "$" + (synthetic++);
    }

    /** The absolute path of the package's first file: what a stack frame prints. */
    String sourceFile() {
        return java.nio.file.Path.of(files.get(0).source().name()).toAbsolutePath().normalize().toString();
    }

    void generate() {
        for (Node.File f : files) {
            for (Node.Decl d : f.decls()) {
                if (d instanceof Node.FuncDecl fd) {
                    sources.put(fd, f.source());
                } else if (d instanceof Node.GenDecl gd) {
                    for (Node.Spec sp : gd.specs()) {
                        if (sp instanceof Node.ValueSpec vs) {
                            for (Node.Expr e : vs.values()) {
                                sources.put(e, f.source()); // a package variable's initialiser: $init's lines
                            }
                        }
                    }
                }
            }
        }
        List<Type.Named> named = new ArrayList<>();
        List<Node.FuncDecl> funcs = new ArrayList<>();
        List<Obj.Var> globals = new ArrayList<>();
        for (Node.File f : files) {
            for (Node.Decl d : f.decls()) {
                switch (d) {
                    case Node.FuncDecl fd -> funcs.add(fd);
                    case Node.GenDecl gd -> {
                        for (Node.Spec s : gd.specs()) {
                            if (s instanceof Node.TypeSpec ts && !ts.alias()
                                    && info.defs.get(ts.name()) instanceof Obj.TypeName tn
                                    && tn.type() instanceof Type.Named n) {
                                if (n.isGeneric()) {
                                    // a generic type is compiled as its instances, each a class of its own
                                    named.addAll(info.typeInstances.getOrDefault(n, List.of()));
                                } else {
                                    named.add(n);
                                }
                            } else if (s instanceof Node.ValueSpec vs && gd.tok() == go4j.compiler.syntax.Token.VAR) {
                                for (Node.Ident id : vs.names()) {
                                    if (info.defs.get(id) instanceof Obj.Var v) {
                                        globals.add(v);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // local named types are collected by FuncGen as it meets them
        this.namedTypes = named;
        TypeGen types = new TypeGen(this);
        for (Type.Named n : named) {
            types.registerSupers(n);
        }
        // types declared in functions: instances (built first) may hold them
        List<Info> infos = new ArrayList<>(List.of(info));
        infos.addAll(info.bodies.values());
        for (Info in : infos) {
            for (Obj o : in.defs.values()) {
                if (o instanceof Obj.TypeName tn && tn.localIndex > 0 && tn.type() instanceof Type.Named ln) {
                    types.registerSupers(ln);
                }
            }
        }
        for (Type.Named n : named) {
            if (n.orig != null) {
                // an instance's methods: the generic methods' bodies, read with each one's Info
                List<TypeGen.MethodBody> ms = new ArrayList<>();
                for (Obj.Func m : n.methods()) {
                    if (m.decl != null && m.decl.body() != null && info.bodies.containsKey(m)) {
                        Info bi = info.bodies.get(m);
                        ms.add(new TypeGen.MethodBody(m, bi.signature, m.decl, bi));
                    }
                }
                types.namedType(n, ms);
            } else {
                List<TypeGen.MethodBody> ms = new ArrayList<>();
                for (Node.FuncDecl fd : methodsOf(n, funcs)) {
                    Obj.Func f = (Obj.Func) info.defs.get(fd.name());
                    ms.add(new TypeGen.MethodBody(f, f.type(), fd, info));
                }
                types.namedType(n, ms);
            }
        }

        byte[] bytes = prog.classFile.build(pkgClass, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            cb.withSuperclass(Jvm.OBJECT);
            cb.with(java.lang.classfile.attribute.SourceFileAttribute.of(sourceFile()));
            for (Obj.Var g : globals) {
                cb.withField(globalName(g), globalDesc(g), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC);
            }
            cb.withField("$initialized", ConstantDescs.CD_boolean, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC);
            for (Node.FuncDecl fd : funcs) {
                if (fd.recv() != null || fd.body() == null) {
                    continue;
                }
                Obj.Func f = (Obj.Func) info.defs.get(fd.name());
                if (!fd.type().typeParams().isEmpty()) {
                    // a generic function is compiled as its instances: one method each
                    for (Obj.Func inst : info.funcInstances.getOrDefault(f, List.of())) {
                        Info bi = info.bodies.get(inst);
                        if (bi != null) {
                            FuncGen.method(this, bi, cb, Jvm.funcName(inst), bi.signature, null, fd.type(), fd.body(), fd);
                        }
                    }
                    continue;
                }
                if (fd.name().name().equals("init") || fd.name().name().equals("_")) {
                    // Go numbers init functions init.0, init.1, ... in source order
                    String name = fd.name().name().equals("_") ? syntheticName("blank") : "init$D" + initNames.stream().filter(java.util.Objects::nonNull).count();
                    initNames.add(fd.name().name().equals("init") ? name : null);
                    FuncGen.method(this, cb, name, f.type(), null, fd.type(), fd.body(), fd);
                } else {
                    FuncGen.method(this, cb, Jvm.mangle(f.name()), f.type(), null, fd.type(), fd.body(), fd);
                }
            }
            cb.withMethodBody("$init", MethodTypeDesc.of(ConstantDescs.CD_void),
                    ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> initBody(cb, code, globals));
            // closures and thunks generated while compiling the bodies above (and $init)
            for (int i = 0; i < extraMethods.size(); i++) {
                extraMethods.get(i).accept(cb);
            }
        });
        prog.supers.put(pkgClass, Jvm.OBJECT);
        prog.define(pkgClass.packageName() + "." + pkgClass.displayName(), bytes);
        types.anonymousStructs();
    }

    private final List<String> initNames = new ArrayList<>();
    private List<Type.Named> namedTypes = List.of();

    /**
     * $init: the package's initialisation, once (spec "Package initialization"): first the
     * packages it imports that are Go code, in the order it imports them, each initialising its
     * own imports first; then its types, variables in dependency order, and init functions.
     */
    private void initBody(ClassBuilder cb, CodeBuilder code, List<Obj.Var> globals) {
        var first = code.newLabel();
        code.getstatic(pkgClass, "$initialized", ConstantDescs.CD_boolean);
        code.ifeq(first);
        code.return_();
        code.labelBinding(first);
        code.iconst_1();
        code.putstatic(pkgClass, "$initialized", ConstantDescs.CD_boolean);
        if (!Jvm.pkgClassPrefix(pkg).equals("go." + pkg.path)) {
            // frames name this package's functions by its import path (Rt.goQualifier)
            code.ldc(Jvm.pkgClassPrefix(pkg));
            code.ldc(pkg.path);
            code.invokestatic(Jvm.RT, "declarePackage", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.STRING, Jvm.STRING));
        }
        for (Obj.Pkg imp : pkg.imports.values()) {
            if (!imp.std) {
                code.invokestatic(Jvm.pkgClass(imp), "$init", MethodTypeDesc.of(ConstantDescs.CD_void));
            }
        }
        FuncGen g = new FuncGen(this, cb, code, null, null);
        g.goName = "glob$D"; // Go's name for what initialises package variables: literals are glob..func1
        for (Type.Named n : namedTypes) {
            declareType(code, n);
        }
        for (Obj.Var v : globals) {
            if (FuncGen.isCell(v)) {
                g.newCell(v.type());
                code.putstatic(pkgClass, globalName(v), globalDesc(v));
            } else if (needsZeroInit(v.type())) {
                g.zero(v.type());
                code.putstatic(pkgClass, globalName(v), globalDesc(v));
            }
        }
        for (Info.Initializer in : info.initOrder) {
            g.globalInit(in);
        }
        // line 0: no frame of $init shows under an init function, as Go's runtime calls them
        // (Rt.isGoFrame)
        code.lineNumber(0);
        for (String n : initNames) {
            if (n != null) {
                code.invokestatic(pkgClass, n, MethodTypeDesc.of(ConstantDescs.CD_void));
            }
        }
        code.return_();
    }

    /** Tells the run time the named type's underlying type, for %T, %v and type switches. */
    void declareType(CodeBuilder code, Type.Named n) {
        code.ldc(Jvm.rtString(n));
        code.ldc(pkg.path);
        code.ldc(Jvm.rtString(n.underlying()));
        code.ldc(jvm.namedClass(n));
        code.invokestatic(Jvm.RT, "declareType", MethodTypeDesc.of(ConstantDescs.CD_void, Jvm.STRING, Jvm.STRING, Jvm.STRING, ConstantDescs.CD_Class));
    }

    static boolean needsZeroInit(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array
                || (u instanceof Type.Basic b && (b.kind().isString() || b.kind().isComplex()));
    }

    String globalName(Obj.Var v) {
        return Jvm.mangle(v.name()) + (v.name().equals("_") ? "$" + v.pos : "");
    }

    ClassDesc globalDesc(Obj.Var v) {
        return FuncGen.isCell(v) ? FuncGen.cellClass(v.type()) : jvm.desc(v.type());
    }

    private List<Node.FuncDecl> methodsOf(Type.Named n, List<Node.FuncDecl> funcs) {
        List<Node.FuncDecl> out = new ArrayList<>();
        for (Node.FuncDecl fd : funcs) {
            if (fd.recv() != null && info.defs.get(fd.name()) instanceof Obj.Func f && f.type() != null) {
                Type r = f.type().recv().type();
                if (r instanceof Type.Pointer p) {
                    r = p.elem();
                }
                if (r == n) {
                    out.add(fd);
                }
            }
        }
        return out;
    }

    static TypeKind kindOf(Type t) {
        return Jvm.slot(t);
    }
}
