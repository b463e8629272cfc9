// deadlock: main waits for a value nobody will ever send.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		<-ch // a second goroutine waits too: it will never be woken either
	}()
	ch2 := make(chan int)
	fmt.Println("main: waiting for a value nobody will send")
	<-ch2
}
