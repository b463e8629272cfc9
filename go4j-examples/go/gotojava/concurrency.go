// concurrency: goroutines, channels, select, WaitGroup and context in a few lines.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- i * i
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-ctx.Done():
		fmt.Println("gave up:", ctx.Err())
	}
}
