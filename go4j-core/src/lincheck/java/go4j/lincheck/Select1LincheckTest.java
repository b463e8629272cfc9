package go4j.lincheck;

/** {@link SelectLincheckTest} with both channels at capacity 1. */
public class Select1LincheckTest extends SelectLincheckTest {
    public Select1LincheckTest() {
        super(1);
    }
}
