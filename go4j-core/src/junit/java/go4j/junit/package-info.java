/**
 * JUnit 5 support for go4j tests: {@link go4j.junit.InBubble} runs a test method in a synctest
 * bubble ({@code go4j.synctest}), on a fake clock.
 *
 * <p>Packaged as the goroutine leak check is ({@code go4j.leakcheck}): a source set of its own in
 * go4j-core ({@code src/junit/java}), compiled with the tests, because the published go4j-core
 * jar depends on nothing but the JDK. The extension is two small classes over the public
 * {@code Synctest.test}; a project copies them, or calls {@code Synctest.test} in its tests.
 */
package go4j.junit;
