// scheduler: run with GODEBUG=schedtrace=100 to see the scheduler's SCHED line every 100 ms:
// GOMAXPROCS Ps, their local run queues and the global one, while goroutines compute and
// hand values to each other.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x = x*31 + i
	}
	return x
}

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	deadline := time.Now().Add(500 * time.Millisecond)
	var wg sync.WaitGroup
	results := make(chan int, 64)
	for w := 0; w < 100; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				results <- spin(10000)
				runtime.Gosched()
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	n := 0
	for range results {
		n++
	}
	fmt.Println("100 goroutines, results:", n > 0)
}
