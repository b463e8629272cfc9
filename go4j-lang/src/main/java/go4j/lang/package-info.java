/**
 * What Go code compiled by go4j calls at run time (docs/compiler.md is the contract): Go
 * strings over Latin-1 chars ({@link go4j.lang.Str}), slices ({@link go4j.lang.Slice} and its
 * seven element kinds), maps ({@link go4j.lang.GoMap}), run-time types
 * ({@link go4j.lang.RType}) and the boxes of interface values ({@link go4j.lang.Box},
 * {@link go4j.lang.Typed}, {@link go4j.lang.GoValue}), Go's {@code ==} ({@link go4j.lang.Eq}),
 * panics ({@link go4j.lang.GoPanic}, {@link go4j.lang.RuntimeError}) and strconv's formatting
 * ({@link go4j.lang.Strconv}).
 *
 * <p>Design notes. Every behaviour Go defines is Go 1.19's, checked against real Go: panic
 * texts, append's capacities (growslice and the allocator's size classes), map key equality,
 * printpanicval. A nil slice or map is {@code null} and every static helper takes it. The hot
 * helpers (slice get/set/append with room) are small static methods with their panics built
 * out of line, so that the JIT inlines them into generated code.
 */
package go4j.lang;
