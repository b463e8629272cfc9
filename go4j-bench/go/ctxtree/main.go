// Cancel a tree of N contexts, each watched by a goroutine blocked in select on ctx.Done().
// The tree is built breadth-first with fanout 4 under one WithCancel root. Measured: from
// the root's cancel() until every watcher has returned from its select (a WaitGroup).
// Prints one line per round; rounds after -warmup are measured; the last line is the median.
package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"sync"
	"time"
)

func round(n, fanout int) (build, cancelAll, cancelReturned time.Duration) {
	t0 := time.Now()
	root, cancel := context.WithCancel(context.Background())
	ctxs := make([]context.Context, 0, n)
	ctxs = append(ctxs, root)
	for i := 0; len(ctxs) < n; i++ {
		for j := 0; j < fanout && len(ctxs) < n; j++ {
			c, _ := context.WithCancel(ctxs[i])
			ctxs = append(ctxs, c)
		}
	}
	never := make(chan struct{})
	var started, finished sync.WaitGroup
	started.Add(n)
	finished.Add(n)
	for _, c := range ctxs {
		go func(c context.Context) {
			started.Done()
			select {
			case <-c.Done():
			case <-never:
			}
			finished.Done()
		}(c)
	}
	started.Wait()
	build = time.Since(t0)
	time.Sleep(200 * time.Millisecond) // let every watcher park in its select
	t1 := time.Now()
	cancel()
	t2 := time.Since(t1)
	finished.Wait()
	return build, time.Since(t1), t2
}

func main() {
	n := flag.Int("n", 100000, "contexts in the tree")
	fanout := flag.Int("fanout", 4, "children per context")
	warmup := flag.Int("warmup", 3, "unmeasured rounds")
	rounds := flag.Int("rounds", 5, "measured rounds")
	flag.Parse()
	var cancels []float64
	for r := 0; r < *warmup+*rounds; r++ {
		b, c, c2 := round(*n, *fanout)
		fmt.Printf("round %d: build+start %.1f ms, cancel->all woken %.2f ms (cancel() returned after %.2f ms)\n", r, ms(b), ms(c), ms(c2))
		if r >= *warmup {
			cancels = append(cancels, ms(c))
		}
	}
	sort.Float64s(cancels)
	fmt.Printf("go median cancel->all woken: %.2f ms\n", cancels[len(cancels)/2])
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
