// Package gen has generic declarations that another package instantiates.
package gen

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

func Twice[T Number](x T) T { return Sum(x, x) }

func Show[T any](x T) string { return fmt.Sprintf("%T:%v", x, x) }
