/**
 * Go's builtins on the JVM: {@link go4j.Go} ({@code go}, {@code select}, the runtime
 * functions), {@link go4j.Chan} and its directions {@link go4j.SendChan} and
 * {@link go4j.RecvChan}, select {@link go4j.Case}s, {@link go4j.Received} and
 * {@link go4j.Panic}.
 *
 * <p>Design note: these are the public faces of the runtime's channel engine, as Go's
 * {@code chan} and {@code select} are the language's faces of package runtime's {@code hchan}
 * and {@code selectgo}: {@code go4j.internal.runtime.HChan} (runtime/chan.go: one short lock
 * per channel, a ring buffer and FIFO queues of sudogs) and {@code Selectgo}
 * (runtime/select.go). The engine reports what Go panics with; this package throws it. Every
 * blocking operation parks the calling thread (normally a goroutine's virtual thread) through
 * {@code go4j.internal.runtime.Park}, which records Go's wait reason for dumps and deadlock
 * detection.
 *
 * <h2>Interrupts</h2>
 *
 * <p>Go has no interrupts; Java threads, goroutines' virtual threads among them, do:
 * {@code Thread.interrupt()}, {@code Future.cancel(true)}, {@code shutdownNow()} (that of
 * {@link go4j.Go#executor()} too). One rule holds for every go4j operation that blocks:
 * <ul>
 *   <li>Interrupted while blocked, or already interrupted when it would have to block, the
 *       operation does not happen and throws {@link go4j.Interrupted}, unchecked, whose
 *       message names it ({@code receive interrupted}, {@code Mutex.Lock interrupted}):
 *       nothing was sent, received, locked or waited for. ({@code Cond.await}, which must
 *       return holding its Locker, locks it again first.)
 *   <li>The thread's interrupt flag stays set.
 *   <li>An operation that need not block completes and leaves the flag alone: a send into a
 *       buffer with room, a receive of a buffered value, a {@code select} with a ready case
 *       or a {@code defaultCase}, {@code trySend}, {@code tryRecv}, {@code close}, a lock of a
 *       free mutex, {@code await} on a zero WaitGroup, any unlock. So does one that completed
 *       as the interrupt came (its value was handed over first): it returns normally.
 * </ul>
 *
 * <p>The operations that block, and so may throw {@link go4j.Interrupted}:
 * <ul>
 *   <li>channels: {@code send}, {@code recv}, {@code recvOk}, a for-each loop over a channel,
 *       send and receive on a nil channel, and {@link go4j.Go#select} without a
 *       {@code defaultCase} ({@code select()} with no cases included); timers' and contexts'
 *       channels ({@code Time.after(d).recv()}, {@code ctx.done().recv()}) are channels;
 *   <li>{@code go4j.sync}: {@code Mutex.lock}, {@code RWMutex.lock} and {@code rlock} (their
 *       {@code Locker} views and {@code locked()}, {@code rlocked()} too), {@code Cond.await},
 *       {@code WaitGroup.await}, {@code Once.run} while another call runs its function,
 *       {@code ErrGroup.go} at its limit and {@code ErrGroup.await};
 *   <li>{@code go4j.time}: {@code Time.sleep}, unless it had already ended;
 *   <li>what {@code go4j.patterns} builds on these.
 * </ul>
 * Not interrupted: {@link go4j.Go#main}, which waits for its program whatever happens and sets
 * the flag again before it returns. {@link go4j.Go#executor()} keeps the JDK's contract:
 * {@code awaitTermination} throws {@code InterruptedException} and clears the flag;
 * {@code close()} stops the tasks as {@code shutdownNow()} does, waits on, and sets the flag
 * again.
 *
 * <p>Compared with the JDK: a JDK method that throws the checked {@code InterruptedException}
 * ({@code Thread.sleep}, {@code Object.wait}, {@code BlockingQueue.take},
 * {@code Lock.lockInterruptibly}) clears the flag as it throws; one that does not throw it
 * leaves the flag set ({@code LockSupport.park}; an interruptible NIO channel, which closes and
 * throws {@code ClosedByInterruptException}, an {@code IOException}). go4j's operations declare no
 * checked exception and follow the second convention: the flag stays set, so that code further
 * up still sees it (a loop testing {@code Thread.currentThread().isInterrupted()}; the next
 * blocking call, which throws at once). A goroutine that handles the interrupt and goes on
 * clears it with {@code Thread.interrupted()}. Where {@code ReentrantLock.lock()} ignores
 * interrupts, {@code Mutex.lock} is interruptible, like {@code lockInterruptibly}.
 */
package go4j;
