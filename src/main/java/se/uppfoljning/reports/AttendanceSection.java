package se.uppfoljning.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.uppfoljning.reports.disclosure.PairedChanges;
import se.uppfoljning.reports.stats.PairedWilcoxon;
import se.uppfoljning.reports.stats.WilcoxonResult;

/** Attendance: the monthly trend and the change from each case's first to its last month with data. */
final class AttendanceSection {

    private AttendanceSection() {
    }

    static Section build(ReportContext ctx, AttendanceData data, ReportFindings findings) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> thresholds = ctx.input.absenceThresholdsPercent();
        blocks.add(new Paragraph(ctx.t("reports.attendance.intro", thresholdList(ctx, thresholds))));

        List<String> months = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<List<Double>> over = new ArrayList<>();
        thresholds.forEach(t -> over.add(new ArrayList<>()));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, List<AttendanceData.Month>> e : data.byMonth.entrySet()) {
            List<AttendanceData.Month> shares = e.getValue();
            String month = ctx.fmt.month(e.getKey());
            months.add(month);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.label(month));
            if (shares.size() < ctx.n) {
                cells.add(Cell.hidden());
                cells.add(Cell.hidden());
                thresholds.forEach(t -> cells.add(Cell.hidden()));
                medians.add(null);
                over.forEach(o -> o.add(null));
            } else {
                double attendance = Descriptive.median(shares.stream().mapToDouble(AttendanceData.Month::attendancePercent)
                        .toArray()) / 100;
                cells.add(ctx.count(shares.size()));
                cells.add(ctx.percent(attendance));
                medians.add(attendance * 100);
                for (int i = 0; i < thresholds.size(); i++) {
                    int limit = thresholds.get(i);
                    long reached = shares.stream().filter(s -> s.reaches(limit)).count();
                    Cell share = ctx.safeShare(reached, shares.size()); // "14 % of 22" would be 3 pupils (#12.1)
                    cells.add(share);
                    over.get(i).add(share.value());
                }
            }
            rows.add(new Row(cells, false));
        }
        List<String> header = new ArrayList<>(List.of(ctx.t("reports.attendance.month"),
                ctx.t("reports.attendance.cases"), ctx.t("reports.attendance.median")));
        thresholds.forEach(t -> header.add(ctx.t("reports.attendance.over", ctx.fmt.count(t))));
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(ctx.t("reports.attendance.no-data")));
            return new Section(EvaluationReport.SectionId.ATTENDANCE, ctx.t("reports.attendance.heading"), blocks);
        }
        blocks.add(new Table("attendance/monthly", ctx.t("reports.attendance.monthly-caption"), header, rows,
                ctx.notes(rows, ctx.n, ctx.t("reports.attendance.monthly-note"))));
        blocks.add(trendChart(ctx, months, medians));
        blocks.add(thresholdChart(ctx, months, thresholds, over));
        blocks.addAll(paired(ctx, data, findings));
        return new Section(EvaluationReport.SectionId.ATTENDANCE, ctx.t("reports.attendance.heading"), blocks);
    }

    private static String thresholdList(ReportContext ctx, List<Integer> thresholds) {
        return String.join(", ", thresholds.stream().map(t -> ctx.fmt.count(t)).toList());
    }

    private static Chart trendChart(ReportContext ctx, List<String> months, List<Double> medians) {
        double min = medians.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
        double lower = Math.max(0, Math.floor((min - 5) / 10) * 10);
        String alt = describe(ctx, "reports.attendance.trend-alt", months, medians);
        return new Chart("attendance/trend", ChartKind.LINE, ctx.t("reports.attendance.trend-title"),
                ctx.t("reports.chart.percent-axis"), months,
                List.of(new Series(ctx.t("reports.attendance.median"), medians)), lower, 100, alt);
    }

    private static Chart thresholdChart(ReportContext ctx, List<String> months, List<Integer> thresholds,
                                        List<List<Double>> over) {
        List<Series> series = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < thresholds.size(); i++) {
            series.add(new Series(ctx.t("reports.attendance.over", ctx.fmt.count(thresholds.get(i))), over.get(i)));
            max = Math.max(max, over.get(i).stream().filter(v -> v != null).mapToDouble(Double::doubleValue)
                    .max().orElse(0));
        }
        double upper = Math.min(100, Math.ceil((max + 5) / 10) * 10);
        String alt = describe(ctx, "reports.attendance.threshold-alt", months, over.getFirst(),
                ctx.fmt.count(thresholds.getFirst()));
        return new Chart("attendance/thresholds", ChartKind.LINE, ctx.t("reports.attendance.threshold-title"),
                ctx.t("reports.chart.percent-axis"), months, series, 0, upper, alt);
    }

    /** "Went from X % in <first month> to Y % in <last month>", over the points that are shown. */
    private static String describe(ReportContext ctx, String key, List<String> months, List<Double> values,
                                   Object... extra) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first < 0) {
            return ctx.t("reports.chart.all-suppressed");
        }
        List<Object> args = new ArrayList<>(List.of(ctx.fmt.percent(values.get(first) / 100), months.get(first),
                ctx.fmt.percent(values.get(last) / 100), months.get(last)));
        args.addAll(List.of(extra));
        return ctx.t(key, args.toArray());
    }

    private static List<Block> paired(ReportContext ctx, AttendanceData data, ReportFindings findings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new EvaluationReport.Subheading(ctx.t("reports.attendance.paired-heading")));
        List<AttendanceData.Pair> pairs = data.pairs();
        if (pairs.size() < ctx.n) {
            blocks.add(new Paragraph(ctx.t("reports.stats.too-few-pairs", ctx.fmt.count(ctx.n))));
            return blocks;
        }
        double[] start = new double[pairs.size()];
        double[] end = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            start[i] = pairs.get(i).startPercent();
            end[i] = pairs.get(i).endPercent();
        }
        WilcoxonResult w = PairedWilcoxon.test(start, end);
        double medianStart = Descriptive.median(start);
        double medianEnd = Descriptive.median(end);
        List<Row> rows = new ArrayList<>();
        rows.add(labelled(ctx, "reports.attendance.pairs", ctx.count(w.pairs())));
        rows.add(labelled(ctx, "reports.attendance.median-start", ctx.percent(medianStart / 100)));
        rows.add(labelled(ctx, "reports.attendance.median-end", ctx.percent(medianEnd / 100)));
        rows.add(labelled(ctx, "reports.attendance.median-change", ctx.signed(w.medianChange(), 1)));
        // a W of 1 would say that exactly one pupil's absence went up (issue #12): the signs must be 0 or >= N too
        boolean publishable = StatsRows.publishable(ctx, w) && PairedChanges.signsPublishable(start, end, ctx.n);
        rows.addAll(StatsRows.wilcoxon(ctx, w, publishable));
        blocks.add(new Table("attendance/paired", ctx.t("reports.attendance.paired-caption"),
                List.of(ctx.t("reports.table.measure"), ctx.t("reports.table.value")), rows,
                List.of(ctx.t("reports.attendance.paired-note"))));
        findings.attendancePairs = w.pairs();
        findings.attendanceStart = medianStart;
        findings.attendanceEnd = medianEnd;
        findings.attendanceChange = w.medianChange();
        findings.attendanceP = publishable ? w.p() : Double.NaN;
        return blocks;
    }

    private static Row labelled(ReportContext ctx, String key, Cell value) {
        return new Row(List.of(Cell.label(ctx.t(key)), value), false);
    }
}
