package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.disclosure.CellSuppression;
import se.uppfoljning.reports.disclosure.LinkedCounts;

/**
 * Every count of cases that the report publishes in more than one place, suppressed together: schools by gender,
 * grades by gender, status and dropout reasons, and projects. The grand total, the gender totals and each school's
 * total appear in several tables; linking them in one {@link LinkedCounts} keeps a number hidden in one table from
 * being recomputed from another.
 */
final class CaseCounts {

    static final CaseRow.Gender[] GENDERS = CaseRow.Gender.values();
    static final CaseRow.DropoutReason[] REASONS = CaseRow.DropoutReason.values();

    private final LinkedCounts counts = new LinkedCounts();
    private final CellSuppression.Result result;
    final LinkedCounts.TwoWay bySchool;
    final LinkedCounts.TwoWay byGrade;
    final int active;
    final int completed;
    final int droppedOut;
    final int[] reasons = new int[REASONS.length];
    final int statusTotal;
    final Map<String, Integer> projectTotals = new HashMap<>();
    final List<String> schools;

    CaseCounts(ReportContext ctx) {
        this.schools = ctx.schools;
        Map<String, Integer> schoolIndex = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            schoolIndex.put(schools.get(i), i);
        }
        long[][] school = new long[schools.size()][GENDERS.length];
        long[][] grade = new long[CaseRow.MAX_GRADE - CaseRow.MIN_GRADE + 1][GENDERS.length];
        EnumMap<CaseRow.Status, Long> status = new EnumMap<>(CaseRow.Status.class);
        long[] reason = new long[REASONS.length];
        Map<String, Long> project = new HashMap<>();
        for (CaseRow c : ctx.input.cases()) {
            school[schoolIndex.get(c.school())][c.gender().ordinal()]++;
            grade[c.grade() - CaseRow.MIN_GRADE][c.gender().ordinal()]++;
            status.merge(c.status(), 1L, Long::sum);
            if (c.status() == CaseRow.Status.DROPPED_OUT) {
                reason[c.dropoutReason().ordinal()]++;
            }
            project.merge(c.project(), 1L, Long::sum);
        }
        bySchool = counts.addTwoWay(school);
        byGrade = counts.addTwoWay(grade);
        for (int g = 0; g < GENDERS.length; g++) {
            counts.same(bySchool.columnTotals()[g], byGrade.columnTotals()[g]);
        }
        counts.same(bySchool.grandTotal(), byGrade.grandTotal());

        active = counts.add(status.getOrDefault(CaseRow.Status.ACTIVE, 0L));
        completed = counts.add(status.getOrDefault(CaseRow.Status.COMPLETED, 0L));
        for (int r = 0; r < REASONS.length; r++) {
            reasons[r] = counts.add(reason[r]);
        }
        droppedOut = counts.add(status.getOrDefault(CaseRow.Status.DROPPED_OUT, 0L));
        counts.relation(droppedOut, reasons);
        statusTotal = counts.add(ctx.input.cases().size());
        counts.relation(statusTotal, active, completed, droppedOut);
        counts.same(bySchool.grandTotal(), statusTotal);

        List<Integer> projectCells = new ArrayList<>();
        for (String p : ctx.projects) {
            int cell = counts.add(project.get(p));
            projectTotals.put(p, cell);
            projectCells.add(cell);
            if (ctx.projectOfSchool != null) {
                List<Integer> parts = new ArrayList<>();
                for (int i = 0; i < schools.size(); i++) {
                    if (p.equals(ctx.projectOfSchool.get(schools.get(i)))) {
                        parts.add(bySchool.rowTotals()[i]);
                    }
                }
                counts.relation(cell, parts.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (!projectCells.isEmpty()) {
            counts.relation(bySchool.grandTotal(), projectCells.stream().mapToInt(Integer::intValue).toArray());
        }
        result = CellSuppression.suppress(counts, ctx.n);
    }

    long value(int cell) {
        return counts.value(cell);
    }

    boolean hidden(int cell) {
        return result.isHidden(cell);
    }

    Cell cell(ReportContext ctx, int cell) {
        return hidden(cell) ? Cell.hidden() : ctx.count(value(cell));
    }

    /** The share of {@code cell} in {@code total}, hidden when either count is hidden. */
    Cell share(ReportContext ctx, int cell, int total) {
        if (hidden(cell) || hidden(total) || value(total) == 0) {
            return hidden(cell) || hidden(total) ? Cell.hidden() : Cell.empty();
        }
        return ctx.percent((double) value(cell) / value(total));
    }

    int schoolTotal(String school) {
        return bySchool.rowTotals()[schools.indexOf(school)];
    }
}
