package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.export.StatisticsBundle;
import se.uppfoljning.reports.export.StatsDataset;
import se.uppfoljning.reports.export.StatsDatasets;
import se.uppfoljning.reports.export.StatsVariable;

/**
 * Proof with real clients: Debian's {@code Rscript} (package {@code r-base-core}) loads the exported bundle with
 * {@code source("read.R")} in the C locale, its {@code wilcox.test(paired = TRUE)} with the variant the report
 * names gives the report's W and p to 3 decimals, and its {@code table()} counts equal the report's unsuppressed
 * distribution tables. GNU PSPP (package {@code pspp}), where installed, runs {@code read.sps} without an error
 * and counts the same. Skipped with a message when the program is missing.
 */
class StatisticsBundleRIT {

    private static final Locale SV = Locale.forLanguageTag("sv");

    @TempDir
    Path dir;

    @Test
    void rLoadsTheBundleAndReproducesTheReportsWilcoxonAndCounts() throws Exception {
        assumeTrue(onPath("Rscript"), "Rscript not found: install Debian's r-base-core to run the R check");
        ReportInput input = ReportDemoData.generate(4, 25, 7L, SV);
        EvaluationReport report = new EvaluationReportBuilder().build(input);
        unzip(input);
        StatsDataset wide = StatsDatasets.build(input).get(1);
        Map<String, String> nameByLabel = new HashMap<>();
        for (StatsVariable v : wide.variables()) {
            nameByLabel.put(v.label(), v.name());
        }
        String startSuffix = " (" + Translations.translate("reports.wave.start", SV) + ")";
        String exact = Translations.translate("reports.stats.variant.exact", SV);

        StringBuilder r = new StringBuilder("source(\"read.R\")\n");
        r.append("cat(\"LABEL\", utf8ToInt(attr(answers_long$oro, \"label\")), \"\\n\")\n");
        List<Row> tested = new ArrayList<>();
        for (Row row : table(report, "enquiries/wilcoxon").rows()) {
            String item = row.cells().getFirst().text();
            Cell w = row.cells().get(3);
            Cell p = row.cells().get(4);
            if (w.value() == null || p.value() == null) {
                continue; // suppressed or nothing to test
            }
            String base = nameByLabel.get(item + startSuffix).replaceAll("_start$", "");
            boolean exactP = exact.equals(row.cells().get(6).text());
            r.append(String.format(Locale.ROOT, "x <- answers_wide$%s_end; y <- answers_wide$%s_start; ok <- "
                    + "!is.na(x) & !is.na(y); t <- wilcox.test(x[ok], y[ok], paired = TRUE, exact = %s, "
                    + "correct = TRUE); cat(\"W\", \"%s\", t$statistic, sprintf(\"%%.10f\", t$p.value), \"\\n\")\n",
                    base, base, exactP ? "TRUE" : "FALSE", base));
            tested.add(row);
        }
        // (#12: W and p are printed only over safe change groups, so the seeded data prints fewer rows than before)
        assertThat(tested).as("Wilcoxon rows with figures in the report").isNotEmpty();
        List<ItemDefinition> counted = input.enquiryItems().stream().filter(i -> i.kind() != ItemKind.TEXT
                && i.kind() != ItemKind.NUMBER).toList();
        for (ItemDefinition item : counted) {
            String var = nameByLabel.get(item.text(SV) + startSuffix).replaceAll("_start$", "");
            String levels = switch (item.kind()) {
                case LIKERT, RATING -> "levels = " + item.scaleMin() + ":" + item.scaleMax();
                default -> "levels = levels(answers_long$" + var + ")";
            };
            for (String wave : List.of("START", "END")) {
                r.append(String.format(Locale.ROOT, "cat(\"T\", \"%s\", \"%s\", as.vector(table(factor("
                        + "answers_long$%s[answers_long$wave == \"%s\"], %s))), \"\\n\")\n", var, wave, var, wave,
                        levels));
            }
        }
        Map<String, List<String>> out = run(r.toString());

        assertThat(out.get("LABEL").stream().map(cp -> Character.toString(Integer.parseInt(cp))).reduce("",
                String::concat)).as("a label with å and ö survives the C locale")
                .isEqualTo("Jag känner oro för mitt barns skolgång");
        for (Row row : tested) {
            String item = row.cells().getFirst().text();
            String base = nameByLabel.get(item + startSuffix).replaceAll("_start$", "");
            List<String> rw = out.get("W " + base);
            assertThat(rw).as("R result for " + base).isNotNull();
            assertThat(Double.parseDouble(rw.get(0))).as("W of " + base)
                    .isCloseTo(row.cells().get(3).value(), org.assertj.core.data.Offset.offset(0.0005));
            assertThat(Double.parseDouble(rw.get(1))).as("p of " + base)
                    .isCloseTo(row.cells().get(4).value(), org.assertj.core.data.Offset.offset(0.0005));
        }
        int compared = 0;
        for (ItemDefinition item : counted) {
            String var = nameByLabel.get(item.text(SV) + startSuffix).replaceAll("_start$", "");
            List<Row> rows = table(report, "enquiries/item/" + item.analysisKey()).rows();
            for (int w = 0; w < 2; w++) {
                List<String> counts = out.get("T " + var + " " + (w == 0 ? "START" : "END"));
                assertThat(counts).as("categories of " + var).hasSize(rows.size() - 1);
                for (int i = 0; i < counts.size(); i++) {
                    Double reported = rows.get(i).cells().get(1 + 2 * w).value();
                    if (reported != null) {
                        assertThat(Long.parseLong(counts.get(i))).as(var + " category " + i).isEqualTo(
                                reported.longValue());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("unsuppressed counts compared").isGreaterThan(20);
    }

    @Test
    void rReadsAwkwardLabelsBackUnchanged() throws Exception {
        assumeTrue(onPath("Rscript"), "Rscript not found: install Debian's r-base-core to run the R check");
        ReportInput base = SmallInput.build(SV);
        String awkward = "Säg \"hej\"; 'då' \\ =SUM(A1) هل يحب طفلك المدرسة؟ $x `y'";
        List<ItemDefinition> items = new ArrayList<>(base.enquiryItems());
        items.set(0, new ItemDefinition("trivsel", ItemKind.LIKERT, Map.of("sv", awkward + "\nrad 2"), 1, 5,
                List.of(new ItemDefinition.Choice("1", Map.of("sv", "=" + awkward)))));
        ReportInput input = new ReportInput(base.scope(), base.minCellSize(), base.minCellSizeOutcomesBySchool(),
                base.absenceThresholdsPercent(), base.cases(), base.targetGroups(), base.absence(),
                base.invitations(), items, base.answers(), base.ratingItems(), base.ratings(),
                base.focusGroupSessions(), base.themes(), base.quotes());
        unzip(input);
        Map<String, List<String>> out = run("source(\"read.R\")\n"
                + "cat(\"LABEL\", utf8ToInt(attr(answers_long$trivsel, \"label\")), \"\\n\")\n"
                + "cat(\"VALUE\", utf8ToInt(names(attr(answers_long$trivsel, \"labels\"))[1]), \"\\n\")\n");
        assertThat(decode(out.get("LABEL"))).isEqualTo(awkward + " rad 2");
        assertThat(decode(out.get("VALUE"))).isEqualTo("=" + awkward);
    }

    @Test
    void psppRunsTheSpssSyntaxWithoutErrors() throws Exception {
        assumeTrue(onPath("pspp"), "pspp not found: install Debian's pspp to run the SPSS syntax check");
        ReportInput input = ReportDemoData.generate(2, 25, 7L, SV);
        unzip(input);
        Files.writeString(dir.resolve("check.sps"), "FREQUENCIES /VARIABLES=elevhalsa.\n");
        Process p = new ProcessBuilder("pspp", "-o", "out.txt", "read.sps", "check.sps").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(console).as("pspp messages").doesNotContain("error").doesNotContain("warning");
        String output = Files.readString(dir.resolve("out.txt"));
        long yes = input.answers().stream().filter(a -> a.analysisKey().equals("elevhalsa")
                && AnswerRow.YES.equals(a.value())).count();
        assertThat(output).containsPattern("Ja\\s*\\|\\s*" + yes + "\\|");
        assertThat(dir.resolve("answers_wide.sav")).exists();
    }

    private void unzip(ReportInput input) throws IOException {
        for (var e : StatisticsBundle.files(input).entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** Runs an R script in the bundle folder under the C locale; output lines "KEY a b c" by their key. */
    private Map<String, List<String>> run(String script) throws Exception {
        Files.writeString(dir.resolve("check.R"), script);
        ProcessBuilder pb = new ProcessBuilder("Rscript", "--vanilla", "check.R").directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        Map<String, List<String>> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f[0].equals("W") || f[0].equals("T")) {
                out.put(f[0] + " " + f[1] + (f[0].equals("T") ? " " + f[2] : ""),
                        List.of(f).subList(f[0].equals("T") ? 3 : 2, f.length));
            } else if (f[0].equals("LABEL") || f[0].equals("VALUE")) {
                out.put(f[0], List.of(f).subList(1, f.length));
            }
        }
        return out;
    }

    private static String decode(List<String> codePoints) {
        StringBuilder b = new StringBuilder();
        codePoints.forEach(cp -> b.appendCodePoint(Integer.parseInt(cp)));
        return b.toString();
    }

    private static Table table(EvaluationReport report, String id) {
        return report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Table t && t.id().equals(id)).map(b -> (Table) b).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
