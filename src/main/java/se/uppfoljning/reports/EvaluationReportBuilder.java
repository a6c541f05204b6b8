package se.uppfoljning.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes an {@link EvaluationReport} from a {@link ReportInput}: all statistics, all suppression, all texts in
 * the report's language. Pure and stateless: no Spring, no database, no clock (the date comes with the scope), so
 * the same input always gives the same report. Thread-safe.
 */
public final class EvaluationReportBuilder {

    /** Builds the report; the input's scope decides language, period and the date on the cover. */
    public EvaluationReport build(ReportInput fullInput) {
        ReportInput input = fullInput.withinPeriod();
        ReportContext ctx = new ReportContext(input);
        ReportFindings findings = new ReportFindings();
        CaseCounts cc = CaseCounts.of(ctx);
        AttendanceData attendance = new AttendanceData(ctx);

        EvaluationReport.Section reach = ReachSection.build(ctx, cc);
        EvaluationReport.Section completion = CompletionSection.build(ctx, cc, findings);
        EvaluationReport.Section attendanceSection = AttendanceSection.build(ctx, attendance, findings);
        EvaluationReport.Section outcomes = OutcomesSection.build(ctx, cc, findings);
        EvaluationReport.Section enquiries = EnquirySection.build(ctx, findings);
        EvaluationReport.Section pupils = EnquirySection.build(ctx, findings, EnquirySection.Respondent.PUPIL);
        EvaluationReport.Section ratings = RatingsSection.build(ctx);
        EvaluationReport.Section focus = FocusGroupSection.build(ctx, findings);
        EvaluationReport.Section comparison = ComparisonSection.build(ctx, cc, attendance);

        List<EvaluationReport.Section> sections = new ArrayList<>();
        sections.add(SummarySection.summary(ctx, cc, findings));
        sections.add(SummarySection.method(ctx));
        sections.add(reach);
        sections.add(completion);
        sections.add(attendanceSection);
        sections.add(outcomes);
        sections.add(enquiries);
        sections.add(pupils);
        sections.add(ratings);
        sections.add(focus);
        sections.add(comparison);

        ReportScope scope = input.scope();
        return new EvaluationReport(scope.language(), ctx.t("reports.title"), scopeLines(ctx, scope),
                scope.generatedOn(), fileName(scopeLabel(scope), scope.generatedOn()), sections);
    }

    private static List<String> scopeLines(ReportContext ctx, ReportScope scope) {
        List<String> lines = new ArrayList<>();
        if (!scope.programmeName().isBlank()) {
            lines.add(ctx.t("reports.cover.programme", scope.programmeName()));
        }
        if (!scope.projectNames().isEmpty()) {
            lines.add(ctx.t("reports.cover.projects", String.join(", ", scope.projectNames())));
        }
        if (!scope.districtNames().isEmpty()) {
            lines.add(ctx.t("reports.cover.districts", String.join(", ", scope.districtNames())));
        }
        if (!scope.schoolNames().isEmpty()) {
            lines.add(ctx.t("reports.cover.schools", String.join(", ", scope.schoolNames())));
        }
        lines.add(ctx.t("reports.cover.period", ctx.fmt.date(scope.periodFrom()), ctx.fmt.date(scope.periodTo())));
        return lines;
    }

    /** The most specific single name of the scope: one school, one project, one district, else the programme. */
    static String scopeLabel(ReportScope scope) {
        if (scope.schoolNames().size() == 1) {
            return scope.schoolNames().getFirst();
        }
        if (scope.projectNames().size() == 1) {
            return scope.projectNames().getFirst();
        }
        if (scope.districtNames().size() == 1) {
            return scope.districtNames().getFirst();
        }
        return scope.programmeName();
    }

    /**
     * {@code uppfoljning-rapport_<scope>_<yyyy-MM-dd>.pdf}, ASCII only: accents dropped (å to a, ö to o), anything
     * else but letters and digits becomes a dash, at most 60 characters of scope.
     */
    public static String fileName(String scope, LocalDate date) {
        String ascii = Normalizer.normalize(scope == null ? "" : scope, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        if (ascii.isEmpty()) {
            ascii = "alla";
        }
        return "uppfoljning-rapport_" + ascii + "_" + date + ".pdf";
    }
}
