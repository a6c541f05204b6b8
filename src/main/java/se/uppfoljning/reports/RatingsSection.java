package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Chart;
import se.uppfoljning.reports.EvaluationReport.ChartKind;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Series;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.stats.Descriptive;

/** Staff rating forms: mean and median per item at each timepoint, as a table and a trajectory chart. */
final class RatingsSection {

    private static final Pattern MONTH = Pattern.compile("M(\\d+)", Pattern.CASE_INSENSITIVE);

    private RatingsSection() {
    }

    static Section build(ReportContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.ratings.intro")));
        List<String> timepoints = timepoints(ctx.input.ratings());
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        // Only scale items are scored: the rater's role and the comment are not series (issue #13, item 16).
        ctx.input.ratingItems().stream().filter(i -> i.kind() == ItemKind.LIKERT || i.kind() == ItemKind.RATING)
                .forEach(i -> items.put(i.analysisKey(), i));
        // value per item, timepoint and case (the last rating of a case at a timepoint wins)
        Map<String, Map<String, Map<Long, Integer>>> values = new HashMap<>();
        for (RatingRow r : ctx.input.ratings()) {
            if (!ctx.casesById.containsKey(r.caseId())) {
                continue;
            }
            values.computeIfAbsent(r.analysisKey(), k -> new HashMap<>())
                    .computeIfAbsent(r.timepoint(), k -> new HashMap<>()).put(r.caseId(), r.value());
        }
        values.keySet().stream().sorted().forEach(k -> items.putIfAbsent(k,
                new ItemDefinition(k, ItemKind.RATING, Map.of(), 0, 10, List.of())));
        if (values.isEmpty()) {
            blocks.add(new Paragraph(ctx.t("reports.ratings.no-data")));
            return new Section(EvaluationReport.SectionId.RATINGS, ctx.t("reports.ratings.heading"), blocks);
        }
        List<Row> rows = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (ItemDefinition item : items.values()) {
            Map<String, Map<Long, Integer>> byTime = values.getOrDefault(item.analysisKey(), Map.of());
            List<Double> means = new ArrayList<>();
            for (String tp : timepoints) {
                List<Integer> v = new ArrayList<>(byTime.getOrDefault(tp, Map.of()).values());
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.label(item.text(ctx.locale)));
                cells.add(Cell.label(timepointLabel(ctx, tp)));
                if (v.isEmpty()) {
                    cells.add(ctx.count(0));
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                    means.add(null);
                } else if (v.size() < ctx.n) {
                    cells.add(Cell.hidden());
                    cells.add(Cell.hidden());
                    cells.add(Cell.hidden());
                    means.add(null);
                } else {
                    double mean = Descriptive.mean(v);
                    cells.add(ctx.count(v.size()));
                    cells.add(ctx.decimal(mean, 2));
                    cells.add(ctx.decimal(Descriptive.median(v), 1));
                    means.add(mean);
                    min = Math.min(min, mean);
                    max = Math.max(max, mean);
                }
                rows.add(new Row(cells, false));
            }
            series.add(new Series(item.text(ctx.locale), means));
        }
        blocks.add(new Table("ratings/trajectory", ctx.t("reports.ratings.caption"),
                List.of(ctx.t("reports.table.item"), ctx.t("reports.ratings.timepoint"), ctx.t("reports.table.n"),
                        ctx.t("reports.ratings.mean"), ctx.t("reports.ratings.median")), rows,
                ctx.notes(rows, ctx.n)));
        List<String> labels = timepoints.stream().map(tp -> timepointLabel(ctx, tp)).toList();
        int scaleMin = items.values().stream().map(ItemDefinition::scaleMin).filter(v -> v != null)
                .min(Integer::compare).orElse(0);
        int scaleMax = items.values().stream().map(ItemDefinition::scaleMax).filter(v -> v != null)
                .max(Integer::compare).orElse(10);
        String alt = min <= max
                ? ctx.t("reports.ratings.chart-alt", ctx.fmt.count(series.size()), labels.getFirst(),
                        labels.getLast(), ctx.fmt.decimal(min, 1), ctx.fmt.decimal(max, 1))
                : ctx.t("reports.chart.all-suppressed");
        blocks.add(new Chart("ratings/trajectory", ChartKind.LINE, ctx.t("reports.ratings.chart-title"),
                ctx.t("reports.ratings.mean"), labels, series, scaleMin, scaleMax, alt));
        return new Section(EvaluationReport.SectionId.RATINGS, ctx.t("reports.ratings.heading"), blocks);
    }

    /** START first, END last, M3, M6, ... by their number, anything else by its first date. */
    static List<String> timepoints(List<RatingRow> ratings) {
        Map<String, LocalDate> first = new HashMap<>();
        for (RatingRow r : ratings) {
            LocalDate d = r.date() == null ? LocalDate.MAX : r.date();
            first.merge(r.timepoint(), d, (a, b) -> a.isBefore(b) ? a : b);
        }
        return first.keySet().stream().sorted(Comparator.comparingInt(RatingsSection::rank)
                .thenComparing(first::get).thenComparing(Comparator.naturalOrder())).toList();
    }

    private static int rank(String tp) {
        if ("START".equalsIgnoreCase(tp)) {
            return -1;
        }
        if ("END".equalsIgnoreCase(tp)) {
            return Integer.MAX_VALUE;
        }
        Matcher m = MONTH.matcher(tp);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE - 1;
    }

    static String timepointLabel(ReportContext ctx, String tp) {
        if ("START".equalsIgnoreCase(tp)) {
            return ctx.waveLabel(Wave.START);
        }
        if ("END".equalsIgnoreCase(tp)) {
            return ctx.waveLabel(Wave.END);
        }
        Matcher m = MONTH.matcher(tp);
        return m.matches() ? ctx.t("reports.ratings.month-timepoint", m.group(1)) : tp;
    }
}
