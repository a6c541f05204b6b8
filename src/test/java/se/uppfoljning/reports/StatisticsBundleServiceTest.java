package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.ratings.Timepoint;
import se.uppfoljning.surveys.Answers;

@IntegrationTest
class StatisticsBundleServiceTest {

    @Autowired
    EvaluationReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    RatingService ratings;
    @Autowired
    ReferenceDataService reference;

    /** A case with one START rating, made the way coordinators make it; the bundle of its project has data. */
    private long projectWithARating() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = reference.projects().stream()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        CaseDetails c = cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 7, Gender.GIRL,
                LocalDate.of(2025, 9, 15), null, CaseStatus.ACTIVE, null, null, null, null));
        ratings.record(c.id(), Timepoint.START, LocalDate.of(2025, 9, 20), new Answers(java.util.Map.of(
                "rater-role", java.util.List.of("school-staff"), "attendance", java.util.List.of("3"),
                "wellbeing", java.util.List.of("3"), "school-work", java.util.List.of("3"),
                "family-cooperation", java.util.List.of("3"))));
        return south.id();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private static ReportRequest period(LocalDate from, LocalDate to) {
        return new ReportRequest(from, to, Locale.ENGLISH);
    }

    private int audited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_CREATED' AND actor = 'utvarderare'"
                + " AND target LIKE '%-statistik.zip'").query(Integer.class).single();
    }

    @Test
    void theBundleIsForEvaluatorsOnlyAndAudited() throws Exception {
        long project = projectWithARating();
        ReportRequest all = new ReportRequest(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), Locale.ENGLISH);
        TestLogin.login(users, "admin-demo");
        assertThatThrownBy(() -> reports.statisticsBundle(all)).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        int before = audited();
        ReportFile zip = reports.statisticsBundle(all);
        assertThat(zip.fileName()).startsWith("uppfoljning-export_").endsWith("-statistik.zip");
        Set<String> names = new HashSet<>();
        String r = "";
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("read.R")) {
                    r = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrder("answers_long.csv", "answers_wide.csv", "ratings_long.csv",
                "ratings_wide.csv", "read.R", "read.sps", "read.do");
        assertThat(r).as("labels in the report language").contains("\"Case code");
        assertThat(audited()).isEqualTo(before + 1);
    }

    @Test
    void aScopeWithoutDataIsRefusedWithAReasonAndNotAudited() {
        TestLogin.login(users, "utvarderare");
        int before = audited();
        assertThatThrownBy(() -> reports.statisticsBundle(period(LocalDate.of(1990, 8, 1), LocalDate.of(1991, 7, 31))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("reports.export.error.no-data");
        assertThat(audited()).isEqualTo(before);
    }
}
