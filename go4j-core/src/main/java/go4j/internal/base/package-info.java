/**
 * The bottom floor of go4j's internals: what every floor above needs and that needs nothing of
 * go4j — the short lock ({@code SpinLock}), the settings lookup ({@code Settings}) and the base
 * class of go4j's own platform threads ({@code RuntimeThread}).
 *
 * <p>The floors, each importing only those below it (checked by {@code FloorsTest}):
 * {@code go4j.internal.base}, {@code go4j.internal.jfr} and {@code go4j.diag} (the public JMX
 * interface the runtime implements); {@code go4j.internal.sched} (the
 * {@code Scheduler} interface and the G/M/P scheduler); {@code go4j.internal.runtime}
 * (goroutines, waiting, timers, diagnostics, the choice of scheduler); then the public
 * packages: {@code go4j}, then {@code go4j.context}, {@code go4j.time} and
 * {@code go4j.synctest}, then
 * {@code go4j.sync}, then {@code go4j.patterns}.
 */
package go4j.internal.base;
