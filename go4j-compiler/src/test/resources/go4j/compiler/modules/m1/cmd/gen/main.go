package main

import (
	"fmt"

	"example.com/m1/gen"
)

type Point struct{ X, Y int }

func main() {
	fmt.Println(gen.Sum(1, 2), gen.Sum(1.5), gen.Twice(2.5))
	var s gen.Stack[Point]
	s.Push(Point{1, 2})
	fmt.Println(s.Len())
	fmt.Printf("%T\n", s)
	fmt.Println(gen.Show(Point{3, 4}), gen.Show[gen.Stack[int]](gen.Stack[int]{}))
}
