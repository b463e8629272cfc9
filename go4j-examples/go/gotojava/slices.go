// slices: a slice is a view of a backing array; append reallocates when capacity runs out.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3] // shares a's backing array
	b[0] = 20
	fmt.Println("a after b[0] = 20:", a)
	fmt.Println("len(b), cap(b):", len(b), cap(b))

	b = append(b, 30) // fits in the capacity: overwrites a[3]
	fmt.Println("a after append within capacity:", a)

	c := make([]int, 2, 2)
	d := append(c, 99) // over capacity: a new array
	d[0] = 7
	fmt.Println("c after writing to d[0]:", c)
}
