package go4j.compiler.codegen;

import go4j.compiler.syntax.Node;
import go4j.compiler.types.Info;
import go4j.compiler.types.Obj;
import go4j.compiler.types.Type;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole program's code generation: the classes of every package compiled from source,
 * plus the interfaces shared by all of them (function-value interfaces, one per erased
 * signature, and method interfaces, one per method name and erased signature).
 *
 * <p>Invariant: a class name is defined once; {@link #classes} is in definition order, and
 * every class a generated class refers to is either in it, in go4j-lang or go4j-core, or in
 * the JDK.
 */
public final class Program {
    /** The classes generated so far, by binary name. */
    final Map<String, byte[]> classes = new LinkedHashMap<>();
    /** The superclass of each generated class, for the stack-map computation. */
    final Map<ClassDesc, ClassDesc> supers = new HashMap<>();
    final Map<ClassDesc, List<ClassDesc>> interfaces = new HashMap<>();
    private final Map<String, MethodTypeDesc> fnInterfaces = new LinkedHashMap<>();
    private final Map<String, Map.Entry<String, MethodTypeDesc>> methodInterfaces = new LinkedHashMap<>();
    final ClassFile classFile;

    /** A program with no classes yet. */
    public Program() {
        ClassHierarchyResolver generated = desc -> {
            if (supers.containsKey(desc)) {
                return ClassHierarchyResolver.ClassHierarchyInfo.ofClass(supers.get(desc));
            }
            if (interfaces.containsKey(desc)) {
                return ClassHierarchyResolver.ClassHierarchyInfo.ofInterface();
            }
            return null;
        };
        ClassHierarchyResolver resolver = generated
                .orElse(ClassHierarchyResolver.ofClassLoading(Program.class.getClassLoader()))
                .orElse(ClassHierarchyResolver.defaultResolver());
        this.classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
    }

    /**
     * Compiles one package (its dependencies first: the caller orders them).
     *
     * @param pkg   the package
     * @param files its files
     * @param info  what the checker learned about it
     */
    public void compile(Obj.Pkg pkg, List<Node.File> files, Info info) {
        new PkgGen(this, pkg, files, info).generate();
    }

    /** @return the generated classes by binary name, the shared interfaces included */
    public Map<String, byte[]> classes() {
        for (var e : fnInterfaces.entrySet()) {
            define(e.getKey(), iface(e.getKey(), "call", e.getValue()));
        }
        fnInterfaces.clear();
        for (var e : methodInterfaces.entrySet()) {
            define(e.getKey(), iface(e.getKey(), e.getValue().getKey(), e.getValue().getValue()));
        }
        methodInterfaces.clear();
        return classes;
    }

    void define(String binaryName, byte[] bytes) {
        classes.put(binaryName, bytes);
    }

    /**
     * Whether a method or function interface is predefined in go4j-lang, so that the standard
     * packages' Java classes can implement it ({@code context.Context}'s {@code Done}, ...).
     */
    private static boolean predefined(String binaryName) {
        try {
            Class.forName(binaryName, false, Program.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The function-value interface of sig, registered for generation. */
    ClassDesc fnInterface(Type.Signature sig) {
        ClassDesc d = Jvm.fnInterface(sig);
        String name = d.packageName() + "." + d.displayName();
        if (!fnInterfaces.containsKey(name) && !classes.containsKey(name) && !predefined(name)) {
            fnInterfaces.put(name, Jvm.erasedType(sig));
            interfaces.put(d, List.of());
        }
        return d;
    }

    /**
     * The method interface of method {@code name} with signature sig: {@code go4j.lang.GoError}
     * for {@code Error() string}, {@code go4j.lang.Stringer} for {@code String() string},
     * else a generated one.
     */
    ClassDesc methodInterface(String name, Type.Signature sig) {
        if (sig.params().size() == 0 && sig.results().size() == 1
                && go4j.compiler.types.Types.isKind(sig.results().at(0), Type.Kind.STRING)
                && !(sig.results().at(0) instanceof Type.Named)) {
            if (name.equals("Error")) {
                return ClassDesc.of("go4j.lang.GoError");
            }
            if (name.equals("String")) {
                return ClassDesc.of("go4j.lang.Stringer");
            }
        }
        String bin = "go4j.fn.M$" + name + "$" + Jvm.erasedLetters(sig);
        ClassDesc d = ClassDesc.of(bin);
        if (!methodInterfaces.containsKey(bin) && !classes.containsKey(bin) && !predefined(bin)) {
            methodInterfaces.put(bin, Map.entry(Jvm.ifaceMethodName(name), methodType(name, sig)));
            interfaces.put(d, List.of());
        }
        return d;
    }

    /** The descriptor of a method interface's method. */
    MethodTypeDesc methodType(String name, Type.Signature sig) {
        if (sig.params().size() == 0 && sig.results().size() == 1
                && go4j.compiler.types.Types.isKind(sig.results().at(0), Type.Kind.STRING)
                && !(sig.results().at(0) instanceof Type.Named)
                && (name.equals("Error") || name.equals("String"))) {
            return MethodTypeDesc.of(Jvm.STRING);
        }
        return Jvm.erasedType(sig);
    }

    private byte[] iface(String binaryName, String method, MethodTypeDesc type) {
        return classFile.build(ClassDesc.of(binaryName), cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
            cb.withSuperclass(Jvm.OBJECT);
            cb.withMethod(method, type, ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> {
            });
        });
    }
}
