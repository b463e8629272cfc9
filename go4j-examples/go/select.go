// select: the first ready case wins; default when none is ready; a timeout with time.After;
// a nil channel is never ready.
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() { c1 <- "one" }()
	go func() { c2 <- "two" }()
	got := []string{}
	for i := 0; i < 2; i++ {
		select {
		case m := <-c1:
			got = append(got, m)
		case m := <-c2:
			got = append(got, m)
		}
	}
	fmt.Println("received both:", len(got))

	select {
	case m := <-c1:
		fmt.Println("unexpected", m)
	default:
		fmt.Println("no message ready: default")
	}

	slow := make(chan string)
	select {
	case m := <-slow:
		fmt.Println("unexpected", m)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout after 20ms")
	}

	var never chan int // nil
	select {
	case v := <-never:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("a nil channel is never ready")
	}
}
