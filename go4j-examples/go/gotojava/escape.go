// escape: the compiler decides where a value lives. Build with -gcflags=-m to see its
// decisions: "moved to heap: p" in newPoint (its address outlives the call); the Point
// in dist stays on the stack.
package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p // fine in Go: p moves to the heap
}

func dist(x, y int) int {
	p := Point{x, y} // does not escape: stack
	return p.X*p.X + p.Y*p.Y
}

func main() {
	fmt.Println(newPoint(1, 2).X, dist(3, 4))
}
