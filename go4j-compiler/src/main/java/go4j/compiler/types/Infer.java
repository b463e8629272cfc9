package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Type inference (spec "Type inference"), after go/types' infer.go and unify.go: function
 * argument type inference unifies the parameter types with the typed arguments' types, then
 * with the default types of untyped constant arguments of bare type-parameter parameters;
 * constraint type inference unifies each type parameter with its constraint's core type;
 * what is left unknown is an error ({@code cannot infer T}).
 */
final class Infer {
    private Infer() {
    }

    /**
     * Unification of types containing the type parameters {@code tparams} (unify.go): it
     * records what each type parameter must be. Inexact unification (the default) lets a
     * defined type match an unnamed type through its underlying type, and a type parameter
     * match through its core type, as inference needs.
     */
    static final class Unifier {
        final List<Type.TypeParam> tparams;
        /** Whether type parameters on the right side are the same list (constraint type inference). */
        final boolean bothSides;
        /** Per type parameter: 0 unknown, > 0 the 1-based slot of its type, < 0 an unset slot shared with others. */
        private final int[] idx;
        private final List<Type> types = new ArrayList<>();
        private int depth;

        Unifier(List<Type.TypeParam> tparams, boolean bothSides) {
            this.tparams = tparams;
            this.bothSides = bothSides;
            this.idx = new int[tparams.size()];
        }

        int index(Type t) {
            if (t instanceof Type.TypeParam tp && tp.index >= 0 && tp.index < tparams.size() && tparams.get(tp.index) == tp) {
                return tp.index;
            }
            return -1;
        }

        Type at(int i) {
            return idx[i] > 0 ? types.get(idx[i] - 1) : null;
        }

        void set(int i, Type t) {
            int ti = idx[i];
            if (ti < 0) {
                types.set(-ti - 1, t);
                setIndex(i, -ti);
            } else if (ti == 0) {
                types.add(t);
                idx[i] = types.size();
            } else {
                throw new IllegalStateException("type already set");
            }
        }

        private void setIndex(int i, int tj) {
            int ti = idx[i];
            for (int k = 0; k < idx.length; k++) {
                if (idx[k] == ti) {
                    idx[k] = tj;
                }
            }
        }

        private boolean join(int i, int j) {
            int ti = idx[i];
            int tj = idx[j];
            if (ti == 0 && tj == 0) {
                types.add(null);
                idx[i] = -types.size();
                idx[j] = -types.size();
            } else if (ti == 0) {
                idx[i] = tj;
            } else if (tj == 0) {
                idx[j] = ti;
            } else if (ti == tj) {
                return true;
            } else if (ti > 0 && tj > 0) {
                return false;
            } else if (ti > 0) {
                setIndex(j, ti);
            } else {
                setIndex(i, tj);
            }
            return true;
        }

        int unknowns() {
            int n = 0;
            for (int t : idx) {
                if (t <= 0) {
                    n++;
                }
            }
            return n;
        }

        /** The inferred types (null where unknown). */
        Type[] types() {
            Type[] r = new Type[tparams.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = at(i);
            }
            return r;
        }

        boolean unify(Type x, Type y) {
            return nify(x, y);
        }

        private boolean nifyEq(Type x, Type y) {
            return x == y || nify(x, y);
        }

        private boolean nify(Type x, Type y) {
            if (depth >= 50) {
                return false;
            }
            depth++;
            try {
                return nify0(x, y);
            } finally {
                depth--;
            }
        }

