/**
 * Go's {@code sync} package: {@link go4j.sync.WaitGroup}, {@link go4j.sync.Mutex},
 * {@link go4j.sync.RWMutex}, {@link go4j.sync.Once}, and golang.org/x/sync's errgroup as
 * {@link go4j.sync.ErrGroup}.
 *
 * <p>Design note. Each primitive is a small state machine guarded by go4j's short
 * {@code SpinLock}, with FIFO queues of sudogs for the goroutines it parks, the same
 * machinery channels use. So a goroutine waiting on a WaitGroup or a Mutex is parked exactly
 * like one waiting on a channel: it shows in goroutine dumps with Go's wait reason
 * ({@code sync.WaitGroup.Wait}, {@code sync.Mutex.Lock}), counts for deadlock detection, and
 * an interrupt withdraws it without side effects. Misuse panics with Go's message and leaves
 * the primitive as it was.
 */
package go4j.sync;
