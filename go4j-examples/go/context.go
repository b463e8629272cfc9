// context: a tree of contexts. main -> WithCancel -> WithValue; work1 and work3 wait for the
// cancel, work2 adds a deadline of its own, which fires first.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type key string

func work1(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println("work1: stopped:", ctx.Err())
}

func work2(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	dctx, cancel := context.WithDeadline(ctx, time.Now().Add(50*time.Millisecond))
	defer cancel()
	select {
	case <-time.After(time.Hour): // the work would take an hour
		fmt.Println("work2: finished")
	case <-dctx.Done():
		fmt.Println("work2: stopped:", dctx.Err())
	}
}

func work3(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	id := ctx.Value(key("request-id")).(string)
	<-ctx.Done()
	fmt.Println("work3: request", id, "stopped:", ctx.Err())
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	ctx := context.WithValue(root, key("request-id"), "42")

	var wg2 sync.WaitGroup
	wg2.Add(1)
	go work2(ctx, &wg2)
	wg2.Wait()

	var wg sync.WaitGroup
	wg.Add(2)
	go work1(ctx, &wg)
	go work3(ctx, &wg)
	fmt.Println("main: cancel")
	cancel()
	wg.Wait()
	fmt.Println("main: all work stopped; ctx.Err() =", ctx.Err())
}
