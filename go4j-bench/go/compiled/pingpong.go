// pingpong: 5,000,000 round trips between two goroutines over unbuffered channels.
package main

import "fmt"

func main() {
	const n = 5000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println("round trips:", sum)
}
