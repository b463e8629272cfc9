/**
 * go4j's runtime (Go's {@code runtime} package, less the scheduler): goroutines and their
 * programs ({@code G}, {@code Goroutines}, {@code Program}), waiting ({@code Park},
 * {@code Sudog}, {@code WaitQueue}, {@code WaitReason}), timers ({@code Timers}), the choice
 * of scheduler ({@code Schedulers}, and {@code JdkScheduler}, the JDK's own) and the
 * diagnostics: panic reports, goroutine dumps, deadlock detection ({@code Panics}, {@code Dump},
 * {@code Deadlock}, {@code Outside}, {@code Watchdog}).
 *
 * <p>Its floor: above {@code go4j.internal.sched}, {@code go4j.internal.base} and
 * {@code go4j.internal.jfr}, below every public package. It never names a public class: what a
 * public package must construct (a {@code go4j.Panic}, a {@code go4j.Interrupted}) the runtime
 * reports to it ({@code Program.Failure}, a false from {@code Park.await}), and the one public
 * class it must recognize, {@code go4j.Panic}, registers itself ({@code Panics}).
 */
package go4j.internal.runtime;
