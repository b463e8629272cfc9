// channels: an unbuffered hand-off, a buffered queue, close and range, and v, ok := <-c.
package main

import "fmt"

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	fmt.Println("unbuffered:", <-messages)

	queue := make(chan int, 3)
	queue <- 1
	queue <- 2
	queue <- 3
	fmt.Println("buffered: len", len(queue), "cap", cap(queue))
	close(queue)
	for v := range queue {
		fmt.Println("range got", v)
	}
	v, ok := <-queue
	fmt.Println("after close:", v, ok)

	done := make(chan bool)
	go func() {
		fmt.Println("worker: working")
		done <- true
	}()
	<-done
	fmt.Println("main: worker done")
}
