/**
 * The snippets of {@code docs/go-to-java.md}: each class is the Java side of one section,
 * with its Go counterpart in {@code go4j-examples/go/gotojava/}. The document quotes these
 * files; a test checks that every quoted block is still here, and what each program prints.
 */
package go4j.examples.gotojava;
