package bench

import (
	"fmt"
	"testing"
	"time"
)

var sink int64

// batches runs total operations as calls of run with at most batch operations each.
func batches(total, batch int, run func(n int)) {
	for done := 0; done < total; done += batch {
		run(minInt(batch, total-done))
	}
}

// One op: a round trip.
func BenchmarkPingPong(b *testing.B) {
	batches(b.N, PingPongBatch, func(n int) { sink += PingPong(n) })
}

// One op: a message from a producer to a consumer.
func BenchmarkProdCons(b *testing.B) {
	for _, shape := range []int{1, 4, 100} {
		for _, capacity := range []int{0, 16, 1024} {
			b.Run(fmt.Sprintf("%dx%d/cap=%d", shape, shape, capacity), func(b *testing.B) {
				batches(b.N, MessagesBatch, func(n int) { sink += ProdCons(shape, shape, capacity, n) })
			})
		}
	}
}

// One op: a select that receives one message.
func BenchmarkSelect(b *testing.B) {
	for _, k := range []int{2, 4} {
		b.Run(fmt.Sprintf("%d", k), func(b *testing.B) {
			batches(b.N, MessagesBatch, func(n int) { sink += Select(k, n) })
		})
	}
}

// One op: a goroutine started and joined.
func BenchmarkSpawnJoin(b *testing.B) {
	batches(b.N, SpawnBatch, SpawnJoin)
}

// One op: the 2,000-goroutine sieve, start to end.
func BenchmarkSieve(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += int64(Sieve(SievePrimes, SieveLimit))
	}
}

// One op: a skynet of 1,000,000 leaves (1,111,111 goroutines).
func BenchmarkSkynet(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Skynet(SkynetSize)
	}
}

// One op: cancelling the root of a 100,000-node tree (building it is not timed).
func BenchmarkCtxCancelTree(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		nodes, cancel := CtxTree(CtxTreeNodes, CtxTreeFanout)
		b.StartTimer()
		cancel()
		if nodes[len(nodes)-1].Err() == nil {
			b.Fatal("leaf not cancelled")
		}
	}
}

// One op: a value lookup that walks a chain of 100 WithValue contexts.
func BenchmarkCtxValue(b *testing.B) {
	ctx := CtxChain(CtxValueDepth)
	key := ctxKey(0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ctx.Value(key) == nil {
			b.Fatal("key not found")
		}
	}
}

// One op: a pool of 8 workers through 1,000,000 tasks.
func BenchmarkWorkerPool(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += WorkerPool(PoolTasks, PoolWorkers, PoolBuffer)
	}
}

// Not a time: bytes per blocked goroutine (run with -test.benchtime=1x).
func BenchmarkMemBlockedGoroutine(b *testing.B) {
	b.ReportMetric(MemBlockedGoroutine(MemGoroutines), "B/goroutine")
}

// Not a time: bytes per empty unbuffered channel (run with -test.benchtime=1x).
func BenchmarkMemEmptyChan(b *testing.B) {
	b.ReportMetric(MemEmptyChan(MemChannels), "B/chan")
}

// The workloads compute what they should, at small sizes.
func TestWorkloads(t *testing.T) {
	if got := PingPong(300); got != 127*128/2*2+(300-256)*(300-256-1)/2 {
		t.Errorf("PingPong = %d", got)
	}
	for _, shape := range []int{1, 4, 100} {
		for _, capacity := range []int{0, 16, 1024} {
			if got, want := ProdCons(shape, shape, capacity, 1000), expectedSum(1000, shape); got != want {
				t.Errorf("ProdCons(%d, %d) = %d, want %d", shape, capacity, got, want)
			}
		}
	}
	for _, k := range []int{2, 4} {
		if got, want := Select(k, 1000), expectedSum(1000, k); got != want {
			t.Errorf("Select(%d) = %d, want %d", k, got, want)
		}
	}
	SpawnJoin(100)
	if got := Sieve(100, 541); got != 541 {
		t.Errorf("Sieve = %d", got)
	}
	if got := Skynet(10_000); got != 10_000*9_999/2 {
		t.Errorf("Skynet = %d", got)
	}
	nodes, cancel := CtxTree(1000, CtxTreeFanout)
	cancel()
	for _, n := range nodes {
		if n.Err() == nil {
			t.Fatal("node not cancelled")
		}
	}
	if CtxChain(CtxValueDepth).Value(ctxKey(0)) != 0 {
		t.Error("CtxChain lookup")
	}
	if got := WorkerPool(1000, PoolWorkers, PoolBuffer); got != 1000*1001 {
		t.Errorf("WorkerPool = %d", got)
	}
}

// expectedSum is what k producers sending share(m, k, i) values j&127 (j counting from 0) add up to.
func expectedSum(m, k int) int64 {
	var s int64
	for i := 0; i < k; i++ {
		for j := 0; j < share(m, k, i); j++ {
			s += int64(j & 127)
		}
	}
	return s
}

// One op: a close that wakes 100,000 goroutines parked on the channel, until all have
// returned (starting and parking them is not timed).
func BenchmarkCloseBroadcast(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p := StartParked(CloseWaiters)
		time.Sleep(SettleTime)
		b.StartTimer()
		p.CloseBroadcast()
	}
}

// One op: starting 300,000 goroutines that stay blocked, until all have started (releasing
// them is not timed).
func BenchmarkSpawnParked(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := StartParked(SpawnParked)
		b.StopTimer()
		p.CloseBroadcast()
		b.StartTimer()
	}
}

// One op: a message through a 100-stage unbuffered pipeline, end to end.
func BenchmarkPipeline(b *testing.B) {
	batches(b.N, PipeBatch, func(n int) { sink += Pipeline(PipeStages, n) })
}

// One op: one cancel that wakes 100,000 goroutines selecting on leaf contexts, until all
// have returned (building them is not timed).
func BenchmarkCtxCancelWaiters(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := SelectOnLeaves(CancelWaiters)
		b.StartTimer()
		s.CancelAll()
	}
}
