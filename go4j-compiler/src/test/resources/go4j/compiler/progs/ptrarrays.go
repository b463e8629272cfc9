// Pointers to arrays: a named array type's pointer methods through an interface, assertions
// and switches to *A, and fmt's &[...] and &map[...] for pointers at the top level.
package main

import "fmt"

type A [2]int

func (p *A) Sum() int { return p[0] + p[1] }

type Summer interface{ Sum() int }

func main() {
	a := A{3, 4}
	var s Summer = &a
	fmt.Println(s.Sum())
	fmt.Printf("%v %T\n", s, s)
	p, ok := s.(*A)
	fmt.Println(p[1], ok, p == &a)
	var x interface{} = &a
	switch v := x.(type) {
	case *A:
		v[0] = 10
	}
	fmt.Println(a, x)
	arr := [3]string{"a", "b", "c"}
	sl := []int{1}
	m := map[string]int{"k": 1}
	fmt.Println(&arr, &sl, &m)
	fmt.Printf("%v %+v\n", &arr, &m)
	var np *A
	s = np
	fmt.Println(s != nil)
	var e1, e2 interface{} = &a, &a
	fmt.Println(e1 == e2)
}
