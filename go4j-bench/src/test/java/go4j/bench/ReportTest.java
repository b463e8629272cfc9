package go4j.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A runs CSV reads back into the same medians and ratios, and the chart draws from it. */
class ReportTest {
    @Test
    void aRunsCsvReadsBackAndDrawsAChart(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("latest-runs.csv");
        Files.writeString(csv, """
                round,workload,impl,value,error,unit,seconds
                1,"ping-pong, unbuffered",Go,400.000,0.000,ns,1.0
                1,"ping-pong, unbuffered",go4j gmp,600.000,0.000,ns,1.0
                2,"ping-pong, unbuffered",Go,500.000,0.000,ns,1.0
                2,"ping-pong, unbuffered",go4j gmp,500.000,0.000,ns,1.0
                3,"ping-pong, unbuffered",Go,400.000,0.000,ns,1.0
                3,"ping-pong, unbuffered",go4j gmp,,,ns,180.0
                1,"ping-pong, unbuffered",jox,4000.000,0.000,ns,1.0
                """);
        BenchMain.Run run = BenchMain.Run.fromRunsCsv(csv, dir);
        Workload ping = run.workloads.getFirst();
        assertEquals("ping-pong, unbuffered", ping.name());
        assertTrue(run.hasGo());
        double[] gmp = run.values.get(ping).get(Workload.Impl.GMP.name());
        double[] go = run.values.get(ping).get("go");
        assertEquals(1.25, Report.medianRatio(gmp, go), 1e-9); // rounds 1 and 2: 1.5 and 1.0
        Report report = new Report(run, "0.5 0.5 0.5", "0.5 0.5 0.5", 1);
        assertTrue(report.table().contains("| ping-pong, unbuffered | ns/round trip | 400 | 550 | — | 4,000 | — | 1.25x |"),
                report.table());
        report.chart(dir.resolve("chart.png"));
        assertTrue(Files.size(dir.resolve("chart.png")) > 10_000);
    }
}
