package go4j.compiler.types;

import go4j.compiler.syntax.Node;
import go4j.compiler.syntax.Token;
import java.util.List;

/**
 * An expression as Go's compiler prints it in a message ({@code syntax.String}): composite
 * literal and function bodies shortened to {@code {…}}.
 */
final class ExprString {
    private ExprString() {
    }

    static String of(Node.Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<? extends Node.Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, es.get(i));
        }
    }

    private static void fields(StringBuilder sb, List<Node.Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            Node.Field f = fs.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) {
                sb.append(' ');
            }
            write(sb, f.type());
        }
    }

    static void write(StringBuilder sb, Node.Expr e) {
        switch (e) {
            case null -> { }
            case Node.Ident x -> sb.append(x.name());
            case Node.BasicLit x -> sb.append(x.text());
            case Node.CompositeLit x -> {
                write(sb, x.type());
                sb.append(x.elts().isEmpty() ? "{}" : "{…}");
            }
            case Node.KeyValue x -> {
                write(sb, x.key());
                sb.append(": ");
                write(sb, x.value());
            }
            case Node.FuncLit x -> {
                write(sb, x.type());
                sb.append(" {…}");
            }
            case Node.Paren x -> {
                sb.append('(');
                write(sb, x.x());
                sb.append(')');
            }
            case Node.Selector x -> {
                write(sb, x.x());
                sb.append('.').append(x.sel().name());
            }
            case Node.Index x -> {
                write(sb, x.x());
                sb.append('[');
                write(sb, x.index());
                sb.append(']');
            }
            case Node.IndexList x -> {
                write(sb, x.x());
                sb.append('[');
                list(sb, x.indices());
                sb.append(']');
            }
            case Node.SliceExpr x -> {
                write(sb, x.x());
                sb.append('[');
                write(sb, x.low());
                sb.append(':');
                write(sb, x.high());
                if (x.slice3()) {
                    sb.append(':');
                    write(sb, x.max());
                }
                sb.append(']');
            }
            case Node.TypeAssert x -> {
                write(sb, x.x());
                sb.append(".(");
                if (x.type() == null) {
                    sb.append("type");
                } else {
                    write(sb, x.type());
                }
                sb.append(')');
            }
            case Node.Call x -> {
                write(sb, x.fun());
                sb.append('(');
                list(sb, x.args());
                if (x.ellipsis()) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case Node.Star x -> {
                sb.append('*');
                write(sb, x.x());
            }
            case Node.Unary x -> {
                sb.append(x.op().text);
                write(sb, x.x());
            }
            case Node.Binary x -> {
                write(sb, x.x());
                sb.append(' ').append(x.op().text).append(' ');
                write(sb, x.y());
            }
            case Node.ArrayType x -> {
                sb.append('[');
                if (x.len() instanceof Node.Ellipsis) {
                    sb.append("...");
                } else {
                    write(sb, x.len());
                }
                sb.append(']');
                write(sb, x.elt());
            }
            case Node.Ellipsis x -> {
                sb.append("...");
                write(sb, x.elt());
            }
            case Node.StructType x -> {
                sb.append("struct{");
                fields(sb, x.fields(), "; ");
                sb.append('}');
            }
            case Node.FuncType x -> {
                sb.append("func(");
                fields(sb, x.params(), ", ");
                sb.append(')');
                if (!x.results().isEmpty()) {
                    sb.append(' ');
                    if (x.results().size() == 1 && x.results().get(0).names().isEmpty()) {
                        write(sb, x.results().get(0).type());
                    } else {
                        sb.append('(');
                        fields(sb, x.results(), ", ");
                        sb.append(')');
                    }
                }
            }
            case Node.InterfaceType x -> {
                sb.append("interface{");
                for (int i = 0; i < x.methods().size(); i++) {
                    if (i > 0) {
                        sb.append("; ");
                    }
                    Node.Field f = x.methods().get(i);
                    if (f.names().isEmpty()) {
                        write(sb, f.type());
                    } else {
                        sb.append(f.names().get(0).name());
                        String sig = of(f.type());
                        sb.append(sig.substring(4));
                    }
                }
                sb.append('}');
            }
            case Node.MapType x -> {
                sb.append("map[");
                write(sb, x.key());
                sb.append(']');
                write(sb, x.value());
            }
            case Node.ChanType x -> {
                sb.append(switch (x.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, x.value());
            }
        }
    }

    static boolean isOp(Token t) {
        return t.precedence() > 0;
    }
}
