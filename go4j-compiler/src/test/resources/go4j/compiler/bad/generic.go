package main

import "fmt"

// Stack is generic: go4j parses it, and its checker does not support generics yet.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Map[K comparable, V any](m map[K]V) []V {
	var out []V
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func main() {
	var s Stack[int]
	s.Push(1)
	fmt.Println(len(Map[string, int](map[string]int{"a": 1})), s.items)
}
