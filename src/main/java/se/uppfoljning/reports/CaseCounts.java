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
 * Every count of cases that the report publishes, or that a published share or rate is derived from, suppressed
 * together: schools by gender, grades by gender, status and dropout reasons, status by school and by project (the
 * completion rates of the comparison table), knowledge goals and eligibility (the outcome tables), and projects.
 * The grand total, the gender totals and each school's total appear in several tables; linking them in one
 * {@link LinkedCounts} keeps a number hidden in one table from being recomputed from another, or from a share
 * printed in another section (issue #12.2): a share is printed only if every count it is derived from is published
 * here.
 */
final class CaseCounts {

    static final CaseRow.Gender[] GENDERS = CaseRow.Gender.values();
    static final CaseRow.DropoutReason[] REASONS = CaseRow.DropoutReason.values();
    static final CaseRow.Status[] STATUSES = CaseRow.Status.values();
    static final CaseRow.KnowledgeGoals[] GOALS = CaseRow.KnowledgeGoals.values();

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
    /**
     * Schools x status (active, completed, dropped out), linked to the school totals and the status counts; null
     * when linking them would hide a printed count ({@link #of}).
     */
    final LinkedCounts.TwoWay statusBySchool;
    /** Projects (in {@link ReportContext#projects} order) x status; linked to their schools when nested. */
    final LinkedCounts.TwoWay statusByProject;
    /** Ended cases by knowledge goals, the last part being "not recorded"; the total is the ended cases. */
    final LinkedCounts.OneWay goals;
    /** Grade 9 by eligibility: yes, no, not known (active or not recorded); the total is grade 9's total. */
    final LinkedCounts.OneWay eligibility;

    /** Cells below this index are printed somewhere; the status-by-unit cells after it only feed rates. */
    private final int printedCells;

    /**
     * The linked counts with the status of each school and project when that costs no printed count: suppression
     * is run with and without them, and the completion rates per unit are offered only if both runs hide exactly
     * the same printed cells (a rate is not worth a dash elsewhere). Otherwise {@link #statusBySchool} is null.
     * When the run with them hides nothing, the run without them is skipped: it would hide nothing either (its
     * cells are the first cells of the other, with the same values, so it has no small count; and with no small
     * count {@link CellSuppression} hides nothing).
     */
    static CaseCounts of(ReportContext ctx) {
        CaseCounts withRates = new CaseCounts(ctx, true);
        if (withRates.result.hidden().isEmpty()) {
            return withRates;
        }
        CaseCounts base = new CaseCounts(ctx, false);
        for (int i = 0; i < base.printedCells; i++) {
            if (base.hidden(i) != withRates.hidden(i)) {
                return base;
            }
        }
        return withRates;
    }

    private CaseCounts(ReportContext ctx, boolean withUnitStatus) {
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
        long[][] schoolStatus = new long[schools.size()][STATUSES.length];
        long[][] projectStatus = new long[ctx.projects.size()][STATUSES.length];
        long[] goalCounts = new long[GOALS.length + 1];
        long[] eligible = new long[3];
        for (CaseRow c : ctx.input.cases()) {
            schoolStatus[schoolIndex.get(c.school())][c.status().ordinal()]++;
            projectStatus[ctx.projects.indexOf(c.project())][c.status().ordinal()]++;
            if (c.ended()) {
                goalCounts[c.knowledgeGoals() == null ? GOALS.length : c.knowledgeGoals().ordinal()]++;
            }
            if (c.grade() == 9) {
                eligible[c.eligibleUpperSecondary() == null || !c.ended() ? 2 : c.eligibleUpperSecondary() ? 0 : 1]++;
            }
            school[schoolIndex.get(c.school())][c.gender().ordinal()]++;
            grade[c.grade() - CaseRow.MIN_GRADE][c.gender().ordinal()]++;
            status.merge(c.status(), 1L, Long::sum);
            if (c.status() == CaseRow.Status.DROPPED_OUT) {
                reason[c.dropoutReason().ordinal()]++;
            }
            project.merge(c.project(), 1L, Long::sum);
        }
        bySchool = counts.addTwoWay(school);
        for (int schoolTotal : bySchool.rowTotals()) {
            counts.knownToReader(schoolTotal); // the export lists each school's cases (issue #12)
        }
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

        goals = counts.addOneWay(goalCounts);
        counts.relation(goals.total(), completed, droppedOut); // the ended cases
        counts.relation(statusTotal, active, goals.total());
        eligibility = counts.addOneWay(eligible);
        counts.same(eligibility.total(), byGrade.rowTotals()[9 - CaseRow.MIN_GRADE]);
        printedCells = counts.size();
        if (!withUnitStatus) {
            statusBySchool = null;
            statusByProject = null;
            result = CellSuppression.suppress(counts, ctx.n);
            return;
        }
        statusBySchool = counts.addTwoWay(schoolStatus);
        for (int i = 0; i < schools.size(); i++) {
            counts.same(statusBySchool.rowTotals()[i], bySchool.rowTotals()[i]);
        }
        int[] statusCells = {active, completed, droppedOut};
        for (CaseRow.Status st : STATUSES) {
            counts.same(statusBySchool.columnTotals()[st.ordinal()], statusCells[st.ordinal()]);
        }
        counts.same(statusBySchool.grandTotal(), statusTotal);
        statusByProject = counts.addTwoWay(projectStatus);
        for (int p = 0; p < ctx.projects.size(); p++) {
            counts.same(statusByProject.rowTotals()[p], projectTotals.get(ctx.projects.get(p)));
            if (ctx.projectOfSchool != null) {
                for (CaseRow.Status st : STATUSES) {
                    List<Integer> parts = new ArrayList<>();
                    for (int i = 0; i < schools.size(); i++) {
                        if (ctx.projects.get(p).equals(ctx.projectOfSchool.get(schools.get(i)))) {
                            parts.add(statusBySchool.cells()[i][st.ordinal()]);
                        }
                    }
                    counts.relation(statusByProject.cells()[p][st.ordinal()],
                            parts.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        for (CaseRow.Status st : STATUSES) {
            counts.same(statusByProject.columnTotals()[st.ordinal()], statusCells[st.ordinal()]);
        }
        counts.same(statusByProject.grandTotal(), statusTotal);

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

    /** True if any of the cells is hidden: a figure derived from them must not be printed. */
    boolean anyHidden(int... cells) {
        for (int c : cells) {
            if (hidden(c)) {
                return true;
            }
        }
        return false;
    }
}