        private boolean nify0(Type x, Type y) {
            if (x instanceof Type.Named nx && !hasName(y)) {
                return nify(nx.underlying(), y);
            } else if (y instanceof Type.Named ny && !hasName(x)) {
                return nify(x, ny.underlying());
            }
            int i = index(x);
            int j = bothSides ? index(y) : -1;
            if (i >= 0 && j >= 0) {
                if (join(i, j)) {
                    return true;
                }
                return nifyEq(at(i), at(j));
            } else if (i >= 0) {
                Type tx = at(i);
                if (tx != null) {
                    return nifyEq(tx, y);
                }
                set(i, y);
                return true;
            } else if (j >= 0) {
                Type ty = at(j);
                if (ty != null) {
                    return nifyEq(x, ty);
                }
                set(j, x);
                return true;
            }
            if (x instanceof Type.TypeParam && !hasName(y)) {
                Type cx = Checker.coreType(x);
                if (cx != null) {
                    return nify(cx, y);
                }
            } else if (y instanceof Type.TypeParam && !hasName(x)) {
                Type cy = Checker.coreType(y);
                if (cy != null) {
                    return nify(x, cy);
                }
            }
            switch (x) {
                case Type.Basic a -> {
                    return y instanceof Type.Basic b && a.kind() == b.kind();
                }
                case Type.Array a -> {
                    return y instanceof Type.Array b && a.len() == b.len() && nify(a.elem(), b.elem());
                }
                case Type.Slice a -> {
                    return y instanceof Type.Slice b && nify(a.elem(), b.elem());
                }
                case Type.Pointer a -> {
                    return y instanceof Type.Pointer b && nify(a.elem(), b.elem());
                }
                case Type.Map a -> {
                    return y instanceof Type.Map b && nify(a.key(), b.key()) && nify(a.elem(), b.elem());
                }
                case Type.Chan a -> {
                    return y instanceof Type.Chan b && nify(a.elem(), b.elem());
                }
                case Type.Tuple a -> {
                    if (!(y instanceof Type.Tuple b) || a.size() != b.size()) {
                        return false;
                    }
                    for (int k = 0; k < a.size(); k++) {
                        if (!nify(a.at(k), b.at(k))) {
                            return false;
                        }
                    }
                    return true;
                }
                case Type.Signature a -> {
                    return y instanceof Type.Signature b && a.variadic() == b.variadic()
                            && nify(a.params(), b.params()) && nify(a.results(), b.results());
                }
                case Type.Struct a -> {
                    if (!(y instanceof Type.Struct b) || a.fields().size() != b.fields().size()) {
                        return false;
                    }
                    for (int k = 0; k < a.fields().size(); k++) {
                        Type.Field f = a.fields().get(k);
                        Type.Field g = b.fields().get(k);
                        if (f.embedded() != g.embedded() || !java.util.Objects.equals(f.tag(), g.tag())
                                || !f.name().equals(g.name()) || !nify(f.type(), g.type())) {
                            return false;
                        }
                    }
                    return true;
                }
                case Type.Interface a -> {
                    if (!(y instanceof Type.Interface b)) {
                        return false;
                    }
                    TypeSet xs = a.typeSet();
                    TypeSet ys = b.typeSet();
                    if (xs.comparable() != ys.comparable() || !TypeSet.equalTerms(xs.terms(), ys.terms())) {
                        return false;
                    }
                    List<Obj.Func> am = a.allMethods();
                    List<Obj.Func> bm = b.allMethods();
                    if (am.size() != bm.size()) {
                        return false;
                    }
                    for (int k = 0; k < am.size(); k++) {
                        if (!am.get(k).name().equals(bm.get(k).name()) || !nify(am.get(k).type(), bm.get(k).type())) {
                            return false;
                        }
                    }
                    return true;
                }
                case Type.Named a -> {
                    if (!(y instanceof Type.Named b)) {
                        return false;
                    }
                    if (a.typeArgs.size() != b.typeArgs.size()) {
                        return false;
                    }
                    if (a.obj != b.obj) {
                        return false;
                    }
                    if (a.orig == null) {
                        return a == b;
                    }
                    for (int k = 0; k < a.typeArgs.size(); k++) {
                        if (!nify(a.typeArgs.get(k), b.typeArgs.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }
                case Type.TypeParam a -> {
                    return x == y;
                }
                case Type.Union a -> {
                    return Types.identical(a, y);
                }
            }
        }
    }

    /** go/types' hasName: basic, defined and type parameter types have names. */
    static boolean hasName(Type t) {
        return t instanceof Type.Basic || t instanceof Type.Named || t instanceof Type.TypeParam;
    }

    /** Whether t mentions any of tparams. */
    static boolean isParameterized(List<Type.TypeParam> tparams, Type t) {
        return mentions(t, tparams, new java.util.HashSet<>());
    }

    private static boolean mentions(Type t, List<Type.TypeParam> tps, java.util.Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        return switch (t) {
            case Type.Basic b -> false;
            case Type.TypeParam p -> tps == null ? true : tps.contains(p);
            case Type.Pointer p -> mentions(p.elem(), tps, seen);
            case Type.Slice s -> mentions(s.elem(), tps, seen);
            case Type.Array a -> mentions(a.elem(), tps, seen);
            case Type.Map m -> mentions(m.key(), tps, seen) || mentions(m.elem(), tps, seen);
            case Type.Chan c -> mentions(c.elem(), tps, seen);
            case Type.Tuple tu -> tu.vars().stream().anyMatch(v -> mentions(v.type(), tps, seen));
            case Type.Signature s -> mentions(s.params(), tps, seen) || mentions(s.results(), tps, seen);
            case Type.Struct s -> s.fields().stream().anyMatch(f -> mentions(f.type(), tps, seen));
            case Type.Union u -> u.terms().stream().anyMatch(x -> mentions(x.type(), tps, seen));
            case Type.Interface it -> it.methods.stream().anyMatch(m -> mentions(m.type(), tps, seen))
                    || it.embedded.stream().anyMatch(e -> mentions(e, tps, seen));
            case Type.Named n -> n.typeArgs.stream().anyMatch(a -> mentions(a, tps, seen));
        };
    }

    /** Whether t contains any type parameter at all (an instance of it cannot be compiled). */
    static boolean hasTypeParams(Type t) {
        return mentions(t, null, new java.util.HashSet<>());
    }

    /**
     * Infers the missing type arguments (infer.go): explicit ones first, then function
     * argument type inference with the typed arguments, constraint type inference, the untyped
     * arguments' default types, and constraint type inference again.
     *
     * @param c       the checker (errors, messages)
     * @param pos     where to report that a type argument cannot be inferred
     * @param tparams the type parameters
     * @param targs   the explicit type arguments (fewer than tparams)
     * @param params  the parameters, matching args one to one (variadic ones expanded)
     * @param args    the arguments
     * @return every type argument, or null after an error
     */
    static List<Type> infer(Checker c, int pos, List<Type.TypeParam> tparams, List<Type> targs,
                            List<Type> params, List<Checker.Operand> args) {
        int n = tparams.size();
        if (targs.size() == n) {
            return targs;
        }
        // a self-recursive call: the callee's type parameters are the caller's; rename them
        if (c.currentTypeParams().size() > 0 && c.currentTypeParams().get(0) == tparams.get(0)) {
            List<Type.TypeParam> renamed = new ArrayList<>();
            for (Type.TypeParam tp : tparams) {
                Obj.TypeName tn = new Obj.TypeName(tp.obj.name(), null, tp.obj.pkg(), tp.obj.pos);
                Type.TypeParam r = new Type.TypeParam(tn, tp.index, null);
                tn.setType(r);
                renamed.add(r);
            }
            Map<Type.TypeParam, Type> rm = Subst.map(tparams, new ArrayList<>(renamed));
            for (int i = 0; i < n; i++) {
                renamed.get(i).setBound(Subst.subst(tparams.get(i).bound(), rm));
            }
            List<Type> ps = new ArrayList<>();
            for (Type p : params) {
                ps.add(Subst.subst(p, rm));
            }
            tparams = renamed;
            params = ps;
        }
        // arguments of named types first (issue 43056)
        if (args.size() >= 2) {
            List<Integer> named = new ArrayList<>();
            List<Integer> unnamed = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                (hasName(args.get(i).type) ? named : unnamed).add(i);
            }
            if (!named.isEmpty() && !unnamed.isEmpty()) {
                List<Type> ps = new ArrayList<>();
                List<Checker.Operand> as = new ArrayList<>();
                for (int i : named) {
                    ps.add(params.get(i));
                    as.add(args.get(i));
                }
                for (int i : unnamed) {
                    ps.add(params.get(i));
                    as.add(args.get(i));
                }
                params = ps;
                args = as;
            }
        }
        List<Type> full = new ArrayList<>(targs);
        while (full.size() < n) {
            full.add(null);
        }
        Map<Type.TypeParam, Type> known = Subst.map(tparams, full);
        List<Type> ps = new ArrayList<>();
        for (Type p : params) {
            ps.add(Subst.subst(p, known));
        }
        params = ps;
        Unifier u = new Unifier(tparams, false);
        for (int i = 0; i < n; i++) {
            if (full.get(i) != null) {
                u.set(i, full.get(i));
            }
        }
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Checker.Operand arg = args.get(i);
            Type par = params.get(i);
            if (!isParameterized(tparams, par)) {
                continue;
            }
            if (arg.mode == Checker.Mode.INVALID) {
                continue;
            }
            if (!Types.isUntyped(arg.type)) {
                if (!u.unify(par, arg.type)) {
                    inferError(c, u, tparams, "type", par, arg.type, arg);
                    return null;
                }
            } else if (par instanceof Type.TypeParam) {
                untyped.add(i);
            }
        }
        Type[] r = u.types();
        if (firstUnknown(r) < 0) {
            return Arrays.asList(r);
        }
        r = inferB(c, pos, tparams, r);
        if (r == null) {
            return null;
        }
        if (firstUnknown(r) < 0) {
            return Arrays.asList(r);
        }
        for (int i : untyped) {
            Type.TypeParam tpar = (Type.TypeParam) params.get(i);
            if (r[tpar.index] == null) {
                Checker.Operand arg = args.get(i);
                Type targ = Types.defaultType(arg.type);
                if (!Types.isUntyped(targ) && !u.unify(tpar, targ)) {
                    inferError(c, u, tparams, "default type", tpar, targ, arg);
                    return null;
                }
            }
        }
        r = u.types();
        if (firstUnknown(r) < 0) {
            return Arrays.asList(r);
        }
        r = inferB(c, pos, tparams, r);
        if (r == null) {
            return null;
        }
        int index = firstUnknown(r);
        if (index < 0) {
            return Arrays.asList(r);
        }
        Type.TypeParam tpar = tparams.get(index);
        c.error(pos, "cannot infer " + tpar.obj.name() + " (" + c.declPosString(tpar.obj) + ")");
        return null;
    }

