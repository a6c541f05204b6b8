/**
 * Evaluation reports: turns plain input records (cases, absence, enquiry answers, ratings, focus groups) into a
 * computed {@link se.uppfoljning.reports.EvaluationReport} in which every small number is suppressed, and writes
 * it as a tagged PDF ({@link se.uppfoljning.reports.ReportPdfWriter}) or as de-identified CSV/XLSX exports by case
 * code ({@link se.uppfoljning.reports.ReportExportWriter}). Entry points: {@link se.uppfoljning.reports.ReportInput}
 * and {@link se.uppfoljning.reports.EvaluationReportBuilder}. The sub-packages {@code stats} (paired tests),
 * {@code disclosure} (small-cell suppression), {@code pdf} and {@code export} are internal to this feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package se.uppfoljning.reports;
