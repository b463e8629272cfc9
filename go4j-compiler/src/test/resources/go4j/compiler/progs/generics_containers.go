package main

import (
	"fmt"
	"sort"
	"strings"
)

// Stack is a LIFO stack of any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

// List is a singly linked list with methods on its nodes.
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(func(_ int, v T) { r.PushFront(v) })
	return r
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	l.Each(func(i int, v T) {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(fmt.Sprint(v))
	})
	sb.WriteString("]")
	return sb.String()
}

// Map helpers.
func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func MapValues[K comparable, V, W any](m map[K]V, f func(V) W) map[K]W {
	out := make(map[K]W, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Set is a generic type whose underlying type is a map.
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }

// Pair holds two values of different types.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func SortedPairs[V any](m map[string]V) []Pair[string, V] {
	keys := Keys(m)
	sort.Strings(keys)
	out := make([]Pair[string, V], 0, len(keys))
	for _, k := range keys {
		out = append(out, Pair[string, V]{k, m[k]})
	}
	return out
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println("len", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", v)
	}
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	fmt.Println(top, ss.Len())

	l := &List[string]{}
	for _, w := range []string{"one", "two", "three"} {
		l.PushFront(w)
	}
	fmt.Println(l, l.size, l.Reverse())
	lf := &List[float64]{}
	lf.PushFront(1.5)
	lf.PushFront(2.25)
	fmt.Println(lf.String())

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := Keys(m)
	sort.Strings(keys)
	fmt.Println(keys)
	sq := MapValues(m, func(v int) string { return strings.Repeat("*", v) })
	fmt.Println(SortedPairs(sq))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(Reduce([]string{"x", "y", "z"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))

	set := NewSet("go", "java", "go")
	fmt.Println(set.Len(), set.Has("go"), set.Has("rust"))
	ints := NewSet[int]()
	ints.Add(7)
	fmt.Println(ints.Len(), ints.Has(7), len(ints))
}
