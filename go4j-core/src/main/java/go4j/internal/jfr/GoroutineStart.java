package go4j.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A goroutine started; recorded on the goroutine's own thread. Off unless enabled. */
@Name("go4j.GoroutineStart")
@Label("Goroutine Start")
@Category({"go4j", "Goroutines"})
@Description("A goroutine started running")
@Enabled(false)
@StackTrace(false)
final class GoroutineStart extends Event {
    @Label("Goroutine Id")
    long goroutineId;

    @Label("Parent Goroutine Id")
    @Description("The goroutine that started this one; 0 when started outside any goroutine")
    long parentId;

    @Label("Program Id")
    @Description("The Go.main run the goroutine belongs to (0: started outside any Go.main); goroutine ids are unique within it")
    long programId;

    @Label("Main")
    @Description("True for the main goroutine of Go.main")
    boolean main;
}
