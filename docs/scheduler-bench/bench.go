// The Go side of the scheduler benchmark: the same workloads as SchedBench.java.
// Usage: go run bench.go WORKLOAD N REPS
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

func pingpong(n int) {
	ping, pong, done := make(chan int), make(chan int), make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			pong <- <-ping
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		ping <- 1
		<-pong
	}
	<-done
}

func mpmc(n, buffer int) {
	c := make(chan int, buffer)
	var wg sync.WaitGroup
	per := n / 4
	wg.Add(8)
	for p := 0; p < 4; p++ {
		go func() {
			for i := 0; i < per; i++ {
				c <- 1
			}
			wg.Done()
		}()
	}
	for q := 0; q < 4; q++ {
		go func() {
			for i := 0; i < per; i++ {
				<-c
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

func spawn(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go wg.Done()
	}
	wg.Wait()
}

// cpu is the CPU time of the whole process (user + system), in ns.
func cpu() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func main() {
	workload := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	reps, _ := strconv.Atoi(os.Args[3])
	for r := 0; r < reps; r++ {
		c0 := cpu()
		t0 := time.Now()
		switch workload {
		case "pingpong":
			pingpong(n)
		case "mpmc0":
			mpmc(n, 0)
		case "mpmc1024":
			mpmc(n, 1024)
		case "spawn":
			spawn(n)
		}
		dt := time.Since(t0)
		dc := cpu() - c0
		fmt.Printf("go %s %.1f ns/op %.1f cpu-ns/op\n", workload, float64(dt.Nanoseconds())/float64(n), float64(dc)/float64(n))
	}
}
