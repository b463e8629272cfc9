package go4j.lincheck;

/** {@link SelectLincheckTest} with both channels at capacity 0. */
public class Select0LincheckTest extends SelectLincheckTest {
    public Select0LincheckTest() {
        super(0);
    }
}
