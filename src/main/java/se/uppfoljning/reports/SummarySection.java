package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.enquiries.Wave;
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
            String sentence = ctx.t(key, ctx.fmt.percent(f.attendanceStart / 100),
                    ctx.fmt.percent(f.attendanceEnd / 100), ctx.fmt.decimal(Math.abs(f.attendanceChange), 1),
                    ctx.fmt.count(f.attendancePairs), Double.isNaN(f.attendanceP) ? "" : ctx.fmt.pStatement(f.attendanceP));
            // a hidden p (#12: W would give a small group away) leaves "(256 pupils ..., )"
            sentences.add(Double.isNaN(f.attendanceP) ? sentence.replace(", )", ")") : sentence);
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
                ctx.t("reports.method.limits"),
                completeness(ctx),
                responseRates(ctx));
        return new Section(EvaluationReport.SectionId.METHOD, ctx.t("reports.method.heading"),
                List.of(new Paragraph(ctx.t("reports.method.intro")), new Bullets(notes), AnswerModes.table(ctx)));
    }

    /**
     * The parents' and the pupils' response rates per wave (issue #16): the rates of the two sections' response
     * tables ({@link EnquirySection#response}), printed under the same rule ({@link ReportContext#safeShare}), so
     * the sentence shows nothing the tables do not.
     */
    static String responseRates(ReportContext ctx) {
        List<String> rates = new ArrayList<>();
        for (EnquirySection.Respondent who : EnquirySection.Respondent.values()) {
            for (Wave wave : Wave.values()) {
                long[] r = EnquirySection.response(ctx, who, wave, c -> true);
                rates.add(r[0] == 0 ? ctx.t("reports.method.response-none") : ctx.safeShare(r[1], r[0]).text());
            }
        }
        return ctx.t("reports.method.response", rates.get(0), rates.get(1), rates.get(2), rates.get(3),
                EvaluationReport.SUPPRESSED, ctx.fmt.count(ctx.n));
    }

    /**
     * Completeness of the monthly absence figures per school (issue #16.2), as the completeness view counts it: a
     * case is expected to have figures for every month from its start month to its end month, or to the last month
     * of the report's school year that has begun when the case is open. Per school the share of cases with figures
     * for every expected month, printed under the same rule as every share of cases ({@link ReportContext#safeShare}:
     * n, k and n - k each 0 or at least N), "–" otherwise; the programme's share last.
     */
    static String completeness(ReportContext ctx) {
        ReportScope scope = ctx.input.scope();
        java.time.YearMonth first = java.time.YearMonth.from(scope.periodFrom());
        java.time.YearMonth last = java.time.YearMonth.from(scope.periodTo());
        java.time.YearMonth now = java.time.YearMonth.from(scope.generatedOn());
        if (now.isBefore(last)) {
            last = now;
        }
        java.util.Map<Long, java.util.Set<java.time.YearMonth>> reported = new java.util.HashMap<>();
        ctx.input.absence().forEach(a -> reported.computeIfAbsent(a.caseId(), k -> new java.util.HashSet<>())
                .add(a.month()));
        java.util.Map<String, long[]> bySchool = new java.util.TreeMap<>(java.text.Collator.getInstance(ctx.locale));
        long[] all = new long[2];
        for (CaseRow c : ctx.input.cases()) {
            java.time.YearMonth from = java.time.YearMonth.from(c.startDate());
            java.time.YearMonth to = c.endDate() == null ? last : java.time.YearMonth.from(c.endDate());
            from = from.isBefore(first) ? first : from;
            to = to.isAfter(last) ? last : to;
            boolean complete = true;
            for (java.time.YearMonth m = from; !m.isAfter(to) && complete; m = m.plusMonths(1)) {
                complete = reported.getOrDefault(c.caseId(), java.util.Set.of()).contains(m);
            }
            long[] n = bySchool.computeIfAbsent(c.school(), k -> new long[2]);
            n[0]++;
            all[0]++;
            if (complete) {
                n[1]++;
                all[1]++;
            }
        }
        List<String> parts = new ArrayList<>();
        bySchool.forEach((school, n) -> parts.add(ctx.t("reports.method.completeness-school", school,
                ctx.safeShare(n[1], n[0]).text())));
        return ctx.t("reports.method.completeness", String.join(", ", parts), ctx.safeShare(all[1], all[0]).text(),
                EvaluationReport.SUPPRESSED, ctx.fmt.count(ctx.n));
    }
}
