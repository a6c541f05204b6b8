/**
 * Evaluation reports: turns plain input records (cases, absence, enquiry answers, ratings, focus groups) into a
 * computed {@link se.uppfoljning.reports.EvaluationReport} in which every small number is suppressed, and writes
 * it as a tagged PDF ({@link se.uppfoljning.reports.ReportPdfWriter}) or as de-identified CSV/XLSX exports by case
 * code ({@link se.uppfoljning.reports.ReportExportWriter}). Evaluators reach it through
 * {@link se.uppfoljning.reports.EvaluationReportService}, which gathers the input from the other features within
 * their scope ({@code ReportInputAssembler}) and audits every download; the pure core starts at
 * {@link se.uppfoljning.reports.ReportInput} and {@link se.uppfoljning.reports.EvaluationReportBuilder}. The sub-packages {@code stats} (paired tests),
 * {@code disclosure} (small-cell suppression), {@code pdf} and {@code export} are internal to this feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package se.uppfoljning.reports;
