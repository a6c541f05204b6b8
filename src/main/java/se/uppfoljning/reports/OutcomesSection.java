package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.disclosure.LinkedCounts;
import se.uppfoljning.reports.stats.Descriptive;

/**
 * Outcomes: knowledge goals at case end, eligibility for upper secondary school (grade 9), cost per case, and
 * the two outcome shares by school under the stricter minimum.
 */
final class OutcomesSection {

    private OutcomesSection() {
    }

    static Section build(ReportContext ctx, CaseCounts cc, ReportFindings findings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.outcomes.intro")));
        blocks.add(goals(ctx, cc));
        blocks.add(eligibility(ctx, cc, findings));
        blocks.add(cost(ctx));
        blocks.add(bySchool(ctx));
        return new Section(EvaluationReport.SectionId.OUTCOMES, ctx.t("reports.outcomes.heading"), blocks);
    }

    /** Ended cases by knowledge goals, from {@link CaseCounts} (its total is the ended cases, linked to status). */
    private static Table goals(ReportContext ctx, CaseCounts cc) {
        List<String> labels = new ArrayList<>();
        for (CaseRow.KnowledgeGoals g : CaseCounts.GOALS) {
            labels.add(ctx.goalsLabel(g));
        }
        labels.add(ctx.t("reports.goals.not-recorded"));
        return linked(ctx, cc, "outcomes/goals", ctx.t("reports.outcomes.goals-caption"),
                ctx.t("reports.outcomes.goals"), labels, cc.goals, ctx.t("reports.outcomes.goals-note"));
    }

    private static Table eligibility(ReportContext ctx, CaseCounts cc, ReportFindings findings) {
        LinkedCounts.OneWay e = cc.eligibility;
        Table t = linked(ctx, cc, "outcomes/eligibility", ctx.t("reports.outcomes.eligibility-caption"),
                ctx.t("reports.outcomes.eligibility"), List.of(ctx.t("reports.answer.yes"), ctx.t("reports.answer.no"),
                        ctx.t("reports.outcomes.eligibility-unknown")), e, ctx.t("reports.outcomes.eligibility-note"));
        long yes = cc.value(e.parts()[0]);
        long no = cc.value(e.parts()[1]);
        if (!cc.anyHidden(e.parts()[0], e.parts()[1]) && yes + no >= ctx.n) {
            findings.eligibleShare = (double) yes / (yes + no);
        }
        return t;
    }

    private static Table linked(ReportContext ctx, CaseCounts cc, String id, String caption, String firstHeader,
                                List<String> labels, LinkedCounts.OneWay t, String note) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(List.of(Cell.label(labels.get(i)), cc.cell(ctx, t.parts()[i]),
                    cc.share(ctx, t.parts()[i], t.total())), false));
        }
        rows.add(new Row(List.of(Cell.label(ctx.t("reports.table.total")), cc.cell(ctx, t.total()),
                cc.share(ctx, t.total(), t.total())), true));
        return new Table(id, caption, List.of(firstHeader, ctx.t("reports.table.count"), ctx.t("reports.table.share")),
                rows, ctx.notes(rows, ctx.n, note));
    }

    private static Table cost(ReportContext ctx) {
        List<BigDecimal> costs = ctx.input.cases().stream().map(CaseRow::interventionCost)
                .filter(c -> c != null).toList();
        List<Row> rows = new ArrayList<>();
        boolean enough = costs.size() >= ctx.n;
        BigDecimal total = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(row(ctx, "reports.outcomes.cost-cases", enough ? ctx.count(costs.size()) : Cell.hidden()));
        rows.add(row(ctx, "reports.outcomes.cost-total",
                enough ? Cell.number(total.doubleValue(), ctx.fmt.money(total)) : Cell.hidden()));
        double mean = Descriptive.mean(costs);
        double median = Descriptive.median(costs);
        rows.add(row(ctx, "reports.outcomes.cost-mean",
                enough ? Cell.number(mean, ctx.fmt.money(mean)) : Cell.hidden()));
        rows.add(row(ctx, "reports.outcomes.cost-median",
                enough ? Cell.number(median, ctx.fmt.money(median)) : Cell.hidden()));
        return new Table("outcomes/cost", ctx.t("reports.outcomes.cost-caption"),
                List.of(ctx.t("reports.table.measure"), ctx.t("reports.table.value")), rows,
                ctx.notes(rows, ctx.n, ctx.t("reports.outcomes.cost-note")));
    }

    private static Row row(ReportContext ctx, String key, Cell value) {
        return new Row(List.of(Cell.label(ctx.t(key)), value), false);
    }

    /** Shares only, no counts, and only where the base reaches the stricter minimum for outcomes by school. */
    private static Table bySchool(ReportContext ctx) {
        Map<String, long[]> goals = new HashMap<>(); // {all or most met, assessed}
        Map<String, long[]> eligible = new HashMap<>(); // {eligible, known}
        for (CaseRow c : ctx.input.cases()) {
            if (c.ended() && c.knowledgeGoals() != null
                    && c.knowledgeGoals() != CaseRow.KnowledgeGoals.NOT_ASSESSED) {
                long[] g = goals.computeIfAbsent(c.school(), k -> new long[2]);
                g[1]++;
                if (c.knowledgeGoals() != CaseRow.KnowledgeGoals.FEW_MET) {
                    g[0]++;
                }
            }
            if (c.grade() == 9 && c.eligibleUpperSecondary() != null) {
                long[] e = eligible.computeIfAbsent(c.school(), k -> new long[2]);
                e[1]++;
                if (c.eligibleUpperSecondary()) {
                    e[0]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String school : ctx.schools) {
            rows.add(new Row(List.of(Cell.label(school), outcomeShare(ctx, goals.get(school)),
                    outcomeShare(ctx, eligible.get(school))), false));
        }
        return new Table("outcomes/by-school", ctx.t("reports.outcomes.by-school-caption"),
                List.of(ctx.t("reports.table.school"), ctx.t("reports.outcomes.goals-met"),
                        ctx.t("reports.outcomes.eligible")), rows,
                ctx.notes(rows, ctx.nOutcomes, ctx.t("reports.outcomes.by-school-note", ctx.fmt.count(ctx.nOutcomes))));
    }

    private static Cell outcomeShare(ReportContext ctx, long[] numeratorAndBase) {
        if (numeratorAndBase == null || numeratorAndBase[1] == 0) {
            return Cell.empty();
        }
        return numeratorAndBase[1] < ctx.nOutcomes ? Cell.hidden()
                : ctx.safeShare(numeratorAndBase[0], numeratorAndBase[1]);
    }
}
