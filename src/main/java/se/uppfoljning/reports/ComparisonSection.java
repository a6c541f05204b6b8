package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.stats.Descriptive;

/**
 * Projects and schools side by side. Case counts come from {@link CaseCounts}, so they are hidden exactly as in
 * the reach tables; the rates are shown only where their base reaches N (the stricter N for completion by school,
 * an outcome indicator).
 */
final class ComparisonSection {

    private ComparisonSection() {
    }

    static Section build(ReportContext ctx, CaseCounts cc, AttendanceData attendance) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.comparison.intro")));
        List<AttendanceData.Pair> pairs = attendance.pairs();
        List<Row> rows = new ArrayList<>();
        for (String project : ctx.projects) {
            rows.add(row(ctx, ctx.t("reports.comparison.project", project), cc.cell(ctx, cc.projectTotals.get(project)),
                    c -> c.project().equals(project), pairs, ctx.n, true));
        }
        for (String school : ctx.schools) {
            rows.add(row(ctx, school, cc.cell(ctx, cc.schoolTotal(school)), c -> c.school().equals(school), pairs,
                    ctx.nOutcomes, false));
        }
        blocks.add(new Table("comparison", ctx.t("reports.comparison.caption"),
                List.of(ctx.t("reports.comparison.unit"), ctx.t("reports.reach.cases"),
                        ctx.t("reports.comparison.response-end"), ctx.t("reports.comparison.attendance-change"),
                        ctx.t("reports.comparison.completion")), rows,
                ctx.notes(rows, ctx.n, ctx.t("reports.comparison.note", ctx.fmt.count(ctx.n),
                        ctx.fmt.count(ctx.nOutcomes)))));
        return new Section(EvaluationReport.SectionId.COMPARISON, ctx.t("reports.comparison.heading"), blocks);
    }

    private static Row row(ReportContext ctx, String label, Cell cases, Predicate<CaseRow> group,
                           List<AttendanceData.Pair> pairs, int completionMinimum, boolean project) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(label));
        cells.add(cases);
        long[] response = EnquirySection.response(ctx, EnquiryWave.END, group);
        cells.add(response[0] == 0 ? Cell.empty() : response[0] < ctx.n ? Cell.hidden()
                : ctx.percent((double) response[1] / response[0]));
        List<Double> changes = pairs.stream().filter(p -> group.test(ctx.casesById.get(p.caseId())))
                .map(AttendanceData.Pair::changePoints).toList();
        cells.add(changes.isEmpty() ? Cell.empty() : changes.size() < ctx.n ? Cell.hidden()
                : ctx.signed(Descriptive.median(changes), 1));
        long completed = 0;
        long ended = 0;
        for (CaseRow c : ctx.input.cases()) {
            if (group.test(c) && c.ended()) {
                ended++;
                if (c.status() == CaseRow.Status.COMPLETED) {
                    completed++;
                }
            }
        }
        cells.add(ended == 0 ? Cell.empty() : ended < completionMinimum ? Cell.hidden()
                : ctx.percent((double) completed / ended));
        return new Row(cells, project);
    }
}
