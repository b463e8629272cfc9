/**
 * Bridges to JDK APIs that are still preview features of Java SE 25: today one,
 * {@link go4j.preview.ContextScopes#join}, a {@code StructuredTaskScope}'s join ended by a
 * go4j {@code Context} (JEP 505, the fifth preview).
 *
 * <p>Compiled with {@code --enable-preview} (release 25), so every class file here is marked
 * as needing preview features of Java SE 25: it loads only on a JDK 25 JVM started with
 * {@code --enable-preview}, and on no later release. The module {@code go4j-preview} is
 * therefore not published (only {@code go4j-core} is), and go4j-core is not compiled with
 * preview: a user who does not call {@code StructuredTaskScope} needs no flag. A user who
 * does compiles with preview anyway, and may copy {@code ContextScopes} or build this module.
 *
 * <p>Design note: once {@code StructuredTaskScope} is final, {@code ContextScopes} moves into
 * go4j-core's {@code go4j.bridge} as it is (built on go4j's public API only:
 * {@code Context.afterFunc}), and this package goes away. Why not in go4j-core now, the
 * interrupt handshake, and what {@code join} throws:
 * docs/adr/0008-no-structured-task-scope-bridge.md.
 */
package go4j.preview;
