// goroutines: ten thousand goroutines, each sending one number to main.
package main

import "fmt"

func main() {
	const n = 10000
	results := make(chan int)
	for i := 1; i <= n; i++ {
		go func(i int) {
			results <- i
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("goroutines started:", n)
	fmt.Println("sum of what they sent:", sum)
}
