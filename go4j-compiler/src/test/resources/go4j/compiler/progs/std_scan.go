// fmt's scanning: Sscan, Sscanln, Sscanf (verbs, widths, bases, quoted strings, runes, named
// types, []byte, complex), Fscanln over a strings.Reader, and the errors, as Go 1.19 prints them.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type ID int32

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20\n hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7:8", "%d-%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	var x, o, bin int
	var h uint8
	n, err = fmt.Sscanf("ff 17 101 0x1f", "%x %o %b %v", &x, &o, &bin, &h)
	fmt.Println(n, err, x, o, bin, h)
	n, err = fmt.Sscan("0x10 0b11 017 1_000", &a, &b, &x, &o)
	fmt.Println(n, err, a, b, x, o)
	var c Celsius
	var id ID
	var ok bool
	var q string
	var bs []byte
	n, err = fmt.Sscan("36.6 42 true \"quoted str\" raw", &c, &id, &ok, &q, &bs)
	fmt.Println(n, err, c, id, ok, q, string(bs))
	n, err = fmt.Sscanf(`"a\tb"`, "%q", &q)
	fmt.Printf("%d %v %q\n", n, err, q)
	var r1, r2 rune
	n, err = fmt.Sscanf("héllo", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	n, err = fmt.Sscanf("300", "%d", &h)
	fmt.Println(n, err)
	var f32 float32
	n, err = fmt.Sscan("1e3 -2.5", &f, &f32)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscan("3", a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	rd := strings.NewReader("11 22\n33 44\n")
	for {
		var p, q int
		n, err := fmt.Fscanln(rd, &p, &q)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Println(p + q)
	}
	n, err = fmt.Fscan(strings.NewReader("  5  "), &a)
	fmt.Println(n, err, a)
	var cx complex128
	n, err = fmt.Sscan("(1+2i)", &cx)
	fmt.Println(n, err, cx)
	n, err = fmt.Sscanf("abc", "%5s", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &q)
	fmt.Println(n, err, s, q)
}
