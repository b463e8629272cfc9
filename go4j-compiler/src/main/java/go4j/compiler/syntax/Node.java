package go4j.compiler.syntax;

import java.util.List;

/**
 * The syntax tree of one Go source file, as {@code go/ast} shapes it, generics included: a
 * type parameter list is {@link FuncType#typeParams} or {@link TypeSpec#typeParams}, an
 * instantiation with one type argument an {@link Index} and with several an {@link IndexList},
 * a union of terms {@code A | B} a {@link Binary} with {@code OR} and a term {@code ~T} a
 * {@link Unary} with {@code TILDE}, as {@code go/ast} represents them.
 *
 * <p>Every node carries {@code pos}, the byte offset of its first token in its
 * {@link Source}; {@link Source#position(int)} turns an offset into Go's
 * {@code file:line:col}. Lists are never null (empty when absent); an optional child is
 * null when absent, as the field's comment says. The tree is immutable; the checker keeps
 * what it learns about a node (its type, its object) in maps keyed by node identity.
 *
 * <p>Invariant: the parser builds a tree only for a file that has no syntax error; a file
 * with one yields the errors instead ({@link Parser}).
 */
public sealed interface Node {

    /** @return the byte offset of the node's first token in its source */
    int pos();

    // ------------------------------------------------------------------ expressions

    /** An expression, or a type written where an expression may stand (Go's grammar mixes them). */
    sealed interface Expr extends Node {
    }

    /** An identifier; {@code _} is the blank identifier. */
    record Ident(int pos, String name) implements Expr {
    }

    /**
     * A literal of a basic kind, with its source text as written ({@code 0x1F}, {@code 'a'},
     * {@code "a\n"}, {@code `raw`}, {@code 1.5e3}, {@code 2i}); the checker evaluates it.
     */
    record BasicLit(int pos, Token kind, String text) implements Expr {
    }

    /**
     * A composite literal {@code T{...}}; {@code type} is null where the type is elided
     * inside an outer composite literal; {@code rbrace} is the offset of the closing brace.
     */
    record CompositeLit(int pos, Expr type, List<Expr> elts, int rbrace) implements Expr {
    }

    /** {@code key: value} inside a composite literal. */
    record KeyValue(int pos, Expr key, Expr value) implements Expr {
    }

    /** A function literal (a closure). */
    record FuncLit(int pos, FuncType type, Block body) implements Expr {
    }

    /** {@code (x)}. */
    record Paren(int pos, Expr x) implements Expr {
    }

    /** {@code x.sel}: a field or method selector, or a qualified identifier {@code pkg.Name}. */
    record Selector(int pos, Expr x, Ident sel) implements Expr {
    }

    /** {@code x[index]}: an index expression, or an instantiation with one type argument ({@code f[int]}, {@code List[T]}). */
    record Index(int pos, Expr x, Expr index) implements Expr {
    }

    /**
     * {@code x[a, b, ...]}: an instantiation with two or more type arguments ({@code
     * Map[string, int]}), go/ast's IndexListExpr.
     */
    record IndexList(int pos, Expr x, List<Expr> indices) implements Expr {
    }

    /** {@code x[low:high]} or {@code x[low:high:max]}; absent bounds are null. */
    record SliceExpr(int pos, Expr x, Expr low, Expr high, Expr max, boolean slice3) implements Expr {
    }

    /** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch guard. */
    record TypeAssert(int pos, Expr x, Expr type) implements Expr {
    }

    /**
     * A call {@code fun(args)}, a conversion {@code T(x)} or a built-in call; {@code
     * ellipsis} is true for {@code f(xs...)}; {@code rparen} is the offset of {@code )}.
     */
    record Call(int pos, Expr fun, List<Expr> args, boolean ellipsis, int rparen) implements Expr {
    }

    /** {@code *x}: a pointer indirection, or the pointer type {@code *T}. */
    record Star(int pos, Expr x) implements Expr {
    }

