package go4j.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Threshold;

/** A goroutine blocked in a channel operation or select for longer than the threshold. */
@Name("go4j.ChannelBlock")
@Label("Channel Block")
@Category({"go4j", "Channels"})
@Description("A goroutine was blocked in a channel send, receive or select")
@Threshold("20 ms")
final class ChannelBlock extends Event {
    @Label("Operation")
    @Description("Go's wait reason: chan send, chan receive or select")
    String operation;

    @Label("Channel Id")
    @Description("Identifies the channel within the JVM; 0 for a select (several channels)")
    long channelId;

    @Label("Goroutine Id")
    long goroutineId;

    @Label("Program Id")
    @Description("The Go.main run the goroutine belongs to (0: started outside any Go.main); goroutine ids are unique within it")
    long programId;
}
