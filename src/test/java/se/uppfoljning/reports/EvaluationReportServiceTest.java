package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;

@IntegrationTest
class EvaluationReportServiceTest {

    @Autowired
    EvaluationReportService reports;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private ReportRequest all() {
        return new ReportRequest(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), Locale.forLanguageTag("sv"));
    }

    @Test
    void evaluatorBuildsAReportOverTheSeededDataWithEverySection() {
        TestLogin.login(users, "utvarderare");
        ReportOptions options = reports.options();
        assertThat(options.projects()).extracting(ReportOptions.Option::name).contains("Närvaro Söder", "Närvaro Nordväst");
        assertThat(options.schools()).hasSizeGreaterThanOrEqualTo(16);
        EvaluationReport report = reports.build(all());
        assertThat(report.sections()).extracting(EvaluationReport.Section::id).contains(
                EvaluationReport.SectionId.SUMMARY, EvaluationReport.SectionId.REACH, EvaluationReport.SectionId.ENQUIRIES,
                EvaluationReport.SectionId.FOCUS_GROUPS);
        assertThat(report.scopeLines()).isNotEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int count(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND actor = 'utvarderare'").param(action)
                .query(Integer.class).single();
    }

    @Test
    void thePdfIsReadableItsCreationIsAuditedAndItsDownloadOnlyWhenItHappens() throws Exception {
        TestLogin.login(users, "utvarderare");
        int created = count("REPORT_CREATED");
        int downloaded = count("REPORT_DOWNLOADED");
        ReportFile file = reports.pdf(all());
        assertThat(file.fileName()).startsWith("uppfoljning-rapport_").endsWith(".pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "evaluation-report-demo.pdf"), file.bytes());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(file.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Utvärderingsrapport", "Räckvidd", "Föräldraenkäter", "Närvaro", "Fokusgrupper");
        }
        assertThat(count("REPORT_CREATED")).isEqualTo(created + 1);
        assertThat(count("REPORT_DOWNLOADED")).as("generated, not downloaded").isEqualTo(downloaded);
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'REPORT_CREATED' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single()).contains("period=2025-08-01..2026-07-31");
        reports.downloaded(file);
        assertThat(count("REPORT_DOWNLOADED")).isEqualTo(downloaded + 1);
        assertThat(jdbc.sql("SELECT target FROM audit_entry WHERE action = 'REPORT_DOWNLOADED' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("report:" + file.fileName());
    }

    @Test
    void exportsAreEvaluatorOnlyAuditedAndFormulaSafe() throws Exception {
        TestLogin.login(users, "admin-demo");
        assertThatThrownBy(() -> reports.xlsx(all())).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        ReportFile zip = reports.csv(all());
        assertThat(zip.fileName()).startsWith("uppfoljning-export_").endsWith("-csv.zip");
        java.util.Set<String> names = new java.util.HashSet<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    for (String cell : line.split("[;,]")) {
                        String c = cell.replace("\"", "");
                        assertThat(c).as(e.getName()).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                    }
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrder("svar.csv", "skattningar.csv", "franvaro.csv", "datadictionary.csv");
        int downloaded = count("EXPORT_DOWNLOADED");
        ReportFile xlsx = reports.xlsx(all());
        assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
        assertThat(count("EXPORT_CREATED")).isGreaterThanOrEqualTo(2);
        assertThat(count("EXPORT_DOWNLOADED")).isEqualTo(downloaded);
    }

    @Test
    void onlyEvaluatorsAndAdminsMayBuildReportsAndThePeriodIsChecked() {
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> reports.build(all())).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> reports.build(new ReportRequest(LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 1, 1), null))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        // #12.4: one whole school year, no period that could differ from another by a month
        assertThatThrownBy(() -> reports.build(new ReportRequest(LocalDate.of(2025, 8, 1),
                LocalDate.of(2027, 6, 30), null))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("reports.request.error.one-school-year"));
    }

    @Autowired
    se.uppfoljning.security.StaffService staff;
    @Autowired
    se.uppfoljning.cases.ReferenceDataService reference;

    /** #12: a report of part of the programme could be subtracted from the programme's report (ReportSetAttackerTest). */
    @Test
    void anEvaluatorNarrowedToOneProjectGetsNoReportButKeepsTheExportOfItsScope() {
        TestLogin.login(users, "admin-demo");
        long northwest = reference.projects().stream()
                .filter(p -> p.name().equals(se.uppfoljning.base.DemoProperties.PROJECT_NORTHWEST)).findFirst()
                .orElseThrow().id();
        String name = "eval.rep." + java.util.UUID.randomUUID().toString().substring(0, 8);
        staff.create(new se.uppfoljning.security.StaffData(name, java.util.Set.of(se.uppfoljning.base.Roles.EVALUATOR),
                false, java.util.Set.of(new se.uppfoljning.security.StaffData.ScopeEntry(northwest, null))),
                "tillfalligt-losen-1");
        TestLogin.login(users, name);
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> reports.build(all()), () -> reports.pdf(all()))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("reports.request.error.whole-programme"));
        }
        assertThat(reports.csv(all()).bytes()).isNotEmpty();
    }

    @Test
    void everyPeriodInsideASchoolYearGivesTheSameReport() {
        TestLogin.login(users, "utvarderare");
        EvaluationReport whole = reports.build(all());
        EvaluationReport february = reports.build(new ReportRequest(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28),
                Locale.forLanguageTag("sv")));
        assertThat(ReportText.render(february)).isEqualTo(ReportText.render(whole));
        assertThat(whole.scopeLines()).anySatisfy(line -> assertThat(line).contains("2025-08-01", "2026-07-31"));
    }
}
