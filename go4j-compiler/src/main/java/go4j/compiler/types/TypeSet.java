package go4j.compiler.types;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface's type set (spec "General interfaces"): its methods, the union of type terms
 * its elements allow, and whether it is restricted to comparable types.
 *
 * <p>Terms are {@link Type.Term}s; the term of all types is a term whose type is null (𝓤),
 * and a term list is the union of its terms: empty for the empty set, containing 𝓤 for all
 * types. Lists are kept normalized: no two terms overlap. {@code comparable} is true only
 * when the terms are all types (otherwise the incomparable terms were dropped), as go/types'
 * type sets are.
 *
 * @param methods    the methods, sorted by name
 * @param terms      the normalized term list
 * @param comparable whether only comparable types are in the set (with terms 𝓤)
 */
public record TypeSet(List<Obj.Func> methods, List<Type.Term> terms, boolean comparable) {
    /** The term of all types. */
    static final Type.Term ALL = new Type.Term(false, null);
    /** The term list of all types. */
    static final List<Type.Term> ALL_TERMS = List.of(ALL);

    /** @return whether the set has no types */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** @return whether the set is all types, with no methods and no comparable restriction */
    public boolean isAll() {
        return !comparable && isAllTerms(terms) && methods.isEmpty();
    }

    /** @return whether the set is given by specific types (terms other than 𝓤) */
    public boolean hasTerms() {
        return !terms.isEmpty() && !isAllTerms(terms);
    }

    /**
     * The type set of interface t, from its methods and embedded elements (an embedded
     * interface contributes its type set, a union its terms, another type the term of itself;
     * the elements' sets are intersected).
     */
    static TypeSet of(Type.Interface t) {
        List<Type.Term> all = ALL_TERMS;
        boolean comp = t.comparableMarker;
        for (Type e : t.embedded) {
            List<Type.Term> terms;
            boolean c = false;
            Type u = e.underlying();
            if (u instanceof Type.Interface ei) {
                TypeSet ts = ei.typeSet();
                terms = ts.terms;
                c = ts.comparable;
            } else if (e instanceof Type.Union un) {
                terms = unionTerms(un);
            } else if (u == Types.INVALID) {
                continue;
            } else {
                terms = List.of(new Type.Term(false, e));
            }
            List<Type.Term> r = intersect(all, terms);
            comp = comp || c;
            all = r;
        }
        if (comp && !isAllTerms(all)) {
            List<Type.Term> keep = new ArrayList<>();
            for (Type.Term x : all) {
                if (Checker.comparable(x.type())) {
                    keep.add(x);
                }
            }
            all = keep;
            if (!isAllTerms(all)) {
                comp = false;
            }
        }
        return new TypeSet(t.allMethods(), all, comp);
    }

    /** The terms of a union: an interface term contributes its type set's terms; ~T needs T to be its own underlying type. */
    static List<Type.Term> unionTerms(Type.Union u) {
        List<Type.Term> all = new ArrayList<>();
        for (Type.Term t : u.terms()) {
            Type under = t.type().underlying();
            if (under instanceof Type.Interface ui && !(t.type() instanceof Type.TypeParam)) {
                all.addAll(ui.typeSet().terms);
            } else if (under == Types.INVALID) {
                continue;
            } else if (t.tilde() && !Types.identical(t.type(), under)) {
                continue; // the empty term
            } else {
                all.add(t);
            }
        }
        return norm(all);
    }

    static boolean isAllTerms(List<Type.Term> l) {
        for (Type.Term t : l) {
            if (t.type() == null) {
                return true;
            }
        }
        return false;
    }

    // ---- terms (go/types' typeterm.go and termlist.go, as sets)

    private static boolean disjoint(Type.Term x, Type.Term y) {
        Type ux = y.tilde() ? x.type().underlying() : x.type();
        Type uy = x.tilde() ? y.type().underlying() : y.type();
        return !Types.identical(ux, uy);
    }

