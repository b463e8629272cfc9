/**
 * Go's {@code fmt} package ({@link go4j.std.fmt.Pkg}), declared to the checker by the stub
 * {@code go4j/std/fmt/fmt.go}.
 *
 * <p>Design notes. {@code Printer} follows Go 1.19's {@code fmt/print.go} (argument handling,
 * bad-verb texts, methods) and {@code fmt/format.go} (padding and number formatting) rule for
 * rule, reading values as {@code reflect} would through {@link go4j.lang.Values} and
 * {@link go4j.lang.RType}. Output is built as a Go string (a char per byte) and written in one
 * write per call.
 */
package go4j.std.fmt;
