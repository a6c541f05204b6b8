package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Table;

/** Completion: active, completed and unplanned dropouts with their reasons. */
final class CompletionSection {

    private CompletionSection() {
    }

    static Section build(ReportContext ctx, CaseCounts cc, ReportFindings findings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t("reports.completion.intro")));
        List<Row> rows = new ArrayList<>();
        rows.add(row(ctx, cc, ctx.statusLabel(CaseRow.Status.ACTIVE), cc.active, false));
        rows.add(row(ctx, cc, ctx.statusLabel(CaseRow.Status.COMPLETED), cc.completed, false));
        rows.add(row(ctx, cc, ctx.statusLabel(CaseRow.Status.DROPPED_OUT), cc.droppedOut, false));
        for (int r = 0; r < CaseCounts.REASONS.length; r++) {
            rows.add(row(ctx, cc, "\u00a0\u00a0\u00a0" + ctx.reasonLabel(CaseCounts.REASONS[r]), cc.reasons[r],
                    false));
        }
        rows.add(row(ctx, cc, ctx.t("reports.table.total"), cc.statusTotal, true));
        List<String> header = List.of(ctx.t("reports.completion.status"), ctx.t("reports.table.count"),
                ctx.t("reports.table.share"));
        blocks.add(new Table("completion/status", ctx.t("reports.completion.caption"), header, rows,
                ctx.notes(rows, ctx.n, ctx.t("reports.completion.note"))));

        long completed = cc.value(cc.completed);
        long dropped = cc.value(cc.droppedOut);
        long ended = completed + dropped;
        // Ended cases = total - active can be read off the table, so the rate would give a hidden count away:
        // show it only when both counts are published (then it adds nothing a reader could not compute).
        if (ended >= ctx.n && !cc.hidden(cc.completed) && !cc.hidden(cc.droppedOut)) {
            double rate = (double) completed / ended;
            findings.completionRate = rate;
            blocks.add(new Paragraph(ctx.t("reports.completion.rate", ctx.fmt.percent(rate),
                    ctx.fmt.count(ended))));
        } else {
            blocks.add(new Paragraph(ctx.t("reports.completion.rate-too-few", ctx.fmt.count(ctx.n))));
        }
        return new Section(EvaluationReport.SectionId.COMPLETION, ctx.t("reports.completion.heading"), blocks);
    }

    private static Row row(ReportContext ctx, CaseCounts cc, String label, int cell, boolean total) {
        return new Row(List.of(Cell.label(label), cc.cell(ctx, cell),
                cc.share(ctx, cell, cc.statusTotal)), total);
    }
}
