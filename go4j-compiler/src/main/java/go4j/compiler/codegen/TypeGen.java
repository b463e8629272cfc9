package go4j.compiler.codegen;

import go4j.compiler.syntax.Node;
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

/**
 * The classes of a package's types: a struct type's class (fields, a constructor that makes
 * the zero value, {@code $copy}, {@code $set}, Go's {@code ==} as {@code equals}, {@code
 * hashCode}, {@code goType}) and its value subclass {@code T$Val} (a {@code T} held in an
 * interface, so that {@code T} and {@code *T} read apart); a named non-struct type's box
 * (field {@code v}); and the methods of both.
 */
final class TypeGen {
    private final PkgGen pg;
    private final List<Type.Struct> doneAnon = new ArrayList<>();

    TypeGen(PkgGen pg) {
        this.pg = pg;
    }

    void namedType(Type.Named n, List<Node.FuncDecl> methods) {
        ClassDesc cls = pg.jvm.namedClass(n);
        String bin = cls.packageName() + "." + cls.displayName();
        List<ClassDesc> ifaces = new ArrayList<>();
        ifaces.add(ClassDesc.of("go4j.lang.GoValue"));
        // bridges implement method interfaces, for calls through interfaces
        List<Runnable> noop = List.of();
        for (Node.FuncDecl fd : methods) {
            Obj.Func f = (Obj.Func) pg.info.defs.get(fd.name());
            ClassDesc mi = pg.prog.methodInterface(f.name(), f.type());
            if (!ifaces.contains(mi)) {
                ifaces.add(mi);
            }
        }
        boolean isStruct = n.underlying() instanceof Type.Struct;
        pg.prog.supers.put(cls, Jvm.OBJECT);
        byte[] bytes = pg.prog.classFile.build(cls, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC);
            cb.withSuperclass(Jvm.OBJECT);
            cb.withInterfaceSymbols(ifaces);
            if (isStruct) {
                structMembers(cb, cls, (Type.Struct) n.underlying(), n.toString());
            } else {
                boxMembers(cb, cls, n);
            }
            for (Node.FuncDecl fd : methods) {
                Obj.Func f = (Obj.Func) pg.info.defs.get(fd.name());
                Type recv = f.type().recv().type();
                if (fd.body() != null) {
                    FuncGen.method(pg, cb, Jvm.mangle(f.name()), f.type(), recv, fd.type(), fd.body(), fd);
                }
                bridge(cb, cls, f, recv, isStruct);
            }
        });
        pg.prog.define(bin, bytes);
        if (isStruct) {
            valSubclass(cls, n.toString());
        }
    }

    /** The instance method a method interface calls: unboxes the receiver and calls the static method. */
    private void bridge(ClassBuilder cb, ClassDesc cls, Obj.Func f, Type recv, boolean isStruct) {
        MethodTypeDesc erased = pg.prog.methodType(f.name(), f.type());
        MethodTypeDesc real = pg.jvm.methodType(f.type(), recv);
        cb.withMethodBody(Jvm.mangle(f.name()), erased, ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            if (!isStruct) {
                if (recv instanceof Type.Pointer) {
                    code.aconst_null(); // pointer receivers of non-struct types: not reachable through a box
                    code.athrow();
                    return;
                }
                code.getfield(cls, "v", pg.jvm.desc(recv));
            }
            int slot = 1;
            List<Obj.Var> ps = f.type().params().vars();
            for (Obj.Var p : ps) {
                TypeKind k = Jvm.kind(p.type());
                code.loadLocal(k == TypeKind.BOOLEAN ? TypeKind.INT : k, slot);
                if (k == TypeKind.REFERENCE && !pg.jvm.desc(p.type()).equals(Jvm.OBJECT)) {
                    code.checkcast(pg.jvm.desc(p.type()));
                }
                slot += k.slotSize();
            }
            code.invokestatic(cls, Jvm.mangle(f.name()), real);
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
        goType(cb, n.toString());
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
        cb.withMethodBody("equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, Jvm.OBJECT), ClassFile.ACC_PUBLIC,
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
        cb.withMethodBody("hashCode", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC, code -> {
            code.iconst_1();
            for (int i = 0; i < fs.size(); i++) {
                Type ft = fs.get(i).type();
                code.bipush(31);
                code.imul();
                code.aload(0);
                code.getfield(cls, fieldName(s, i), pg.jvm.desc(ft));
                FuncGen.boxRaw(code, Jvm.kind(ft));
                code.invokestatic(Jvm.RT, "hash", MethodTypeDesc.of(ConstantDescs.CD_int, Jvm.OBJECT));
                code.iadd();
            }
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
            byte[] bytes = pg.prog.classFile.build(cls, cb -> {
                cb.withFlags(ClassFile.ACC_PUBLIC);
                cb.withSuperclass(Jvm.OBJECT);
                cb.withInterfaceSymbols(ClassDesc.of("go4j.lang.GoValue"));
                structMembers(cb, cls, s, s.toString());
            });
            pg.prog.define(cls.packageName() + "." + cls.displayName(), bytes);
            valSubclass(cls, s.toString());
        }
    }

    static void unused(CodeBuilder c) {
    }
}
