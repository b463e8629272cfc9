/**
 * go4j: Go's concurrency runtime for the JVM.
 *
 * <p>Exports the builtins ({@code go4j}) and Go's standard packages as Java packages
 * ({@code go4j.context}, {@code go4j.sync}, {@code go4j.time}) plus {@code go4j.patterns}, the
 * JMX view of the runtime ({@code go4j.diag}), the bridges from channels to the JDK's
 * {@code Flow}, {@code Stream} and {@code CompletableFuture} ({@code go4j.bridge}), and Go 1.25's
 * {@code testing/synctest} ({@code go4j.synctest}: tests on a fake clock).
 * Everything under {@code go4j.internal} stays inside the module.
 */
module go4j {
    requires jdk.jfr;
    requires java.management;

    exports go4j;
    exports go4j.context;
    exports go4j.sync;
    exports go4j.time;
    exports go4j.patterns;
    exports go4j.diag;
    exports go4j.bridge;
    exports go4j.synctest;
}
