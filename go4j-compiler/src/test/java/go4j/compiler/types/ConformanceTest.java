package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go 1.19's own programs, read from the installed Go at test time: every {@code // run}
 * program of {@code test}, {@code test/ken}, {@code test/chan} and {@code test/interface}
 * that imports only stubbed packages type-checks without error ({@code
 * conformance-pass.txt} lists them), so do those of {@code test/fixedbugs} and the generic ones of
 * {@code test/typeparam}, and the {@code // errorcheck} programs of {@code
 * errorcheck-pass.txt} get exactly the errors their {@code // ERROR} comments ask for.
 */
class ConformanceTest {

    private static List<String> list(String resource) throws IOException {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void everyEligibleRunProgramChecks() throws IOException {
        assumeTrue(Files.isDirectory(Conformance.GO_TEST), "Go 1.19's test folder is not installed");
        List<String> listed = list("conformance-pass.txt");
        int eligible = runAll(Conformance.programs(), "conformance");
        assertTrue(eligible >= listed.size(), "fewer eligible programs than listed: " + eligible);
    }

    /** Beyond the brief's folders: Go's regression programs ({@code test/fixedbugs}) that run. */
    @Test
    void everyEligibleFixedbugsRunProgramChecks() throws IOException {
        assumeTrue(Files.isDirectory(Conformance.GO_TEST), "Go 1.19's test folder is not installed");
        int eligible = runAll(Conformance.programs(List.of("fixedbugs")), "fixedbugs");
        assertTrue(eligible >= 400, "fewer eligible fixedbugs programs than before: " + eligible);
    }

    /** Go's generic programs ({@code test/typeparam}) that run: each checks without error. */
    @Test
    void everyEligibleTypeparamRunProgramChecks() throws IOException {
        assumeTrue(Files.isDirectory(Conformance.GO_TEST), "Go 1.19's test folder is not installed");
        int eligible = runAll(Conformance.programs(List.of("typeparam")), "typeparam");
        assertTrue(eligible >= 110, "fewer eligible typeparam programs than before: " + eligible);
    }

    private static int runAll(List<Path> programs, String what) throws IOException {
        int eligible = 0;
        List<String> failed = new ArrayList<>();
        for (Path p : programs) {
            String r = Conformance.check(p);
            if (r == null) {
                continue;
            }
            eligible++;
            if (!r.isEmpty()) {
                failed.add(Conformance.GO_TEST.relativize(p) + "\n" + r);
            }
        }
        System.out.println(what + ": " + (eligible - failed.size()) + " of " + eligible + " eligible // run programs check");
        assertEquals(List.of(), failed);
        return eligible;
    }

    @Test
    void listedErrorcheckProgramsGetGoErrors() throws IOException {
        assumeTrue(Files.isDirectory(Conformance.GO_TEST), "Go 1.19's test folder is not installed");
        List<String> failed = new ArrayList<>();
        List<String> listed = list("errorcheck-pass.txt");
        for (String rel : listed) {
            String r = ErrorCheck.check(Conformance.GO_TEST.resolve(rel));
            if (r == null || !r.isEmpty()) {
                failed.add(rel + "\n" + r);
            }
        }
        System.out.println("errorcheck: " + (listed.size() - failed.size()) + " of " + listed.size() + " listed programs match");
        assertEquals(List.of(), failed);
    }
}