    private static int firstUnknown(Type[] r) {
        for (int i = 0; i < r.length; i++) {
            if (r[i] == null) {
                return i;
            }
        }
        return -1;
    }

    private static void inferError(Checker c, Unifier u, List<Type.TypeParam> tparams, String kind, Type tpar,
                                   Type targ, Checker.Operand arg) {
        Type[] targs = u.types();
        int index = firstUnknown(targs);
        Node.Expr at = arg.expr;
        if (index == 0) {
            boolean allFailed = true;
            for (Type t : targs) {
                allFailed &= t == null;
            }
            if (allFailed) {
                c.error(at, kind + " " + c.ts(targ) + " of " + ExprString.of(arg.expr) + " does not match "
                        + c.ts(tpar) + " (cannot infer " + typeParamsString(tparams) + ")");
                return;
            }
        }
        Type inferred = Subst.subst(tpar, Subst.map(tparams, Arrays.asList(targs)));
        if (inferred != tpar) {
            c.error(at, kind + " " + c.ts(targ) + " of " + ExprString.of(arg.expr) + " does not match inferred type "
                    + c.ts(inferred) + " for " + c.ts(tpar));
        } else {
            c.error(at, kind + " " + c.ts(targ) + " of " + ExprString.of(arg.expr) + " does not match " + c.ts(tpar));
        }
    }

