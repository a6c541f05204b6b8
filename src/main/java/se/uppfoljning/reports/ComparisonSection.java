package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.stats.Descriptive;

/**
 * Projects and schools side by side. Case counts come from {@link CaseCounts}, so they are hidden exactly as in
 * the reach tables. Every rate is derived from counts and protected like them (issue #12.1, #12.2): the completion
 * rate only when the unit's completed and dropped-out counts are published in {@link CaseCounts} (and the ended
 * cases reach N, the stricter N for a school); the response rate only when submitted and not submitted are each
 * 0 or at least N; the median change only from N pairs. A row whose case count is hidden shows no rate at all.
 */
final class ComparisonSection {

    private ComparisonSection() {
    }

    /** Sums for one project or school, gathered in one pass over the input. */
    private static final class Group {
        long invitedEnd;
        long submittedEnd;
        final List<Double> attendanceChanges = new ArrayList<>();
    }

    static Section build(ReportContext ctx, CaseCounts cc, AttendanceData attendance) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.comparison.intro")));
        Map<String, Group> byProject = new HashMap<>();
        Map<String, Group> bySchool = new HashMap<>();
        for (InvitationRow i : ctx.input.invitations()) {
            CaseRow c = ctx.casesById.get(i.caseId());
            if (i.wave() != Wave.END || c == null || i.status() == InvitationRow.Status.REVOKED) {
                continue;
            }
            for (Group g : groups(byProject, bySchool, c)) {
                g.invitedEnd++;
                if (i.status() == InvitationRow.Status.SUBMITTED) {
                    g.submittedEnd++;
                }
            }
        }
        for (AttendanceData.Pair p : attendance.pairs()) {
            for (Group g : groups(byProject, bySchool, ctx.casesById.get(p.caseId()))) {
                g.attendanceChanges.add(p.change().doubleValue());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < ctx.projects.size(); p++) {
            String project = ctx.projects.get(p);
            rows.add(row(ctx, cc, ctx.t("reports.comparison.project", project), cc.projectTotals.get(project),
                    cc.statusByProject == null ? null : cc.statusByProject.cells()[p], byProject.getOrDefault(project, new Group()), ctx.n, true));
        }
        for (int i = 0; i < ctx.schools.size(); i++) {
            String school = ctx.schools.get(i);
            rows.add(row(ctx, cc, school, cc.schoolTotal(school), cc.statusBySchool == null ? null : cc.statusBySchool.cells()[i],
                    bySchool.getOrDefault(school, new Group()), ctx.nOutcomes, false));
        }
        List<String> header = new ArrayList<>(List.of(ctx.t("reports.comparison.unit"), ctx.t("reports.reach.cases"),
                ctx.t("reports.comparison.response-end"), ctx.t("reports.comparison.attendance-change")));
        if (cc.statusBySchool != null) {
            header.add(ctx.t("reports.comparison.completion"));
        }
        blocks.add(new Table("comparison", ctx.t("reports.comparison.caption"), header, rows,
                ctx.notes(rows, ctx.n, ctx.t("reports.comparison.note", ctx.fmt.count(ctx.n),
                        ctx.fmt.count(ctx.nOutcomes)))));
        return new Section(EvaluationReport.SectionId.COMPARISON, ctx.t("reports.comparison.heading"), blocks);
    }

    private static List<Group> groups(Map<String, Group> byProject, Map<String, Group> bySchool, CaseRow c) {
        return List.of(byProject.computeIfAbsent(c.project(), k -> new Group()),
                bySchool.computeIfAbsent(c.school(), k -> new Group()));
    }

    private static Row row(ReportContext ctx, CaseCounts cc, String label, int casesCell, int[] status, Group g,
                           int completionMinimum, boolean project) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(label));
        cells.add(cc.cell(ctx, casesCell));
        boolean rowHidden = cc.hidden(casesCell);
        cells.add(g.invitedEnd == 0 ? Cell.empty() : rowHidden ? Cell.hidden()
                : ctx.safeShare(g.submittedEnd, g.invitedEnd));
        List<Double> changes = g.attendanceChanges;
        cells.add(changes.isEmpty() ? Cell.empty() : rowHidden || changes.size() < ctx.n ? Cell.hidden()
                : ctx.signed(Descriptive.median(changes), 1));
        if (status == null) {
            return new Row(cells, project); // rates per unit would cost a printed count: column left out
        }
        int completed = status[CaseRow.Status.COMPLETED.ordinal()];
        int dropped = status[CaseRow.Status.DROPPED_OUT.ordinal()];
        long ended = cc.value(completed) + cc.value(dropped);
        if (ended == 0) {
            cells.add(Cell.empty());
        } else if (rowHidden || cc.anyHidden(completed, dropped) || ended < completionMinimum) {
            cells.add(Cell.hidden());
        } else {
            cells.add(ctx.percent((double) cc.value(completed) / ended));
        }
        return new Row(cells, project);
    }
}
