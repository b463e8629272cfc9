// Package bench holds the Go side of go4j's benchmark suite: the same workloads as the JMH
// benchmarks in go4j-bench/src/main/java, written the way a Go programmer writes them, so that
// go4j's numbers can be read as ratios to Go's.
//
// Each Benchmark function defines "one op" exactly as its Java counterpart does (a round trip,
// a message, a select, a goroutine, a whole run); the batch sizes match the Java side's
// per-invocation batches, so goroutine start-up is amortised the same way on both sides.
// bench.sh compiles this package with `go test -c` and runs the binary once per round.
package bench