    /** x ∪ y as one term, or null if it takes two. */
    private static Type.Term union1(Type.Term x, Type.Term y) {
        if (x.type() == null) {
            return x;
        }
        if (y.type() == null) {
            return y;
        }
        if (disjoint(x, y)) {
            return null;
        }
        return x.tilde() || !y.tilde() ? x : y;
    }

    /** x ∩ y, or null for the empty set. */
    static Type.Term intersect(Type.Term x, Type.Term y) {
        if (x.type() == null) {
            return y;
        }
        if (y.type() == null) {
            return x;
        }
        if (disjoint(x, y)) {
            return null;
        }
        return !x.tilde() || y.tilde() ? x : y;
    }

    /** Whether t is in the set of term x. */
    static boolean includes(Type.Term x, Type t) {
        if (x.type() == null) {
            return true;
        }
        Type u = x.tilde() ? t.underlying() : t;
        return Types.identical(x.type(), u);
    }

    private static boolean subsetOf(Type.Term x, Type.Term y) {
        if (y.type() == null) {
            return true;
        }
        if (x.type() == null) {
            return false;
        }
        if (disjoint(x, y)) {
            return false;
        }
        return !x.tilde() || y.tilde();
    }

    static List<Type.Term> norm(List<Type.Term> xl) {
        boolean[] used = new boolean[xl.size()];
        List<Type.Term> rl = new ArrayList<>();
        for (int i = 0; i < xl.size(); i++) {
            Type.Term xi = xl.get(i);
            if (used[i]) {
                continue;
            }
            for (int j = i + 1; j < xl.size(); j++) {
                if (used[j]) {
                    continue;
                }
                Type.Term u = union1(xi, xl.get(j));
                if (u != null) {
                    if (u.type() == null) {
                        return ALL_TERMS;
                    }
                    xi = u;
                    used[j] = true;
                }
            }
            rl.add(xi);
        }
        return rl;
    }

    static List<Type.Term> union(List<Type.Term> xl, List<Type.Term> yl) {
        List<Type.Term> l = new ArrayList<>(xl);
        l.addAll(yl);
        return norm(l);
    }

    static List<Type.Term> intersect(List<Type.Term> xl, List<Type.Term> yl) {
        if (xl.isEmpty() || yl.isEmpty()) {
            return List.of();
        }
        List<Type.Term> rl = new ArrayList<>();
        for (Type.Term x : xl) {
            for (Type.Term y : yl) {
                Type.Term r = intersect(x, y);
                if (r != null) {
                    rl.add(r);
                }
            }
        }
        return norm(rl);
    }

    /** Whether type t is in the term list. */
    static boolean includes(List<Type.Term> xl, Type t) {
        for (Type.Term x : xl) {
            if (includes(x, t)) {
                return true;
            }
        }
        return false;
    }

    static boolean subsetOf(List<Type.Term> xl, List<Type.Term> yl) {
        if (yl.isEmpty()) {
            return xl.isEmpty();
        }
        for (Type.Term x : xl) {
            boolean sup = false;
            for (Type.Term y : yl) {
                if (subsetOf(x, y)) {
                    sup = true;
                    break;
                }
            }
            if (!sup) {
                return false;
            }
        }
        return true;
    }

    static boolean equalTerms(List<Type.Term> xl, List<Type.Term> yl) {
        return subsetOf(xl, yl) && subsetOf(yl, xl);
    }

    /** The term list as go/types prints it: {@code ~int | ~float64}. */
    static String termsString(List<Type.Term> l, java.util.function.Function<Type, String> ts) {
        if (l.isEmpty()) {
            return "∅";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            Type.Term t = l.get(i);
            sb.append(i > 0 ? " | " : "");
            if (t.type() == null) {
                sb.append("𝓤");
            } else {
                sb.append(t.tilde() ? "~" : "").append(ts.apply(t.type()));
            }
        }
        return sb.toString();
    }
}
