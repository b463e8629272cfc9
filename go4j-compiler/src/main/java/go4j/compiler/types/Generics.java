package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Token;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where a package first uses generics, which the checker does not support yet: the
 * parser reads type parameters, instantiations and constraints, and the checker reports the
 * first of them as {@code go4j: not supported yet: generics (type parameters)} rather than
 * checking (or the code generator crashing on) what it does not know.
 */
final class Generics {
    /** The message, after the position. */
    static final String NOT_SUPPORTED = "go4j: not supported yet: generics (type parameters)";

    private Generics() {
    }

    /**
     * @param files a package's files
     * @return the first generic construct: its file and offset, or null if there is none
     */
    static Object[] first(List<Node.File> files) {
        Set<String> generic = new HashSet<>();
        for (Node.File f : files) {
            for (Node.Decl d : f.decls()) {
                switch (d) {
                    case Node.FuncDecl fd when fd.recv() == null && !fd.type().typeParams().isEmpty() ->
                            generic.add(fd.name().name());
                    case Node.GenDecl g -> {
                        for (Node.Spec s : g.specs()) {
                            if (s instanceof Node.TypeSpec ts && !ts.typeParams().isEmpty()) {
                                generic.add(ts.name().name());
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (Node.File f : files) {
            int[] min = {Integer.MAX_VALUE};
            walk(f, generic, min);
            if (min[0] != Integer.MAX_VALUE) {
                return new Object[] {f, min[0]};
            }
        }
        return null;
    }

    /** Lowers min[0] to the offset of each generic construct in n. */
    private static void walk(Object n, Set<String> generic, int[] min) {
        switch (n) {
            case null -> {
                return;
            }
            case List<?> list -> {
                list.forEach(x -> walk(x, generic, min));
                return;
            }
            case Node node -> {
                int at = at(node, generic);
                if (at >= 0) {
                    min[0] = Math.min(min[0], at);
                }
                for (RecordComponent c : node.getClass().getRecordComponents()) {
                    if (Node.class.isAssignableFrom(c.getType()) || List.class.isAssignableFrom(c.getType())) {
                        try {
                            walk(c.getAccessor().invoke(node), generic, min);
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The offset at which node n is generic itself, or -1. */
    private static int at(Node n, Set<String> generic) {
        return switch (n) {
            case Node.FuncDecl fd when !fd.type().typeParams().isEmpty() -> fd.name().pos();
            case Node.TypeSpec ts when !ts.typeParams().isEmpty() -> ts.name().pos();
            // an instance of a generic declaration (of what is not generic: the checker's error, as Go's)
            case Node.Index ix when ix.x() instanceof Node.Ident id && generic.contains(id.name()) -> ix.pos();
            case Node.IndexList il when il.x() instanceof Node.Ident id && generic.contains(id.name()) -> il.pos();
            case Node.InterfaceType it -> {
                for (Node.Field f : it.methods()) { // a constraint's union or ~ term
                    if (f.names().isEmpty() && (f.type() instanceof Node.Binary b && b.op() == Token.OR
                            || f.type() instanceof Node.Unary u && u.op() == Token.TILDE)) {
                        yield f.pos();
                    }
                }
                yield -1;
            }
            default -> -1;
        };
    }
}
