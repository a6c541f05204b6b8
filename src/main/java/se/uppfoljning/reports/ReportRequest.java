package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Locale;
import se.uppfoljning.base.BusinessException;

/**
 * What an evaluator asks for: one school year (1 August to 31 July) of everything in the evaluator's data scope,
 * in a language. The publication unit is fixed (issue #12.4): dates inside a school year snap to the whole year,
 * and there is no choice of projects, districts or schools, so two reports an evaluator can request never differ
 * by one month or one school; projects and schools are compared inside the report, in tables suppressed together.
 *
 * @param from any day of the school year, or its first day
 * @param to any day of the same school year, or its last day
 */
public record ReportRequest(LocalDate from, LocalDate to, Locale language) {

    public ReportRequest {
        language = language == null ? Locale.forLanguageTag("sv") : language;
    }

    /** The request for a whole school year, given by the calendar year it starts in (2025 for 2025/26). */
    public static ReportRequest schoolYear(int startYear, Locale language) {
        return new ReportRequest(LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31), language);
    }

    /** The calendar year in which the school year of {@code day} starts: August to December belong to it. */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    /** The first day of the school year (1 August). */
    public LocalDate periodFrom() {
        return LocalDate.of(schoolYearOf(from), 8, 1);
    }

    /** The last day of the school year (31 July). */
    public LocalDate periodTo() {
        return LocalDate.of(schoolYearOf(from) + 1, 7, 31);
    }

    void validate() {
        if (from == null) {
            throw new BusinessException("from", "base.error.required");
        }
        if (to == null) {
            throw new BusinessException("to", "base.error.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("to", "reports.request.error.period");
        }
        if (schoolYearOf(to) != schoolYearOf(from)) {
            throw new BusinessException("to", "reports.request.error.one-school-year");
        }
    }
}
