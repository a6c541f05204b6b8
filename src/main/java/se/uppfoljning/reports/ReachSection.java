package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.disclosure.CellSuppression;
import se.uppfoljning.reports.disclosure.LinkedCounts;

/** Reach: cases served against the target group per school, and the grade and gender breakdown (ESF). */
final class ReachSection {

    private ReachSection() {
    }

    static Section build(ReportContext ctx, CaseCounts cc) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.reach.intro")));
        blocks.add(coverage(ctx, cc));
        blocks.add(genderBySchool(ctx, cc));
        blocks.add(genderByGrade(ctx, cc));
        int grand = cc.bySchool.grandTotal();
        int girls = cc.bySchool.columnTotals()[CaseRow.Gender.GIRL.ordinal()];
        int boys = cc.bySchool.columnTotals()[CaseRow.Gender.BOY.ordinal()];
        if (!cc.hidden(grand) && cc.value(grand) > 0 && !cc.hidden(girls) && !cc.hidden(boys)) {
            blocks.add(new Paragraph(ctx.t("reports.reach.gender-summary",
                    ctx.fmt.percent((double) cc.value(girls) / cc.value(grand)),
                    ctx.fmt.percent((double) cc.value(boys) / cc.value(grand)))));
        }
        return new Section(EvaluationReport.SectionId.REACH, ctx.t("reports.reach.heading"), blocks);
    }

    private static Table coverage(ReportContext ctx, CaseCounts cc) {
        Map<String, Long> target = new HashMap<>();
        TreeSet<String> years = new TreeSet<>();
        for (TargetGroupRow t : ctx.input.targetGroups()) {
            if (!overlapsPeriod(t.schoolYear(), ctx.input.scope())) {
                continue; // only the school years the period overlaps (issue #12.6)
            }
            target.merge(t.school(), (long) t.size(), Long::sum);
            years.add(t.schoolYear());
        }
        LinkedCounts tc = new LinkedCounts();
        long[] sizes = new long[ctx.schools.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = target.getOrDefault(ctx.schools.get(i), 0L);
        }
        LinkedCounts.OneWay t = tc.addOneWay(sizes);
        CellSuppression.Result tr = CellSuppression.suppress(tc, ctx.n);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            String school = ctx.schools.get(i);
            rows.add(coverageRow(ctx, cc, Cell.label(school), tc, tr, t.parts()[i], cc.bySchool.rowTotals()[i],
                    false));
        }
        rows.add(coverageRow(ctx, cc, Cell.label(ctx.t("reports.table.total")), tc, tr, t.total(),
                cc.bySchool.grandTotal(), true));
        String yearText = years.isEmpty() ? "" : years.size() == 1 ? years.first()
                : years.first() + "\u2013" + years.last();
        List<String> header = List.of(ctx.t("reports.table.school"), ctx.t("reports.reach.target", yearText),
                ctx.t("reports.reach.cases"), ctx.t("reports.reach.coverage"));
        return new Table("reach/coverage", ctx.t("reports.reach.coverage-caption"), header, rows,
                ctx.notes(rows, ctx.n, years.size() > 1 ? ctx.t("reports.reach.target-note") : null));
    }

    /**
     * Whether a school year written {@code 2025/26} (or {@code 2025/2026}), running 1 August to 31 July, overlaps
     * the report's period. A year that cannot be read is kept, so no target group is lost silently.
     */
    static boolean overlapsPeriod(String schoolYear, ReportScope scope) {
        if (schoolYear == null || schoolYear.length() < 4 || !schoolYear.substring(0, 4).chars()
                .allMatch(Character::isDigit)) {
            return true;
        }
        int first = Integer.parseInt(schoolYear.substring(0, 4));
        java.time.LocalDate start = java.time.LocalDate.of(first, 8, 1);
        java.time.LocalDate end = java.time.LocalDate.of(first + 1, 7, 31);
        return !start.isAfter(scope.periodTo()) && !end.isBefore(scope.periodFrom());
    }

    private static Row coverageRow(ReportContext ctx, CaseCounts cc, Cell label, LinkedCounts tc,
                                   CellSuppression.Result tr, int targetCell, int caseCell, boolean total) {
        long target = tc.value(targetCell);
        boolean targetHidden = tr.isHidden(targetCell);
        Cell targetOut = targetHidden ? Cell.hidden() : ctx.count(target);
        Cell cases = cc.cell(ctx, caseCell);
        Cell share;
        if (targetHidden || cc.hidden(caseCell)) {
            share = Cell.hidden(); // the share and one published count would give the other away
        } else if (target == 0) {
            share = Cell.empty();
        } else {
            share = ctx.percent((double) cc.value(caseCell) / target);
        }
        return new Row(List.of(label, targetOut, cases, share), total);
    }

    private static Table genderBySchool(ReportContext ctx, CaseCounts cc) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ctx.schools.size(); i++) {
            rows.add(genderRow(ctx, cc, ctx.schools.get(i), cc.bySchool.cells()[i], cc.bySchool.rowTotals()[i],
                    false));
        }
        rows.add(genderRow(ctx, cc, ctx.t("reports.table.total"), cc.bySchool.columnTotals(),
                cc.bySchool.grandTotal(), true));
        return new Table("reach/gender", ctx.t("reports.reach.gender-caption"),
                genderHeader(ctx, ctx.t("reports.table.school")), rows, ctx.notes(rows, ctx.n));
    }

    private static Table genderByGrade(ReportContext ctx, CaseCounts cc) {
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < cc.byGrade.cells().length; g++) {
            rows.add(genderRow(ctx, cc, ctx.t("reports.reach.grade-value", CaseRow.MIN_GRADE + g),
                    cc.byGrade.cells()[g], cc.byGrade.rowTotals()[g], false));
        }
        rows.add(genderRow(ctx, cc, ctx.t("reports.table.total"), cc.byGrade.columnTotals(),
                cc.byGrade.grandTotal(), true));
        return new Table("reach/grade", ctx.t("reports.reach.grade-caption"),
                genderHeader(ctx, ctx.t("reports.table.grade")), rows, ctx.notes(rows, ctx.n));
    }

    private static List<String> genderHeader(ReportContext ctx, String first) {
        List<String> header = new ArrayList<>();
        header.add(first);
        for (CaseRow.Gender g : CaseCounts.GENDERS) {
            header.add(ctx.genderLabel(g));
        }
        header.add(ctx.t("reports.table.total"));
        return header;
    }

    private static Row genderRow(ReportContext ctx, CaseCounts cc, String label, int[] cells, int total,
                                 boolean isTotal) {
        List<Cell> out = new ArrayList<>();
        out.add(Cell.label(label));
        for (int c : cells) {
            out.add(cc.cell(ctx, c));
        }
        out.add(cc.cell(ctx, total));
        return new Row(out, isTotal);
    }
}
