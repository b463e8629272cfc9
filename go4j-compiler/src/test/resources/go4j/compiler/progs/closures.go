package main

import (
	"errors"
	"fmt"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	sq := func(x int) int { return x * x }
	fmt.Println(apply([]int{1, 2, 3}, sq))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	deferOrder()
	fmt.Println(find("") == ErrNotFound, find("x"))
	funcs := []func() int{}
	for i := 0; i < 3; i++ {
		j := i
		funcs = append(funcs, func() int { return j * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
