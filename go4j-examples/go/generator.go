// generator: a goroutine producing values until done is closed.
package main

import "fmt"

func Generater(done chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		n := 0
		for {
			select {
			case ch <- n:
				n++
			case <-done:
				fmt.Println("generator: done, stopping")
				return
			}
		}
	}()
	return ch
}

func main() {
	done := make(chan struct{})
	ch := Generater(done)
	for i := 0; i < 5; i++ {
		fmt.Println(<-ch)
	}
	close(done)
	for range ch { // drain until the generator closes ch
	}
	fmt.Println("main: generator closed its channel")
}
