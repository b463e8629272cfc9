package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module that requires another: modules/app requires example.com/lib, whose versions v1.0.0
 * and v1.1.0 sit side by side in a module cache laid out as Go lays it out (modules/cache, made
 * by Go 1.19 from a file proxy, with the go.sum Go wrote), beside example.com/dep v1.0.0, which
 * requires lib v1.1.0: the versions built are minimal version selection's, with go.mod's
 * {@code exclude}, as Go 1.19 chooses them under {@code -mod=mod} and {@code -mod=readonly}. Each test runs a copy of app (in a
 * temporary directory, with {@code GOMODCACHE} naming the cache): the build takes the version
 * go.mod requires or a replace names, a replace to a nested module's directory, a vendor
 * directory; and what cannot build — no go.sum line, a hash that does not match, a version not
 * in the cache, an inconsistent vendor/modules.txt, a malformed go.mod — says so in the go
 * command's words (each text is what Go 1.19 printed for the same case, with
 * {@code GOPROXY=off}), with status 1.
 */
@Timeout(180)
class ModuleCacheTest {
    static final Path MODULES = Path.of("src", "test", "resources", "go4j", "compiler", "modules");

    @TempDir
    Path tmp;
    Path app;
    Map<String, String> env;

    @BeforeEach
    void copyApp() throws IOException {
        app = tmp.resolve("app");
        Path from = MODULES.resolve("app");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = app.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        env = Map.of("GOMODCACHE", MODULES.resolve("cache").toAbsolutePath().toString(), "GOPROXY", "off",
                "GOSUMDB", "off", "GOFLAGS", "-mod=mod");
    }

    private GoRun.Result run() throws Exception {
        return GoRun.go4jEnv(app, 120, env, ".");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = app.resolve(file);
        Files.writeString(p, Files.readString(p).replace(from, to));
    }

    @Test
    void theRequiredVersionIsBuiltAsGoBuildsIt() throws Exception {
        GoRun.Result ours = run();
        assertEquals("v1.1.0 sub v1.1.0\n", ours.stdout(), ours.stderr());
        GoRun.Result go = GoRun.goEnv(app, ".", 240, env);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        assertEquals(go.stdout(), ours.stdout(), go.stderr());
    }

    @Test
    void anotherVersionOfTheSameModuleSitsBesideItInTheCache() throws Exception {
        edit("go.mod", "v1.1.0", "v1.0.0");
        assertEquals("v1.0.0 sub v1.0.0\n", run().stdout());
    }

    @Test
    void aReplaceNamesAVersionOrANestedModulesDirectory() throws Exception {
        Files.writeString(app.resolve("go.mod"), Files.readString(app.resolve("go.mod"))
                + "\nreplace example.com/lib v1.1.0 => example.com/lib v1.0.0\n");
        assertEquals("v1.0.0 sub v1.0.0\n", run().stdout());
        edit("go.mod", "replace example.com/lib v1.1.0 => example.com/lib v1.0.0", "replace example.com/lib => ./locallib");
        GoRun.Result r = run();
        assertEquals("local sub local\n", r.stdout(), r.stderr());
    }

