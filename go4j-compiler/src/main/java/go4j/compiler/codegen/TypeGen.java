package go4j.compiler.codegen;

import go4j.compiler.syntax.Node;
import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;
import go4j.compiler.types.Types;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes of a package's types: a struct type's class (fields, a constructor that makes
 * the zero value, {@code $copy}, {@code $set}, Go's {@code ==} as {@code $eq}, {@code goType}) and its value subclass {@code T$Val} (a {@code T} held in an
 * interface, so that {@code T} and {@code *T} read apart); a named non-struct type's box
 * (field {@code v}); and the methods of both.
 */
final class TypeGen {
    private final PkgGen pg;
    private final List<Type.Struct> doneAnon = new ArrayList<>();

    TypeGen(PkgGen pg) {
        this.pg = pg;
    }

    /** A method reachable from a type: its function, and the embedded-field path to its receiver. */
    record Promoted(Obj.Func f, List<Integer> path) {
    }

    /**
     * The methods of T's method set that need a bridge on T's class, own and promoted
     * through embedded fields (spec "Selectors": the shallowest depth wins, two at one depth
     * cancel), by name.
     */
    static java.util.Map<String, Promoted> methodSet(Type n) {
        java.util.Map<String, Promoted> out = new java.util.LinkedHashMap<>();
        java.util.Set<String> blocked = new java.util.HashSet<>();
        if (n instanceof Type.Named nn) {
            for (Obj.Func f : nn.methods()) {
                out.put(f.name(), new Promoted(f, List.of()));
            }
        }
        if (!(n.underlying() instanceof Type.Struct st)) {
            return out;
        }
        // breadth first over embedded fields
        List<Object[]> level = new ArrayList<>(); // {Type.Struct, List<Integer> path}
        level.add(new Object[] {st, List.<Integer>of()});
        java.util.Set<Type> seen = new java.util.HashSet<>();
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<Object[]> next = new ArrayList<>();
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            java.util.Map<String, Promoted> found = new java.util.LinkedHashMap<>();
            for (Object[] e : level) {
                Type.Struct cur = (Type.Struct) e[0];
                @SuppressWarnings("unchecked")
                List<Integer> path = (List<Integer>) e[1];
                for (int i = 0; i < cur.fields().size(); i++) {
                    Type.Field fld = cur.fields().get(i);
                    if (depth > 0 || true) {
                        counts.merge(fld.name(), 1, Integer::sum); // a field blocks a deeper method
                    }
                    if (!fld.embedded()) {
                        continue;
                    }
                    Type ft = fld.type() instanceof Type.Pointer p ? p.elem() : fld.type();
                    List<Integer> fp = new ArrayList<>(path);
                    fp.add(i);
                    if (ft instanceof Type.Named en && seen.add(en)) {
                        for (Obj.Func f : en.methods()) {
                            counts.merge(f.name(), 1, Integer::sum);
                            found.putIfAbsent(f.name(), new Promoted(f, fp));
                        }
                        if (en.underlying() instanceof Type.Interface it) {
                            for (Obj.Func f : it.allMethods()) {
                                counts.merge(f.name(), 1, Integer::sum);
                                found.putIfAbsent(f.name(), new Promoted(f, fp));
                            }
                        }
                        if (en.underlying() instanceof Type.Struct es) {
                            next.add(new Object[] {es, fp});
                        }
                    }
                }
            }
            for (var e : found.entrySet()) {
                String name = e.getKey();
                if (!out.containsKey(name) && !blocked.contains(name) && counts.get(name) == 1) {
                    out.put(name, e.getValue());
                }
            }
            blocked.addAll(counts.keySet());
            level = next;
        }
        return out;
    }

    /** A method to compile: its function, signature, declaration, and the Info its body is read with. */
    record MethodBody(Obj.Func f, Type.Signature sig, Node.FuncDecl decl, go4j.compiler.types.Info info) {
    }

    /**
     * Tells the stack-map computation the superclasses of a named type's classes before they
     * are built: an instance's class may hold a type declared in a function, whose class is
     * built when the function's body is, and the function's body may use the instance.
     */
    void registerSupers(Type.Named n) {
        ClassDesc cls = pg.jvm.namedClass(n);
        boolean isStruct = n.underlying() instanceof Type.Struct;
        pg.prog.supers.put(isStruct ? valClass(cls) : ptrClassOf(cls), isStruct ? cls : Jvm.OBJECT);
        if (isStruct) {
            pg.prog.supers.put(nilClassOf(cls), Jvm.OBJECT);
        }
        pg.prog.supers.put(cls, Jvm.OBJECT);
    }

    void namedType(Type.Named n, List<MethodBody> methods) {
        ClassDesc cls = pg.jvm.namedClass(n);
        String bin = cls.packageName() + "." + cls.displayName();
        boolean isStruct = n.underlying() instanceof Type.Struct;
        java.util.Map<String, Promoted> mset = methodSet(n);
        // the stack-map computation of any class may meet these before they are built
        registerSupers(n);
        List<ClassDesc> ifaces = new ArrayList<>();
        ifaces.add(ClassDesc.of("go4j.lang.GoValue"));
        // bridges implement method interfaces, for calls through interfaces; a box of a
        // non-struct type has only the value-receiver methods (its N$Ptr has them all)
        for (Promoted pm : mset.values()) {
            if (!isStruct && pm.f().type().recv().type() instanceof Type.Pointer) {
                continue;
            }
            ClassDesc mi = pg.prog.methodInterface(pm.f().name(), pm.f().type());
            if (!ifaces.contains(mi)) {
                ifaces.add(mi);
            }
        }
        pg.prog.supers.put(cls, Jvm.OBJECT);
        byte[] bytes = pg.prog.classFile.build(cls, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC);
            cb.withSuperclass(Jvm.OBJECT);
            cb.withInterfaceSymbols(ifaces);
            cb.with(java.lang.classfile.attribute.SourceFileAttribute.of(pg.sourceFile()));
            if (isStruct) {
                structMembers(cb, cls, (Type.Struct) n.underlying(), Jvm.rtString(n));
                ptrOnlyMethods(cb, cls, n, mset);
            } else {
                boxMembers(cb, cls, n);
            }
            for (MethodBody mb : methods) {
                Node.FuncDecl fd = mb.decl();
                Type recv = mb.f().type().recv().type();
                if (fd.body() != null) {
                    FuncGen.method(pg, mb.info(), cb, Jvm.methodName(mb.f()), mb.sig(), recv, fd.type(), fd.body(), fd);
                }
            }
            for (Promoted pm : mset.values()) {
                if (!isStruct && pm.f().type().recv().type() instanceof Type.Pointer) {
                    continue;
                }
                bridge(cb, cls, n, pm, false);
            }
        });
        pg.prog.define(bin, bytes);
        if (isStruct) {
            valSubclass(cls, n.toString());
            nilClass(cls, n, mset);
        } else {
            ptrClass(cls, n, mset);
        }
    }

    /**
     * {@code $PTRONLY}: the methods of *T that are not in T's method set (pointer receivers
     * reached without a pointer), which a T held in an interface ({@code T$Val}) inherits as
     * bridges but does not have: a dynamic type assertion asks ({@code Rt.hasMethods}).
     */
    private void ptrOnlyMethods(ClassBuilder cb, ClassDesc cls, Type.Named n, java.util.Map<String, Promoted> mset) {
        List<String> names = new ArrayList<>();
        for (var e : mset.entrySet()) {
            Promoted pm = e.getValue();
            if (!(pm.f().type().recv() != null && pm.f().type().recv().type() instanceof Type.Pointer)) {
                continue;
            }
            boolean viaPointer = false;
            Type cur = n;
            for (int idx : pm.path()) {
                Type u = cur.underlying() instanceof Type.Pointer p ? p.elem().underlying() : cur.underlying();
                Type ft = ((Type.Struct) u).fields().get(idx).type();
                viaPointer |= ft.underlying() instanceof Type.Pointer;
                cur = ft;
            }
            if (!viaPointer) {
                names.add(e.getKey());
            }
        }
        ClassDesc sa = Jvm.STRING.arrayType();
        cb.withField("$PTRONLY", sa, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
        cb.withMethodBody("<clinit>", ConstantDescs.MTD_void, ClassFile.ACC_STATIC, code -> {
            code.loadConstant(names.size());
            code.anewarray(Jvm.STRING);
            for (int i = 0; i < names.size(); i++) {
                code.dup();
                code.loadConstant(i);
                code.ldc(names.get(i));
                code.aastore();
            }
            code.putstatic(cls, "$PTRONLY", sa);
            code.return_();
        });
    }

    /** The class of the receiver a bridge starts from: T's own class, or N$Ptr's Ptr field. */
    static ClassDesc ptrClassOf(ClassDesc cls) {
        return ClassDesc.of(cls.packageName() + "." + cls.displayName() + "$Ptr");
    }

    /**
     * What N$Ptr's field {@code p} holds: the array for a named array type (a pointer to an
     * array is the array object, and both receivers take it: a value method copies what it
     * writes), else the variable's {@code Ptr}.
     */
    static ClassDesc ptrField(Jvm jvm, Type n) {
        return n.underlying() instanceof Type.Array ? jvm.desc(n) : Jvm.PTR;
    }

    /**
     * N$Ptr: a pointer to a named non-struct type's variable held in an interface ({@code *N}),
     * with every method of *N's method set.
     */
    private void ptrClass(ClassDesc cls, Type.Named n, java.util.Map<String, Promoted> mset) {
        ClassDesc pc = ptrClassOf(cls);
        ClassDesc pf = ptrField(pg.jvm, n);
        List<ClassDesc> ifaces = new ArrayList<>();
        ifaces.add(ClassDesc.of("go4j.lang.GoValue"));
        for (Promoted pm : mset.values()) {
            ClassDesc mi = pg.prog.methodInterface(pm.f().name(), pm.f().type());
            if (!ifaces.contains(mi)) {
                ifaces.add(mi);
            }
        }
        pg.prog.supers.put(pc, Jvm.OBJECT);
        byte[] bytes = pg.prog.classFile.build(pc, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            cb.withSuperclass(Jvm.OBJECT);
            cb.withInterfaceSymbols(ifaces);
            cb.withField("p", pf, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            cb.withMethodBody(ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, pf), ClassFile.ACC_PUBLIC,
                    code -> {
                        code.aload(0);
                        code.invokespecial(Jvm.OBJECT, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                        code.aload(0);
                        code.aload(1);
                        code.putfield(pc, "p", pf);
                        code.return_();
                    });
            cb.withMethodBody("equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT), ClassFile.ACC_PUBLIC, code -> {
                var no = code.newLabel();
                code.aload(1);
                code.instanceOf(pc);
                code.ifeq(no);
                code.aload(0);
                code.getfield(pc, "p", pf);
                code.aload(1);
                code.checkcast(pc);
                code.getfield(pc, "p", pf);
                code.invokestatic(ClassDesc.of("java.util.Objects"), "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.OBJECT));
                code.ireturn();
                code.labelBinding(no);
                code.iconst_0();
                code.ireturn();
            });
            cb.withMethodBody("hashCode", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC, code -> {
                code.aload(0);
                code.getfield(pc, "p", pf);
                code.invokestatic(ClassDesc.of("java.util.Objects"), "hashCode", MethodTypeDesc.of(ConstantDescs.CD_int, Jvm.OBJECT));
                code.ireturn();
            });
            cb.withMethodBody("goType", MethodTypeDesc.of(Jvm.RTYPE), ClassFile.ACC_PUBLIC, code -> {
                code.ldc("*" + Jvm.rtString(n));
                code.invokestatic(Jvm.RT, "typeOfString", MethodTypeDesc.of(Jvm.RTYPE, Jvm.STRING));
                code.areturn();
            });
            for (Promoted pm : mset.values()) {
                bridge(cb, pc, n, pm, true);
            }
        });
        pg.prog.define(pc.packageName() + "." + pc.displayName(), bytes);
    }

    /**
     * The instance method a method interface calls on T's class (or N$Ptr's): finds the
     * receiver (following embedded fields for a promoted method) and calls the method.
     */
    private void bridge(ClassBuilder cb, ClassDesc cls, Type n, Promoted pm, boolean viaPtr) {
        bridge(cb, cls, n, pm, viaPtr, false);
    }

    /** A bridge; with nilRecv, the receiver is a nil *T (the bridges of T$Nil). */
    private void bridge(ClassBuilder cb, ClassDesc cls, Type n, Promoted pm, boolean viaPtr, boolean nilRecv) {
        Obj.Func f = pm.f();
        MethodTypeDesc erased = pg.prog.methodType(f.name(), f.type());
        cb.withMethodBody(Jvm.ifaceMethodName(f.name()), erased, ClassFile.ACC_PUBLIC, code -> {
            Type recvT = f.type().recv() == null ? null : f.type().recv().type();
            boolean wantPtr = recvT instanceof Type.Pointer;
            if (nilRecv) {
                code.aconst_null();
            } else {
                code.aload(0);
            }
            Type cur = n;
            if (viaPtr) {
                code.getfield(cls, "p", ptrField(pg.jvm, n));
                if (!wantPtr && !(n.underlying() instanceof Type.Array)) {
                    code.invokevirtual(Jvm.PTR, "get" + Jvm.letter(n), MethodTypeDesc.of(Jvm.erasedDesc(n)));
                    if (Jvm.kind(n) == TypeKind.REFERENCE && !pg.jvm.desc(n).equals(Jvm.OBJECT)) {
                        code.checkcast(pg.jvm.desc(n));
                    }
                }
            } else if (!(n.underlying() instanceof Type.Struct)) {
                code.getfield(cls, "v", pg.jvm.desc(n));
            }
            // promoted: follow the embedded fields
            for (int k = 0; k < pm.path().size(); k++) {
                int idx = pm.path().get(k);
                Type u = cur.underlying();
                if (u instanceof Type.Pointer p) {
                    u = p.elem().underlying();
                    cur = p.elem();
                }
                Type.Struct st = (Type.Struct) u;
                Type ft = st.fields().get(idx).type();
                if (k == pm.path().size() - 1 && wantPtr && !(ft.underlying() instanceof Type.Pointer)
                        && !(ft.underlying() instanceof Type.Struct) && !(ft.underlying() instanceof Type.Array)
                        && !Types.isInterface(ft)) {
                    // a pointer method of an embedded non-struct field: &x.E
                    code.ldc(fieldName(st, idx));
                    code.invokestatic(Jvm.RT, "fieldPtr", MethodTypeDesc.of(Jvm.PTR, Jvm.OBJECT, Jvm.STRING));
                    cur = new Type.Pointer(ft);
                    break;
                }
                code.getfield(pg.jvm.structClass(cur), fieldName(st, idx), pg.jvm.desc(ft));
                cur = ft;
            }
            if (!pm.path().isEmpty() && cur.underlying() instanceof Type.Pointer cp && !wantPtr
                    && !(cp.elem().underlying() instanceof Type.Struct) && !(cp.elem().underlying() instanceof Type.Array)) {
                // an embedded *N of a non-struct N: the method takes the value
                code.invokevirtual(Jvm.PTR, "get" + Jvm.letter(cp.elem()), MethodTypeDesc.of(Jvm.erasedDesc(cp.elem())));
                cur = cp.elem();
            }
            Type base = cur instanceof Type.Named bn ? bn : cur;
            int slot = 1;
            if (Types.isInterface(base)) {
                ClassDesc mi = pg.prog.methodInterface(f.name(), f.type());
                code.checkcast(mi);
                for (Obj.Var p : f.type().params().vars()) {
                    TypeKind k = Jvm.kind(p.type());
                    code.loadLocal(k == TypeKind.BOOLEAN ? TypeKind.INT : k, slot);
                    slot += k.slotSize();
                }
                code.invokeinterface(mi, Jvm.ifaceMethodName(f.name()), pg.prog.methodType(f.name(), f.type()));
            } else {
                Type named = base instanceof Type.Pointer p ? p.elem() : base;
                for (Obj.Var p : f.type().params().vars()) {
                    TypeKind k = Jvm.kind(p.type());
                    code.loadLocal(k == TypeKind.BOOLEAN ? TypeKind.INT : k, slot);
                    if (k == TypeKind.REFERENCE && !pg.jvm.desc(p.type()).equals(Jvm.OBJECT)) {
                        code.checkcast(pg.jvm.desc(p.type()));
                    }
                    slot += k.slotSize();
                }
                ClassDesc owner = pg.jvm.namedClass((Type.Named) named);
                if (f.pkg() != null && f.pkg().std && named.underlying() instanceof Type.Struct) {
                    Jvm.invokeStdMethod(code, owner, f.name(), pg.jvm.methodType(f.type(), null));
                } else {
                    code.invokestatic(owner, Jvm.methodName(f), pg.jvm.methodType(f.type(), recvT));
                }
            }
            ClassDesc rt = erased.returnType();
            if (rt.equals(ConstantDescs.CD_void)) {
                code.return_();
            } else {
                code.return_(TypeKind.from(rt));
            }
        });
    }

    private void boxMembers(ClassBuilder cb, ClassDesc cls, Type.Named n) {
        ClassDesc vd = pg.jvm.desc(n);
        cb.withField("v", vd, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
        cb.withMethodBody(ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, vd), ClassFile.ACC_PUBLIC,
                code -> {
                    code.aload(0);
                    code.invokespecial(Jvm.OBJECT, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                    code.aload(0);
                    code.loadLocal(Jvm.slot(n), 1);
                    code.putfield(cls, "v", vd);
                    code.return_();
                });
        goType(cb, Jvm.rtString(n));
        cb.withMethodBody("equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT), ClassFile.ACC_PUBLIC,
                code -> {
                    code.aload(1);
                    code.instanceOf(cls);
                    var no = code.newLabel();
                    code.ifeq(no);
                    code.aload(0);
                    code.getfield(cls, "v", vd);
                    code.invokestatic(Jvm.RT, "box", MethodTypeDesc.of(Jvm.OBJECT, Jvm.prim(Jvm.kind(n)).equals(Jvm.OBJECT) ? Jvm.OBJECT : Jvm.prim(Jvm.kind(n))));
                    code.aload(1);
                    code.checkcast(cls);
                    code.getfield(cls, "v", vd);
                    code.invokestatic(Jvm.RT, "box", MethodTypeDesc.of(Jvm.OBJECT, Jvm.prim(Jvm.kind(n)).equals(Jvm.OBJECT) ? Jvm.OBJECT : Jvm.prim(Jvm.kind(n))));
                    code.invokestatic(Jvm.RT, "equal", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT, Jvm.OBJECT));
                    code.ireturn();
                    code.labelBinding(no);
                    code.iconst_0();
                    code.ireturn();
                });
        cb.withMethodBody("hashCode", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.getfield(cls, "v", vd);
            code.invokestatic(Jvm.RT, "box", MethodTypeDesc.of(Jvm.OBJECT, Jvm.prim(Jvm.kind(n)).equals(Jvm.OBJECT) ? Jvm.OBJECT : Jvm.prim(Jvm.kind(n))));
            code.invokestatic(Jvm.RT, "hash", MethodTypeDesc.of(ConstantDescs.CD_int, Jvm.OBJECT));
            code.ireturn();
        });
    }

    private void goType(ClassBuilder cb, String typeString) {
        cb.withMethodBody("goType", MethodTypeDesc.of(Jvm.RTYPE), ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.invokevirtual(Jvm.OBJECT, "getClass", MethodTypeDesc.of(ConstantDescs.CD_Class));
            code.ldc(typeString);
            code.invokestatic(Jvm.RT, "namedType", MethodTypeDesc.of(Jvm.RTYPE, ConstantDescs.CD_Class, Jvm.STRING));
            code.areturn();
        });
    }

    /** Fields, zero constructor, $copy, $set, equals, hashCode, goType of a struct class. */
    void structMembers(ClassBuilder cb, ClassDesc cls, Type.Struct s, String typeString) {
        List<Type.Field> fs = s.fields();
        for (int i = 0; i < fs.size(); i++) {
            cb.withField(fieldName(s, i), pg.jvm.desc(fs.get(i).type()), ClassFile.ACC_PUBLIC);
        }
        cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.invokespecial(Jvm.OBJECT, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
            FuncGen g = new FuncGen(pg, cb, code, null, null);
            for (int i = 0; i < fs.size(); i++) {
                if (PkgGen.needsZeroInit(fs.get(i).type())) {
                    code.aload(0);
                    g.zero(fs.get(i).type());
                    code.putfield(cls, fieldName(s, i), pg.jvm.desc(fs.get(i).type()));
                }
            }
            code.return_();
        });
        // $copy: a new object with copies of the fields (struct and array fields copied deeply)
        cb.withMethodBody("$copy", MethodTypeDesc.of(cls), ClassFile.ACC_PUBLIC, code -> {
            code.new_(cls);
            code.dup();
            code.invokespecial(cls, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
            code.dup();
            code.aload(0);
            code.invokevirtual(cls, "$set", MethodTypeDesc.of(ConstantDescs.CD_void, cls));
            code.areturn();
        });
        cb.withMethodBody("$set", MethodTypeDesc.of(ConstantDescs.CD_void, cls), ClassFile.ACC_PUBLIC, code -> {
            FuncGen g = new FuncGen(pg, cb, code, null, null);
            for (int i = 0; i < fs.size(); i++) {
                Type ft = fs.get(i).type();
                ClassDesc fd = pg.jvm.desc(ft);
                code.aload(0);
                code.aload(1);
                code.getfield(cls, fieldName(s, i), fd);
                g.copyIfValue(ft);
                code.putfield(cls, fieldName(s, i), fd);
            }
            code.return_();
        });
        // Go's == on two values of the struct type ($eq, not equals: the class's object also
        // stands for *T, whose == is identity, and fmt, map keys and interfaces compare
        // through go4j.lang.Eq)
        cb.withMethodBody("$eq", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT), ClassFile.ACC_PUBLIC,
                code -> {
                    var no = code.newLabel();
                    code.aload(1);
                    code.instanceOf(cls);
                    code.ifeq(no);
                    FuncGen g = new FuncGen(pg, cb, code, null, null);
                    for (int i = 0; i < fs.size(); i++) {
                        Type ft = fs.get(i).type();
                        if (fs.get(i).name().equals("_")) {
                            continue;
                        }
                        ClassDesc fd = pg.jvm.desc(ft);
                        code.aload(0);
                        code.getfield(cls, fieldName(s, i), fd);
                        code.aload(1);
                        code.checkcast(cls);
                        code.getfield(cls, fieldName(s, i), fd);
                        g.equalValues(ft);
                        code.ifeq(no);
                    }
                    code.iconst_1();
                    code.ireturn();
                    code.labelBinding(no);
                    code.iconst_0();
                    code.ireturn();
                });
        goType(cb, typeString);
    }

    static String fieldName(Type.Struct s, int i) {
        String n = s.fields().get(i).name();
        return n.equals("_") ? "$blank" + i : n;
    }

    /** T$Val: a struct value held in an interface. */
    private void valSubclass(ClassDesc cls, String typeString) {
        ClassDesc val = ClassDesc.of(cls.packageName() + "." + cls.displayName() + "$Val");
        pg.prog.supers.put(val, cls);
        byte[] bytes = pg.prog.classFile.build(val, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            cb.withSuperclass(cls);
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, code -> {
                code.aload(0);
                code.invokespecial(cls, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                code.return_();
            });
        });
        pg.prog.define(val.packageName() + "." + val.displayName(), bytes);
    }

    static ClassDesc nilClassOf(ClassDesc cls) {
        return ClassDesc.of(cls.packageName() + "." + cls.displayName() + "$Nil");
    }

    /**
     * T$Nil: a nil *T held in an interface, which is not a nil interface (it is != nil, its
     * dynamic type is *T, and *T's methods are called with a nil receiver).
     */
    private void nilClass(ClassDesc cls, Type.Named n, java.util.Map<String, Promoted> mset) {
        buildNilClass(nilClassOf(cls), n, mset);
    }

    /** The nil class nc of *n, with a bridge for each method of mset called on a nil receiver. */
    private void buildNilClass(ClassDesc nc, Type.Named n, java.util.Map<String, Promoted> mset) {
        List<ClassDesc> ifaces = new ArrayList<>();
        ifaces.add(ClassDesc.of("go4j.lang.GoValue"));
        ifaces.add(ClassDesc.of("go4j.lang.NilPointer"));
        for (Promoted pm : mset.values()) {
            ClassDesc mi = pg.prog.methodInterface(pm.f().name(), pm.f().type());
            if (!ifaces.contains(mi)) {
                ifaces.add(mi);
            }
        }
        pg.prog.supers.put(nc, Jvm.OBJECT);
        byte[] bytes = pg.prog.classFile.build(nc, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            cb.withSuperclass(Jvm.OBJECT);
            cb.withInterfaceSymbols(ifaces);
            cb.withField("INSTANCE", nc, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PRIVATE, code -> {
                code.aload(0);
                code.invokespecial(Jvm.OBJECT, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                code.return_();
            });
            cb.withMethodBody("<clinit>", ConstantDescs.MTD_void, ClassFile.ACC_STATIC, code -> {
                code.new_(nc);
                code.dup();
                code.invokespecial(nc, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                code.putstatic(nc, "INSTANCE", nc);
                code.return_();
            });
            cb.withMethodBody("goType", MethodTypeDesc.of(Jvm.RTYPE), ClassFile.ACC_PUBLIC, code -> {
                code.ldc("*" + Jvm.rtString(n));
                code.invokestatic(Jvm.RT, "typeOfString", MethodTypeDesc.of(Jvm.RTYPE, Jvm.STRING));
                code.areturn();
            });
            for (Promoted pm : mset.values()) {
                bridge(cb, nc, n, pm, false, true);
            }
        });
        pg.prog.define(nc.packageName() + "." + nc.displayName(), bytes);
    }

    /**
     * The class of a nil pointer to a standard struct type held in an interface, made the first
     * time the program needs it ({@code go.$std.bytes.Buffer$Nil}), as T$Nil is a program type's:
     * the interface is not nil, its dynamic type is {@code *bytes.Buffer}, and a method called
     * through it runs with a nil receiver: the Java class's static method of the name taking the
     * receiver first where there is one (Go's nil-safe {@code (*bytes.Buffer).String}), else the
     * instance method on null, Go's nil dereference.
     *
     * @param pg the package being compiled (for its Program and Jvm)
     * @param n  a standard struct type
     * @return its nil class
     */
    static ClassDesc stdNilClass(PkgGen pg, Type.Named n) {
        ClassDesc nc = ClassDesc.of("go.$std." + n.obj.pkg().path.replace('/', '.') + "." + n.obj.name() + "$Nil");
        String bin = nc.packageName() + "." + nc.displayName();
        if (pg.prog.classes.containsKey(bin)) {
            return nc;
        }
        pg.prog.classes.put(bin, new byte[0]); // made below; a method type met meanwhile does not make it twice
        java.util.Map<String, Promoted> mset = new java.util.LinkedHashMap<>();
        for (Obj.Func f : n.methods()) {
            mset.put(f.name(), new Promoted(f, List.of()));
        }
        new TypeGen(pg).buildNilClass(nc, n, mset);
        return nc;
    }

    static ClassDesc valClass(ClassDesc cls) {
        return ClassDesc.of(cls.packageName() + "." + cls.displayName() + "$Val");
    }

    /** Classes of the anonymous struct types met while compiling the package. */
    void anonymousStructs() {
        for (int k = 0; k < pg.jvm.anonStructs().size(); k++) {
            Type.Struct s = pg.jvm.anonStructs().get(k);
            if (doneAnon.contains(s)) {
                continue;
            }
            doneAnon.add(s);
            ClassDesc cls = pg.jvm.anonClass(s);
            pg.prog.supers.put(cls, Jvm.OBJECT);
            pg.prog.supers.put(valClass(cls), cls);
            // struct{ T }: the methods promoted from its embedded fields are its method set
            java.util.Map<String, Promoted> mset = methodSet(s);
            List<ClassDesc> ifaces = new ArrayList<>();
            ifaces.add(ClassDesc.of("go4j.lang.GoValue"));
            for (Promoted pm : mset.values()) {
                ClassDesc mi = pg.prog.methodInterface(pm.f().name(), pm.f().type());
                if (!ifaces.contains(mi)) {
                    ifaces.add(mi);
                }
            }
            byte[] bytes = pg.prog.classFile.build(cls, cb -> {
                cb.withFlags(ClassFile.ACC_PUBLIC);
                cb.withSuperclass(Jvm.OBJECT);
                cb.withInterfaceSymbols(ifaces);
                structMembers(cb, cls, s, Jvm.rtString(s));
                for (Promoted pm : mset.values()) {
                    bridge(cb, cls, s, pm, false);
                }
            });
            pg.prog.define(cls.packageName() + "." + cls.displayName(), bytes);
            valSubclass(cls, Jvm.rtString(s));
        }
    }
}
