package bench

import (
	"context"
	"runtime"
	"sync"
	"time"
)

// Batch sizes: the Java side runs one batch per JMH invocation, inside a fresh goroutine; the Go
// side runs b.N operations in batches of the same size, so both start the same goroutines per
// operation.
const (
	PingPongBatch = 10_000
	MessagesBatch = 100_000 // producer/consumer and select
	SpawnBatch    = 10_000
	SievePrimes   = 2_000
	SieveLimit    = 17_389 // the 2,000th prime
	SkynetSize    = 1_000_000
	CtxTreeNodes  = 100_000
	CtxTreeFanout = 10
	CtxValueDepth = 100
	PoolTasks     = 1_000_000
	PoolWorkers   = 8
	PoolBuffer    = 100
	MemGoroutines = 100_000
	MemChannels   = 1_000_000
	CloseWaiters  = 100_000 // goroutines parked on the channel one close wakes
	SpawnParked   = 300_000 // goroutines spawned that stay blocked
	PipeStages    = 100
	PipeBatch     = 5_000   // messages through one pipeline
	CancelWaiters = 100_000 // goroutines in a select on a leaf context that one cancel wakes
	SettleTime    = 50 * time.Millisecond
)

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// share is the part of total that worker i of n handles (the first total%n get one more).
func share(total, n, i int) int {
	s := total / n
	if i < total%n {
		s++
	}
	return s
}

// PingPong does n round trips over two unbuffered channels between this goroutine and another.
func PingPong(n int) int64 {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			pong <- <-ping
		}
	}()
	var sum int64
	for i := 0; i < n; i++ {
		ping <- i & 127
		sum += int64(<-pong)
	}
	return sum
}

// ProdCons moves m messages through one channel of the given capacity from p producers to c
// consumers; each consumer receives its share.
func ProdCons(p, c, capacity, m int) int64 {
	ch := make(chan int, capacity)
	for i := 0; i < p; i++ {
		n := share(m, p, i)
		go func() {
			for j := 0; j < n; j++ {
				ch <- j & 127
			}
		}()
	}
	sums := make([]int64, c)
	var wg sync.WaitGroup
	wg.Add(c)
	for i := 0; i < c; i++ {
		i, n := i, share(m, c, i)
		go func() {
			defer wg.Done()
			var s int64
			for j := 0; j < n; j++ {
				s += int64(<-ch)
			}
			sums[i] = s
		}()
	}
	wg.Wait()
	var sum int64
	for _, s := range sums {
		sum += s
	}
	return sum
}

// Select receives m messages with a select over k unbuffered channels (k = 2 or 4), each
// fed by its own producer goroutine.
func Select(k, m int) int64 {
	chans := make([]chan int, k)
	for i := range chans {
		ch, n := make(chan int), share(m, k, i)
		chans[i] = ch
		go func() {
			for j := 0; j < n; j++ {
				ch <- j & 127
			}
		}()
	}
	var sum int64
	if k == 2 {
		c0, c1 := chans[0], chans[1]
		for i := 0; i < m; i++ {
			select {
			case v := <-c0:
				sum += int64(v)
			case v := <-c1:
				sum += int64(v)
			}
		}
	} else {
		c0, c1, c2, c3 := chans[0], chans[1], chans[2], chans[3]
		for i := 0; i < m; i++ {
			select {
			case v := <-c0:
				sum += int64(v)
			case v := <-c1:
				sum += int64(v)
			case v := <-c2:
				sum += int64(v)
			case v := <-c3:
				sum += int64(v)
			}
		}
	}
	return sum
}

// SpawnJoin starts n goroutines that do nothing but say they are done, and waits for them.
func SpawnJoin(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
}

// Sieve is the concurrent prime sieve: a generator and a chain of one filter goroutine per
// prime found. Returns the last of nPrimes primes; limit must be that prime, so that closing
// the generator's channel ends every goroutine of the chain.
func Sieve(nPrimes, limit int) int {
	ch := make(chan int)
	go generate(ch, limit)
	last := 0
	for i := 0; i < nPrimes; i++ {
		prime := <-ch
		last = prime
		out := make(chan int)
		go filter(ch, out, prime)
		ch = out
	}
	for range ch {
	}
	return last
}

func generate(out chan<- int, limit int) {
	for i := 2; i <= limit; i++ {
		out <- i
	}
	close(out)
}

func filter(in <-chan int, out chan<- int, prime int) {
	for i := range in {
		if i%prime != 0 {
			out <- i
		}
	}
	close(out)
}

// Skynet: a tree of goroutines, ten children each, size leaves; each sends its sum up an
// unbuffered channel. Returns the sum of 0..size-1.
func Skynet(size int64) int64 {
	c := make(chan int64)
	go skynet(c, 0, size)
	return <-c
}

