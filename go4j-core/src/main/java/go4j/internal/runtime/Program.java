package go4j.internal.runtime;

import java.util.concurrent.atomic.LongAdder;

/**
 * The goroutines of one {@code Go.main} run: its main goroutine and every goroutine started,
 * directly or not, from it. Deadlock detection watches a program's counters.
 *
 * <p>Invariants: {@link #live} counts the program's goroutines that have started and not yet
 * ended; {@link #asleep} counts those parked for a reason that only another goroutine can
 * end, and only while {@link #detecting} is true (a goroutine that began waiting before
 * detection was switched on is not counted, which can only delay a verdict, never forge one).
 */
public final class Program {
    /** Live goroutines of this program, the main one included. */
    public final LongAdder live = new LongAdder();
    /** Goroutines parked in a go4j primitive, counted while detecting. */
    public final LongAdder asleep = new LongAdder();
    /** Whether goroutines count themselves in {@link #asleep}. */
    public volatile boolean detecting;
    /** The main goroutine; set once it is created. */
    volatile G main;

    public G main() {
        return main;
    }
}
