// sync.Cond (with a Mutex and with a Locker of the program) and sync.Pool, math/bits, and path,
// against the output Go 1.19 printed (std_sync_bits_path.out).
package main

import (
	"fmt"
	"math/bits"
	"path"
	"sync"
)

type spin struct{ mu sync.Mutex; n int }

func (s *spin) Lock()   { s.mu.Lock(); s.n++ }
func (s *spin) Unlock() { s.mu.Unlock() }

func main() {
	// sync.Cond: a queue with waiting consumers
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := []int{}
	var wg sync.WaitGroup
	got := make([]int, 0)
	var gmu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			mu.Unlock()
			gmu.Lock()
			got = append(got, v)
			gmu.Unlock()
		}()
	}
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		c.Signal()
		mu.Unlock()
	}
	wg.Wait()
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("cond:", len(got), sum)
	s := &spin{}
	c2 := sync.Cond{L: s}
	done := make(chan bool)
	go func() { c2.L.Lock(); c2.Wait(); c2.L.Unlock(); done <- true }()
	for {
		s.mu.Lock()
		n := s.n
		s.mu.Unlock()
		if n > 0 {
			break
		}
	}
	c2.L.Lock()
	c2.Broadcast()
	c2.L.Unlock()
	<-done
	fmt.Println("custom locker:", s.n >= 2)
	// sync.Pool
	made := 0
	p := sync.Pool{New: func() any { made++; return new([]byte) }}
	b := p.Get().(*[]byte)
	p.Put(b)
	_ = p.Get()
	var empty sync.Pool
	fmt.Println("pool:", made >= 1, empty.Get() == nil)
	// math/bits
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Len8(5), bits.UintSize)
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(1<<63, 4)
	sum64, carry := bits.Add64(^uint64(0), 1, 0)
	diff, borrow := bits.Sub32(0, 1, 0)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(hi, lo, sum64, carry, diff, borrow, q, r, bits.Rem64(3, 4, 5))
	fmt.Println(bits.LeadingZeros8(0), bits.TrailingZeros16(0), bits.Len(0), bits.ReverseBytes16(0xABCD))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div32(5, 0, 3)
	}()
	// path
	fmt.Println(path.Clean("a//b/../c/."), path.Clean("/../x"), path.Clean(""), path.Clean("../../a/.."), path.Join("a", "", "b/", "../c"))
	fmt.Println(path.Base("/a/b/"), path.Base(""), path.Base("///"), path.Dir("/a/b/c"), path.Dir("x"), path.Ext("a/b.tar.gz"), path.IsAbs("/x"))
	d, f := path.Split("static/myfile.css")
	fmt.Printf("%q %q\n", d, f)
	for _, t := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a*", "a/b"}, {"[a-c]?", "bx"}, {"[^a-c]", "d"}, {"\\*", "*"}, {"[", "a"}, {"a[", "b"}, {"*x", "xxx"}} {
		m, err := path.Match(t[0], t[1])
		fmt.Println(t[0], t[1], m, err)
	}
}
