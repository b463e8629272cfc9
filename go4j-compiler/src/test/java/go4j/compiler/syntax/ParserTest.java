package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import go4j.compiler.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser's trees, written as {@link TreeDump#shape}s (offsets left out; {@link
 * GoAstAgreementTest} checks those against go/parser): one Go fragment and its tree a line.
 */
class ParserTest {

    private static File file(String src) {
        return Parser.parse(Source.of("./prog.go", src));
    }

    /** The shape of the one statement of a function body. */
    private static String stmt(String body) {
        FuncDecl f = (FuncDecl) file("package p\nfunc f() {\n" + body + "\n}\n").decls().getFirst();
        assertEquals(1, f.body().stmts().size(), "statements of " + body);
        return TreeDump.shape(f.body().stmts().getFirst());
    }

    /** The shape of one top-level declaration. */
    private static String decl(String src) {
        return TreeDump.shape(file("package p\n" + src + "\n").decls().getFirst());
    }

    // ---- expressions and types where expressions stand

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "_ = []int{1} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(nil Ident(\"int\")) [BasicLit(INT \"1\")])])",
            "_ = map[string]int{} => Assign([Ident(\"_\")] = [CompositeLit(MapType(Ident(\"string\") Ident(\"int\")) [])])",
            "_ = [...]int{2: 1} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(Ellipsis(nil) Ident(\"int\")) [KeyValue(BasicLit(INT \"2\") BasicLit(INT \"1\"))])])",
            "_ = [][]int{{1}} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(nil ArrayType(nil Ident(\"int\"))) [CompositeLit(nil [BasicLit(INT \"1\")])])])",
            "func(){}() => ExprStmt(Call(FuncLit(FuncType([] []) Block([])) [] false))",
            "_ = struct{}{} => Assign([Ident(\"_\")] = [CompositeLit(StructType([]) [])])",
            "_ = (*T)(x) => Assign([Ident(\"_\")] = [Call(Paren(Star(Ident(\"T\"))) [Ident(\"x\")] false)])",
            "_ = p.T{X: 1} => Assign([Ident(\"_\")] = [CompositeLit(Selector(Ident(\"p\") Ident(\"T\")) [KeyValue(Ident(\"X\") BasicLit(INT \"1\"))])])",
            "_ = []byte(s) => Assign([Ident(\"_\")] = [Call(ArrayType(nil Ident(\"byte\")) [Ident(\"s\")] false)])",
            "_ = a + b * c => Assign([Ident(\"_\")] = [Binary(Ident(\"a\") + Binary(Ident(\"b\") * Ident(\"c\")))])",
            "_ = a || b && !c => Assign([Ident(\"_\")] = [Binary(Ident(\"a\") || Binary(Ident(\"b\") && Unary(! Ident(\"c\"))))])",
            "_ = -x.y[1:2:3] => Assign([Ident(\"_\")] = [Unary(- SliceExpr(Selector(Ident(\"x\") Ident(\"y\")) BasicLit(INT \"1\") BasicLit(INT \"2\") BasicLit(INT \"3\") true))])",
            "_ = s[:] => Assign([Ident(\"_\")] = [SliceExpr(Ident(\"s\") nil nil nil false)])",
            "_ = *p => Assign([Ident(\"_\")] = [Star(Ident(\"p\"))])",
            "_ = &T{} => Assign([Ident(\"_\")] = [Unary(& CompositeLit(Ident(\"T\") []))])",
            "_ = <-ch => Assign([Ident(\"_\")] = [Unary(<- Ident(\"ch\"))])",
            "_ = make(<-chan int) => Assign([Ident(\"_\")] = [Call(Ident(\"make\") [ChanType(RECV Ident(\"int\"))] false)])",
            "_ = make(chan<- int, 1) => Assign([Ident(\"_\")] = [Call(Ident(\"make\") [ChanType(SEND Ident(\"int\")) BasicLit(INT \"1\")] false)])",
            "_ = x.(fmt.Stringer) => Assign([Ident(\"_\")] = [TypeAssert(Ident(\"x\") Selector(Ident(\"fmt\") Ident(\"Stringer\")))])",
            "f(xs...) => ExprStmt(Call(Ident(\"f\") [Ident(\"xs\")] true))",
            "_ = interface{}(x) => Assign([Ident(\"_\")] = [Call(InterfaceType([]) [Ident(\"x\")] false)])",
            "_ = 'a' + 1.5i => Assign([Ident(\"_\")] = [Binary(BasicLit(CHAR \"'a'\") + BasicLit(IMAG \"1.5i\"))])"})
    void expressions(String src, String want) {
        assertEquals(want, stmt(src));
    }

    // ---- the composite literal ambiguity in headers

    @Test
    void braceAfterNameInIfHeaderOpensTheBlock() {
        assertEquals("If(nil Ident(\"x\") Block([]) nil)", stmt("if x {}"));
    }

    @Test
    void parenthesizedCompositeLiteralIsAllowedInHeader() {
        assertEquals("If(nil Binary(Ident(\"x\") == Paren(CompositeLit(Ident(\"T\") []))) Block([]) nil)",
                stmt("if x == (T{}) {}"));
    }

    @Test
    void compositeLiteralOfTypeLiteralIsAllowedInHeader() {
        assertEquals("Range(Ident(\"_\") Ident(\"v\") := CompositeLit(ArrayType(nil Ident(\"int\")) [BasicLit(INT \"1\")]) Block([]))",
                stmt("for _, v := range []int{1} {}"));
    }

    @Test
    void compositeLiteralInsideCallInHeaderIsAllowed() {
        assertEquals("Switch(nil Call(Ident(\"f\") [CompositeLit(Ident(\"T\") [])] false) [])",
                stmt("switch f(T{}) {}"));
    }

    @Test
    void bareCompositeLiteralOfNamedTypeInHeaderIsAnError() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"));
        assertEquals("./prog.go:3:14: syntax error: unexpected { at end of statement\n"
                + "./prog.go:5:1: syntax error: non-declaration statement outside function body", e.getMessage());
    }

    // ---- statements

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "for {} => For(nil nil nil Block([]))",
            "for i := 0; i < n; i++ {} => For(Assign([Ident(\"i\")] := [BasicLit(INT \"0\")]) Binary(Ident(\"i\") < Ident(\"n\")) IncDec(Ident(\"i\") ++) Block([]))",
            "for x < 3 {} => For(nil Binary(Ident(\"x\") < BasicLit(INT \"3\")) nil Block([]))",
            "for range ch {} => Range(nil nil ILLEGAL Ident(\"ch\") Block([]))",
            "for k, v := range m {} => Range(Ident(\"k\") Ident(\"v\") := Ident(\"m\") Block([]))",
            "for k = range m {} => Range(Ident(\"k\") nil = Ident(\"m\") Block([]))",
            "if v, ok := m[k]; ok {} else if x {} else {} => If(Assign([Ident(\"v\") Ident(\"ok\")] := [Index(Ident(\"m\") Ident(\"k\"))]) Ident(\"ok\") Block([]) If(nil Ident(\"x\") Block([]) Block([])))",
            "switch {case a, b: f(); fallthrough; default:} => Switch(nil nil [CaseClause([Ident(\"a\") Ident(\"b\")] [ExprStmt(Call(Ident(\"f\") [] false)) Branch(fallthrough nil)]) CaseClause([] [])])",
            "switch x := f(); x {} => Switch(Assign([Ident(\"x\")] := [Call(Ident(\"f\") [] false)]) Ident(\"x\") [])",
            "switch v := x.(type) {case int:} => TypeSwitch(nil Assign([Ident(\"v\")] := [TypeAssert(Ident(\"x\") nil)]) [CaseClause([Ident(\"int\")] [])])",
            "switch x.(type) {case nil:} => TypeSwitch(nil ExprStmt(TypeAssert(Ident(\"x\") nil)) [CaseClause([Ident(\"nil\")] [])])",
            "select {case ch <- 1: case v, ok := <-ch: case <-ch: default:} => Select([CommClause(Send(Ident(\"ch\") BasicLit(INT \"1\")) []) CommClause(Assign([Ident(\"v\") Ident(\"ok\")] := [Unary(<- Ident(\"ch\"))]) []) CommClause(ExprStmt(Unary(<- Ident(\"ch\"))) []) CommClause(nil [])])",
            "L: for { break L; continue L; goto L } => Labeled(Ident(\"L\") For(nil nil nil Block([Branch(break Ident(\"L\")) Branch(continue Ident(\"L\")) Branch(goto Ident(\"L\"))])))",
            "{ L: } => Block([Labeled(Ident(\"L\") EmptyStmt())])",
            "go f(x) => Go(Call(Ident(\"f\") [Ident(\"x\")] false))",
            "defer func() {}() => Defer(Call(FuncLit(FuncType([] []) Block([])) [] false))",
            "return 1, x => Return([BasicLit(INT \"1\") Ident(\"x\")])",
            "x, y = y, x => Assign([Ident(\"x\") Ident(\"y\")] = [Ident(\"y\") Ident(\"x\")])",
            "x <<= 2 => Assign([Ident(\"x\")] <<= [BasicLit(INT \"2\")])",
            "ch <- v => Send(Ident(\"ch\") Ident(\"v\"))",
            "var a, b int = 1, 2 => DeclStmt(GenDecl(var false [ValueSpec([Ident(\"a\") Ident(\"b\")] Ident(\"int\") [BasicLit(INT \"1\") BasicLit(INT \"2\")])]))"})
    void statements(String src, String want) {
        assertEquals(want, stmt(src));
    }

    // ---- declarations

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "func (p *T) M(a, b int, c ...string) (n int, err error) {} => FuncDecl(Field([Ident(\"p\")] Star(Ident(\"T\")) nil) Ident(\"M\") FuncType([Field([Ident(\"a\") Ident(\"b\")] Ident(\"int\") nil) Field([Ident(\"c\")] Ellipsis(Ident(\"string\")) nil)] [Field([Ident(\"n\")] Ident(\"int\") nil) Field([Ident(\"err\")] Ident(\"error\") nil)]) Block([]))",
            "func (T) M(int, string) bool => FuncDecl(Field([] Ident(\"T\") nil) Ident(\"M\") FuncType([Field([] Ident(\"int\") nil) Field([] Ident(\"string\") nil)] [Field([] Ident(\"bool\") nil)]) nil)",
            "type T struct { a, b int `json:\"a\"`; *p.E; F } => GenDecl(type false [TypeSpec(Ident(\"T\") false StructType([Field([Ident(\"a\") Ident(\"b\")] Ident(\"int\") BasicLit(STRING \"`json:\\\"a\\\"`\")) Field([] Star(Selector(Ident(\"p\") Ident(\"E\"))) nil) Field([] Ident(\"F\") nil)]))])",
            "type I interface { io.Reader; M(x int) error } => GenDecl(type false [TypeSpec(Ident(\"I\") false InterfaceType([Field([] Selector(Ident(\"io\") Ident(\"Reader\")) nil) Field([Ident(\"M\")] FuncType([Field([Ident(\"x\")] Ident(\"int\") nil)] [Field([] Ident(\"error\") nil)]) nil)]))])",
            "type A = map[string][]int => GenDecl(type false [TypeSpec(Ident(\"A\") true MapType(Ident(\"string\") ArrayType(nil Ident(\"int\"))))])",
            "type N [4]chan<- func(int) int => GenDecl(type false [TypeSpec(Ident(\"N\") false ArrayType(BasicLit(INT \"4\") ChanType(SEND FuncType([Field([] Ident(\"int\") nil)] [Field([] Ident(\"int\") nil)]))))])",
            "var x = 1 => GenDecl(var false [ValueSpec([Ident(\"x\")] nil [BasicLit(INT \"1\")])])"})
    void declarations(String src, String want) {
        assertEquals(want, decl(src));
    }

    @Test
    void constGroupRecordsEachSpecsIndexForIota() {
        GenDecl d = (GenDecl) file("package p\nconst (\n\tA = iota\n\tB\n\t_\n\tC, D = iota, 2\n)\nconst E = iota\n")
                .decls().getFirst();
        assertEquals(List.of(0, 1, 2, 3), d.specs().stream().map(s -> ((ValueSpec) s).index()).toList());
        assertEquals(List.of(), ((ValueSpec) d.specs().get(1)).values());
        assertEquals(true, d.lparen());
    }

    @Test
    void importSpecsAreListedInFileImportsToo() {
        File f = file("package main\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"os\"\n)\n");
        assertEquals("[ImportSpec(nil BasicLit(STRING \"\\\"fmt\\\"\")) ImportSpec(Ident(\"str\") BasicLit(STRING \"\\\"strings\\\"\"))"
                + " ImportSpec(Ident(\".\") BasicLit(STRING \"\\\"math\\\"\")) ImportSpec(Ident(\"_\") BasicLit(STRING \"\\\"os\\\"\"))]",
                "[" + String.join(" ", f.imports().stream().map(TreeDump::shape).toList()) + "]");
        assertEquals(2, f.decls().size());
        assertEquals("main", f.pkgName().name());
    }

    @Test
    void positionsPrintAsGoPrintsThem() {
        File f = file("package main\n\nfunc main() {\n\tx := 1\n}\n");
        Block body = ((FuncDecl) f.decls().getFirst()).body();
        Assign a = assertInstanceOf(Assign.class, body.stmts().getFirst());
        assertEquals("./prog.go:4:2", f.source().position(a.pos()));
        assertEquals("./prog.go:4:4", f.source().position(a.tokPos()));
        assertEquals("./prog.go:5:1", f.source().position(body.rbrace()));
    }

    @Test
    void typeSwitchGuardOutsideSwitchIsRejected() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\nfunc f(y any) {\n\t_ = y.(type)\n}\n"));
        assertEquals("./prog.go:3:6: invalid AST: use of .(type) outside type switch", e.getMessage());
    }

    @Test
    void typeParametersAreRejected() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\n\nfunc F[T any](x T) {}\n"));
        assertEquals("./prog.go:3:7: syntax error: unexpected [, expecting (", e.getMessage());
    }
}
