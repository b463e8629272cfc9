// A program for go4j build: its arguments, a goroutine recursing a million calls deep (the
// jar gives carriers ./go4j run's stack), os.Exit with a status, and a panic's report and status 2.
package main

import (
	"fmt"
	"os"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	fmt.Println(<-done)
	if len(os.Args) > 2 {
		os.Exit(4)
	}
	var m map[string]int
	m["x"] = 1
}
