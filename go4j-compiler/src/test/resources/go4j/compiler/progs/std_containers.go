package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println(heap.Remove(h, 1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	e1.Value = "one"
	var l2 list.List
	l2.PushBackList(l)
	l2.PushFrontList(l)
	for e := l2.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l2.Len(), l.Front().Prev() == nil)

	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r.Unlink(2)
	r = r.Move(-1)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len())
	s := ring.New(2)
	s.Value = "x"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len(), ring.New(0) == nil)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z)
}
