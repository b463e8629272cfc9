/**
 * Go's {@code sync} package: {@link go4j.sync.WaitGroup}, {@link go4j.sync.Mutex},
 * {@link go4j.sync.RWMutex}, {@link go4j.sync.Locker}, {@link go4j.sync.Cond},
 * {@link go4j.sync.Once} (with Go 1.21's {@code OnceFunc}, {@code OnceValue}, {@code OnceValues}
 * as static factories), {@link go4j.sync.Map}, {@link go4j.sync.Pool}, and golang.org/x/sync's
 * errgroup as {@link go4j.sync.ErrGroup}.
 *
 * <pre>{@code
 * List<String> words = List.of("go", "java", "go");
 * WaitGroup wg = new WaitGroup();
 * Map<String, Integer> seen = new Map<>();
 * for (String word : words) {
 *     wg.go(() -> seen.loadOrStore(word, word.length()));
 * }
 * wg.await();
 * seen.range((w, n) -> { System.out.println(w + " " + n); return true; });
 * }</pre>
 *
 * <p>Design note. The blocking primitives (WaitGroup, Mutex, RWMutex, Cond) are each a small
 * state machine guarded by go4j's short {@code SpinLock}, with FIFO queues of sudogs for the
 * goroutines they park, the same machinery channels use. So a goroutine waiting on one is
 * parked exactly like one waiting on a channel: it shows in goroutine dumps with Go's wait
 * reason ({@code sync.WaitGroup.Wait}, {@code sync.Mutex.Lock}, {@code sync.Cond.Wait}), counts
 * for deadlock detection, and an interrupt withdraws it without side effects (an interrupted
 * {@code Cond.await} also locks its Locker again before it throws, so that the caller's
 * {@code finally} unlock stays balanced). Misuse panics with Go's message and leaves the
 * primitive as it was.
 *
 * <p>{@code Cond} queues a waiter before it unlocks the Locker, which is what Go's
 * notifyList ticket does: a signal after the unlock cannot be lost. {@code Map} is Go's
 * entry-per-key design on a {@code ConcurrentHashMap}, with a sequence number per entry so
 * that {@code range} keeps Go's "each key at most once" promise, which the JDK's iterators do
 * not. {@code Pool} keeps Go's victim-cache policy, aged once per JVM garbage collection
 * (docs/adr/0003-sync-pool.md). {@code Once}'s factories replay the one call's outcome, an
 * exception included, to every caller.
 *
 * <p>Not built: Go's {@code noCopy} and copy checks ({@code sync.Cond is copied}): a Java
 * object is shared by reference and cannot be copied by accident.
 */
package go4j.sync;
