package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Subheading;
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
                g.attendanceChanges.add(p.change());
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
        blocks.addAll(interviews(ctx));
        return new Section(EvaluationReport.SectionId.COMPARISON, ctx.t("reports.comparison.heading"), blocks);
    }

    /** One project's interviews at one occasion, merged if there were several. */
    private static final class Interview {
        final Map<ParticipantRole, Integer> participants = new EnumMap<>(ParticipantRole.class);
        final Map<String, Integer> notes = new HashMap<>();
        final Map<String, Set<String>> codes = new HashMap<>();
        final List<QuoteRow> quotes = new ArrayList<>();

        int participantCount() {
            return participants.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The projects' interviews side by side (issue #16.3): who took part, by function only, per project and occasion;
     * then per theme of the interview guide a table with a row per project and a column per occasion (start, six
     * months, any later point) giving the number of notes and the codebook codes they were tagged with. The notes'
     * own words are never printed; quotes only when marked quotable and the project's interviews at that occasion
     * had at least N participants ({@link FocusGroupSection#quotesAllowed}). Participant counts describe meetings,
     * not pupils, and are shown as they are (as in the focus-group section).
     */
    static List<Block> interviews(ReportContext ctx) {
        List<ProjectInterviewRow> rows = ctx.input.projectInterviews();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.text.Collator collator = java.text.Collator.getInstance(ctx.locale);
        Map<String, Map<Integer, Interview>> byProject = new java.util.TreeMap<>(collator);
        Set<Integer> occasions = new TreeSet<>();
        Set<String> themes = new LinkedHashSet<>();
        rows.stream().sorted(Comparator.comparingInt(ProjectInterviewRow::occasionMonth)).forEach(r -> {
            occasions.add(r.occasionMonth());
            Interview in = byProject.computeIfAbsent(r.project(), k -> new HashMap<>())
                    .computeIfAbsent(r.occasionMonth(), k -> new Interview());
            r.participants().forEach((role, n) -> in.participants.merge(role, n, Integer::sum));
            for (ProjectInterviewRow.Theme t : r.themes()) {
                themes.add(t.title());
                in.notes.merge(t.title(), t.notes(), Integer::sum);
                in.codes.computeIfAbsent(t.title(), k -> new TreeSet<>(collator)).addAll(t.codes());
            }
            in.quotes.addAll(r.quotes());
        });
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Subheading(ctx.t("reports.comparison.interviews-heading")));
        blocks.add(new Paragraph(ctx.t("reports.comparison.interviews-intro")));
        List<String> header = new ArrayList<>(List.of(ctx.t("reports.comparison.interview-project")));
        occasions.forEach(o -> header.add(occasionLabel(ctx, o)));

        List<Row> who = new ArrayList<>();
        byProject.forEach((project, byOccasion) -> {
            List<Cell> cells = new ArrayList<>(List.of(Cell.label(project)));
            for (int o : occasions) {
                Interview in = byOccasion.get(o);
                cells.add(in == null ? Cell.empty() : Cell.label(String.join(", ", in.participants.entrySet().stream()
                        .map(e -> ctx.t("reports.comparison.interview-role", ctx.roleLabel(e.getKey()),
                                ctx.fmt.count(e.getValue()))).toList())));
            }
            who.add(new Row(cells, false));
        });
        blocks.add(new Table("comparison/interviews/participants", ctx.t("reports.comparison.interviews-participants"),
                header, who, List.of(ctx.t("reports.comparison.interviews-participants-note"))));

        int index = 0;
        for (String theme : themes) {
            index++;
            List<Row> themeRows = new ArrayList<>();
            byProject.forEach((project, byOccasion) -> {
                List<Cell> cells = new ArrayList<>(List.of(Cell.label(project)));
                for (int o : occasions) {
                    Interview in = byOccasion.get(o);
                    Integer notes = in == null ? null : in.notes.get(theme);
                    if (notes == null) {
                        cells.add(Cell.label(in == null ? "" : ctx.t("reports.comparison.interview-no-notes")));
                        continue;
                    }
                    Set<String> codes = in.codes.getOrDefault(theme, Set.of());
                    cells.add(Cell.label(codes.isEmpty()
                            ? ctx.t("reports.comparison.interview-notes", ctx.fmt.count(notes))
                            : ctx.t("reports.comparison.interview-notes-codes", ctx.fmt.count(notes),
                                    String.join(", ", codes))));
                }
                themeRows.add(new Row(cells, false));
            });
            blocks.add(new Table("comparison/interviews/theme/" + index,
                    ctx.t("reports.comparison.interview-theme-caption", theme), header, themeRows, List.of()));
        }

        List<Block> quotes = new ArrayList<>();
        boolean withheld = false;
        for (var project : byProject.entrySet()) {
            for (int o : occasions) {
                Interview in = project.getValue().get(o);
                List<QuoteRow> quotable = in == null ? List.of() : FocusGroupSection.quotable(in.quotes);
                if (quotable.isEmpty()) {
                    continue;
                }
                if (!FocusGroupSection.quotesAllowed(ctx, in.participantCount())) {
                    withheld = true;
                    continue;
                }
                String where = ctx.t("reports.comparison.interview-where", project.getKey(), occasionLabel(ctx, o));
                quotable.forEach(q -> quotes.add(FocusGroupSection.quote(ctx, q, where)));
            }
        }
        if (!quotes.isEmpty()) {
            blocks.add(new Paragraph(ctx.t("reports.focus.quotes-intro")));
            blocks.addAll(quotes);
        }
        if (withheld) {
            blocks.add(new Paragraph(ctx.t("reports.comparison.interview-quotes-withheld", ctx.fmt.count(ctx.n))));
        }
        return blocks;
    }

    /** "Start" for month 0, "After six months" for 6, "After n months" otherwise. */
    static String occasionLabel(ReportContext ctx, int month) {
        return month == 0 ? ctx.t("reports.comparison.occasion-start")
                : month == 6 ? ctx.t("reports.comparison.occasion-six-months")
                : ctx.t("reports.comparison.occasion-months", ctx.fmt.count(month));
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
