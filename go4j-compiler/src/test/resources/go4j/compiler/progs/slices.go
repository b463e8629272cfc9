package main

import "fmt"

type point struct{ x, y int }

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := s[2:5]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]string, 2, 5)
	u[1] = "b"
	u = append(u, "c", "d")
	fmt.Println(u, len(u))
	n := copy(s, []int{9, 8, 7})
	fmt.Println(n, s[:4])
	ps := []point{{1, 2}, {3, 4}}
	p := ps[0]
	p.x = 99
	fmt.Println(ps, p)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 5
	fmt.Println(arr, arr2, len(arr))
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	delete(m, "a")
	v, ok := m["b"]
	w, ok2 := m["z"]
	fmt.Println(len(m), v, ok, w, ok2, m)
	grid := [][]int{{1, 2}, {3}}
	fmt.Println(grid, len(grid[1]))
}
