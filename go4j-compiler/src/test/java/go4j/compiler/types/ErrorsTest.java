package go4j.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The table {@code errors.txt}: small programs, each with what Go 1.19's compiler prints
 * for it ({@code go build}, generated with the installed Go 1.19); the checker must print
 * the same, line for line. A case is {@code -- name --}, the program, {@code -- want --}
 * and the expected output (empty when the program is valid).
 */
class ErrorsTest {
    private static final Pattern CASE = Pattern.compile("^-- (\\S+) --\\n(.*?)^-- want --\\n(.*?)(?=^-- \\S+ --\\n|\\z)",
            Pattern.MULTILINE | Pattern.DOTALL);

    record Case(String name, String program, String want) {
    }

    static List<Case> cases(String resource) throws IOException {
        String text;
        try (InputStream in = ErrorsTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        Matcher m = CASE.matcher(text);
        while (m.find()) {
            out.add(new Case(m.group(1), m.group(2), m.group(3).strip()));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchGo119() throws IOException {
        return cases("errors.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(c.want(), Harness.errors("./prog.go", c.program()), c.program())));
    }
}
