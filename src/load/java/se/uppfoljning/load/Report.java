package se.uppfoljning.load;

import java.util.List;
import java.util.Locale;

/** The benchmark's numbers as the Markdown section that goes into docs/performance.md. */
record Report(List<ParentLoadBenchmark.ScenarioResult> results, LoadStats warmup, ParentLoadBenchmark.HeapResult heap,
              String date) {

    static final List<String> PAGE_CHANGES = List.of("language", "next", "submit");
    static final List<String> USER_ACTIONS = List.of("language", "answer", "next", "submit");
    /** Targets of issue #11 for the page-change p95 on the production jar, per scenario, in ms. */
    static double targetP95Ms(String scenario) {
        return switch (scenario) {
            case "peak" -> 60;
            case "city" -> 100;
            case "stress" -> 250;
            default -> 500;
        };
    }

    static final double TARGET_HEAP_KIB = 200;

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("### Last run: ").append(date).append("\n\n");
        sb.append("Times in ms as the client saw them (request sent to last byte received). \"server\" is Vaadin's own "
                + "time for the request, writing included (reported in the next response, so not for the last request "
                + "of a parent). The server is the production jar (`target/uppfoljning.jar`, Vaadin production mode) in a process "
                + "of its own; the load client runs in the test JVM; both share the machine's 2 cores.\n");
        for (ParentLoadBenchmark.ScenarioResult r : results) {
            scenario(sb, r);
        }
        sb.append("\n#### All scenarios\n\n");
        sb.append(String.format(Locale.ROOT, "- Warm-up before them (%d parents, 5 at a time, no thinking time, not counted): "
                        + "%d errors%s%n", warmup.count("link"), warmup.errorCount(), warmup.firstErrors().isEmpty() ? ""
                        : "; first: " + String.join(" / ", warmup.firstErrors().stream().limit(3).toList())));
        sb.append(String.format(Locale.ROOT, "- Heap per active parent session: **%.0f KiB** (%d more parents opened the "
                        + "form's first page; the jar's used heap after full GC %.1f MiB before, %.1f MiB after); target < %.0f KiB: **%s**%n",
                heap.perSessionBytes() / 1024.0, heap.sessions(), heap.beforeBytes() / 1048576.0, heap.afterBytes() / 1048576.0,
                TARGET_HEAP_KIB, heap.perSessionBytes() / 1024.0 < TARGET_HEAP_KIB ? "met" : "not met"));
        return sb.toString();
    }

    private static void scenario(StringBuilder sb, ParentLoadBenchmark.ScenarioResult r) {
        ParentScenario.Pacing p = r.scenario().pacing();
        sb.append(String.format(Locale.ROOT, "%n#### Scenario \"%s\": %d parents opening their links within %d s, "
                        + "%.1f–%.1f s between actions%n%n", r.scenario().name(), r.parents(), r.scenario().rampUp().toSeconds(),
                p.min().toMillis() / 1000.0, p.max().toMillis() / 1000.0));
        sb.append("| step | requests | errors | p50 | p95 | p99 | max | server p50 | server p95 | mean response |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        LoadStats stats = r.stats();
        for (LoadStats.Row row : stats.rows()) {
            row(sb, row);
        }
        LoadStats.Row pages = stats.combined("**page change** (language, next, submit)", PAGE_CHANGES);
        LoadStats.Row actions = stats.combined("**every user action** (also answers)", USER_ACTIONS);
        row(sb, pages);
        row(sb, actions);
        sb.append("\n");
        sb.append(String.format(Locale.ROOT, "- Parents who submitted and saw the thank-you page: **%d of %d**; "
                + "at most %d active at once%n", r.acknowledged(), r.parents(), r.peakConcurrent()));
        sb.append(String.format(Locale.ROOT, "- Lost submissions: **%d** (acknowledged %d, `enquiry_submission` rows %d, "
                + "rows without an acknowledgement %d)%n", r.lost(), r.acknowledged(), r.stored(), r.storedNotAcknowledged()));
        sb.append(String.format(Locale.ROOT, "- Errors: **%d**%s%n", stats.errorCount(),
                stats.firstErrors().isEmpty() ? "" : "; first: " + String.join(" / ", stats.firstErrors().stream().limit(5).toList())));
        sb.append(String.format(Locale.ROOT, "- Submissions per second: **%.2f** over the whole scenario (%.1f s with ramp-up "
                + "and thinking: the pace the parents set, not the server's limit)%n", r.acknowledged() / r.seconds(), r.seconds()));
        sb.append(String.format(Locale.ROOT, "- CPU: the jar used %.0f CPU-s in %.0f s (%.0f %% of the 2 cores); the load "
                        + "client's own parsing took %.0f s of that; system load average %.1f before, %.1f after "
                        + "(other builds share the machine)%n", r.cpuSeconds(), r.seconds(),
                100 * r.cpuSeconds() / (2 * r.seconds()), r.clientSeconds(), r.loadBefore(), r.loadAfter()));
        double target = targetP95Ms(r.scenario().name());
        sb.append(String.format(Locale.ROOT, "- Target page-change p95 < %.0f ms: **%s** (%s ms); every user action p95 %s ms%n",
                target, pages.p95() < target ? "met" : "not met", ms(pages.p95()), ms(actions.p95())));
    }

    private static void row(StringBuilder sb, LoadStats.Row r) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s |%n", r.step(), r.count(),
                r.errors(), ms(r.p50()), ms(r.p95()), ms(r.p99()), ms(r.max()), ms(r.serverP50()), ms(r.serverP95()),
                r.meanBytes() >= 1024 ? String.format(Locale.ROOT, "%.1f KB", r.meanBytes() / 1024.0) : r.meanBytes() + " B"));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
