package go4j.bench;

/**
 * The workloads' sizes, the same numbers as {@code go4j-bench/go/workloads.go}. A JMH invocation
 * runs one batch inside a fresh goroutine; the Go benchmarks run b.N operations in batches of the
 * same size, so goroutine start-up is amortised alike on both sides.
 */
public final class Sizes {
    private Sizes() {
    }

    public static final int PING_PONG_BATCH = 10_000;
    public static final int MESSAGES_BATCH = 100_000;   // producer/consumer and select
    public static final int SPAWN_BATCH = 10_000;
    public static final int SIEVE_PRIMES = 2_000;
    public static final int SIEVE_LIMIT = 17_389;       // the 2,000th prime
    public static final long SKYNET_SIZE = 1_000_000;   // leaves; 1,111,111 goroutines in all
    public static final int CTX_TREE_NODES = 100_000;
    public static final int CTX_TREE_FANOUT = 10;
    public static final int CTX_VALUE_DEPTH = 100;
    public static final int CTX_VALUE_BATCH = 100_000;
    public static final int POOL_TASKS = 1_000_000;
    public static final int POOL_WORKERS = 8;
    public static final int POOL_BUFFER = 100;
    public static final int MEM_GOROUTINES = 100_000;
    public static final int MEM_CHANNELS = 1_000_000;
    public static final int CLOSE_WAITERS = 100_000;   // goroutines parked on the channel one close wakes
    public static final int SPAWN_PARKED = 300_000;    // goroutines spawned that stay blocked
    public static final int PIPE_STAGES = 100;
    public static final int PIPE_BATCH = 5_000;        // messages through one pipeline
    public static final int CANCEL_WAITERS = 100_000;  // goroutines in a select that one cancel wakes
    public static final int CROSS_BATCH = 2_000;       // round trips between a platform thread and a goroutine
    /** After the goroutines of a wake-up row said they started: time for the last of them to park (Go's SettleTime). */
    public static final long SETTLE_MILLIS = 50;

    /** The part of {@code total} that worker {@code i} of {@code n} handles (the first total % n get one more). */
    public static int share(int total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }
}