    /**
     * A unary expression: {@code op} is one of {@code ADD SUB NOT XOR AND ARROW} ({@code
     * &x}, {@code <-ch}, ...), or {@code TILDE} for a constraint's term {@code ~T}.
     */
    record Unary(int pos, Token op, Expr x) implements Expr {
    }

    /**
     * A binary expression; {@code opPos} is the offset of the operator. In a constraint, a
     * union of terms {@code A | B} is one with {@code OR}.
     */
    record Binary(int pos, Expr x, Token op, int opPos, Expr y) implements Expr {
    }

    // ---- types (expressions too: Go's grammar lets a type stand where an expression does)

    /** {@code [len]elt}; {@code len} is null for a slice type, an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(int pos, Expr len, Expr elt) implements Expr {
    }

    /** {@code ...T} as a variadic parameter's type, or {@code ...} in {@code [...]T} (elt null). */
    record Ellipsis(int pos, Expr elt) implements Expr {
    }

    /** {@code struct { fields }}. */
    record StructType(int pos, List<Field> fields) implements Expr {
    }

    /**
     * {@code func[typeParams](params) results}; {@code pos} is that of {@code func} or of the
     * {@code (}; {@code typeParams} is empty but for a generic function's declaration.
     */
    record FuncType(int pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {
    }

    /**
     * {@code interface { methods }}: each element is a method (a {@link Field} with one name
     * and a {@link FuncType}) or an embedded element (a {@link Field} with no names): an
     * interface, or a constraint's type term or union of terms ({@code ~int | string}).
     */
    record InterfaceType(int pos, List<Field> methods) implements Expr {
    }

    /** {@code map[key]value}. */
    record MapType(int pos, Expr key, Expr value) implements Expr {
    }

    /** {@code chan T}, {@code chan<- T}, {@code <-chan T}. */
    record ChanType(int pos, ChanDir dir, Expr value) implements Expr {
    }

    /** A channel type's direction. */
    enum ChanDir { BOTH, SEND, RECV }

    /**
     * A parameter, result, type parameter (its type the constraint), struct field or
     * interface method: zero or more names with one type. An embedded struct field has no
     * names; {@code tag} is the raw tag literal or null.
     */
    record Field(int pos, List<Ident> names, Expr type, BasicLit tag) implements Node {
    }

    // ------------------------------------------------------------------ statements

    /** A statement. */
    sealed interface Stmt extends Node {
    }

    /** A declaration ({@code var}, {@code const}, {@code type}) inside a function body. */
    record DeclStmt(int pos, GenDecl decl) implements Stmt {
    }

    /** The empty statement (an explicit or implied {@code ;}). */
    record EmptyStmt(int pos) implements Stmt {
    }

    /** {@code label: stmt}. */
    record Labeled(int pos, Ident label, Stmt stmt) implements Stmt {
    }

    /** An expression used as a statement (a call or a receive). */
    record ExprStmt(int pos, Expr x) implements Stmt {
    }

    /** {@code ch <- value}. */
    record Send(int pos, Expr chan, Expr value) implements Stmt {
    }

    /** {@code x++} or {@code x--} ({@code tok} is {@code INC} or {@code DEC}). */
    record IncDec(int pos, Expr x, Token tok) implements Stmt {
    }

    /**
     * An assignment or short variable declaration: {@code tok} is {@code ASSIGN}, {@code
     * DEFINE} or an op-assign ({@code ADD_ASSIGN}, ...); {@code tokPos} is its offset.
     */
    record Assign(int pos, List<Expr> lhs, Token tok, int tokPos, List<Expr> rhs) implements Stmt {
    }

    /** {@code go call}. */
    record Go(int pos, Call call) implements Stmt {
    }

    /** {@code defer call}. */
    record Defer(int pos, Call call) implements Stmt {
    }

    /** {@code return results}. */
    record Return(int pos, List<Expr> results) implements Stmt {
    }

    /**
     * {@code break}, {@code continue}, {@code goto} or {@code fallthrough} ({@code tok});
     * {@code label} is null when absent.
     */
    record Branch(int pos, Token tok, Ident label) implements Stmt {
    }

    /** {@code { stmts }}; {@code rbrace} is the offset of the closing brace. */
    record Block(int pos, List<Stmt> stmts, int rbrace) implements Stmt {
    }

    /** {@code if init; cond { then } else els}; {@code init} and {@code els} may be null. */
    record If(int pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {
    }

    /** {@code case list: body} of an expression or type switch; an empty list is {@code default}. */
    record CaseClause(int pos, List<Expr> list, List<Stmt> body) implements Stmt {
    }

    /** {@code switch init; tag { clauses }}; {@code init} and {@code tag} may be null. */
    record Switch(int pos, Stmt init, Expr tag, List<CaseClause> clauses, int rbrace) implements Stmt {
    }

    /**
     * {@code switch init; assign { clauses }}: {@code assign} is an {@link ExprStmt} of a
     * {@link TypeAssert} with a null type ({@code x.(type)}), or an {@link Assign} defining
     * one name to it ({@code v := x.(type)}).
     */
    record TypeSwitch(int pos, Stmt init, Stmt assign, List<CaseClause> clauses, int rbrace) implements Stmt {
    }

    /**
     * {@code case comm: body} of a select: {@code comm} is a {@link Send}, an {@link
     * ExprStmt} of a receive, or an {@link Assign} of a receive; null for {@code default}.
     */
    record CommClause(int pos, Stmt comm, List<Stmt> body) implements Stmt {
    }

    /** {@code select { clauses }}. */
    record Select(int pos, List<CommClause> clauses, int rbrace) implements Stmt {
    }

    /** {@code for init; cond; post { body }}; each of the three may be null. */
    record For(int pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
    }

    /**
     * {@code for key, value := range x { body }} ({@code tok} {@code DEFINE}), {@code =}
     * ({@code ASSIGN}), or {@code for range x} ({@code tok} {@code ILLEGAL}, key and value
     * null); value may be null alone.
     */
    record Range(int pos, Expr key, Expr value, Token tok, Expr x, Block body) implements Stmt {
    }

    // ------------------------------------------------------------------ declarations

    /** A top-level declaration. */
    sealed interface Decl extends Node {
    }

    /**
     * {@code import}, {@code const}, {@code type} or {@code var} ({@code tok}), with its specs;
     * {@code lparen} is true when the specs were written in parentheses.
     */
    record GenDecl(int pos, Token tok, boolean lparen, List<Spec> specs) implements Decl {
    }

    /** One spec of a {@link GenDecl}. */
    sealed interface Spec extends Node {
    }

    /** {@code name "path"}; {@code name} is null, {@code .} or {@code _} or an identifier. */
    record ImportSpec(int pos, Ident name, BasicLit path) implements Spec {
    }

    /**
     * {@code names type = values} of a {@code var} or {@code const}: {@code type} may be
     * null; in a {@code const} group a spec with no type and no values repeats the previous
     * one (the checker does that, with {@code iota} = {@code index}, the spec's index in its
     * group).
     */
    record ValueSpec(int pos, List<Ident> names, Expr type, List<Expr> values, int index) implements Spec {
    }

    /**
     * {@code type Name[typeParams] T} ({@code alias} false) or {@code type Name = T} ({@code
     * alias} true); {@code typeParams} is empty but for a generic type.
     */
    record TypeSpec(int pos, Ident name, List<Field> typeParams, boolean alias, Expr type) implements Spec {
    }

    /**
     * {@code func (recv) Name(params) results { body }}: {@code recv} is null for a plain
     * function; {@code body} is null for a declaration without a body.
     */
    record FuncDecl(int pos, Field recv, Ident name, FuncType type, Block body) implements Decl {
    }

    /** A source file: its package clause, imports (also among {@code decls}) and declarations. */
    record File(int pos, Source source, Ident pkgName, List<ImportSpec> imports, List<Decl> decls)
            implements Node {
    }
}
