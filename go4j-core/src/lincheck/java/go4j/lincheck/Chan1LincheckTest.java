package go4j.lincheck;

/** {@link ChanLincheckTest} at capacity 1. A buffer of one element. */
public class Chan1LincheckTest extends ChanLincheckTest {
    public Chan1LincheckTest() {
        super(1);
    }
}
