package main

import "fmt"

// Number allows integers and floats: a string does not satisfy it.
type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	fmt.Println(Sum([]string{"a", "b"}))
}
