// A nil pointer of a standard struct type held in an interface is not a nil interface, as in Go:
// != nil, %T its pointer type, %v <nil>, a method through the interface runs on the nil
// receiver ((*bytes.Buffer).String's <nil>, (*strings.Builder).String's nil dereference), and
// an assertion or type switch gets the nil pointer back; a program's own nil *T prints <nil> too.
package main

import (
	"bytes"
	"container/list"
	"fmt"
	"io"
	"strings"
)

func describe(s fmt.Stringer) {
	fmt.Println(s != nil, s == nil)
	fmt.Printf("%T %v\n", s, s)
	fmt.Println(s.String())
	if b, ok := s.(*bytes.Buffer); ok {
		fmt.Println("is *bytes.Buffer, nil:", b == nil)
	}
	switch v := s.(type) {
	case *bytes.Buffer:
		fmt.Println("switch *bytes.Buffer", v == nil)
	default:
		fmt.Println("other")
	}
}

type T struct{ a int }

func main() {
	var p *T
	var pt any = p
	fmt.Printf("%v %T\n", pt, pt)
	var b *bytes.Buffer
	var s fmt.Stringer = b
	describe(s)
	var w io.Writer = b
	fmt.Println(w != nil)
	var a any = b
	var a2 any = (*bytes.Buffer)(nil)
	fmt.Println(a == a2, a != nil)
	var l *list.List
	var x any = l
	fmt.Println(x != nil, x.(*list.List) == nil)
	fmt.Printf("%v %T\n", x, x)
	var sb *strings.Builder
	var st fmt.Stringer = sb
	fmt.Println(st != nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(st.String())
}
