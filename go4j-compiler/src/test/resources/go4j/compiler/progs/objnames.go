// Methods named as java.lang.Object's (wait, notify, equals, hashCode, toString, getClass):
// Go methods like any other, called directly, through an interface and as method values, and
// a value whose type has equals is still compared as Go compares map keys.
package main

import "fmt"

type Waiter interface {
	wait()
	notify() string
	equals(x any) bool
	toString() string
	hashCode() int
	getClass() string
}

type S struct{ n int }

func (s *S) wait()              { s.n++ }
func (s *S) notify() string     { return fmt.Sprint("notified ", s.n) }
func (s *S) equals(x any) bool  { return false }
func (s *S) toString() string   { return "S!" }
func (s *S) hashCode() int      { return 7 }
func (s *S) getClass() string   { return "class S" }

type N int

func (n N) wait()             {}
func (n N) notify() string    { return fmt.Sprint("N ", int(n)) }
func (n N) equals(x any) bool { return true }
func (n N) toString() string  { return "N!" }
func (n N) hashCode() int     { return int(n) }
func (n N) getClass() string  { return "class N" }

func main() {
	s := &S{}
	var w Waiter = s
	w.wait()
	s.wait()
	fmt.Println(w.notify(), w.equals(s), w.toString(), w.hashCode(), w.getClass())
	m := map[any]int{s: 1, &S{}: 2}
	fmt.Println(len(m), m[s])
	w = N(3)
	w.wait()
	fmt.Println(w.notify(), w.equals(nil), w.toString(), w.hashCode(), w.getClass())
	k := map[any]int{N(1): 1, N(2): 2}
	fmt.Println(len(k), k[N(2)], fmt.Sprint(s.n), fmt.Sprintf("%v", N(3)))
	f := w.notify
	fmt.Println(f())
	var x any = 5
	_, ok := x.(Waiter)
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	_ = x.(Waiter)
}
