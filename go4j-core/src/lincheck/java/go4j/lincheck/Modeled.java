package go4j.lincheck;

/**
 * A Lincheck test class whose operations are specified by a {@link Model}. The
 * {@link DualVerifier} and the {@link HangFreeGenerator} create an instance (with its no-argument
 * constructor) only to ask it for a fresh model.
 */
public interface Modeled {
    /** The specification in its initial state, matching a freshly constructed test instance. */
    Model model();
}