    static String typeParamsString(List<Type.TypeParam> list) {
        int n = list.size();
        return switch (n) {
            case 0 -> "";
            case 1 -> list.get(0).obj.name();
            case 2 -> list.get(0).obj.name() + " and " + list.get(1).obj.name();
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n - 1; i++) {
                    sb.append(i > 0 ? ", " : "").append(list.get(i).obj.name());
                }
                yield sb.append(", and ").append(list.get(n - 1).obj.name()).toString();
            }
        };
    }

    /**
     * Constraint type inference (inferB): each type parameter with a core type unifies with
     * it, until no progress; then the inferred types are substituted into one another.
     *
     * @return the types (null where still unknown), or null after an error
     */
    static Type[] inferB(Checker c, int pos, List<Type.TypeParam> tparams, Type[] targs) {
        Unifier u = new Unifier(tparams, true);
        for (int i = 0; i < targs.length; i++) {
            if (targs[i] != null) {
                u.set(i, targs[i]);
            }
        }
        for (int n = u.unknowns(); n > 0; ) {
            int nn = n;
            for (int i = 0; i < tparams.size(); i++) {
                Type.TypeParam tpar = tparams.get(i);
                Object[] ct = coreTerm(tpar);
                if (ct == null) {
                    continue;
                }
                Type.Term core = (Type.Term) ct[0];
                boolean single = (Boolean) ct[1];
                Type tx = u.at(i);
                if (tx != null) {
                    if (core.tilde() && !(tx instanceof Type.TypeParam)) {
                        tx = tx.underlying();
                    }
                    if (!u.unify(tx, core.type())) {
                        c.error(pos, c.ts(tpar) + " does not match " + (core.tilde() ? "~" : "") + c.ts(core.type()));
                        return null;
                    }
                } else if (single && !core.tilde()) {
                    u.set(i, core.type());
                } else {
                    continue;
                }
                nn = u.unknowns();
                if (nn == 0) {
                    break;
                }
            }
            if (nn == n) {
                break;
            }
            n = nn;
        }
        Type[] types = u.types();
        // kill cycles through the type parameters ([A interface{ *A }])
        for (int i = 0; i < tparams.size(); i++) {
            cycles(tparams.get(i), tparams, types, new java.util.HashSet<>());
        }
        List<Integer> dirty = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] != null && (i >= targs.length || targs[i] == null)) {
                dirty.add(i);
            }
        }
        int rounds = 0;
        while (!dirty.isEmpty() && rounds++ < 100) {
            Map<Type.TypeParam, Type> smap = Subst.map(tparams, Arrays.asList(types));
            List<Integer> still = new ArrayList<>();
            for (int index : dirty) {
                Type t0 = types[index];
                Type t1 = Subst.subst(t0, smap);
                if (t1 != t0) {
                    types[index] = t1;
                    still.add(index);
                }
            }
            dirty = still;
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] != null && isParameterized(tparams, types[i])) {
                types[i] = null;
            }
        }
        return types;
    }

    private static void cycles(Type t, List<Type.TypeParam> tparams, Type[] types, java.util.Set<Type> seen) {
        if (t == null) {
            return;
        }
        if (seen.contains(t)) {
            if (t instanceof Type.TypeParam tp && tparams.contains(tp)) {
                types[tparams.indexOf(tp)] = null;
            }
            return;
        }
        seen.add(t);
        switch (t) {
            case Type.Array a -> cycles(a.elem(), tparams, types, seen);
            case Type.Slice s -> cycles(s.elem(), tparams, types, seen);
            case Type.Pointer p -> cycles(p.elem(), tparams, types, seen);
            case Type.Map m -> {
                cycles(m.key(), tparams, types, seen);
                cycles(m.elem(), tparams, types, seen);
            }
            case Type.Chan ch -> cycles(ch.elem(), tparams, types, seen);
            case Type.Struct s -> s.fields().forEach(f -> cycles(f.type(), tparams, types, seen));
            case Type.Signature s -> {
                s.params().vars().forEach(v -> cycles(v.type(), tparams, types, seen));
                s.results().vars().forEach(v -> cycles(v.type(), tparams, types, seen));
            }
            case Type.Named n -> n.typeArgs.forEach(a -> cycles(a, tparams, types, seen));
            case Type.TypeParam tp -> {
                int i = tparams.indexOf(tp);
                if (i >= 0 && types[i] != null) {
                    cycles(types[i], tparams, types, seen);
                }
            }
            default -> { }
        }
        seen.remove(t);
    }

    /**
     * The core term of a type parameter: its single specific type {@code {term, true}}, or
     * {@code {term of its core type (with ~ if any term has one), false}}, or null.
     */
    static Object[] coreTerm(Type.TypeParam tpar) {
        TypeSet ts = tpar.iface().typeSet();
        if (!ts.hasTerms()) {
            return null;
        }
        if (ts.terms().size() == 1) {
            return new Object[] {ts.terms().get(0), Boolean.TRUE};
        }
        Type core = Checker.coreType(tpar);
        if (core == null) {
            return null;
        }
        boolean tilde = false;
        for (Type.Term t : ts.terms()) {
            tilde |= t.tilde();
        }
        return new Object[] {new Type.Term(tilde, core), Boolean.FALSE};
    }
}
