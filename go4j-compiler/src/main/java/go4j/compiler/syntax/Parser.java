package go4j.compiler.syntax;

import go4j.compiler.syntax.Node.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Go's parser (Go 1.19, generics included): one source file to its {@link Node.File}, or a
 * {@link SyntaxError} whose messages read as Go's compiler prints them.
 *
 * <p>The grammar and the error messages follow {@code cmd/compile/internal/syntax} (so that
 * {@code go4j run} reports what {@code go run} reports); the tree has {@code go/ast}'s
 * shapes ({@link Node}). Invariants: a tree is returned only for a file without errors;
 * errors are reported as Go's compiler reports them: parsing recovers from each (skipping
 * to a token that may follow, as Go's parser does) and goes on, one syntax error a line,
 * sorted by position, at most ten and then "too many errors"; {@code x.(type)} survives
 * only as a type switch's guard. Errors Go's checker would report are reported only for a
 * file otherwise free of errors, as Go does.
 *
 * <pre>{@code
 * Node.File f = Parser.parse(Source.of("./prog.go", """
 *         package main
 *
 *         func main() { println("hi") }
 *         """));
 * f.decls().getFirst(); // the FuncDecl of main
 * }</pre>
 */
public final class Parser {

    /* Implementation overview
     *
     * A recursive descent over the scanner's tokens, one token of lookahead. Types and
     * expressions share one grammar (a conversion T(x) or a composite literal T{} starts
     * as either), so operand() parses type literals too.
     *
     * xnest is the composite-literal rule of the spec ("Composite literals", the parsing
     * ambiguity): in the header of if, for and switch it is -1, and a '{' after a bare
     * type name there opens the block, not a literal; every bracket (), [], {} raises it
     * again, where a literal is unambiguous.
     *
     * Errors: each is recorded and parsing goes on, as in Go's parser: advance() skips to a
     * token of a follow set (inside a body also to a statement keyword), and a production
     * that failed yields a placeholder (bad(), a literal of kind ILLEGAL) or nothing. The
     * records are filtered as Go's compiler filters them (error()), sorted when thrown.
     *
     * Generics: where a '[' may open a type parameter list, an array type's length or a type
     * argument list, the choice is Go's (typeSpec with extractName, arrayOrTypeArgs,
     * methodDecl, indexOrSlice): both of Go's parsers decide alike for a valid program, so
     * the tree is go/parser's while the errors are cmd/compile's.
     */

    /** Go stops after this many errors, with a last line "too many errors". */
    private static final int MAX_ERRORS = 10;
    /** The keywords that start a statement, where error recovery inside a body stops. */
    private static final Set<Token> STATEMENT_KEYWORDS = EnumSet.of(Token.BREAK, Token.CONST,
            Token.CONTINUE, Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO, Token.IF,
            Token.RETURN, Token.SELECT, Token.SWITCH, Token.TYPE, Token.VAR);
    /** The tokens Go's scanner calls operators (not {@code *}, {@code <-} nor assignments): recovery stops there. */
    private static final Token[] OPERATORS = {Token.NOT, Token.TILDE, Token.LOR, Token.LAND, Token.EQL,
            Token.NEQ, Token.LSS, Token.LEQ, Token.GTR, Token.GEQ, Token.ADD, Token.SUB, Token.OR, Token.XOR,
            Token.QUO, Token.REM, Token.AND, Token.AND_NOT, Token.SHL, Token.SHR};

    private final Scanner s;
    private final Source src;
    private int xnest;
    /** Lexical errors and the parser's errors that do not stop it, in the order found. */
    private final List<SyntaxError.Diagnostic> errors = new ArrayList<>();
    /**
     * Errors Go's checker reports, so only for a file free of other errors, that only the
     * parser can see: the tree has no place for what they are about.
     */
    private final List<SyntaxError.Diagnostic> checkErrors = new ArrayList<>();
    /** The x.(type) expressions not (yet) known to be a type switch's guard. */
    private final Set<TypeAssert> guards = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The ~x expressions not (yet) known to be a term of a type parameter's constraint. */
    private final Set<Unary> tildes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The offset of the operator of the simple statement parsed last ({@code <-}, {@code ++}). */
    private int simpleOpPos;
    /** How many function bodies enclose the current token (error recovery stops at statements there). */
    private int fnest;
    /** The line of the last syntax error recorded, and of the last other error, with its message. */
    private int lastSyntaxLine = -1;
    private int lastOtherLine = -1;
    private String lastOtherMsg;

    private Parser(Source src) {
        this.src = src;
        this.s = new Scanner(src, this::error);
        s.next();
    }

    /**
     * @param src a Go source file
     * @return its syntax tree
     * @throws SyntaxError with Go's errors for the file
     */
    public static File parse(Source src) {
        Parser p = new Parser(src);
        File f = p.file();
        if (!p.errors.isEmpty()) {
            throw p.failure(false);
        }
        for (TypeAssert stray : p.guards) {
            p.checkErrors.add(p.diagnostic(stray.pos(), "invalid AST: use of .(type) outside type switch"));
        }
        for (Unary stray : p.tildes) {
            p.checkErrors.add(p.diagnostic(stray.pos(), "cannot use ~ outside of interface or type constraint"));
        }
        p.checkErrors.sort(java.util.Comparator.comparingInt(SyntaxError.Diagnostic::offset));
        for (SyntaxError.Diagnostic d : p.checkErrors) {
            p.error(d.offset(), d.message()); // the tenth throws
        }
        if (!p.errors.isEmpty()) {
            throw p.failure(false);
        }
        return f;
    }

    // ------------------------------------------------------------------ tokens and errors

    private Token tok() {
        return s.tok();
    }

    private int pos() {
        return s.pos();
    }

    private void next() {
        s.next();
    }

    private boolean got(Token t) {
        if (tok() == t) {
            next();
            return true;
        }
        return false;
    }

    private void want(Token t) {
        if (!got(t)) {
            syntaxError("expecting " + tokstring(t));
            advance();
        }
    }

    /** {@code =}, also accepting {@code :=} only to complain of it, as Go does. */
    private boolean gotAssign() {
        if (tok() == Token.DEFINE) {
            syntaxError("expecting =");
            next();
            return true;
        }
        return got(Token.ASSIGN);
    }

    /**
     * Error recovery, as Go's: skips tokens up to one of {@code followlist} (or, inside a
     * function body, a keyword that starts a statement), never past the end; with no
     * followlist, skips exactly one token.
     */
    private void advance(Token... followlist) {
        Set<Token> follow = EnumSet.of(Token.EOF);
        if (followlist.length > 0) {
            if (fnest > 0) {
                follow.addAll(STATEMENT_KEYWORDS);
            }
            follow.addAll(List.of(followlist));
        }
        while (!follow.contains(tok())) {
            next();
            if (followlist.length == 0) {
                break;
            }
        }
    }

    /**
     * A placeholder where an erroneous expression was (Go's BadExpr): a literal of no kind,
     * which no rule takes for a name or a type. The tree is discarded anyway.
     */
    private Expr bad() {
        return new BasicLit(pos(), Token.ILLEGAL, "");
    }

