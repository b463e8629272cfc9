package go4j.bench;

import go4j.bench.Workload.Impl;
import go4j.bench.Workload.Kind;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a {@link BenchMain} run: the table on stdout, and under {@code bench-results/}
 * {@code latest.md} (machine, date, table, notes), {@code latest-summary.csv},
 * {@code latest-runs.csv} (every run of every round), {@code latest.png} (each implementation's
 * time as a multiple of Go's), and a dated copy of the summary under {@code history/}.
 */
final class Report {
    static final double TARGET = 1.3;

    private final BenchMain.Run run;
    private final String loadBefore;
    private final String loadAfter;
    private final long seconds;
    private String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));

    Report(BenchMain.Run run, String loadBefore, String loadAfter, long seconds) {
        this.run = run;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        this.seconds = seconds;
    }

    /** Dates the report as of {@code when} (a redrawn chart keeps its run's date). */
    Report at(ZonedDateTime when) {
        date = when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        return this;
    }

    // ---- statistics ----

    static double median(double[] xs) {
        double[] v = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The median over rounds of a[r] / b[r], rounds where both ran. */
    static double medianRatio(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        return median(r);
    }

    static int pairs(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
            }
        }
        return n;
    }

    double[] col(Workload w, String c) {
        return run.values.get(w).get(c);
    }

    /** The reference column: Go, or go4j gmp when Go did not run. */
    String reference() {
        return run.hasGo() ? "go" : Impl.GMP.name();
    }

    // ---- formatting ----

    static String format(Workload w, double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.2fx", r);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String csv(String s) {
        return s.contains(",") ? "\"" + s + "\"" : s;
    }

    static String clock(long nanos) {
        long s = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        String mem = "";
        String os = System.getProperty("os.name");
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal")) {
                    long kb = Long.parseLong(l.replaceAll("\\D", ""));
                    mem = String.format(Locale.ROOT, ", %.0f GiB", kb / 1024.0 / 1024.0);
                }
            }
            for (String l : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (l.startsWith("PRETTY_NAME=")) {
                    os = l.substring(12).replace("\"", "");
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: what we have is enough
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores" + mem + ", " + os;
    }

    // ---- the table ----

    String table() {
        StringBuilder sb = new StringBuilder();
        boolean go = run.hasGo(); // without Go, no Go column and no go4j/Go column (the header says why)
        sb.append(go ? "| workload | unit | Go | go4j gmp | go4j jdk | jox | JUC | go4j/Go |\n"
                : "| workload | unit | go4j gmp | go4j jdk | jox | JUC |\n");
        sb.append(go ? "|---|---|---:|---:|---:|---:|---:|---:|\n" : "|---|---|---:|---:|---:|---:|\n");
        for (Workload w : run.values.keySet()) {
            sb.append("| ").append(w.name()).append(" | ").append(w.unitLabel());
            if (go) {
                sb.append(" | ").append(format(w, w.display(median(col(w, "go")))));
            }
            for (Impl i : Impl.values()) {
                sb.append(" | ").append(w.impls().contains(i) ? format(w, w.display(median(col(w, i.name())))) : "—");
            }
            if (go) {
                sb.append(" | ").append(ratio(medianRatio(col(w, Impl.GMP.name()), col(w, "go"))));
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /** Where go4j (gmp column) misses a target: more than 1.3x Go, or slower than jox. */
    List<String> misses() {
        List<String> notes = new ArrayList<>();
        for (Workload w : run.values.keySet()) {
            double[] gmp = col(w, Impl.GMP.name());
            if (run.hasGo()) {
                double r = medianRatio(gmp, col(w, "go"));
                if (r > TARGET) {
                    notes.add(String.format(Locale.ROOT, "%s: go4j is %.2fx Go (target %.1fx: %.0f%% over)",
                            w.name(), r, TARGET, (r / TARGET - 1) * 100));
                }
            }
            if (w.impls().contains(Impl.JOX)) {
                double r = medianRatio(gmp, col(w, Impl.JOX.name()));
                if (r > 1) {
                    notes.add(String.format(Locale.ROOT, "%s: go4j is %.2fx jox (target: below 1x)", w.name(), r));
                }
            }
        }
        return notes;
    }

    String header() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s, `./go4j bench%s`, %d rounds, %s.%n%n", date,
                run.plan.mode().equals("quick") ? " --quick" : "", run.plan.rounds(), clock(seconds * 1_000_000_000L)
                        + " (m:ss)"));
        sb.append("Machine: ").append(machine()).append("; load average ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after.  \n");
        sb.append("JDK ").append(System.getProperty("java.runtime.version")).append("; ")
                .append(run.hasGo() ? run.goVersion : "**no Go column**: " + run.noGo).append("; jox ").append(joxVersion())
                .append(".  \n");
        double load = firstNumber(loadBefore);
        int cores = Runtime.getRuntime().availableProcessors();
        if (load > cores || firstNumber(loadAfter) > cores) {
            sb.append(String.format(Locale.ROOT, "**The machine was loaded** (load average above its %d cores): absolute "
                    + "numbers are inflated and noisy; ratios of side-by-side runs are indicative only.  %n", cores));
        }
        if (!"gmp".equals(run.gmpScheduler)) {
            sb.append("The gmp scheduler was not available to this build: the go4j gmp column ran on the '")
                    .append(run.gmpScheduler).append("' scheduler.  \n");
        }
        sb.append(run.hasGo() ? "Values are medians over rounds (ns, µs or ms per op; bytes for memory); go4j/Go is the "
                + "median of the per-round ratios go4j gmp / Go, each from runs made side by side.\n"
                : "Values are medians over rounds (ns, µs or ms per op; bytes for memory).\n");
        return sb.toString();
    }

    static double firstNumber(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static String joxVersion() {
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String f = Path.of(e).getFileName().toString();
            if (f.startsWith("channels-") && f.endsWith(".jar")) {
                return f.substring("channels-".length(), f.length() - 4);
            }
        }
        return "?";
    }

    // ---- files ----

    void write() throws IOException {
        Path dir = run.results;
        Files.createDirectories(dir.resolve("history"));
        String table = table();
        List<String> misses = misses();
        StringBuilder md = new StringBuilder(header()).append('\n').append(table);
        if (!misses.isEmpty()) {
            md.append("\nTargets missed (go4j gmp):\n\n");
            for (String m : misses) {
                md.append("- ").append(m).append('\n');
            }
        }
        if (!run.notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            for (String n : run.notes) {
                md.append("- ").append(n).append('\n');
            }
        }
        if (!run.failures.isEmpty()) {
            md.append("\nRuns that failed:\n\n");
            for (String f : run.failures) {
                md.append("- ").append(f).append('\n');
            }
        }
        Files.writeString(dir.resolve("latest.md"), md.toString());

        StringBuilder sum = new StringBuilder("workload,unit,go,go4j_gmp,go4j_jdk,jox,juc,gmp_over_go,jdk_over_go,gmp_over_jox,pairs\n");
        for (Workload w : run.values.keySet()) {
            sum.append(csv(w.name())).append(',').append(w.unitLabel());
            sum.append(',').append(num(w.display(median(col(w, "go")))));
            for (Impl i : Impl.values()) {
                sum.append(',').append(num(w.display(median(col(w, i.name())))));
            }
            sum.append(',').append(num(medianRatio(col(w, Impl.GMP.name()), col(w, "go"))));
            sum.append(',').append(num(medianRatio(col(w, Impl.JDK.name()), col(w, "go"))));
            sum.append(',').append(num(medianRatio(col(w, Impl.GMP.name()), col(w, Impl.JOX.name()))));
            sum.append(',').append(pairs(col(w, Impl.GMP.name()), col(w, "go"))).append('\n');
        }
        Files.writeString(dir.resolve("latest-summary.csv"), sum.toString());
        String stamp = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Files.writeString(dir.resolve("history").resolve(stamp + "-" + run.plan.mode() + ".csv"), sum.toString());
        Files.writeString(dir.resolve("latest-runs.csv"),
                "round,workload,impl,value,error,unit,seconds\n" + String.join("\n", run.runLog) + "\n");
        String chart;
        try {
            chart(dir.resolve("latest.png"));
            chart = dir.resolve("latest.png").toString();
        } catch (Throwable t) { // a headless JDK without fonts, say: the table still stands
            chart = "not drawn (" + t + ")";
        }
        if (run.record != null) {
            updateRecord(run.record, md.toString());
        }

        System.out.println();
        System.out.print(header());
        System.out.println();
        System.out.print(table);
        if (!misses.isEmpty()) {
            System.out.println("\nTargets missed (go4j gmp):");
            misses.forEach(m -> System.out.println("  " + m));
        }
        if (!run.notes.isEmpty()) {
            System.out.println("\nNotes:");
            run.notes.forEach(n -> System.out.println("  " + n));
        }
        if (!run.failures.isEmpty()) {
            System.out.println("\nRuns that failed:");
            run.failures.forEach(f -> System.out.println("  " + f));
        }
        System.out.println("\nResults: " + dir.resolve("latest.md") + ", " + dir.resolve("latest-summary.csv") + ", "
                + dir.resolve("latest-runs.csv") + "; chart: " + chart);
    }

    void updateRecord(Path doc, String md) throws IOException {
        String begin = "<!-- bench:begin -->";
        String end = "<!-- bench:end -->";
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            System.err.println("go4j bench: " + doc + " has no " + begin + " ... " + end + " section; not updated");
            return;
        }
        // The chart's link is relative to the document (docs/benchmarks.md links ../bench-results).
        Path chart = doc.toAbsolutePath().getParent().relativize(run.results.toAbsolutePath().resolve("latest.png"));
        String body = begin + "\n" + md + "\n![go4j, jox and JUC as multiples of Go's time](" + chart.toString().replace('\\', '/')
                + ")\n" + end;
        Files.writeString(doc, text.substring(0, b) + body + text.substring(e + end.length()), StandardCharsets.UTF_8);
    }

    // ---- the chart ----

    void chart(Path png) throws IOException {
        String ref = reference();
        String refLabel = run.hasGo() ? "Go" : "go4j gmp";
        List<String> names = new ArrayList<>();
        for (Workload w : run.values.keySet()) {
            names.add(w.name());
        }
        CategoryChart c = new CategoryChartBuilder().width(1600).height(900)
                .title("go4j vs Go, jox and java.util.concurrent — time (memory: bytes) as a multiple of "
                        + refLabel + "'s, lower is better (" + date + ")")
                .yAxisTitle("multiple of " + refLabel + " (log scale; up: slower)").build();
        // Bars are log2(ratio) on a linear axis, labelled back as ratios: a bar rises from 1x
        // when slower than the reference and hangs below it when faster. (XChart's own log axis
        // cannot leave a bar out, and some workloads have no jox or JUC variant.)
        c.setCustomYAxisTickLabelsFormatter(v -> {
            double x = Math.pow(2, v);
            return x >= 10 ? String.format(Locale.ROOT, "%.0fx", x) : String.format(Locale.ROOT, "%.2fx", x);
        });
        c.getStyler().setXAxisLabelRotation(90); // slanted labels drift off their bars
        c.getStyler().setXAxisTickMarkSpacingHint(8); // else XChart drops every other label
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setAvailableSpaceFill(0.8);
        Color[] colors = {new Color(0x1f77b4), new Color(0x9ecae1), new Color(0xff7f0e), new Color(0x2ca02c)};
        int k = 0;
        for (Impl i : Impl.values()) {
            List<Double> ys = new ArrayList<>();
            for (Workload w : run.values.keySet()) {
                double r = w.impls().contains(i) ? medianRatio(col(w, i.name()), col(w, ref)) : Double.NaN;
                ys.add(Double.isNaN(r) ? null : Math.log(r) / Math.log(2));
            }
            CategorySeries s = c.addSeries(i.label, names, ys);
            s.setFillColor(colors[k++]);
        }
        List<Double> target = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            target.add(run.hasGo() ? Math.log(TARGET) / Math.log(2) : 0.0);
        }
        CategorySeries t = c.addSeries(run.hasGo() ? "target: 1.3x Go" : "go4j gmp = 1x", names, target);
        t.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        t.setLineColor(Color.RED);
        t.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        t.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        BitmapEncoder.saveBitmap(c, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    static boolean isMemory(Workload w) {
        return w.kind() == Kind.MEMORY;
    }
}
