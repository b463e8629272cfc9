package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
	_ = id
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)

	done := make(chan struct{})
	data := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			data <- s
		}
		close(data)
	}()
	for {
		select {
		case s, ok := <-data:
			if !ok {
				fmt.Printf("%q %v\n", s, ok)
				data = nil
				close(done)
				continue
			}
			fmt.Println("got", s)
		case <-done:
			fmt.Println("done")
			return
		}
	}
}
