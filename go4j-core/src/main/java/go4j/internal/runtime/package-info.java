/**
 * go4j's runtime (Go's {@code runtime} package, less the scheduler): goroutines and their
 * programs ({@code G}, {@code Goroutines}, {@code Program}), channels ({@code HChan}, Go's
 * chan.go, and {@code Selectgo}, its select.go), waiting ({@code Park}, {@code WaitQueue},
 * {@code Woken}, {@code WaitReason}, and the package-private {@code Sudog} and
 * {@code SelectWaiter}), timers ({@code Timers}), the choice
 * of scheduler ({@code Schedulers}, and {@code JdkScheduler}, the JDK's own) and the
 * diagnostics: panic reports, goroutine dumps, deadlock detection ({@code Panics}, {@code Dump},
 * {@code Deadlock}, {@code Outside}, {@code Watchdog}) and their JMX face ({@code RuntimeMBean}).
 *
 * <p>Its floor: above {@code go4j.internal.sched}, {@code go4j.internal.base} and
 * {@code go4j.internal.jfr}, below every public package but {@code go4j.diag} (an interface of
 * JDK types, on the bottom floor, which {@code RuntimeMBean} implements). It never names another
 * public class: what a public package must construct (a {@code go4j.Panic}, a
 * {@code go4j.Interrupted}) the runtime reports to it ({@code Program.Failure}, a false from
 * {@code WaitQueue.await}, a result code from {@code HChan.chansend}), and the one public class
 * it must recognize, {@code go4j.Panic}, registers itself ({@code Panics}).
 *
 * <p>Waiting, as Go's runtime serves package sync: the public packages never see a sudog.
 * {@code go4j.sync} waits through {@code WaitQueue}'s narrow API (await a grant; grant one or
 * all under the owner's lock; wake the {@code Woken} after releasing it), {@code go4j.time}
 * sleeps through {@code Park.sleepUntil}, and {@code go4j.Chan} and {@code Go.select} are thin
 * faces of {@code HChan} and {@code Selectgo}.
 */
package go4j.internal.runtime;
