// Escape decisions in generic code as Go 1.19 prints them: once per GC shape of the type
// arguments (an instance's shape is their underlying types, and every pointer is one shape
// where the constraint has no core type), not once per generic function or per instance;
// a generic function nothing instantiates prints nothing.
package main

import "fmt"

type MyInt int

func Ptr[T any](v T) *T {
	w := v
	return &w
}

type Box[T any] struct{ v T }

func (b *Box[T]) Counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func Unused[T any](v T) *T {
	u := v
	return &u
}

func main() {
	a, b, c := 1, "s", MyInt(2)
	fmt.Println(*Ptr(a), *Ptr(b), *Ptr(c))
	fmt.Println(**Ptr(&a), **Ptr(&b))
	i := (&Box[int]{}).Counter()
	s := (&Box[string]{}).Counter()
	i()
	fmt.Println(i(), s())
}
