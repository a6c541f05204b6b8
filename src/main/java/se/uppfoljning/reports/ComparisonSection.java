package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
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

    /** Sums for one project or school, gathered in one pass over the input. */
    private static final class Group {
        long invitedEnd;
        long submittedEnd;
        long ended;
        long completed;
        final List<Double> attendanceChanges = new ArrayList<>();
    }

    static Section build(ReportContext ctx, CaseCounts cc, AttendanceData attendance) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.comparison.intro")));
        Map<String, Group> byProject = new HashMap<>();
        Map<String, Group> bySchool = new HashMap<>();
        for (CaseRow c : ctx.input.cases()) {
            if (c.ended()) {
                for (Group g : groups(byProject, bySchool, c)) {
                    g.ended++;
                    if (c.status() == CaseRow.Status.COMPLETED) {
                        g.completed++;
                    }
                }
            }
        }
        for (InvitationRow i : ctx.input.invitations()) {
            CaseRow c = ctx.casesById.get(i.caseId());
            if (i.wave() != EnquiryWave.END || c == null || i.status() == InvitationRow.Status.REVOKED) {
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
        for (String project : ctx.projects) {
            rows.add(row(ctx, ctx.t("reports.comparison.project", project), cc.cell(ctx, cc.projectTotals.get(project)),
                    byProject.getOrDefault(project, new Group()), ctx.n, true));
        }
        for (String school : ctx.schools) {
            rows.add(row(ctx, school, cc.cell(ctx, cc.schoolTotal(school)), bySchool.getOrDefault(school, new Group()),
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

    private static List<Group> groups(Map<String, Group> byProject, Map<String, Group> bySchool, CaseRow c) {
        return List.of(byProject.computeIfAbsent(c.project(), k -> new Group()),
                bySchool.computeIfAbsent(c.school(), k -> new Group()));
    }

    private static Row row(ReportContext ctx, String label, Cell cases, Group g, int completionMinimum,
                           boolean project) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(label));
        cells.add(cases);
        cells.add(g.invitedEnd == 0 ? Cell.empty() : g.invitedEnd < ctx.n ? Cell.hidden()
                : ctx.percent((double) g.submittedEnd / g.invitedEnd));
        List<Double> changes = g.attendanceChanges;
        cells.add(changes.isEmpty() ? Cell.empty() : changes.size() < ctx.n ? Cell.hidden()
                : ctx.signed(Descriptive.median(changes), 1));
        cells.add(g.ended == 0 ? Cell.empty() : g.ended < completionMinimum ? Cell.hidden()
                : ctx.percent((double) g.completed / g.ended));
        return new Row(cells, project);
    }
}
