/**
 * Escape analysis: which local variables leave the JVM frame for a heap cell
 * ({@link go4j.compiler.escape.Escape#movedToHeap}), from the facts the type checker records on
 * each variable (address taken, captured by a function literal, reassigned). Code generation
 * asks it for every local; {@code ./go4j run -m} prints its decisions in Go's words.
 */
package go4j.compiler.escape;