    @Test
    void aVendorDirectoryIsUsedAndMustAgreeWithGoMod() throws Exception {
        Path v = Files.createDirectories(app.resolve("vendor/example.com/lib/sub"));
        Files.writeString(v.getParent().resolve("lib.go"), "package lib\n\nimport \"example.com/lib/sub\"\n\n"
                + "func Version() string { return \"vendored \" + sub.Name }\n");
        Files.writeString(v.resolve("sub.go"), "package sub\n\nconst Name = \"sub\"\n");
        Files.writeString(app.resolve("vendor/modules.txt"),
                "# example.com/lib v1.1.0\n## explicit; go 1.19\nexample.com/lib\nexample.com/lib/sub\n");
        assertEquals("vendored sub\n", run().stdout());
        Files.writeString(app.resolve("vendor/modules.txt"), "# example.com/lib v1.1.0\nexample.com/lib\nexample.com/lib/sub\n");
        GoRun.Result r = run();
        assertEquals("go: inconsistent vendoring in " + app.toRealPath() + ":\n"
                + "\texample.com/lib@v1.1.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n\n"
                + "\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n"
                + "\tTo sync the vendor directory, run:\n\t\tgo mod vendor\n", r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aReplaceToAMissingDirectoryOrOneWithoutGoModIsRefused() throws Exception {
        Files.writeString(app.resolve("go.mod"), Files.readString(app.resolve("go.mod")) + "\nreplace example.com/lib => ../nope\n");
        GoRun.Result r = run();
        assertEquals("main.go:6:2: example.com/lib@v1.1.0: replacement directory ../nope does not exist\n", r.stderr());
        assertEquals(1, r.exit());
        Files.createDirectories(tmp.resolve("empty"));
        edit("go.mod", "../nope", "../empty");
        r = run();
        assertEquals("main.go:6:2: example.com/lib@v1.1.0 (replaced by ../empty): reading ../empty/go.mod: open "
                + app.resolve("../empty/go.mod").toAbsolutePath().normalize() + ": no such file or directory\n", r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aModuleWithoutItsGoSumLineIsRefused() throws Exception {
        Files.delete(app.resolve("go.sum"));
        GoRun.Result r = run();
        assertEquals("main.go:6:2: missing go.sum entry for module providing package example.com/lib (imported by"
                + " example.com/app); to add:\n\tgo get example.com/app\n", r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aModuleWhoseFilesDoNotMatchGoSumIsASecurityError() throws Exception {
        edit("go.sum", "h1:ovWEX+6", "h1:ovWEX+7");
        GoRun.Result r = run();
        assertEquals("""
                verifying example.com/lib@v1.1.0: checksum mismatch
                \tdownloaded: h1:ovWEX+6ELIvUOmzXvFVwyzMYlUObmkRaOo/KeQ9cpBk=
                \tgo.sum:     h1:ovWEX+7ELIvUOmzXvFVwyzMYlUObmkRaOo/KeQ9cpBk=

                SECURITY ERROR
                This download does NOT match an earlier download recorded in go.sum.
                The bits may have been replaced on the origin server, or an attacker may
                have intercepted the download attempt.

                For more information, see 'go help module-auth'.
                """, r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aVersionMissingFromTheCacheIsAnErrorNotADownload() throws Exception {
        edit("go.mod", "v1.1.0", "v1.2.0");
        Files.writeString(app.resolve("go.sum"), Files.readString(app.resolve("go.sum"))
                + "example.com/lib v1.2.0 h1:ovWEX+6ELIvUOmzXvFVwyzMYlUObmkRaOo/KeQ9cpBk=\n");
        GoRun.Result r = run();
        assertEquals("main.go:6:2: module example.com/lib@v1.2.0 is not in the module cache (" + env.get("GOMODCACHE")
                + "): go4j does not download modules; go mod download example.com/lib@v1.2.0 fetches it\n", r.stderr());
        assertEquals(1, r.exit());
    }

    // ---- version selection: example.com/dep v1.0.0 requires example.com/lib v1.1.0

    private void requireDepAndLib(String libVersion, String extra) throws IOException {
        Files.writeString(app.resolve("go.mod"), "module example.com/app\n\ngo 1.19\n\nrequire (\n\texample.com/dep v1.0.0\n"
                + "\texample.com/lib " + libVersion + "\n)\n" + extra);
        Files.writeString(app.resolve("main.go"), "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/dep\"\n)\n\n"
                + "func main() { fmt.Println(dep.Version()) }\n");
    }

    /** go4j's run, then Go's (which, with -mod=mod, rewrites go.mod), in the same copy: the same output and status. */
    private GoRun.Result runAsGoDoes(Map<String, String> e) throws Exception {
        GoRun.Result ours = GoRun.go4jEnv(app, 120, e, ".");
        GoRun.Result go = GoRun.goEnv(app, ".", 240, e);
        assertNotNull(go, "Go is not installed (apt-get install golang-1.19): the comparison cannot run");
        assertEquals(go.stdout(), ours.stdout(), go.stderr());
        assertEquals(go.stderr().replaceAll("go: downloading .*\n", ""), ours.stderr());
        assertEquals(go.exit(), ours.exit());
        return ours;
    }

    private Map<String, String> readonly() {
        Map<String, String> e = new java.util.HashMap<>(env);
        e.put("GOFLAGS", "-mod=readonly");
        return e;
    }

    @Test
    void aModuleRequiringMoreThanGoModSaysIsMinimalVersionSelectionWithModMod() throws Exception {
        requireDepAndLib("v1.0.0", "");
        GoRun.Result r = runAsGoDoes(env);
        assertEquals("dep v1.0.0 with lib v1.1.0 sub v1.1.0\n", r.stdout(), r.stderr());
    }

    @Test
    void aModuleRequiringMoreThanGoModSaysIsRefusedWithReadonly() throws Exception {
        requireDepAndLib("v1.0.0", "");
        GoRun.Result r = runAsGoDoes(readonly());
        assertEquals("go: updates to go.mod needed, disabled by -mod=readonly; to update it:\n\tgo mod tidy\n", r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aModuleWhosePackagesAreNotLoadedDoesNotRaiseVersions() throws Exception {
        // main imports lib only: dep's go.mod is not read, go.mod's lib v1.0.0 is built (Go's lazy loading)
        requireDepAndLib("v1.0.0", "");
        Files.writeString(app.resolve("main.go"), "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/lib\"\n)\n\n"
                + "func main() { fmt.Println(lib.Version()) }\n");
        GoRun.Result r = runAsGoDoes(readonly());
        assertEquals("v1.0.0 sub v1.0.0\n", r.stdout(), r.stderr());
    }

    @Test
    void aDependencysRequirementOfAnExcludedVersionIsDropped() throws Exception {
        requireDepAndLib("v1.0.0", "\nexclude example.com/lib v1.1.0\n");
        GoRun.Result r = runAsGoDoes(env);
        assertEquals("dep v1.0.0 with lib v1.0.0 sub v1.0.0\n", r.stdout(), r.stderr());
    }

    @Test
    void theMainModulesRequirementOfAnExcludedVersionIsRefusedOrDropped() throws Exception {
        Files.writeString(app.resolve("go.mod"), Files.readString(app.resolve("go.mod")) + "\nexclude example.com/lib v1.1.0\n");
        GoRun.Result r = runAsGoDoes(readonly());
        assertEquals("go: ignoring requirement on excluded version example.com/lib v1.1.0\n"
                + "go: updates to go.mod needed, disabled by -mod=readonly; to update it:\n\tgo mod tidy\n", r.stderr());
        r = runAsGoDoes(env);
        assertEquals("go: dropping requirement on excluded version example.com/lib v1.1.0\n"
                + "go: finding module for package example.com/lib\n"
                + "main.go:6:2: cannot find module providing package example.com/lib: module lookup disabled by GOPROXY=off\n",
                r.stderr());
        assertEquals(1, r.exit());
    }

    @Test
    void aMalformedGoModIsReportedWithItsLine() throws Exception {
        Files.writeString(app.resolve("go.mod"), "module example.com/app\n\ngo 1.19\nfoo bar\n");
        GoRun.Result r = run();
        assertEquals("go: errors parsing go.mod:\n" + app.resolve("go.mod").toAbsolutePath() + ":4: unknown directive: foo\n",
                r.stderr());
        assertEquals(1, r.exit());
    }
}
