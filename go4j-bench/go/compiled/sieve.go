// sieve: the concurrent prime sieve, 2,000 primes through a chain of 2,000 filter goroutines.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	last := 0
	for i := 0; i < 2000; i++ {
		prime := <-ch
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("2000th prime:", last)
}
