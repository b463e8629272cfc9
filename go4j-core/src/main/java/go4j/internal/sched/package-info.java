/**
 * go4j's G/M/P scheduler: Go's work-stealing scheduler (runtime/proc.go) as the executor of
 * virtual threads.
 *
 * <p>A goroutine (G) is a virtual thread built with the JDK's package-private
 * {@code ThreadBuilders.VirtualThreadBuilder(Executor)}; the JDK still does everything a
 * virtual thread needs (parking, sleeping, sockets, monitors), and calls
 * {@link go4j.internal.sched.GmpScheduler#execute} whenever one becomes runnable. This package
 * decides where that continuation runs: Ms are platform carrier threads, each holding a P with
 * a 256-slot ring and a {@code runnext} slot; a wake-up made on an M goes to that M's
 * {@code runnext}, so an unbuffered channel hand-off stays on one carrier; idle Ms steal half
 * of another P's ring; sysmon hands a stuck M's P to another M.
 *
 * <p>Its floor: above {@code go4j.internal.base}, below the runtime, which chooses a
 * {@link go4j.internal.sched.Scheduler} (this package's interface: {@code gmp} here, {@code jdk}
 * in the runtime) and never the other way round.
 *
 * <p>Classes: {@code Scheduler} (what the runtime asks of a scheduler); {@code GmpScheduler}
 * (the global state, execute, the scheduling loop, wakep/startm); {@code GlobalQueue} (Go's
 * sched.runq and globrunqget); {@code Steal}
 * (stealWork: what a spinning M takes from the global queue and other Ps); {@code Procs}
 * (procresize, and retake with sysmon); {@code P} (a P and its local run queue: runqput, runqget, runqsteal); {@code M};
 * {@code Sysmon}; {@code Departures} (go4j's policies that Go does not have, each with a
 * switch, docs/adr/0005) and {@code SplitGate}; {@code Config} (tunables,
 * {@code -Dgo4j.sched.*}); {@code Door} (how the scheduler enters the JDK, docs/adr/0004) and
 * {@code Hooks} (the carrier lookup). The design and its invariants are in
 * {@code docs/scheduler.md}, the measurements in {@code docs/benchmarks.md}.
 */
package go4j.internal.sched;
