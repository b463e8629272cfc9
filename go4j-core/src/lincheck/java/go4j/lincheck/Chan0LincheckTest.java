package go4j.lincheck;

/** {@link ChanLincheckTest} at capacity 0. Unbuffered: every send meets a receive, trySend succeeds only with a receiver waiting. */
public class Chan0LincheckTest extends ChanLincheckTest {
    public Chan0LincheckTest() {
        super(0);
    }
}
