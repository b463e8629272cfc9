package go4j.compiler.types;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lexical scope (spec "Declarations and scope"): names declared in it, and the scope it
 * is nested in. The universe scope is the outermost; a package scope's parent is the
 * universe; a file scope (imports) sits between a package's functions and the package
 * scope when lookups start from a function ({@link #lookupParent} handles the chain).
 */
public final class Scope {
    /** The enclosing scope, null for the universe. */
    public final Scope parent;
    private final Map<String, Obj> names = new LinkedHashMap<>();

    /** @param parent the enclosing scope, null for the universe */
    public Scope(Scope parent) {
        this.parent = parent;
    }

    /**
     * Declares {@code obj} under {@code name} unless the name is already declared here.
     *
     * @param name the name (the blank identifier is never declared)
     * @param obj  the object
     * @return the object already declared under that name in this scope, or null if
     *         {@code obj} was declared
     */
    public Obj insert(String name, Obj obj) {
        if (name.equals("_")) {
            return null;
        }
        Obj prev = names.get(name);
        if (prev != null) {
            return prev;
        }
        names.put(name, obj);
        return null;
    }

    /**
     * @param name a name
     * @return the object declared under that name in this scope only, or null
     */
    public Obj lookup(String name) {
        return names.get(name);
    }

    /**
     * @param name a name
     * @return the object the name denotes from this scope outwards, or null
     */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.names.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** @return the names declared here, in declaration order */
    public Map<String, Obj> names() {
        return names;
    }
}
