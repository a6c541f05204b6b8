package se.uppfoljning.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.security.CurrentStaff;

/**
 * Builds the evaluation report (PDF) and the de-identified exports for one school year of everything in the
 * evaluator's data scope (the fixed publication unit, issue #12.4), with small cells suppressed. Every generated file is in the audit trail
 * with who, when and which scope.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
public class EvaluationReportService {

    private final ReportInputAssembler assembler;
    private final ReferenceDataService reference;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluationReportService(ReportInputAssembler assembler, ReferenceDataService reference, CurrentStaff current,
                            AuditTrail audit, Clock clock) {
        this.assembler = assembler;
        this.reference = reference;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** Projects, districts and schools the caller may report on. */
    @Transactional(readOnly = true)
    public ReportOptions options() {
        List<ProjectListItem> projects = reference.projects();
        List<ReportOptions.Option> projectOptions = projects.stream()
                .map(p -> new ReportOptions.Option(p.id(), p.name(), 0)).toList();
        var schools = projects.stream().flatMap(p -> p.schools().stream()).distinct()
                .sorted(Comparator.comparing(s -> s.name())).toList();
        List<ReportOptions.Option> schoolOptions = schools.stream()
                .map(s -> new ReportOptions.Option(s.id(), s.name(), s.districtId())).toList();
        List<ReportOptions.Option> districtOptions = schools.stream()
                .map(s -> new ReportOptions.Option(s.districtId(), s.districtName(), 0)).distinct()
                .sorted(Comparator.comparing(ReportOptions.Option::name)).toList();
        return new ReportOptions(projectOptions, districtOptions, schoolOptions);
    }

    /**
     * The computed report (all suppression applied) for the caller's chosen scope, with tables, rows, columns and
     * charts that would show only dashes left out and named ({@link ReportCondenser}).
     */
    @Transactional(readOnly = true)
    public EvaluationReport build(ReportRequest request) {
        request.validate();
        requireWholeProgramme();
        return ReportCondenser.condense(new EvaluationReportBuilder().build(assembler.assemble(request, LocalDate.now(clock))));
    }

    /**
     * The evaluation report as a tagged PDF; its creation is recorded in the audit trail with its scope
     * ({@code REPORT_CREATED}); the download itself is recorded by {@link #downloaded}.
     */
    @Transactional(readOnly = true)
    public ReportFile pdf(ReportRequest request) {
        request.validate();
        requireWholeProgramme();
        ReportInput input = assembler.assemble(request, LocalDate.now(clock));
        EvaluationReport report = ReportCondenser.condense(new EvaluationReportBuilder().build(input));
        byte[] bytes = new ReportPdfWriter().write(report);
        audit.record(current.actorName(), "REPORT_CREATED", "report:" + report.fileName(), describe(request, input));
        return new ReportFile(report.fileName(), "application/pdf", bytes);
    }

    /** De-identified record-level data as one XLSX workbook with a data dictionary. Evaluators only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EVALUATOR + "')")
    public ReportFile xlsx(ReportRequest request) {
        request.validate();
        ReportInput input = assembler.assemble(request, LocalDate.now(clock));
        byte[] bytes = new ReportExportWriter().workbook(input);
        return exported(request, input, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    /** The same data as CSV files (answers, ratings, absence, dictionary) in one ZIP. Evaluators only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EVALUATOR + "')")
    public ReportFile csv(ReportRequest request) {
        request.validate();
        ReportInput input = assembler.assemble(request, LocalDate.now(clock));
        ReportExportWriter writer = new ReportExportWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : java.util.Map.of("svar.csv", writer.answersCsv(input), "skattningar.csv", writer.ratingsCsv(input),
                    "franvaro.csv", writer.absenceCsv(input), "datadictionary.csv", writer.dictionaryCsv(input)).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return exported(request, input, "-csv.zip", "application/zip", out.toByteArray());
    }

    /**
     * The statistics bundle: the same de-identified data as CSV (long and wide START/END layouts) with syntax that
     * reads it with labels in R, SPSS and Stata, in one ZIP. Evaluators only; audited like the other exports.
     *
     * @throws se.uppfoljning.base.BusinessException {@code reports.export.error.no-data} when the scope has no
     *         answers and no ratings
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EVALUATOR + "')")
    public ReportFile statisticsBundle(ReportRequest request) {
        request.validate();
        ReportInput input = assembler.assemble(request, LocalDate.now(clock));
        byte[] bytes = se.uppfoljning.reports.export.StatisticsBundle.zip(input);
        return exported(request, input, "-statistik.zip", "application/zip", bytes);
    }

    /**
     * The publication unit is one school year of the whole programme (issue #12): a report of a narrower data scope
     * (some projects, or project and district lines) would let two reports be subtracted, the programme's count minus
     * a project's count giving the other projects' hidden counts ({@code ReportSetAttackerTest}). So only a caller
     * whose data scope is everything gets a report. Exports are record-level data of the caller's own scope and are
     * not affected.
     *
     * @throws se.uppfoljning.base.BusinessException {@code reports.request.error.whole-programme} otherwise
     */
    private void requireWholeProgramme() {
        if (!current.scope().all()) {
            throw new se.uppfoljning.base.BusinessException("reports.request.error.whole-programme");
        }
    }

    private ReportFile exported(ReportRequest request, ReportInput input, String suffix, String contentType, byte[] bytes) {
        String name = new EvaluationReportBuilder().build(input).fileName().replace("rapport", "export").replace(".pdf", suffix);
        audit.record(current.actorName(), "EXPORT_CREATED", "export:" + name, describe(request, input));
        return new ReportFile(name, contentType, bytes);
    }

    /**
     * Records that a file built by {@link #pdf}, {@link #xlsx} or {@link #csv} has been sent to the caller in full
     * ({@code REPORT_DOWNLOADED} or {@code EXPORT_DOWNLOADED}, target = the file name of its {@code *_CREATED}
     * entry). Called by the download once the last byte is written, never when the file is only generated.
     */
    @Transactional
    public void downloaded(ReportFile file) {
        boolean report = "application/pdf".equals(file.contentType());
        audit.record(current.actorName(), report ? "REPORT_DOWNLOADED" : "EXPORT_DOWNLOADED",
                (report ? "report:" : "export:") + file.fileName(), "bytes=" + file.bytes().length);
    }

    static String describe(ReportRequest request, ReportInput input) {
        return "scope=all-in-data-scope period=" + request.periodFrom() + ".." + request.periodTo() + " lang="
                + request.language().getLanguage() + " cases=" + input.cases().size();
    }
}
