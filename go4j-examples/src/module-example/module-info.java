/** docs/go-to-java.md: an application module using go4j (a test compiles it on the module path). */
module com.example.app {
    requires go4j;                // go.mod's require, seen by the compiler
    exports com.example.app;      // only exported packages are visible to other modules
}
