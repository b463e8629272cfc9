package go4j.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A goroutine ended; recorded on the goroutine's own thread. Off unless enabled. */
@Name("go4j.GoroutineEnd")
@Label("Goroutine End")
@Category({"go4j", "Goroutines"})
@Description("A goroutine ended: its function returned, it called goexit, or it panicked")
@Enabled(false)
@StackTrace(false)
final class GoroutineEnd extends Event {
    @Label("Goroutine Id")
    long goroutineId;

    @Label("Program Id")
    @Description("The Go.main run the goroutine belongs to (0: started outside any Go.main); goroutine ids are unique within it")
    long programId;

    @Label("Outcome")
    @Description("return, goexit or panic")
    String outcome;
}
