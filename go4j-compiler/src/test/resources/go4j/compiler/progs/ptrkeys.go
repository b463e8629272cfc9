package main

import "fmt"

type T struct {
	i int64
	f float32
}

func main() {
	m := make(map[*T]int)
	a := &T{1, 2}
	b := &T{1, 2}
	m[a] = 1
	m[b] = 2
	fmt.Println(len(m), m[a], m[b], a == b, *a == *b)
	type L struct{ x int }
	n := make(map[*L]int)
	p, q := &L{1}, &L{1}
	n[p] = 1
	n[q] = 2
	fmt.Println(len(n), n[p], n[q])
}
