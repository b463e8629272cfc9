/**
 * The function-value and method interfaces that go4j-lang's own Java classes implement, so
 * that compiled Go code can call them (docs/compiler.md). The compiler names such an
 * interface by erased signature ({@code F$<params>$<result>} for a func value, with the single
 * method {@code call}; {@code M$<Method>$<params>$<result>} for a method called through a Go
 * interface) and generates it per program unless a class of that name is on the class path:
 * the ones here are therefore shared by the program and the standard packages.
 *
 * <p>The letters are the erased kinds: {@code J} int/int64/uint..., {@code I} int32 and
 * narrower, {@code D} float64, {@code F} float32, {@code Z} bool, {@code L} any reference,
 * {@code V} no result, {@code A} several results as an {@code Object[]}.
 */
package go4j.fn;
