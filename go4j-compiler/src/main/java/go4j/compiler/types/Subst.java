package go4j.compiler.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Substitution of type arguments for type parameters (go/types' subst.go), and the instances
 * of generic types it makes: one {@link Type.Named} per generic type and list of identical
 * type arguments.
 */
final class Subst {
    private Subst() {
    }

    /** The map from tparams to targs (a null argument is left out: that parameter stays). */
    static Map<Type.TypeParam, Type> map(List<Type.TypeParam> tparams, List<Type> targs) {
        Map<Type.TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) {
            if (targs.get(i) != null) {
                m.put(tparams.get(i), targs.get(i));
            }
        }
        return m;
    }

    /**
     * @param generic a generic type
     * @param targs   as many type arguments as it has type parameters
     * @return its instance with those arguments, made on first request
     */
    static Type.Named instantiate(Type.Named generic, List<Type> targs) {
        synchronized (generic.instances) {
            outer:
            for (Type.Named n : generic.instances) {
                for (int i = 0; i < targs.size(); i++) {
                    if (!Types.identical(n.typeArgs.get(i), targs.get(i))) {
                        continue outer;
                    }
                }
                return n;
            }
            Type.Named inst = new Type.Named(generic, targs);
            generic.instances.add(inst);
            if (generic.resolver != null) {
                generic.resolver.instanceCreated(inst);
            }
            return inst;
        }
    }

    /** An instance's underlying type: its generic type's, substituted. */
    static Type underlyingOf(Type.Named inst) {
        Type u = subst(inst.orig.underlying(), map(inst.orig.typeParams, inst.typeArgs));
        return u.underlying();
    }

    /** A method of an instance: the generic method with the receiver's type parameters substituted. */
    static Obj.Func instanceMethod(Type.Named inst, Obj.Func m) {
        if (m.type() == null && inst.orig.resolver != null) {
            inst.orig.resolver.resolve(m);
        }
        Obj.Func f = new Obj.Func(m.name(), null, m.pkg(), m.pos, m.decl);
        f.origin = m;
        f.typeArgs = inst.typeArgs;
        Type.Signature sig = m.type();
        if (sig != null) {
            List<Type.TypeParam> rparams = sig.typeParams().isEmpty() ? inst.orig.typeParams : sig.typeParams();
            Type.Signature s = (Type.Signature) subst(sig, map(rparams, inst.typeArgs));
            Obj.Var recv = sig.recv();
            if (recv != null) {
                Type rt = recv.type() instanceof Type.Pointer ? new Type.Pointer(inst) : inst;
                Obj.Var r = new Obj.Var(recv.name(), rt, recv.pkg(), recv.pos, false);
                recv = r;
            }
            f.setType(new Type.Signature(recv, s.params(), s.results(), s.variadic()));
        }
        return f;
    }

    /** t with the type parameters of m replaced by their arguments; t itself if nothing changes. */
    static Type subst(Type t, Map<Type.TypeParam, Type> m) {
        if (m.isEmpty() || t == null) {
            return t;
        }
        return new Subst.Walker(m).typ(t);
    }

    private static final class Walker {
        private final Map<Type.TypeParam, Type> m;
        private final Map<Type.Interface, Type.Interface> ifaces = new IdentityHashMap<>();

        Walker(Map<Type.TypeParam, Type> m) {
            this.m = m;
        }

        Type typ(Type t) {
            return switch (t) {
                case null -> null;
                case Type.Basic b -> b;
                case Type.TypeParam p -> m.getOrDefault(p, p);
                case Type.Pointer p -> {
                    Type e = typ(p.elem());
                    yield e == p.elem() ? p : new Type.Pointer(e);
                }
                case Type.Slice s -> {
                    Type e = typ(s.elem());
                    yield e == s.elem() ? s : new Type.Slice(e);
                }
                case Type.Array a -> {
                    Type e = typ(a.elem());
                    yield e == a.elem() ? a : new Type.Array(a.len(), e);
                }
                case Type.Map mt -> {
                    Type k = typ(mt.key());
                    Type e = typ(mt.elem());
                    yield k == mt.key() && e == mt.elem() ? mt : new Type.Map(k, e);
                }
                case Type.Chan c -> {
                    Type e = typ(c.elem());
                    yield e == c.elem() ? c : new Type.Chan(c.dir(), e);
                }
                case Type.Tuple tu -> tuple(tu);
                case Type.Signature s -> {
                    Type.Tuple ps = tuple(s.params());
                    Type.Tuple rs = tuple(s.results());
                    boolean tpsBound = false;
                    for (Type.TypeParam tp : s.typeParams()) {
                        tpsBound |= m.containsKey(tp);
                    }
                    if (ps == s.params() && rs == s.results() && !tpsBound) {
                        yield s;
                    }
                    // an instantiated generic function has no type parameters left
                    yield new Type.Signature(s.recv(), ps, rs, s.variadic(), tpsBound ? List.of() : s.typeParams());
                }
                case Type.Struct st -> {
                    List<Type.Field> fs = new ArrayList<>();
                    boolean changed = false;
                    for (Type.Field f : st.fields()) {
                        Type ft = typ(f.type());
                        changed |= ft != f.type();
                        fs.add(ft == f.type() ? f : new Type.Field(f.name(), ft, f.embedded(), f.tag(), f.pkg()));
                    }
                    yield changed ? new Type.Struct(List.copyOf(fs)) : st;
                }
                case Type.Union u -> {
                    List<Type.Term> ts = new ArrayList<>();
                    boolean changed = false;
                    for (Type.Term x : u.terms()) {
                        Type xt = typ(x.type());
                        changed |= xt != x.type();
                        ts.add(new Type.Term(x.tilde(), xt));
                    }
                    yield changed ? new Type.Union(List.copyOf(ts)) : u;
                }
                case Type.Interface it -> iface(it);
                case Type.Named n -> {
                    if (n.orig == null) {
                        yield n;
                    }
                    List<Type> args = new ArrayList<>();
                    boolean changed = false;
                    for (Type a : n.typeArgs) {
                        Type b = typ(a);
                        changed |= b != a;
                        args.add(b);
                    }
                    yield changed ? instantiate(n.orig, args) : n;
                }
            };
        }

        private Type.Tuple tuple(Type.Tuple tu) {
            List<Obj.Var> vs = new ArrayList<>();
            boolean changed = false;
            for (Obj.Var v : tu.vars()) {
                Type vt = typ(v.type());
                if (vt != v.type()) {
                    changed = true;
                    Obj.Var nv = new Obj.Var(v.name(), vt, v.pkg(), v.pos, v.global);
                    vs.add(nv);
                } else {
                    vs.add(v);
                }
            }
            return changed ? new Type.Tuple(vs) : tu;
        }

        private Type.Interface iface(Type.Interface it) {
            Type.Interface done = ifaces.get(it);
            if (done != null) {
                return done;
            }
            List<Obj.Func> ms = new ArrayList<>();
            List<Type> es = new ArrayList<>();
            Type.Interface r = new Type.Interface(ms, es);
            r.implicit = it.implicit;
            r.comparableMarker = it.comparableMarker;
            ifaces.put(it, r);
            boolean changed = false;
            for (Obj.Func f : it.methods) {
                Type.Signature s = f.type() == null ? null : (Type.Signature) typ(f.type());
                changed |= s != f.type();
                if (s != f.type()) {
                    Obj.Func g = new Obj.Func(f.name(), s, f.pkg(), f.pos, f.decl);
                    ms.add(g);
                } else {
                    ms.add(f);
                }
            }
            for (Type e : it.embedded) {
                Type x = typ(e);
                changed |= x != e;
                es.add(x);
            }
            if (!changed) {
                ifaces.put(it, it);
                return it;
            }
            return r;
        }
    }
}