func skynet(c chan<- int64, num, size int64) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int64)
	size /= 10
	for i := int64(0); i < 10; i++ {
		go skynet(rc, num+i*size, size)
	}
	var sum int64
	for i := 0; i < 10; i++ {
		sum += <-rc
	}
	c <- sum
}

// CtxTree builds n cancelable contexts, each with fanout children, and asks each for its Done
// channel (so cancelling closes n channels). Returns the nodes and the root's cancel.
func CtxTree(n, fanout int) ([]context.Context, context.CancelFunc) {
	nodes := make([]context.Context, n)
	cancels := make([]context.CancelFunc, n)
	nodes[0], cancels[0] = context.WithCancel(context.Background())
	nodes[0].Done()
	for i := 1; i < n; i++ {
		nodes[i], cancels[i] = context.WithCancel(nodes[(i-1)/fanout])
		nodes[i].Done()
	}
	return nodes, cancels[0]
}

type ctxKey int

// CtxChain is depth nested WithValue contexts; key ctxKey(0) is at the far end.
func CtxChain(depth int) context.Context {
	ctx := context.Background()
	for i := 0; i < depth; i++ {
		ctx = context.WithValue(ctx, ctxKey(i), i)
	}
	return ctx
}

// WorkerPool: a producer sends tasks 1..n on a buffered jobs channel, workers goroutines
// double each and send it on a buffered results channel, this goroutine sums the results.
func WorkerPool(n, workers, buffer int) int64 {
	jobs := make(chan int, buffer)
	results := make(chan int, buffer)
	go func() {
		for i := 1; i <= n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var sum int64
	for r := range results {
		sum += int64(r)
	}
	return sum
}

// Parked is n goroutines, each blocked in a receive on one channel until it is closed.
type Parked struct {
	ch    chan int
	ended sync.WaitGroup
}

// StartParked starts n goroutines that each receive from one unbuffered channel, and waits
// until all have started (they park right after).
func StartParked(n int) *Parked {
	p := &Parked{ch: make(chan int)}
	var started sync.WaitGroup
	started.Add(n)
	p.ended.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			if _, ok := <-p.ch; ok {
				panic("received a value from a channel nobody sends on")
			}
			p.ended.Done()
		}()
	}
	started.Wait()
	return p
}

// CloseBroadcast closes the channel and waits until every parked goroutine has returned.
func (p *Parked) CloseBroadcast() {
	close(p.ch)
	p.ended.Wait()
}

// Pipeline sends m messages through a chain of stages goroutines over unbuffered channels,
// each stage passing on what it receives; returns the sum the far end received.
func Pipeline(stages, m int) int64 {
	first := make(chan int)
	in := first
	for s := 0; s < stages; s++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < m; i++ {
			first <- i & 127
		}
		close(first)
	}()
	var sum int64
	for v := range in {
		sum += int64(v)
	}
	return sum
}

// Selecting is n goroutines, each in a select on its own leaf context's Done and a shared
// jobs channel nobody sends on; the leaves are children of one root.
type Selecting struct {
	cancel context.CancelFunc
	leaves []context.CancelFunc // kept, as the Java side keeps its Cancelables
	ended  sync.WaitGroup
}

// SelectOnLeaves starts the goroutines and returns once they have started and had
// SettleTime to park.
func SelectOnLeaves(n int) *Selecting {
	root, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	s := &Selecting{cancel: cancel, leaves: make([]context.CancelFunc, n)}
	var started sync.WaitGroup
	started.Add(n)
	s.ended.Add(n)
	for i := 0; i < n; i++ {
		var leaf context.Context
		leaf, s.leaves[i] = context.WithCancel(root)
		go func() {
			started.Done()
			select {
			case <-leaf.Done():
			case <-jobs:
			}
			s.ended.Done()
		}()
	}
	started.Wait()
	time.Sleep(SettleTime)
	return s
}

// CancelAll cancels the root and waits until every goroutine has returned.
func (s *Selecting) CancelAll() {
	s.cancel()
	s.ended.Wait()
}

// usedBytes is live heap plus goroutine stacks, after a full GC.
func usedBytes() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc + ms.StackInuse
}

// MemBlockedGoroutine: bytes of heap and stack per goroutine blocked in a channel receive.
func MemBlockedGoroutine(n int) float64 {
	ch := make(chan int)
	var started, ended sync.WaitGroup
	started.Add(n)
	ended.Add(n)
	before := usedBytes()
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-ch
			ended.Done()
		}()
	}
	started.Wait()
	time.Sleep(200 * time.Millisecond) // let the last ones reach their receive and park
	after := usedBytes()
	close(ch)
	ended.Wait()
	return float64(after-before) / float64(n)
}

// MemEmptyChan: bytes per unbuffered channel, the slice holding them measured beforehand.
func MemEmptyChan(n int) float64 {
	chans := make([]chan int, n)
	before := usedBytes()
	for i := range chans {
		chans[i] = make(chan int)
	}
	after := usedBytes()
	runtime.KeepAlive(chans)
	return float64(after-before) / float64(n)
}
