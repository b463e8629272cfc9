// structs: structs and arrays are values, copied on assignment and compared with ==.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	q := p // a copy
	q.X = 10
	fmt.Println("p is unchanged:", p, "q:", q)
	fmt.Println("== compares fields:", p == Point{1, 2})

	arr := [3]int{1, 2, 3}
	arr2 := arr // arrays are values too
	arr2[0] = 100
	fmt.Println("arr is unchanged:", arr)
}
