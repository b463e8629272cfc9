// closures: a Go closure shares the variables it captures with its enclosing function.
package main

import "fmt"

func counter() (func() int, func() int) {
	n := 0
	inc := func() int { n++; return n }
	get := func() int { return n }
	return inc, get
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println("get() sees inc's writes:", get())

	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println("the closure reads x at call time:", show())
}
