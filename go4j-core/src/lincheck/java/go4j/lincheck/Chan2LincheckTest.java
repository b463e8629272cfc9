package go4j.lincheck;

/** {@link ChanLincheckTest} at capacity 2. A buffer of two: FIFO order through the buffer and through waiting senders. */
public class Chan2LincheckTest extends ChanLincheckTest {
    public Chan2LincheckTest() {
        super(2);
    }
}
