package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Bullets;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Section;

/** A few plain-language sentences with the key numbers, and the method notes. Uses only published numbers. */
final class SummarySection {

    private SummarySection() {
    }

    static Section summary(ReportContext ctx, CaseCounts cc, ReportFindings f) {
        List<String> sentences = new ArrayList<>();
        int grand = cc.bySchool.grandTotal();
        ReportScope scope = ctx.input.scope();
        String period = ctx.fmt.date(scope.periodFrom()) + "\u2013" + ctx.fmt.date(scope.periodTo());
        if (cc.hidden(grand)) {
            sentences.add(ctx.t("reports.summary.cases-few", ctx.fmt.count(ctx.n), period));
        } else {
            sentences.add(ctx.t("reports.summary.cases", ctx.fmt.count(cc.value(grand)),
                    ctx.fmt.count(ctx.schools.size()), ctx.fmt.count(ctx.projects.size()), period));
        }
        int girls = cc.bySchool.columnTotals()[CaseRow.Gender.GIRL.ordinal()];
        int boys = cc.bySchool.columnTotals()[CaseRow.Gender.BOY.ordinal()];
        if (!cc.hidden(grand) && cc.value(grand) > 0 && !cc.hidden(girls) && !cc.hidden(boys)) {
            sentences.add(ctx.t("reports.summary.gender",
                    ctx.fmt.percent((double) cc.value(girls) / cc.value(grand)),
                    ctx.fmt.percent((double) cc.value(boys) / cc.value(grand))));
        }
        if (f.completionRate != null) {
            sentences.add(ctx.t("reports.summary.completion", ctx.fmt.percent(f.completionRate)));
        }
        if (f.attendancePairs != null) {
            String key = f.attendanceChange > 0 ? "reports.summary.attendance-up"
                    : f.attendanceChange < 0 ? "reports.summary.attendance-down" : "reports.summary.attendance-same";
            sentences.add(ctx.t(key, ctx.fmt.percent(f.attendanceStart / 100), ctx.fmt.percent(f.attendanceEnd / 100),
                    ctx.fmt.decimal(Math.abs(f.attendanceChange), 1), ctx.fmt.count(f.attendancePairs),
                    Double.isNaN(f.attendanceP) ? "" : ctx.fmt.pStatement(f.attendanceP)));
        }
        if (f.responseStart != null && f.responseEnd != null) {
            sentences.add(ctx.t("reports.summary.response", ctx.fmt.percent(f.responseStart),
                    ctx.fmt.percent(f.responseEnd)));
        }
        if (f.pairedItems > 0) {
            sentences.add(ctx.t("reports.summary.paired", ctx.fmt.count(f.pairedItemsSignificant),
                    ctx.fmt.count(f.pairedItems)));
        }
        if (f.eligibleShare != null) {
            sentences.add(ctx.t("reports.summary.eligible", ctx.fmt.percent(f.eligibleShare)));
        }
        if (f.focusGroupSessions > 0) {
            sentences.add(ctx.t("reports.summary.focus", ctx.fmt.count(f.focusGroupSessions)));
        }
        sentences.add(ctx.t("reports.summary.caution"));
        List<Block> blocks = new ArrayList<>();
        sentences.forEach(s -> blocks.add(new Paragraph(s)));
        return new Section(EvaluationReport.SectionId.SUMMARY, ctx.t("reports.summary.heading"), blocks);
    }

    static Section method(ReportContext ctx) {
        String thresholds = String.join(", ", ctx.input.absenceThresholdsPercent().stream()
                .map(t -> ctx.fmt.count(t)).toList());
        List<String> notes = List.of(
                ctx.t("reports.method.sources"),
                ctx.t("reports.method.attendance", thresholds),
                ctx.t("reports.method.pairing"),
                ctx.t("reports.method.wilcoxon", ctx.fmt.count(50)),
                ctx.t("reports.method.effect-size"),
                ctx.t("reports.method.mcnemar"),
                ctx.t("reports.method.suppression", EvaluationReport.SUPPRESSED, ctx.fmt.count(ctx.n),
                        ctx.fmt.count(ctx.nOutcomes)),
                ctx.t("reports.method.complementary"),
                ctx.t("reports.method.zeros"),
                ctx.t("reports.method.limits"));
        return new Section(EvaluationReport.SectionId.METHOD, ctx.t("reports.method.heading"),
                List.of(new Paragraph(ctx.t("reports.method.intro")), new Bullets(notes), AnswerModes.table(ctx)));
    }
}
