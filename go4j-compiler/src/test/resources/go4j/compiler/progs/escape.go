// Escape decisions that go4j and Go agree on: a returned address and a variable a goroutine
// assigns move to the heap; a captured variable nothing reassigns, and a plain local, do not.
package main

import "fmt"

func counter() *int {
	v := 5
	return &v
}

func main() {
	n := 3
	show := func() int { return n * 2 }
	total := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	var w int
	done := make(chan bool)
	go func() {
		w = 1
		done <- true
	}()
	<-done
	fmt.Println(show(), total, *counter(), w)
}
