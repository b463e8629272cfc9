// loopcapture: before Go 1.22 a for loop has one variable for all iterations, so closures
// created in the loop all see its last value; since Go 1.22 each iteration has its own.
package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var copies []func() int
	for i := 0; i < 3; i++ {
		i := i // the classic fix: a fresh variable per iteration
		copies = append(copies, func() int { return i })
	}
	for _, f := range copies {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
