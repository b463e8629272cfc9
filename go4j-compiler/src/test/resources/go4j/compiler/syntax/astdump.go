// astdump prints go/ast trees in the shape of go4j's Node records, one line a file, for
// GoAstAgreementTest: Name(offset child child ...), whitespace not significant.
// Usage: go run astdump.go file.go...
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
)

var fset = token.NewFileSet()
var b strings.Builder

func off(p token.Pos) string { return strconv.Itoa(fset.Position(p).Offset) }

func w(s ...string) {
	b.WriteString(strings.Join(s, " "))
}

func open(name string, pos token.Pos) { w(name + "(" + off(pos) + " ") }
func cl()                             { b.WriteString(")") }

func e(x ast.Expr) {
	if x == nil {
		w("nil ")
		return
	}
	switch x := x.(type) {
	case *ast.Ident:
		open("Ident", x.Pos())
		w(strconv.Quote(x.Name))
	case *ast.BasicLit:
		open("BasicLit", x.Pos())
		w(x.Kind.String(), strconv.Quote(x.Value))
	case *ast.CompositeLit:
		open("CompositeLit", x.Pos())
		e(x.Type)
		el(x.Elts)
		w(off(x.Rbrace))
	case *ast.KeyValueExpr:
		open("KeyValue", x.Pos())
		e(x.Key)
		e(x.Value)
	case *ast.FuncLit:
		open("FuncLit", x.Pos())
		e(x.Type)
		st(x.Body)
	case *ast.ParenExpr:
		open("Paren", x.Pos())
		e(x.X)
	case *ast.SelectorExpr:
		open("Selector", x.Pos())
		e(x.X)
		e(x.Sel)
	case *ast.IndexExpr:
		open("Index", x.Pos())
		e(x.X)
		e(x.Index)
	case *ast.IndexListExpr:
		open("IndexList", x.Pos())
		e(x.X)
		el(x.Indices)
	case *ast.SliceExpr:
		open("SliceExpr", x.Pos())
		e(x.X)
		e(x.Low)
		e(x.High)
		e(x.Max)
		w(strconv.FormatBool(x.Slice3))
	case *ast.TypeAssertExpr:
		open("TypeAssert", x.Pos())
		e(x.X)
		e(x.Type)
	case *ast.CallExpr:
		open("Call", x.Pos())
		e(x.Fun)
		el(x.Args)
		w(strconv.FormatBool(x.Ellipsis.IsValid()), off(x.Rparen))
	case *ast.StarExpr:
		open("Star", x.Pos())
		e(x.X)
	case *ast.UnaryExpr:
		open("Unary", x.Pos())
		w(x.Op.String(), "")
		e(x.X)
	case *ast.BinaryExpr:
		open("Binary", x.Pos())
		e(x.X)
		w(x.Op.String(), off(x.OpPos), "")
		e(x.Y)
	case *ast.ArrayType:
		open("ArrayType", x.Pos())
		e(x.Len)
		e(x.Elt)
	case *ast.Ellipsis:
		open("Ellipsis", x.Pos())
		e(x.Elt)
	case *ast.StructType:
		open("StructType", x.Pos())
		fl(x.Fields)
	case *ast.FuncType:
		open("FuncType", x.Pos())
		fl(x.TypeParams)
		fl(x.Params)
		fl(x.Results)
	case *ast.InterfaceType:
		open("InterfaceType", x.Pos())
		fl(x.Methods)
	case *ast.MapType:
		open("MapType", x.Pos())
		e(x.Key)
		e(x.Value)
	case *ast.ChanType:
		open("ChanType", x.Pos())
		switch x.Dir {
		case ast.SEND:
			w("SEND ")
		case ast.RECV:
			w("RECV ")
		default:
			w("BOTH ")
		}
		e(x.Value)
	default:
		panic(fmt.Sprintf("expr %T", x))
	}
	cl()
}

func el(xs []ast.Expr) {
	w("[")
	for _, x := range xs {
		e(x)
	}
	w("]")
}

func fl(l *ast.FieldList) {
	w("[")
	if l != nil {
		for _, f := range l.List {
			field(f)
		}
	}
	w("]")
}

func field(f *ast.Field) {
	open("Field", f.Pos())
	w("[")
	for _, n := range f.Names {
		e(n)
	}
	w("]")
	e(f.Type)
	if f.Tag == nil {
		w("nil ")
	} else {
		e(f.Tag)
	}
	cl()
}

func sl(ss []ast.Stmt) {
	w("[")
	for _, s := range ss {
		st(s)
	}
	w("]")
}

