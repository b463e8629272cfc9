package go4j.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A context was canceled, by its cancel function or by its deadline: one event per cancel that
 * made a context done, lasting as long as the cancel of its subtree took. The contexts canceled
 * with it, below it, are counted, not recorded one by one: a tree may hold a hundred thousand,
 * and a deep chain's String() forms grow with depth.
 */
@Name("go4j.ContextCancel")
@Label("Context Cancel")
@Category({"go4j", "Context"})
@Description("A context was canceled, by a cancel call or by its deadline")
final class ContextCancel extends Event {
    @Label("Context")
    @Description("The context, in Go's String() form")
    String context;

    @Label("Error")
    @Description("context canceled or context deadline exceeded")
    String error;

    @Label("Cause")
    @Description("The cause given to cancel, or the error when none was given")
    String cause;

    @Label("Descendants")
    @Description("Contexts below this one canceled with it")
    long descendants;
}