    private static String tokstring(Token t) {
        return switch (t) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            default -> t.toString();
        };
    }

    private static boolean isLiteral(Token t) {
        return t == Token.INT || t == Token.FLOAT || t == Token.IMAG || t == Token.CHAR || t == Token.STRING;
    }

    private SyntaxError.Diagnostic diagnostic(int at, String msg) {
        return new SyntaxError.Diagnostic(at, src.position(at), msg);
    }

    /**
     * Records an error, as Go's compiler does: one syntax error a line, one of equal other
     * errors a line; the tenth stops the parse.
     */
    private void error(int at, String msg) {
        int line = src.line(at);
        if (msg.startsWith("syntax error")) {
            if (line == lastSyntaxLine) {
                return;
            }
            lastSyntaxLine = line;
        } else {
            if (line == lastOtherLine && msg.equals(lastOtherMsg)) {
                return;
            }
            lastOtherLine = line;
            lastOtherMsg = msg;
        }
        errors.add(diagnostic(at, msg));
        if (errors.size() >= MAX_ERRORS) {
            throw failure(true);
        }
    }

    /**
     * The errors, in source order as Go prints them (a repeated line once), and after the
     * tenth Go's "too many errors" at its position.
     */
    private SyntaxError failure(boolean tooMany) {
        List<SyntaxError.Diagnostic> shown = new ArrayList<>(errors);
        shown.sort(java.util.Comparator.comparingInt(SyntaxError.Diagnostic::offset)); // stable
        for (int i = shown.size() - 1; i > 0; i--) {
            if (shown.get(i).equals(shown.get(i - 1))) {
                shown.remove(i);
            }
        }
        if (tooMany) {
            shown.add(diagnostic(errors.getLast().offset(), "too many errors"));
        }
        return new SyntaxError(shown);
    }

    private void syntaxError(String msg) {
        syntaxErrorAt(pos(), msg);
    }

    /**
     * Records a syntax error in Go's wording: a message starting with {@code in}, {@code
     * at}, {@code after} or {@code expecting} is about the current token, which the
     * message names.
     */
    private void syntaxErrorAt(int at, String msg) {
        if (tok() == Token.EOF && !errors.isEmpty()) {
            return; // as Go: no follow-up error at the end of a broken file
        }
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expecting ")) {
            msg = ", " + msg;
        } else {
            error(at, "syntax error: " + msg);
            return;
        }
        String t;
        if (tok() == Token.IDENT || tok() == Token.SEMICOLON) {
            t = s.lit();
        } else if (isLiteral(tok())) {
            t = "literal " + s.lit();
        } else {
            t = tokstring(tok());
        }
        error(at, "syntax error: unexpected " + t + msg);
    }

    /**
     * {@code [ f { sep f } [sep] ] close}: f parses one element and says whether the list
     * must end there (after {@code xs...}).
     *
     * @return the offset of the closing token
     */
    private int list(String context, Token sep, Token close, BooleanSupplier f) {
        boolean done = false;
        while (tok() != Token.EOF && tok() != close && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && tok() != close) {
                syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                if (tok() != close) {
                    return pos(); // lost: the caller's own checks take over
                }
            }
        }
        int at = pos();
        want(close);
        return at;
    }

    // ------------------------------------------------------------------ declarations

    private File file() {
        int at = pos();
        if (!got(Token.PACKAGE)) {
            syntaxError("package statement must be first");
            throw failure(false);
        }
        Ident pkg = name();
        want(Token.SEMICOLON);
        if (!errors.isEmpty()) {
            throw failure(false); // as Go: nothing more is worth saying
        }

        List<Decl> decls = new ArrayList<>();
        List<ImportSpec> imports = new ArrayList<>();
        while (tok() == Token.IMPORT) {
            GenDecl d = genDecl(this::importSpec);
            decls.add(d);
            d.specs().forEach(spec -> imports.add((ImportSpec) spec));
            want(Token.SEMICOLON);
        }
        while (tok() != Token.EOF) {
            switch (tok()) {
                case CONST -> decls.add(genDecl(this::constSpec));
                case TYPE -> decls.add(genDecl(this::typeSpec));
                case VAR -> decls.add(genDecl(this::varSpec));
                case FUNC -> {
                    FuncDecl d = funcDecl();
                    if (d != null) {
                        decls.add(d);
                    }
                }
                default -> {
                    if (tok() == Token.LBRACE && !decls.isEmpty()
                            && decls.getLast() instanceof FuncDecl fd && fd.body() == null) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
                    continue;
                }
            }
            if (tok() != Token.EOF && !got(Token.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
            }
        }
        return new File(at, src, pkg, List.copyOf(imports), List.copyOf(decls));
    }

    /** Parses one spec of a group, given its index in the group (iota for constants). */
    private interface SpecParser {
        Spec parse(int index);
    }

    /** {@code kw spec} or {@code kw ( { spec ; } )}; the current token is the keyword. */
    private GenDecl genDecl(SpecParser f) {
        int at = pos();
        Token kw = tok();
        next();
        List<Spec> specs = new ArrayList<>();
        boolean lparen = got(Token.LPAREN);
        if (lparen) {
            list("grouped declaration", Token.SEMICOLON, Token.RPAREN, () -> {
                specs.add(f.parse(specs.size()));
                return false;
            });
        } else {
            specs.add(f.parse(0));
        }
        return new GenDecl(at, kw, lparen, List.copyOf(specs));
    }

    private Spec importSpec(int index) {
        int at = pos();
        Ident name = null;
        if (tok() == Token.IDENT) {
            name = name();
        } else if (tok() == Token.PERIOD) {
            name = new Ident(pos(), ".");
            next();
        }
        if (!isLiteral(tok())) {
            syntaxError("missing import path");
            advance(Token.SEMICOLON, Token.RPAREN);
            return new ImportSpec(at, name, new BasicLit(pos(), Token.STRING, "\"\""));
        }
        BasicLit path = literal();
        if (path.kind() != Token.STRING) {
            syntaxError("import path must be a string");
        }
        return new ImportSpec(at, name, path);
    }

    private Spec constSpec(int index) {
        List<Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (tok() != Token.EOF && tok() != Token.SEMICOLON && tok() != Token.RPAREN) {
            type = typeOrNull();
            if (gotAssign()) {
                values = exprList();
            }
        }
        return new ValueSpec(names.getFirst().pos(), names, type, values, index);
    }

    private Spec varSpec(int index) {
        List<Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = exprList();
        } else {
            type = type();
            if (gotAssign()) {
                values = exprList();
            }
        }
        return new ValueSpec(names.getFirst().pos(), names, type, values, index);
    }

    /**
     * {@code Name T}, {@code Name = T} or {@code Name[P C, ...] T}. After {@code Name [} an
     * array length and a type parameter list look alike ({@code type A [N]int}, {@code type
     * L[T any] ...}, {@code type P[X *Y] ...}): as Go, read an expression and split it into a
     * parameter name and a constraint if it can be (extractName); a lone name before
     * {@code ]}, or a split the constraint does not force and no comma follows, is an array's
     * length.
     */
    private Spec typeSpec(int index) {
        Ident name = name();
        boolean alias = false;
        List<Field> tparams = List.of();
        Expr type;
        if (tok() == Token.LBRACK) {
            int at = pos();
            next();
            switch (tok()) {
                case IDENT -> {
                    Expr x = name();
                    if (tok() != Token.LBRACK) { // P []E: a constraint, never an array length
                        xnest++;
                        x = binaryExpr(primaryExpr(x), 0);
                        xnest--;
                    }
                    Expr[] split = extractName(x, tok() == Token.COMMA);
                    if (split[0] != null && (split[1] != null || tok() != Token.RBRACK)) {
                        if (split[1] != null) {
                            forgetTildes(split[1]);
                        }
                        tparams = paramList(Token.RBRACK, true, (Ident) split[0], split[1]);
                        alias = gotAssign();
                        if (alias) {
                            checkErrors.add(diagnostic(name.pos(), "generic type cannot be alias"));
                        }
                        type = typeOrNull();
                    } else {
                        type = arrayType(at, x);
                    }
                }
                case RBRACK -> {
                    next();
                    type = new ArrayType(at, null, type());
                }
                default -> type = arrayType(at, null);
            }
        } else {
            alias = gotAssign();
            type = typeOrNull();
        }
        if (type == null) {
            type = bad();
            syntaxError("in type declaration");
            advance(Token.SEMICOLON, Token.RPAREN);
        }
        return new TypeSpec(name.pos(), name, tparams, alias, type);
    }

    /**
     * Go's extractName: {name, constraint} if x reads as a type parameter's name and its
     * constraint ({@code P *C}, {@code P *C | ~D}, {@code P(C)}), where the constraint is
     * surely a type ({@link #isTypeElem}) or {@code force} says so; {name, null} for a lone
     * name; {null, x} otherwise.
     */
    private static Expr[] extractName(Expr x, boolean force) {
        switch (x) {
            case Ident id -> {
                return new Expr[] {id, null};
            }
            case Binary b when b.op() == Token.MUL -> {
                if (b.x() instanceof Ident id && (force || isTypeElem(b.y()))) {
                    return new Expr[] {id, new Star(b.opPos(), b.y())};
                }
            }
            case Binary b when b.op() == Token.OR -> {
                Expr[] lhs = extractName(b.x(), force || isTypeElem(b.y()));
                if (lhs[0] != null && lhs[1] != null) {
                    return new Expr[] {lhs[0], new Binary(lhs[1].pos(), lhs[1], Token.OR, b.opPos(), b.y())};
                }
            }
            case Call c -> {
                if (c.fun() instanceof Ident id && c.args().size() == 1 && !c.ellipsis()
                        && (force || isTypeElem(c.args().getFirst()))) {
                    return new Expr[] {id, c.args().getFirst()};
                }
            }
            default -> {
            }
        }
        return new Expr[] {null, x};
    }

    /** Whether x is surely a type element, not a value: a type literal, a ~ term, a union with one. */
    private static boolean isTypeElem(Expr x) {
        return switch (x) {
            case ArrayType a -> true;
            case StructType st -> true;
            case FuncType f -> true;
            case InterfaceType i -> true;
            case MapType m -> true;
            case ChanType c -> true;
            case Binary b -> isTypeElem(b.x()) || isTypeElem(b.y());
            case Unary u -> u.op() == Token.TILDE;
            case Paren p -> isTypeElem(p.x());
            default -> false;
        };
    }

    /** The ~ terms of a constraint read as an expression are no stray ~ (see {@link #tildes}). */
    private void forgetTildes(Expr x) {
        switch (x) {
            case Unary u -> {
                tildes.remove(u);
                forgetTildes(u.x());
            }
            case Binary b -> {
                forgetTildes(b.x());
                forgetTildes(b.y());
            }
            case Paren p -> forgetTildes(p.x());
            case Star st -> forgetTildes(st.x());
            default -> {
            }
        }
    }

    private FuncDecl funcDecl() {
        int at = pos();
        next();
        Field recv = null;
        if (tok() == Token.LPAREN) {
            next();
            List<Field> rcvr = paramList(Token.RPAREN, false, null, null);
            int n = rcvr.stream().mapToInt(f -> Math.max(1, f.names().size())).sum();
            if (n == 0) {
                error(pos(), "method has no receiver");
            } else {
                if (n > 1) {
                    error(pos(), "method has multiple receivers");
                }
                recv = rcvr.getFirst();
            }
        }
        if (tok() != Token.IDENT) {
            syntaxError("expecting name or (");
            advance(Token.LBRACE, Token.SEMICOLON);
            return null;
        }
        Ident name = name();
        FuncType type = funcType(at, recv != null ? "method" : "");
        Block body = tok() == Token.LBRACE ? funcBody() : null;
        return new FuncDecl(at, recv, name, type, body);
    }

    private Block funcBody() {
        fnest++;
        Block body = block("");
        fnest--;
        return body;
    }

    // ------------------------------------------------------------------ expressions

    private Expr expr() {
        return binaryExpr(null, 0);
    }

    private List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (got(Token.COMMA)) {
            list.add(expr());
        }
        return List.copyOf(list);
    }

    private Expr binaryExpr(Expr x, int prec) {
        if (x == null) {
            x = unaryExpr();
        }
        while (tok().precedence() > prec) {
            Token op = tok();
            int opPos = pos();
            next();
            Expr y = binaryExpr(null, op.precedence());
            x = new Binary(x.pos(), x, op, opPos, y);
        }
        return x;
    }

    private Expr unaryExpr() {
        int at = pos();
        switch (tok()) {
            case ADD, SUB, NOT, XOR, AND -> {
                Token op = tok();
                next();
                return new Unary(at, op, unaryExpr());
            }
            case MUL -> {
                next();
                return new Star(at, unaryExpr());
            }
            case TILDE -> { // a term of a constraint, or the checker's error (parse())
                next();
                Unary u = new Unary(at, Token.TILDE, unaryExpr());
                tildes.add(u);
                return u;
            }
            case ARROW -> {
                next();
                Expr x = unaryExpr();
                if (x instanceof ChanType c) { // <-chan T is a type, not a receive
                    return recvChan(at, c);
                }
                return new Unary(at, Token.ARROW, x);
            }
            default -> {
                return primaryExpr(null);
            }
        }
    }

    /**
     * {@code <-} before a channel type makes it receive-only; before {@code chan<- T} it
     * makes that {@code <-chan (<-chan T)}'s outer type and so on inward, as Go reads it
     * (and reports, at the token after the type).
     */
    private ChanType recvChan(int at, ChanType c) {
        return switch (c.dir()) {
            case BOTH -> new ChanType(at, ChanDir.RECV, c.value());
            case RECV -> {
                syntaxError("unexpected <-, expecting chan");
                yield c;
            }
            case SEND -> {
                if (!(c.value() instanceof ChanType inner)) {
                    syntaxError("unexpected " + Printer.expr(c.value()) + ", expecting chan");
                    yield c;
                }
                yield new ChanType(at, ChanDir.RECV, recvChan(arrowAfterChan(c), inner));
            }
        };
    }

    /**
     * The offset of the {@code <-} of {@code chan<- T}, which the rewrite gives to the inner
     * channel type, as {@code go/ast} does: the first {@code <-} after the keyword (only
     * blanks or comments lie between them; a comment holding {@code <-} there is not worth
     * a field in the tree).
     */
    private int arrowAfterChan(ChanType c) {
        byte[] b = src.bytes();
        int i = c.pos() + Token.CHAN.text.length();
        while (i + 1 < b.length && !(b[i] == '<' && b[i + 1] == '-')) {
            i++;
        }
        return i;
    }

    private Expr operand() {
        int at = pos();
        switch (tok()) {
            case IDENT -> {
                return name();
            }
            case INT, FLOAT, IMAG, CHAR, STRING -> {
                return literal();
            }
            case LPAREN -> {
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                want(Token.RPAREN);
                return new Paren(at, x);
            }
            case FUNC -> {
                next();
                FuncType type = funcType(at, "function type");
                if (tok() == Token.LBRACE) {
                    xnest++;
                    Block body = funcBody();
                    xnest--;
                    return new FuncLit(at, type, body);
                }
                return type;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
                return type();
            }
            default -> {
                Expr x = bad();
                syntaxError("expecting expression");
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                return x;
            }
        }
    }

    private BasicLit literal() {
        BasicLit l = new BasicLit(pos(), tok(), s.lit());
        next();
        return l;
    }

    private Expr primaryExpr(Expr x) {
        if (x == null) {
            x = operand();
        }
        while (true) {
            switch (tok()) {
                case PERIOD -> {
                    next();
                    if (tok() == Token.IDENT) {
                        x = new Selector(x.pos(), x, name());
                    } else if (got(Token.LPAREN)) {
                        if (got(Token.TYPE)) {
                            TypeAssert guard = new TypeAssert(x.pos(), x, null);
                            guards.add(guard);
                            x = guard;
                        } else {
                            x = new TypeAssert(x.pos(), x, type());
                        }
                        want(Token.RPAREN);
                    } else {
                        syntaxError("expecting name or (");
                        advance(Token.SEMICOLON, Token.RPAREN);
                    }
                }
                case LBRACK -> {
                    next();
                    x = indexOrSlice(x);
                }
                case LPAREN -> {
                    next();
                    x = call(x);
                }
                case LBRACE -> {
                    Expr t = unparen(x);
                    boolean complitOk = switch (t) {
                        case Ident i -> xnest >= 0;
                        case Selector sel -> xnest >= 0;
                        case Index i -> xnest >= 0 && !isValue(i);
                        case IndexList i -> xnest >= 0 && !isValue(i);
                        case ArrayType a -> true;
                        case StructType st -> true;
                        case MapType m -> true;
                        default -> false;
                    };
                    if (!complitOk) {
                        return x;
                    }
                    if (t != x) {
                        syntaxError("cannot parenthesize type in composite literal");
                    }
                    x = compositeLit(x);
                }
                default -> {
                    return x;
                }
            }
        }
    }

    /** After {@code x[}: an index {@code x[i]} or a slice {@code x[lo:hi]}, {@code x[lo:hi:max]}. */
    private Expr indexOrSlice(Expr x) {
        if (tok() == Token.RBRACK) {
            syntaxError("expecting operand");
            next();
            return x;
        }
        Expr low = null;
        if (tok() != Token.COLON) {
            TypeList l = typeList();
            if (l.comma || tok() == Token.RBRACK) { // x[i], x[i,] or the instance x[A, B]
                want(Token.RBRACK);
                return instance(x, l.list);
            }
            low = l.list.getFirst();
        }
        if (!got(Token.COLON)) {
            syntaxError("expecting comma, : or ]");
            advance(Token.COMMA, Token.COLON, Token.RBRACK);
        }
        xnest++;
        Expr high = null;
        Expr max = null;
        boolean slice3 = false;
        if (tok() != Token.COLON && tok() != Token.RBRACK) {
            high = expr();
        }
        if (tok() == Token.COLON) {
            slice3 = true;
            if (high == null) {
                error(pos(), "middle index required in 3-index slice");
            }
            next();
            if (tok() == Token.RBRACK) {
                error(pos(), "final index required in 3-index slice");
            } else {
                max = expr();
            }
        }
        xnest--;
        want(Token.RBRACK);
        return new SliceExpr(x.pos(), x, low, high, max, slice3);
    }

    /** After {@code fun(}: the arguments, an optional {@code ...}, and {@code )}. */
    private Call call(Expr fun) {
        List<Expr> args = new ArrayList<>();
        boolean[] dots = {false};
        xnest++;
        int rparen = list("argument list", Token.COMMA, Token.RPAREN, () -> {
            args.add(expr());
            dots[0] = got(Token.ELLIPSIS);
            return dots[0];
        });
        xnest--;
        return new Call(fun.pos(), fun, List.copyOf(args), dots[0], rparen);
    }

    /** {@code { elements }}; type is null for a literal whose type an outer one elides. */
    private CompositeLit compositeLit(Expr type) {
        int lbrace = pos();
        List<Expr> elts = new ArrayList<>();
        xnest++;
        want(Token.LBRACE);
        int rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
            Expr e = element();
            if (tok() == Token.COLON) {
                next();
                e = new KeyValue(e.pos(), e, element());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new CompositeLit(type == null ? lbrace : type.pos(), type, List.copyOf(elts), rbrace);
    }

    private Expr element() {
        return tok() == Token.LBRACE ? compositeLit(null) : expr();
    }

    /** Go's isValue: whether x is surely a value, not a type (so {@code x[i]{} is no literal). */
    private static boolean isValue(Expr x) {
        return switch (x) {
            case BasicLit l -> true;
            case CompositeLit c -> true;
            case FuncLit f -> true;
            case SliceExpr sl -> true;
            case TypeAssert t -> true;
            case Call c -> true;
            case Unary u -> true;
            case Binary b -> true;
            case Paren p -> isValue(p.x());
            case Index i -> isValue(i.x()) || isValue(i.index());
            case IndexList i -> isValue(i.x()) || i.indices().stream().anyMatch(Parser::isValue);
            default -> false;
        };
    }

    /** {@code x[args]}: an {@link Index} for one argument, an {@link IndexList} for more, as go/ast packs them. */
    private static Expr instance(Expr x, List<Expr> args) {
        return args.size() == 1 ? new Index(x.pos(), x, args.getFirst()) : new IndexList(x.pos(), x, List.copyOf(args));
    }

    /** A list of an expression and then types, and whether a comma followed the first. */
    private record TypeList(List<Expr> list, boolean comma) {
    }

    /**
     * {@code arg { , type } [ , ]}, before the {@code ]} of an index or type argument list:
     * the first may be any expression, the others are types.
     */
    private TypeList typeList() {
        xnest++;
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        boolean comma = false;
        if (got(Token.COMMA)) {
            comma = true;
            Expr t = typeOrNull();
            while (t != null) {
                list.add(t);
                t = got(Token.COMMA) ? typeOrNull() : null;
            }
        }
        xnest--;
        return new TypeList(List.copyOf(list), comma);
    }

    private static Expr unparen(Expr x) {
        while (x instanceof Paren p) {
            x = p.x();
        }
        return x;
    }

    // ------------------------------------------------------------------ types

    private Expr type() {
        Expr t = typeOrNull();
        if (t == null) {
            t = bad();
            syntaxError("expecting type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    private Expr typeOrNull() {
        int at = pos();
        switch (tok()) {
            case MUL -> {
                next();
                return new Star(at, type());
            }
            case ARROW -> {
                next();
                want(Token.CHAN);
                return new ChanType(at, ChanDir.RECV, chanElem());
            }
            case FUNC -> {
                next();
                return funcType(at, "function type");
            }
            case LBRACK -> {
                next();
                if (got(Token.RBRACK)) {
                    return new ArrayType(at, null, type());
                }
                return arrayType(at);
            }
            case CHAN -> {
                next();
                ChanDir dir = got(Token.ARROW) ? ChanDir.SEND : ChanDir.BOTH;
                return new ChanType(at, dir, chanElem());
            }
            case MAP -> {
                next();
                want(Token.LBRACK);
                Expr key = type();
                want(Token.RBRACK);
                return new MapType(at, key, type());
            }
            case STRUCT -> {
                return structType();
            }
            case INTERFACE -> {
                return interfaceType();
            }
            case IDENT -> {
                return qualifiedName(null);
            }
            case LPAREN -> {
                next();
                Expr t = type();
                want(Token.RPAREN);
                return new Paren(at, t);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr arrayType(int at) {
        return arrayType(at, null);
    }

    /** After {@code [}: {@code len]elt} or {@code ...]elt}; {@code len} if not null was read already. */
    private Expr arrayType(int at, Expr len) {
        if (len != null) {
            // read by the caller
        } else if (tok() == Token.ELLIPSIS) {
            len = new Ellipsis(pos(), null);
            next();
        } else {
            xnest++;
            len = expr();
            xnest--;
        }
        if (tok() == Token.COMMA) {
            syntaxError("unexpected comma; expecting ]");
            next();
        }
        want(Token.RBRACK);
        return new ArrayType(at, len, type());
    }

    private Expr chanElem() {
        Expr t = typeOrNull();
        if (t == null) {
            t = bad();
            syntaxError("missing channel element type");
        }
        return t;
    }

    private Expr qualifiedName(Ident name) {
        Expr x;
        if (name != null) {
            x = name;
        } else if (tok() == Token.IDENT) {
            x = name();
        } else {
            x = new Ident(pos(), "_");
            syntaxError("expecting name");
            advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
        }
        if (tok() == Token.PERIOD) {
            next();
            x = new Selector(x.pos(), x, name());
        }
        if (tok() == Token.LBRACK) {
            x = typeInstance(x);
        }
        return x;
    }

    /** {@code T[args]}, a generic type's instance; the current token is the {@code [}. */
    private Expr typeInstance(Expr x) {
        want(Token.LBRACK);
        List<Expr> args;
        if (tok() == Token.RBRACK) {
            args = List.of(bad());
            syntaxError("expecting type");
        } else {
            args = typeList().list;
        }
        want(Token.RBRACK);
        return instance(x, args);
    }

    /**
     * After a field's or parameter's name, at {@code [}: an array or slice type ({@code x
     * [N]E}, {@code x []E}), or type arguments making the name a generic type's instance
     * ({@code T[A]}, {@code T[A, B]}: an embedded field, an unnamed parameter), as Go tells
     * them apart: an array type has an element type after its {@code ]}.
     */
    private Expr arrayOrTypeArgs(Ident name) {
        int at = pos();
        want(Token.LBRACK);
        if (got(Token.RBRACK)) {
            return new ArrayType(at, null, type());
        }
        TypeList l = typeList();
        want(Token.RBRACK);
        if (!l.comma) {
            Expr elt = typeOrNull();
            if (elt != null) {
                return new ArrayType(at, l.list.getFirst(), elt);
            }
        }
        return instance(name, l.list);
    }

    private StructType structType() {
        int at = pos();
        want(Token.STRUCT);
        want(Token.LBRACE);
        List<Field> fields = new ArrayList<>();
        list("struct type", Token.SEMICOLON, Token.RBRACE, () -> {
            Field f = fieldDecl();
            if (f != null) {
                fields.add(f);
            }
            return false;
        });
        return new StructType(at, List.copyOf(fields));
    }

    private Field fieldDecl() {
        int at = pos();
        switch (tok()) {
            case IDENT -> {
                Ident name = name();
                if (tok() == Token.PERIOD || isLiteral(tok()) || tok() == Token.SEMICOLON
                        || tok() == Token.RBRACE) {
                    Expr type = qualifiedName(name);
                    return new Field(at, List.of(), type, tag());
                }
                List<Ident> names = nameList(name);
                if (names.size() == 1 && tok() == Token.LBRACK) {
                    Expr t = arrayOrTypeArgs(name);
                    return t instanceof ArrayType ? new Field(at, names, t, tag()) : new Field(at, List.of(), t, tag());
                }
                Expr type = type();
                return new Field(at, names, type, tag());
            }
            case MUL -> {
                next();
                Expr type;
                if (tok() == Token.LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    type = qualifiedName(null);
                    got(Token.RPAREN);
                } else {
                    type = qualifiedName(null);
                }
                return new Field(at, List.of(), new Star(at, type), tag());
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr type;
                if (tok() == Token.MUL) {
                    int star = pos();
                    next();
                    type = new Star(star, qualifiedName(null));
                } else {
                    type = qualifiedName(null);
                }
                got(Token.RPAREN);
                return new Field(at, List.of(), type, tag());
            }
            default -> {
                syntaxError("expecting field name or embedded type");
                advance(Token.SEMICOLON, Token.RBRACE);
                return null;
            }
        }
    }

    private BasicLit tag() {
        return isLiteral(tok()) ? literal() : null;
    }

    private InterfaceType interfaceType() {
        int at = pos();
        want(Token.INTERFACE);
        want(Token.LBRACE);
        List<Field> methods = new ArrayList<>();
        list("interface type", Token.SEMICOLON, Token.RBRACE, () -> {
            Field f = tok() == Token.IDENT ? methodDecl() : null;
            if (f == null) {
                f = new Field(pos(), List.of(), embeddedElem(null), null);
            } else if (f.names().isEmpty()) {
                f = new Field(f.pos(), List.of(), embeddedElem(f.type()), null);
            }
            methods.add(f);
            return false;
        });
        return new InterfaceType(at, List.copyOf(methods));
    }

    /**
     * An interface's method {@code m(params) results}, or an embedded type {@code I}, {@code
     * p.I}, {@code I[A, B]}. Type parameters on a method are read, for recovery, and are an
     * error, as in Go.
     */
    private Field methodDecl() {
        int at = pos();
        Ident name = name();
        final String context = "interface method";
        switch (tok()) {
            case LPAREN -> {
                return new Field(at, List.of(name), funcType(pos(), context), null);
            }
            case LBRACK -> { // a generic method m[T C](), or an embedded instance I[A, B]
                int lbrack = pos();
                next();
                if (tok() == Token.RBRACK) {
                    int rbrack = pos();
                    next();
                    if (tok() == Token.LPAREN) {
                        error(rbrack, "empty type parameter list");
                        return new Field(at, List.of(name), funcType(pos(), context), null);
                    }
                    error(rbrack, "empty type argument list");
                    return new Field(at, List.of(), name, null);
                }
                List<Field> list = paramList(Token.RBRACK, false, null, null);
                if (list.isEmpty()) {
                    return tok() == Token.LPAREN ? new Field(at, List.of(name), funcType(pos(), context), null)
                            : new Field(at, List.of(), name, null);
                }
                if (!list.getFirst().names().isEmpty()) {
                    FuncType type = funcType(pos(), context);
                    error(lbrack, "interface method must have no type parameters");
                    return new Field(at, List.of(name), type, null);
                }
                return new Field(at, List.of(), instance(name, list.stream().map(Field::type).toList()), null);
            }
            default -> {
                return new Field(at, List.of(), qualifiedName(name), null);
            }
        }
    }

    /** {@code term { | term }}, a constraint's union; {@code x} is its first term if read already. */
    private Expr embeddedElem(Expr x) {
        if (x == null) {
            x = embeddedTerm();
        }
        while (tok() == Token.OR) {
            int opPos = pos();
            next();
            x = new Binary(x.pos(), x, Token.OR, opPos, embeddedTerm());
        }
        return x;
    }

    /** {@code [~] type}, a term of a constraint. */
    private Expr embeddedTerm() {
        if (tok() == Token.TILDE) {
            int at = pos();
            next();
            return new Unary(at, Token.TILDE, type());
        }
        Expr t = typeOrNull();
        if (t == null) {
            t = bad();
            syntaxError("expecting ~ term or type");
            Token[] follow = java.util.Arrays.copyOf(OPERATORS, OPERATORS.length + 4);
            follow[OPERATORS.length] = Token.SEMICOLON;
            follow[OPERATORS.length + 1] = Token.RPAREN;
            follow[OPERATORS.length + 2] = Token.RBRACK;
            follow[OPERATORS.length + 3] = Token.RBRACE;
            advance(follow);
        }
        return t;
    }

    /**
     * {@code [typeParams](params) results}; {@code at} is the offset of {@code func}, or of
     * {@code (}. Type parameters are a function declaration's: where {@code context} is not
     * empty (a method, a function type or literal, an interface method) they are read and
     * are an error, as in Go, and left out of the tree.
     */
    private FuncType funcType(int at, String context) {
        List<Field> tparams = List.of();
        int lbrack = pos();
        if (got(Token.LBRACK)) {
            if (!context.isEmpty()) {
                syntaxErrorAt(lbrack, context + " must have no type parameters");
            }
            if (tok() == Token.RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                tparams = paramList(Token.RBRACK, true, null, null);
            }
        }
        want(Token.LPAREN);
        List<Field> params = paramList(Token.RPAREN, false, null, null);
        return new FuncType(at, context.isEmpty() ? tparams : List.of(), params, funcResult());
    }

    private List<Field> funcResult() {
        if (got(Token.LPAREN)) {
            return paramList(Token.RPAREN, false, null, null);
        }
        int at = pos();
        Expr t = typeOrNull();
        return t == null ? List.of() : List.of(new Field(at, List.of(), t, null));
    }

    /** One parameter as written: a name, a type, or both. */
    private record Param(int pos, Ident name, Expr type) {
    }

    /**
     * After {@code (}, or the {@code [} of type parameters: the parameters up to {@code
     * close}. Either every parameter is named ({@code a, b int, c string}: a name without a
     * type takes the next type) or none is ({@code int, string}: a lone name is a type);
     * type parameters must all be named ({@code requireNames}). Consecutive names sharing a
     * type become one {@link Field}, as in {@code go/ast}. {@code name0} and {@code typ0},
     * if not null, are the first parameter's name and type, read already.
     */
    private List<Field> paramList(Token close, boolean requireNames, Ident name0, Expr typ0) {
        List<Param> list = new ArrayList<>();
        int end;
        if (name0 != null && typ0 != null && tok() == close) {
            end = pos();
            next();
            list.add(new Param(name0.pos(), name0, typ0));
        } else {
            Ident[] first = {name0};
            Expr[] firstType = {typ0};
            end = list("parameter list", Token.COMMA, close, () -> {
                Param p = firstType[0] != null ? new Param(first[0].pos(), first[0], firstType[0])
                        : paramDecl(first[0], close);
                first[0] = null;
                firstType[0] = null;
                if (p != null) {
                    list.add(p);
                }
                return false;
            });
        }
        int named = 0;
        int typed = 0;
        for (Param p : list) {
            if (p.name != null && p.type != null) {
                named++;
            }
            if (p.type != null) {
                typed++;
            }
        }
        List<Field> fields = new ArrayList<>();
        if (named == 0 && !requireNames) {
            for (Param p : list) {
                fields.add(new Field(p.pos, List.of(), p.type != null ? p.type : p.name, null));
            }
            return List.copyOf(fields);
        }
        // Distribute types right to left; an unnamed typed or untyped last parameter mixes forms.
        Expr[] types = new Expr[list.size()];
        int errPos = -1;
        Expr type = null;
        for (int i = list.size() - 1; i >= 0; i--) {
            Param p = list.get(i);
            if (p.type != null) {
                type = p.type;
                if (p.name == null) {
                    errPos = p.type.pos();
                }
            } else if (type == null) {
                errPos = p.name.pos();
            }
            types[i] = type;
        }
        if (errPos >= 0) {
            if (!requireNames) {
                syntaxErrorAt(errPos, "mixed named and unnamed parameters");
            } else if (named == typed) {
                syntaxErrorAt(end, "missing type constraint");
            } else {
                syntaxErrorAt(errPos, "type parameters must be named");
            }
            for (Param p : list) {
                fields.add(new Field(p.pos, p.name == null ? List.of() : List.of(p.name),
                        p.type != null ? p.type : p.name, null));
            }
            return List.copyOf(fields);
        }
        List<Ident> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            names.add(list.get(i).name);
            if (i + 1 == list.size() || types[i + 1] != types[i]) {
                fields.add(new Field(names.getFirst().pos(), List.copyOf(names), types[i], null));
                names.clear();
            }
        }
        return List.copyOf(fields);
    }

    /**
     * One parameter, or null after an error; {@code name}, if not null, is its name read
     * already. In a type parameter list ({@code close} is {@code ]}) a constraint may be a
     * union of {@code ~} terms.
     */
    private Param paramDecl(Ident name, Token close) {
        boolean typeSets = close == Token.RBRACK;
        int at = name != null ? name.pos() : pos();
        if (name == null && typeSets && tok() == Token.TILDE) {
            return new Param(at, null, embeddedElem(null));
        }
        if (tok() == Token.IDENT || name != null) {
            if (name == null) {
                name = name();
            }
            if (tok() == Token.LBRACK) { // name [N]E, name []E, or the type name[A, B]
                Expr t = arrayOrTypeArgs(name);
                Param p = t instanceof ArrayType ? new Param(at, name, t) : new Param(at, null, t);
                if (typeSets && tok() == Token.OR) {
                    p = new Param(at, p.name, embeddedElem(p.type));
                }
                return p;
            }
            if (tok() == Token.PERIOD) { // the type p.T
                Expr t = qualifiedName(name);
                if (typeSets && tok() == Token.OR) {
                    t = embeddedElem(t);
                }
                return new Param(at, null, t);
            }
            if (typeSets && tok() == Token.OR) { // the union T | ...
                return new Param(at, null, embeddedElem(name));
            }
        }
        if (tok() == Token.ELLIPSIS) {
            int dots = pos();
            next();
            Expr elt = typeOrNull();
            if (elt == null) {
                elt = bad();
                syntaxError("... is missing type");
            }
            return new Param(at, name, new Ellipsis(dots, elt));
        }
        if (typeSets && tok() == Token.TILDE) {
            return new Param(at, name, embeddedElem(null));
        }
        Expr type = typeOrNull();
        if (typeSets && tok() == Token.OR && type != null) {
            type = embeddedElem(type);
        }
        if (name == null && type == null) {
            syntaxError("expecting " + tokstring(close));
            advance(Token.COMMA, close);
            return null;
        }
        return new Param(at, name, type);
    }

    private Ident name() {
        if (tok() != Token.IDENT) {
            Ident n = new Ident(pos(), "_");
            syntaxError("expecting name");
            advance();
            return n;
        }
        Ident n = new Ident(pos(), s.lit());
        next();
        return n;
    }

    private List<Ident> nameList(Ident first) {
        List<Ident> names = new ArrayList<>();
        names.add(first);
        while (got(Token.COMMA)) {
            names.add(name());
        }
        return List.copyOf(names);
    }

    // ------------------------------------------------------------------ statements

    private Block block(String context) {
        int at = pos();
        if (!got(Token.LBRACE)) {
            syntaxError("expecting { after " + context);
            advance(Token.IDENT, Token.RBRACE);
            int rbrace = pos();
            if (got(Token.RBRACE)) {
                return new Block(at, List.of(), rbrace);
            }
        }
        List<Stmt> stmts = stmtList();
        int rbrace = pos();
        want(Token.RBRACE);
        return new Block(at, stmts, rbrace);
    }

    private List<Stmt> stmtList() {
        List<Stmt> list = new ArrayList<>();
        while (tok() != Token.EOF && tok() != Token.RBRACE && tok() != Token.CASE && tok() != Token.DEFAULT) {
            Stmt st = stmtOrNull();
            if (st == null) {
                break;
            }
            list.add(st);
            if (!got(Token.SEMICOLON) && tok() != Token.RBRACE) {
                syntaxError("at end of statement");
                advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
                got(Token.SEMICOLON); // no spurious empty statement
            }
        }
        return List.copyOf(list);
    }

    private Stmt stmtOrNull() {
        int at = pos();
        switch (tok()) {
            case IDENT -> {
                List<Expr> lhs = exprList();
                if (lhs.size() == 1 && lhs.getFirst() instanceof Ident label && tok() == Token.COLON) {
                    return labeled(label);
                }
                return simpleStmt(lhs, null);
            }
            case VAR -> {
                return new DeclStmt(at, genDecl(this::varSpec));
            }
            case CONST -> {
                return new DeclStmt(at, genDecl(this::constSpec));
            }
            case TYPE -> {
                return new DeclStmt(at, genDecl(this::typeSpec));
            }
            case LBRACE -> {
                return block("");
            }
            case ADD, SUB, MUL, AND, XOR, NOT, INT, FLOAT, IMAG, CHAR, STRING, FUNC, LPAREN,
                 LBRACK, STRUCT, MAP, CHAN, INTERFACE, ARROW -> {
                return simpleStmt(null, null);
            }
            case FOR -> {
                return forStmt();
            }
            case SWITCH -> {
                return switchStmt();
            }
            case SELECT -> {
                return selectStmt();
            }
            case IF -> {
                return ifStmt();
            }
            case FALLTHROUGH -> {
                next();
                return new Branch(at, Token.FALLTHROUGH, null);
            }
            case BREAK, CONTINUE -> {
                Token t = tok();
                next();
                return new Branch(at, t, tok() == Token.IDENT ? name() : null);
            }
            case GOTO -> {
                next();
                return new Branch(at, Token.GOTO, name());
            }
            case GO, DEFER -> {
                return callStmt();
            }
            case RETURN -> {
                next();
                List<Expr> results = tok() != Token.SEMICOLON && tok() != Token.RBRACE ? exprList() : List.of();
                return new Return(at, results);
            }
            case SEMICOLON -> {
                return new EmptyStmt(at);
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt labeled(Ident label) {
        int colon = pos();
        want(Token.COLON);
        if (tok() == Token.RBRACE) {
            return new Labeled(label.pos(), label, new EmptyStmt(pos()));
        }
        Stmt st = stmtOrNull();
        if (st == null) {
            syntaxErrorAt(colon, "missing statement after label");
            return null; // as Go: no follow-on errors
        }
        return new Labeled(label.pos(), label, st);
    }

    /**
     * Where Go's compiler places an expression in a message, where that differs from its
     * first token: a selector at its dot, a binary expression at its operator, a function
     * type at the token after {@code func}.
     */
    private int gcPos(Expr x) {
        byte[] b = src.bytes();
        return switch (x) {
            case Selector sel -> {
                int i = sel.sel().pos() - 1;
                while (i > 0 && b[i] != '.') {
                    i--;
                }
                yield i;
            }
            case Binary bin -> bin.opPos();
            case FuncType ft -> { // at the token after func
                int i = ft.pos() + Token.FUNC.text.length();
                while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
                    i++;
                }
                yield i;
            }
            default -> x.pos();
        };
    }

    private Stmt callStmt() {
        int at = pos();
        Token t = tok();
        next();
        Expr x = primaryExpr(null);
        if (x instanceof Paren) {
            error(x.pos(), "expression in " + t + " must not be parenthesized");
            x = unparen(x);
        }
        Call call;
        if (x instanceof Call c) {
            call = c;
        } else {
            error(gcPos(x), "expression in " + t + " must be function call");
            call = new Call(x.pos(), x, List.of(), false, x.pos()); // as if the () were missing
        }
        return t == Token.GO ? new Go(at, call) : new Defer(at, call);
    }

    /**
     * A simple statement; {@code lhs} is its already parsed first expression list, if any;
     * {@code keyword} is {@code FOR} where a range clause may stand (a {@link Range} with a
     * null body is returned for it), else null.
     */
    private Stmt simpleStmt(List<Expr> lhs, Token keyword) {
        if (keyword == Token.FOR && tok() == Token.RANGE) {
            return rangeClause(pos(), List.of(), Token.ILLEGAL);
        }
        if (lhs == null) {
            lhs = exprList();
        }
        Expr x = lhs.getFirst();
        if (lhs.size() == 1 && tok() != Token.ASSIGN && tok() != Token.DEFINE) {
            Token t = tok();
            int at = pos();
            if (t.binaryOfAssign() != Token.ILLEGAL) {
                next();
                return new Assign(x.pos(), lhs, t, at, List.of(expr()));
            }
            switch (t) {
                case INC, DEC -> {
                    next();
                    simpleOpPos = at;
                    return new IncDec(x.pos(), x, t);
                }
                case ARROW -> {
                    next();
                    Send send = new Send(x.pos(), x, expr());
                    simpleOpPos = at; // after the value, which may hold statements of its own
                    return send;
                }
                default -> {
                    return new ExprStmt(x.pos(), x);
                }
            }
        }
        Token t = tok();
        if (t != Token.ASSIGN && t != Token.DEFINE) {
            syntaxError("expecting := or = or comma");
            advance(Token.SEMICOLON, Token.RBRACE);
            return new ExprStmt(x.pos(), x);
        }
        int at = pos();
        next();
        if (keyword == Token.FOR && tok() == Token.RANGE) {
            return rangeClause(at, lhs, t);
        }
        return new Assign(x.pos(), lhs, t, at, exprList());
    }

    private Range rangeClause(int at, List<Expr> lhs, Token t) {
        next(); // range
        if (lhs.size() > 2) {
            checkErrors.add(diagnostic(lhs.get(2).pos(), "range clause permits at most two iteration variables"));
        }
        Expr key = lhs.isEmpty() ? null : lhs.getFirst();
        Expr value = lhs.size() > 1 ? lhs.get(1) : null;
        return new Range(key != null ? key.pos() : at, key, value, t, expr(), null);
    }

    /** The header of if, for or switch, as written; cond is a simple statement still. */
    private record Header(Stmt init, Stmt cond, Stmt post) {
    }

    private Header header(Token keyword) {
        want(keyword);
        if (tok() == Token.LBRACE) {
            if (keyword == Token.IF) {
                syntaxError("missing condition in if statement");
                return new Header(null, new ExprStmt(pos(), bad()), null);
            }
            return new Header(null, null, null);
        }
        int outer = xnest;
        xnest = -1;
        Stmt init = null;
        Stmt cond = null;
        Stmt post = null;
        if (tok() != Token.SEMICOLON) {
            if (got(Token.VAR)) {
                syntaxError("var declaration not allowed in " + keyword + " initializer");
            }
            init = simpleStmt(null, keyword);
            if (init instanceof Range) {
                xnest = outer;
                return new Header(init, null, null);
            }
        }
        int condOpPos = simpleOpPos;
        int semiPos = -1;
        String semiLit = null;
        if (tok() != Token.LBRACE) {
            if (tok() == Token.SEMICOLON) {
                semiPos = pos();
                semiLit = s.lit();
                next();
            } else {
                want(Token.LBRACE);
                if (tok() != Token.LBRACE) {
                    advance(Token.LBRACE, Token.RBRACE); // for better synchronization, as Go
                }
            }
            if (keyword == Token.FOR) {
                if (tok() != Token.SEMICOLON) {
                    if (tok() == Token.LBRACE) {
                        syntaxError("expecting for loop condition");
                        xnest = outer;
                        return new Header(init, null, null);
                    }
                    cond = simpleStmt(null, null);
                    condOpPos = simpleOpPos;
                }
                want(Token.SEMICOLON);
                if (tok() != Token.LBRACE) {
                    post = simpleStmt(null, null);
                    if (post instanceof Assign a && a.tok() == Token.DEFINE) {
                        syntaxErrorAt(a.tokPos(), "cannot declare in post statement of for loop");
                    }
                }
            } else if (tok() != Token.LBRACE) {
                cond = simpleStmt(null, keyword);
                condOpPos = simpleOpPos;
            }
        } else {
            cond = init;
            init = null;
        }
        xnest = outer;
        if (cond == null) {
            if (keyword == Token.IF && semiPos >= 0) {
                if (semiLit.equals("semicolon")) {
                    syntaxErrorAt(semiPos, "missing condition in if statement");
                } else {
                    syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
                }
                cond = new ExprStmt(semiPos, new BasicLit(semiPos, Token.ILLEGAL, ""));
            }
        } else if (!(cond instanceof ExprStmt) && !(keyword == Token.SWITCH && isGuard(cond))) {
            cannotUseAsValue(cond, condOpPos);
            cond = new ExprStmt(cond.pos(), new BasicLit(cond.pos(), Token.ILLEGAL, ""));
        }
        return new Header(init, cond, post);
    }

    /**
     * Go's message for a statement where a header wants an expression, at Go's position for
     * the statement: its operator's ({@code opPos} for a send or {@code ++}).
     */
    private void cannotUseAsValue(Stmt st, int opPos) {
        switch (st) {
            case Assign a when a.tok() == Token.ASSIGN -> syntaxErrorAt(a.tokPos(), "cannot use assignment ("
                    + Printer.list(a.lhs()) + ") = (" + Printer.list(a.rhs()) + ") as value");
            case Assign a -> syntaxErrorAt(a.tokPos(), "cannot use " + Printer.stmt(a) + " as value");
            case IncDec i -> syntaxErrorAt(opPos, "cannot use " + Printer.stmt(i) + " as value");
            case Send snd -> syntaxErrorAt(opPos, "cannot use " + Printer.stmt(snd) + " as value");
            default -> syntaxErrorAt(st.pos(), "cannot use " + Printer.stmt(st) + " as value");
        }
    }

    /** Whether st is a type switch guard, {@code x.(type)} or {@code v := x.(type)}. */
    private static boolean isGuard(Stmt st) {
        return switch (st) {
            case ExprStmt e -> e.x() instanceof TypeAssert t && t.type() == null;
            case Assign a -> a.tok() == Token.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1
                    && a.lhs().getFirst() instanceof Ident
                    && a.rhs().getFirst() instanceof TypeAssert t && t.type() == null;
            default -> false;
        };
    }

    private static Expr condExpr(Stmt cond) {
        return cond == null ? null : ((ExprStmt) cond).x();
    }

    private If ifStmt() {
        int at = pos();
        Header h = header(Token.IF);
        Block then = block("if clause");
        Stmt els = null;
        if (got(Token.ELSE)) {
            switch (tok()) {
                case IF -> els = ifStmt();
                case LBRACE -> els = block("");
                default -> {
                    syntaxError("else must be followed by if or statement block");
                    advance(Token.IDENT, Token.RBRACE);
                }
            }
        }
        return new If(at, h.init, condExpr(h.cond), then, els);
    }

    private Stmt forStmt() {
        int at = pos();
        Header h = header(Token.FOR);
        Block body = block("for clause");
        if (h.init instanceof Range r) {
            return new Range(at, r.key(), r.value(), r.tok(), r.x(), body);
        }
        return new For(at, h.init, condExpr(h.cond), h.post, body);
    }

    private Stmt switchStmt() {
        int at = pos();
        Header h = header(Token.SWITCH);
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<CaseClause> clauses = new ArrayList<>();
        while (tok() != Token.EOF && tok() != Token.RBRACE) {
            clauses.add(caseClause());
        }
        int rbrace = pos();
        want(Token.RBRACE);
        if (h.cond != null && isGuard(h.cond)) {
            TypeAssert guard = (TypeAssert) (h.cond instanceof ExprStmt e ? e.x() : ((Assign) h.cond).rhs().getFirst());
            guards.remove(guard);
            return new TypeSwitch(at, h.init, h.cond, List.copyOf(clauses), rbrace);
        }
        return new Switch(at, h.init, condExpr(h.cond), List.copyOf(clauses), rbrace);
    }

    private CaseClause caseClause() {
        int at = pos();
        List<Expr> list = List.of();
        switch (tok()) {
            case CASE -> {
                next();
                list = exprList();
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        want(Token.COLON);
        return new CaseClause(at, list, stmtList());
    }

    private Select selectStmt() {
        int at = pos();
        want(Token.SELECT);
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<CommClause> clauses = new ArrayList<>();
        while (tok() != Token.EOF && tok() != Token.RBRACE) {
            clauses.add(commClause());
        }
        int rbrace = pos();
        want(Token.RBRACE);
        return new Select(at, List.copyOf(clauses), rbrace);
    }

    /** A select case; which simple statements may stand there is the checker's to say. */
    private CommClause commClause() {
        int at = pos();
        Stmt comm = null;
        switch (tok()) {
            case CASE -> {
                next();
                comm = simpleStmt(null, null);
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        want(Token.COLON);
        return new CommClause(at, comm, stmtList());
    }
}