func st(s ast.Stmt) {
	if s == nil {
		w("nil ")
		return
	}
	switch s := s.(type) {
	case *ast.DeclStmt:
		open("DeclStmt", s.Pos())
		decl(s.Decl)
	case *ast.EmptyStmt:
		open("EmptyStmt", s.Pos())
	case *ast.LabeledStmt:
		open("Labeled", s.Pos())
		e(s.Label)
		st(s.Stmt)
	case *ast.ExprStmt:
		open("ExprStmt", s.Pos())
		e(s.X)
	case *ast.SendStmt:
		open("Send", s.Pos())
		e(s.Chan)
		e(s.Value)
	case *ast.IncDecStmt:
		open("IncDec", s.Pos())
		e(s.X)
		w(s.Tok.String())
	case *ast.AssignStmt:
		open("Assign", s.Pos())
		el(s.Lhs)
		w(s.Tok.String(), off(s.TokPos), "")
		el(s.Rhs)
	case *ast.GoStmt:
		open("Go", s.Pos())
		e(s.Call)
	case *ast.DeferStmt:
		open("Defer", s.Pos())
		e(s.Call)
	case *ast.ReturnStmt:
		open("Return", s.Pos())
		el(s.Results)
	case *ast.BranchStmt:
		open("Branch", s.Pos())
		w(s.Tok.String(), "")
		if s.Label == nil {
			w("nil ")
		} else {
			e(s.Label)
		}
	case *ast.BlockStmt:
		open("Block", s.Pos())
		sl(s.List)
		w(off(s.Rbrace))
	case *ast.IfStmt:
		open("If", s.Pos())
		st(s.Init)
		e(s.Cond)
		st(s.Body)
		st(s.Else)
	case *ast.CaseClause:
		open("CaseClause", s.Pos())
		el(s.List)
		sl(s.Body)
	case *ast.SwitchStmt:
		open("Switch", s.Pos())
		st(s.Init)
		e(s.Tag)
		sl(s.Body.List)
		w(off(s.Body.Rbrace))
	case *ast.TypeSwitchStmt:
		open("TypeSwitch", s.Pos())
		st(s.Init)
		st(s.Assign)
		sl(s.Body.List)
		w(off(s.Body.Rbrace))
	case *ast.CommClause:
		open("CommClause", s.Pos())
		st(s.Comm)
		sl(s.Body)
	case *ast.SelectStmt:
		open("Select", s.Pos())
		sl(s.Body.List)
		w(off(s.Body.Rbrace))
	case *ast.ForStmt:
		open("For", s.Pos())
		st(s.Init)
		e(s.Cond)
		st(s.Post)
		st(s.Body)
	case *ast.RangeStmt:
		open("Range", s.Pos())
		e(s.Key)
		e(s.Value)
		w(s.Tok.String(), "")
		e(s.X)
		st(s.Body)
	default:
		panic(fmt.Sprintf("stmt %T", s))
	}
	cl()
}

func decl(d ast.Decl) {
	switch d := d.(type) {
	case *ast.GenDecl:
		open("GenDecl", d.Pos())
		w(d.Tok.String(), strconv.FormatBool(d.Lparen.IsValid()), "[")
		for i, s := range d.Specs {
			switch s := s.(type) {
			case *ast.ImportSpec:
				open("ImportSpec", s.Pos())
				if s.Name == nil {
					w("nil ")
				} else {
					e(s.Name)
				}
				e(s.Path)
			case *ast.ValueSpec:
				open("ValueSpec", s.Pos())
				w("[")
				for _, n := range s.Names {
					e(n)
				}
				w("]")
				e(s.Type)
				el(s.Values)
				w(strconv.Itoa(i))
			case *ast.TypeSpec:
				open("TypeSpec", s.Pos())
				e(s.Name)
				fl(s.TypeParams)
				w(strconv.FormatBool(s.Assign.IsValid()), "")
				e(s.Type)
			}
			cl()
		}
		w("]")
	case *ast.FuncDecl:
		open("FuncDecl", d.Pos())
		if d.Recv == nil {
			w("nil ")
		} else {
			field(d.Recv.List[0])
		}
		e(d.Name)
		e(d.Type)
		if d.Body == nil {
			w("nil ")
		} else {
			st(d.Body)
		}
	}
	cl()
}

func main() {
	for _, name := range os.Args[1:] {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		b.Reset()
		open("File", f.Pos())
		e(f.Name)
		w("[")
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				for _, s := range g.Specs {
					s := s.(*ast.ImportSpec)
					open("ImportSpec", s.Pos())
					if s.Name == nil {
						w("nil ")
					} else {
						e(s.Name)
					}
					e(s.Path)
					cl()
				}
			}
		}
		w("]", "[")
		for _, d := range f.Decls {
			decl(d)
		}
		w("]")
		cl()
		fmt.Println(name)
		fmt.Println(b.String())
	}
}
