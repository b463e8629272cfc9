package go4j.compiler.syntax;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints expressions and simple statements in the one-line form Go's compiler quotes in its
 * messages ({@code cannot use x := 1 as value}); not a formatter: bodies print as
 * {@code {…}}.
 */
final class Printer {
    private Printer() {
    }

    static String stmt(Node.Stmt s) {
        return switch (s) {
            case Node.ExprStmt e -> expr(e.x());
            case Node.Assign a -> list(a.lhs()) + " " + a.tok() + " " + list(a.rhs());
            case Node.IncDec i -> expr(i.x()) + i.tok();
            case Node.Send snd -> expr(snd.chan()) + " <- " + expr(snd.value());
            default -> "…";
        };
    }

    static String list(List<? extends Node.Expr> xs) {
        return xs.stream().map(Printer::expr).collect(Collectors.joining(", "));
    }

    static String expr(Node.Expr x) {
        return switch (x) {
            case null -> "";
            case Node.Ident i -> i.name();
            case Node.BasicLit l -> l.text();
            case Node.Paren p -> "(" + expr(p.x()) + ")";
            case Node.Selector s -> expr(s.x()) + "." + s.sel().name();
            case Node.Index i -> expr(i.x()) + "[" + expr(i.index()) + "]";
            case Node.IndexList i -> expr(i.x()) + "[" + list(i.indices()) + "]";
            case Node.SliceExpr s -> expr(s.x()) + "[" + expr(s.low()) + ":" + expr(s.high())
                    + (s.slice3() ? ":" + expr(s.max()) : "") + "]";
            case Node.TypeAssert t -> expr(t.x()) + ".(" + (t.type() == null ? "type" : expr(t.type())) + ")";
            case Node.Call c -> expr(c.fun()) + "(" + list(c.args()) + (c.ellipsis() ? "..." : "") + ")";
            case Node.Star s -> "*" + expr(s.x());
            case Node.Unary u -> u.op() + expr(u.x());
            case Node.Binary b -> expr(b.x()) + " " + b.op() + " " + expr(b.y());
            case Node.KeyValue kv -> expr(kv.key()) + ": " + expr(kv.value());
            case Node.CompositeLit c -> expr(c.type()) + "{…}";
            case Node.FuncLit f -> "func(…) {…}";
            case Node.ArrayType a -> "[" + (a.len() instanceof Node.Ellipsis ? "..." : expr(a.len())) + "]"
                    + expr(a.elt());
            case Node.Ellipsis e -> "..." + expr(e.elt());
            case Node.StructType s -> "struct{…}";
            case Node.FuncType f -> "func(…)";
            case Node.InterfaceType i -> i.methods().isEmpty() ? "interface{}" : "interface{…}";
            case Node.MapType m -> "map[" + expr(m.key()) + "]" + expr(m.value());
            case Node.ChanType c -> switch (c.dir()) {
                case BOTH -> "chan ";
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
            } + expr(c.value());
        };
    }
}
