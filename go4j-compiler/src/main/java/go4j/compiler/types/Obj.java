package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import java.util.LinkedHashMap;

/**
 * A named language entity (spec "Declarations and scope"): what an identifier denotes.
 * Objects are compared by identity; {@code pos} is the declaring identifier's offset, or -1
 * for a predeclared object.
 */
public sealed interface Obj permits Obj.Var, Obj.Const, Obj.TypeName, Obj.Func, Obj.Pkg, Obj.Builtin,
        Obj.Nil, Obj.Label {

    /** @return the object's name */
    String name();

    /** @return the object's type (for a package or label, null) */
    Type type();

    /** @return the package the object is declared in, or null for a predeclared one */
    Pkg pkg();

    /**
     * A variable: a package-level or local variable, a parameter or result, a struct field
     * seen through a selector, or a method receiver.
     */
    final class Var implements Obj {
        private final String name;
        private Type type;
        private final Pkg pkg;
        /** The declaring identifier's offset, -1 for synthetic variables. */
        public final int pos;
        /** True for package-level variables. */
        public final boolean global;
        /** Set by the checker when a closure refers to the variable from an inner function. */
        public boolean captured;
        /** Set by the checker when {@code &v} (or an implicit {@code &v}) is taken. */
        public boolean addressed;
        /**
         * Set by the checker when the variable may change after its declaration: it is assigned
         * ({@code =}, {@code op=}, {@code ++}, a {@code :=} that redeclares it), it is a
         * {@code range} variable (one per loop in Go 1.19, assigned each iteration), or it is a
         * named result ({@code return} assigns it).
         */
        public boolean reassigned;
        /** Set by the checker when the variable is used (for "declared but not used"). */
        public boolean used;
        /** The function literal or declaration that declares this variable (null for globals). */
        public Node owner;

        /**
         * @param name   the name ({@code _} or empty for a blank/unnamed one)
         * @param type   its type, or null until inferred
         * @param pkg    its package
         * @param pos    the declaring identifier's offset
         * @param global whether it is a package-level variable
         */
        public Var(String name, Type type, Pkg pkg, int pos, boolean global) {
            this.name = name;
            this.type = type;
            this.pkg = pkg;
            this.pos = pos;
            this.global = global;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type type() {
            return type;
        }

        /** @param t the variable's type, once inferred */
        public void setType(Type t) {
            this.type = t;
        }

        @Override
        public Pkg pkg() {
            return pkg;
        }

        @Override
        public String toString() {
            return "var " + name + " " + type;
        }
    }

    /** A constant with its exact value ({@link Const.Value}). */
    final class Const implements Obj {
        private final String name;
        private Type type;
        private final Pkg pkg;
        /** The declaring identifier's offset. */
        public final int pos;
        /** The constant's value, once evaluated. */
        public Value value;

        /**
         * @param name  the name
         * @param type  its type (untyped kinds for untyped constants), or null until evaluated
         * @param pkg   its package
         * @param pos   the declaring identifier's offset
         * @param value its value, or null until evaluated
         */
        public Const(String name, Type type, Pkg pkg, int pos, Value value) {
            this.name = name;
            this.type = type;
            this.pkg = pkg;
            this.pos = pos;
            this.value = value;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type type() {
            return type;
        }

        /** @param t the constant's type, once evaluated */
        public void setType(Type t) {
            this.type = t;
        }

        @Override
        public Pkg pkg() {
            return pkg;
        }
    }

    /**
     * An exact constant value (spec "Constants"): a {@link java.math.BigInteger} for integer
     * and rune constants, a {@link java.math.BigDecimal} for float constants, a Go string in
     * go4j's representation (one char per byte) for string constants, a Boolean for boolean
     * ones.
     *
     * @param v the value
     */
    record Value(Object v) {
    }

    /** A type name: a defined type, an alias, a type parameter or a predeclared type. */
    final class TypeName implements Obj {
        private final String name;
        private Type type;
        private final Pkg pkg;
        /** The declaring identifier's offset. */
        public final int pos;
        /**
         * True for a type parameter's name bound to a type argument while an instance's body
         * is checked (it denotes the argument; a conversion to it is not constant, as a
         * conversion to a type parameter is not).
         */
        public boolean typeArg;
        /**
         * For a type declared in a function, its number among the package's function-local type
         * declarations in source order, from 1 (Go's linker writes it {@code main.T·1} inside an
         * instance's name); 0 otherwise.
         */
        public int localIndex;

        /**
         * @param name the name
         * @param type the type it denotes, or null until resolved
         * @param pkg  its package
         * @param pos  the declaring identifier's offset
         */
        public TypeName(String name, Type type, Pkg pkg, int pos) {
            this.name = name;
            this.type = type;
            this.pkg = pkg;
            this.pos = pos;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type type() {
            return type;
        }

        /** @param t the type the name denotes, once resolved */
        public void setType(Type t) {
            this.type = t;
        }

        @Override
        public Pkg pkg() {
            return pkg;
        }
    }

    /**
     * A function or method: {@code decl} is its declaration (null for interface methods and
     * for functions implemented in Java, whose declaration has no body).
     */
    final class Func implements Obj {
        private final String name;
        private Type.Signature type;
        private final Pkg pkg;
        /** The declaring identifier's offset. */
        public final int pos;
        /** The declaration, or null for an interface method. */
        public final Node.FuncDecl decl;
        /**
         * For an instance of a generic function, or a method of an instance of a generic type,
         * the generic function or method; null otherwise.
         */
        public Func origin;
        /** The type arguments of such an instance (the instantiated type's, for a method); empty otherwise. */
        public java.util.List<Type> typeArgs = java.util.List.of();
        /** A generic function's instances, each made once. */
        final java.util.List<Func> instances = new java.util.ArrayList<>();
        /** The checker that declared a generic function: it takes note of instances. */
        Type.Resolver resolver;

        /**
         * @param name the name
         * @param type the signature, or null until resolved
         * @param pkg  its package
         * @param pos  the declaring identifier's offset
         * @param decl its declaration, or null
         */
        public Func(String name, Type.Signature type, Pkg pkg, int pos, Node.FuncDecl decl) {
            this.name = name;
            this.type = type;
            this.pkg = pkg;
            this.pos = pos;
            this.decl = decl;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type.Signature type() {
            return type;
        }

        /** @param t the signature, once resolved */
        public void setType(Type.Signature t) {
            this.type = t;
        }

        @Override
        public Pkg pkg() {
            return pkg;
        }

        /** @return whether this is a method (has a receiver) */
        public boolean isMethod() {
            return type != null && type.recv() != null;
        }
    }

    /**
     * A package: its import path, name, package scope, and (for a standard package
     * implemented in Java) whether it is one.
     */
    final class Pkg implements Obj {
        private final String name;
        /** The import path ({@code main} for the main package). */
        public final String path;
        /** The package scope. */
        public final Scope scope;
        /** Packages this one imports, by path, in first-import order. */
        public final LinkedHashMap<String, Pkg> imports = new LinkedHashMap<>();
        /** True for a standard package whose body-less functions are Java methods. */
        public final boolean std;

        /**
         * @param path the import path
         * @param name the package name
         * @param std  whether it is a standard package implemented in Java
         */
        public Pkg(String path, String name, boolean std) {
            this.path = path;
            this.name = name;
            this.std = std;
            this.scope = new Scope(Universe.SCOPE);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type type() {
            return null;
        }

        @Override
        public Pkg pkg() {
            return this;
        }
    }

    /** A built-in function ({@code len}, {@code append}, ...). */
    record Builtin(String name) implements Obj {
        @Override
        public Type type() {
            return Types.INVALID;
        }

        @Override
        public Pkg pkg() {
            return null;
        }
    }

    /** The predeclared {@code nil}. */
    record Nil() implements Obj {
        @Override
        public String name() {
            return "nil";
        }

        @Override
        public Type type() {
            return Types.UNTYPED_NIL;
        }

        @Override
        public Pkg pkg() {
            return null;
        }
    }

    /** A statement label. */
    record Label(String name, int pos) implements Obj {
        @Override
        public Type type() {
            return null;
        }

        @Override
        public Pkg pkg() {
            return null;
        }
    }
}
