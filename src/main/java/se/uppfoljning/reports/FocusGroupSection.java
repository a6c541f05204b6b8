package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Quote;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Subheading;
import se.uppfoljning.reports.EvaluationReport.Table;

/**
 * Focus groups: sessions and participants per role, themes, and quotes. Participant counts describe meetings, not
 * pupils, and are shown as they are. Only quotes marked quotable are used; this is checked here again, whatever
 * the caller filtered; and none at all when the sessions had fewer than N participants together.
 */
final class FocusGroupSection {

    private FocusGroupSection() {
    }

    static Section build(ReportContext ctx, ReportFindings findings) {
        List<Block> blocks = new ArrayList<>();
        List<FocusGroupSessionRow> sessions = ctx.input.focusGroupSessions();
        findings.focusGroupSessions = sessions.size();
        if (sessions.isEmpty()) {
            blocks.add(new Paragraph(ctx.t("reports.focus.no-data")));
            return new Section(EvaluationReport.SectionId.FOCUS_GROUPS, ctx.t("reports.focus.heading"), blocks);
        }
        LocalDate from = sessions.stream().map(FocusGroupSessionRow::date).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = sessions.stream().map(FocusGroupSessionRow::date).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        int participants = sessions.stream().mapToInt(s -> s.participants().values().stream()
                .mapToInt(Integer::intValue).sum()).sum();
        blocks.add(new Paragraph(from == null
                ? ctx.t("reports.focus.intro-undated", ctx.fmt.count(sessions.size()), ctx.fmt.count(participants))
                : from.equals(to) ? ctx.t("reports.focus.intro-one-day", ctx.fmt.count(sessions.size()),
                        ctx.fmt.date(from), ctx.fmt.count(participants))
                : ctx.t("reports.focus.intro", ctx.fmt.count(sessions.size()), ctx.fmt.date(from),
                        ctx.fmt.date(to), ctx.fmt.count(participants))));
        List<Row> roles = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            int people = sessions.stream().mapToInt(s -> s.participants(role)).sum();
            long with = sessions.stream().filter(s -> s.participants(role) > 0).count();
            roles.add(new Row(List.of(Cell.label(ctx.roleLabel(role)), ctx.count(people), ctx.count(with)), false));
        }
        roles.add(new Row(List.of(Cell.label(ctx.t("reports.table.total")), ctx.count(participants),
                ctx.count(sessions.size())), true));
        blocks.add(new Table("focus/roles", ctx.t("reports.focus.roles-caption"),
                List.of(ctx.t("reports.focus.role"), ctx.t("reports.focus.participants"),
                        ctx.t("reports.focus.sessions")), roles, List.of(ctx.t("reports.focus.roles-note"))));

        if (!ctx.input.themes().isEmpty()) {
            List<Row> themes = new ArrayList<>();
            ctx.input.themes().stream()
                    .sorted(Comparator.comparingInt(ThemeRow::notes).reversed().thenComparing(ThemeRow::theme))
                    .forEach(t -> themes.add(new Row(List.of(Cell.label(t.theme()), ctx.count(t.notes()),
                            ctx.count(t.sessions())), false)));
            blocks.add(new Table("focus/themes", ctx.t("reports.focus.themes-caption"),
                    List.of(ctx.t("reports.focus.theme"), ctx.t("reports.focus.notes"),
                            ctx.t("reports.focus.sessions")), themes, List.of()));
        }
        List<QuoteRow> quotable = quotable(ctx.input.quotes());
        if (!quotable.isEmpty() && !quotesAllowed(ctx, participants)) {
            blocks.add(new Paragraph(ctx.t("reports.focus.quotes-withheld", ctx.fmt.count(ctx.n))));
        } else if (!quotable.isEmpty()) {
            blocks.add(new Subheading(ctx.t("reports.focus.quotes-heading")));
            blocks.add(new Paragraph(ctx.t("reports.focus.quotes-intro")));
            for (QuoteRow q : quotable) {
                blocks.add(quote(ctx, q, null));
            }
        }
        return new Section(EvaluationReport.SectionId.FOCUS_GROUPS, ctx.t("reports.focus.heading"), blocks);
    }

    /** The quotes marked quotable and not blank: the only ones a report may print. */
    static List<QuoteRow> quotable(List<QuoteRow> quotes) {
        return quotes.stream().filter(q -> q.quotable() && q.text() != null && !q.text().isBlank()).toList();
    }

    /**
     * Whether quotes of sessions with this many participants in all may be printed: quotes from fewer than N people
     * are attributable to someone (issue #12.3). Focus groups apply it to all sessions together, the comparison of
     * the project interviews to each project's interviews at one occasion.
     */
    static boolean quotesAllowed(ReportContext ctx, int participants) {
        return participants >= ctx.n;
    }

    /** A quote attributed to the speaker's role (and, if given, where: a project and occasion) and its theme. */
    static Quote quote(ReportContext ctx, QuoteRow q, String where) {
        String who = q.role() == null ? ctx.t("reports.focus.participant") : ctx.roleLabel(q.role());
        if (where != null) {
            who = ctx.t("reports.comparison.interview-speaker", who, where);
        }
        String attribution = q.theme() == null || q.theme().isBlank() ? who
                : ctx.t("reports.focus.attribution", who, q.theme());
        return new Quote(q.text().strip(), attribution);
    }
}
