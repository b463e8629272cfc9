package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's time.Duration and time.Time String() forms, as the deadline's String() prints them. */
class FormatTest {
    // Each row was printed by Go 1.19's time.Duration.String().
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 0s",
        "1, 1ns",
        "999, 999ns",
        "1000, 1\u00b5s",
        "1500, 1.5\u00b5s",
        "100000, 100\u00b5s",
        "1000000, 1ms",
        "1234567, 1.234567ms",
        "999999999, 999.999999ms",
        "1000000000, 1s",
        "1200000000, 1.2s",
        "60000000000, 1m0s",
        "61500000000, 1m1.5s",
        "3600000000000, 1h0m0s",
        "3600000000000000, 1000h0m0s",
        "7200000000003, 2h0m0.000000003s",
        "-5000000, -5ms",
        "-1, -1ns",
        "9223372036854775807, 2562047h47m16.854775807s",
        "-9223372036854775808, -2562047h47m16.854775808s",
    })
    void durationPrintsLikeGo(long nanos, String go) {
        assertEquals(go, Contexts.goDuration(nanos));
    }

    @Test
    void timePrintsLikeGoInUtc() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            // Go: time.Date(2026, 5, 4, 10, 50, 41, 120000000, time.UTC).String()
            assertEquals("2026-05-04 10:50:41.12 +0000 UTC", Contexts.goTime(Instant.parse("2026-05-04T10:50:41.120Z")));
            assertEquals("2026-05-04 10:50:41 +0000 UTC", Contexts.goTime(Instant.parse("2026-05-04T10:50:41Z")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void timePrintsOffsetAndZoneAbbreviation() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            // Go with TZ=America/New_York prints the same instant as below.
            assertEquals("2026-05-04 06:50:41.000000001 -0400 EDT",
                    Contexts.goTime(Instant.parse("2026-05-04T10:50:41.000000001Z")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void stringifyFollowsGo() {
        assertEquals("<nil>", Contexts.stringify(null));
        assertEquals("s", Contexts.stringify("s"));
        assertEquals("42", Contexts.stringify(42)); // Integer has a String method
        assertEquals("java.lang.Object", Contexts.stringify(new Object()));
    }
}
