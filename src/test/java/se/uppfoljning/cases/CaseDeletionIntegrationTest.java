package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.audit.AuditEntry;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.cases.RetentionService.RetentionResult;

/** Issue #7: deleting a case, by hand or by retention, removes all its data in every feature. */
@IntegrationTest
class CaseDeletionIntegrationTest {

    private static final Map<String, Integer> NOTHING = Map.of("case", 0, "response", 0, "answer", 0,
            "invitation", 0, "submission", 0);
    private static final Map<String, Integer> ONE_ENQUIRY = Map.of("case", 1, "response", 1, "answer", 2,
            "invitation", 1, "submission", 1);

    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    RetentionService retention;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private CaseDataRows rows() {
        return new CaseDataRows(jdbc);
    }

    /** A project of our own, so retention never touches demo data other tests use. */
    private ProjectListItem project(LocalDate start, LocalDate end, int retentionMonths) {
        var schools = reference.schools();
        return reference.createProject(new ProjectData("Test " + UUID.randomUUID(), start, end, null,
                new BigDecimal("100000"), 20, retentionMonths, Set.of(schools.get(0).id(), schools.get(1).id())));
    }

    private CaseDetails caseIn(ProjectListItem p, LocalDate start) {
        return cases.create(new CaseData(p.id(), p.schools().getFirst().id(), 7, Gender.BOY, start, null,
                CaseStatus.ACTIVE, null, null, null, null));
    }

    @Test
    void deletingACaseRemovesItsResponsesAnswersAndInvitations() {
        TestLogin.login(users, "admin-demo");
        ProjectListItem p = project(LocalDate.of(2025, 8, 1), LocalDate.of(2027, 6, 30), 36);
        CaseDetails doomed = caseIn(p, LocalDate.of(2025, 9, 1));
        CaseDetails other = caseIn(p, LocalDate.of(2025, 9, 1));
        rows().addSubmittedEnquiry(doomed);
        rows().addSubmittedEnquiry(other);
        assertThat(rows().rowsOf(doomed.id())).isEqualTo(ONE_ENQUIRY);

        cases.delete(doomed.id());

        assertThat(rows().rowsOf(doomed.id())).isEqualTo(NOTHING);
        assertThat(rows().rowsOf(other.id())).isEqualTo(ONE_ENQUIRY);
        assertThat(rows().orphanAnswers()).isZero();
        assertThat(rows().orphanSubmissions()).isZero();
    }

    @Test
    void retentionDeletesEveryCaseOfAnExpiredProjectWithoutALoggedInUser() {
        TestLogin.login(users, "admin-demo");
        ProjectListItem expired = project(LocalDate.of(2018, 8, 1), LocalDate.of(2020, 6, 30), 12);
        ProjectListItem running = project(LocalDate.of(2025, 8, 1), LocalDate.of(2027, 6, 30), 36);
        CaseDetails old1 = caseIn(expired, LocalDate.of(2019, 1, 15));
        CaseDetails old2 = caseIn(expired, LocalDate.of(2019, 2, 15));
        CaseDetails current = caseIn(running, LocalDate.of(2025, 9, 1));
        rows().addSubmittedEnquiry(old1);
        rows().addSubmittedEnquiry(current);
        TestLogin.logout();

        RetentionResult result = retention.applyRetention();

        assertThat(result.failedProjects()).isZero();
        assertThat(result.cases()).isGreaterThanOrEqualTo(2);
        assertThat(rows().rowsOf(old1.id())).isEqualTo(NOTHING);
        assertThat(rows().rowsOf(old2.id()).get("case")).isZero();
        assertThat(rows().rowsOf(current.id())).isEqualTo(ONE_ENQUIRY);
        assertThat(rows().orphanAnswers()).isZero();

        TestLogin.login(users, "admin-demo");
        assertThat(reference.projectsForAdmin()).extracting(ProjectListItem::id).contains(expired.id());
        AuditEntry logged = retentionEntries(expired).stream().findFirst().orElseThrow();
        assertThat(logged.actor()).isEqualTo("system");
        assertThat(logged.details()).isEqualTo("cases=2");
        assertThat(audit.verify().intact()).isTrue();

        // A second run finds nothing left to delete in that project and logs nothing new for it.
        TestLogin.logout();
        retention.applyRetention();
        TestLogin.login(users, "admin-demo");
        assertThat(retentionEntries(expired)).hasSize(1);
    }

    private java.util.List<AuditEntry> retentionEntries(ProjectListItem p) {
        return audit.list("RETENTION_APPLIED", 0, 1000).stream()
                .filter(e -> e.target().equals("project:" + p.id())).toList();
    }
}
