package main

import "fmt"

type Stack[E any] struct{ xs []E }

func (s *Stack[E]) Pop() E {
	e := s.top()
	s.xs = s.xs[:len(s.xs)-1]
	return e
}

func (s Stack[E]) top() E { return s.xs[len(s.xs)-1] }

type Popper interface{ Pop() int }

type Machine struct{ p Popper }

func (m *Machine) Run(steps int) {
	run := func() {
		for i := 0; i < steps; i++ {
			fmt.Println(m.p.Pop())
		}
	}
	run()
}

func main() {
	m := &Machine{p: &Stack[int]{xs: []int{1, 2}}}
	m.Run(3)
}
