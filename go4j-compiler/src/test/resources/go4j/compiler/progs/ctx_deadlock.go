// A goroutine waiting on a context that nobody cancels: Go's deadlock report.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println("waiting")
	<-ctx.Done()
}
