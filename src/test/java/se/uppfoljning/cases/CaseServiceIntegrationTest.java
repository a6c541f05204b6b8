package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;

@IntegrationTest
class CaseServiceIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private ProjectListItem project(String name) {
        return reference.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private CaseData newCase(ProjectListItem p, Integer grade, LocalDate start, LocalDate end) {
        return new CaseData(p.id(), p.schools().getFirst().id(), grade, Gender.GIRL, start, end, CaseStatus.ACTIVE,
                null, null, null, new BigDecimal("30000"));
    }

    @Test
    void coordinatorCreatesCaseWithPseudonymThatAnotherProjectCannotSee() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        CaseDetails created = cases.create(newCase(south, 7, LocalDate.of(2025, 10, 1), null));
        assertThat(CaseCode.isValid(created.caseCode())).isTrue();
        assertThat(cases.get(created.id()).caseCode()).isEqualTo(created.caseCode());

        TestLogin.login(users, "samordnare.nv");
        assertThat(reference.projects()).extracting(ProjectListItem::name).containsExactly(DemoProperties.PROJECT_NORTHWEST);
        assertThatThrownBy(() -> cases.get(created.id())).isInstanceOf(BusinessException.class)
                .hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> cases.getByCode(created.caseCode())).hasMessage("cases.error.not-found");
        assertThat(cases.list(CaseFilter.none(), 0, 10_000)).extracting(CaseDetails::id).doesNotContain(created.id());
        assertThat(cases.list(new CaseFilter(south.id(), null, null, null), 0, 100)).isEmpty();
        assertThatThrownBy(() -> cases.update(created.id(), created.data(), created.version()))
                .hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> cases.delete(created.id())).hasMessage("cases.error.not-found");
    }

    @Test
    void coordinatorCannotCreateCasesInAnotherProject() {
        TestLogin.login(users, "admin-demo");
        ProjectListItem northwest = project(DemoProperties.PROJECT_NORTHWEST);
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> cases.create(newCase(northwest, 6, LocalDate.of(2025, 10, 1), null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("projectId"));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsSaved() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        int before = cases.count(CaseFilter.none());
        assertField(() -> cases.create(newCase(south, 12, LocalDate.of(2025, 10, 1), null)), "grade");
        assertField(() -> cases.create(newCase(south, 7, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 1))), "endDate");
        assertField(() -> cases.create(newCase(south, null, LocalDate.of(2025, 10, 1), null)), "grade");
        assertField(() -> cases.create(new CaseData(south.id(), 999_999L, 7, Gender.BOY, LocalDate.of(2025, 10, 1), null,
                CaseStatus.ACTIVE, null, null, null, null)), "schoolId");
        assertThat(cases.count(CaseFilter.none())).isEqualTo(before);
    }

    @Test
    void concurrentEditIsDetected() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        CaseDetails created = cases.create(newCase(south, 8, LocalDate.of(2025, 10, 1), null));
        CaseData changed = new CaseData(south.id(), created.schoolId(), 9, Gender.GIRL, created.data().startDate(), null,
                CaseStatus.ACTIVE, null, null, true, null);
        CaseDetails first = cases.update(created.id(), changed, created.version());
        assertThat(first.data().eligibleUpperSecondary()).isTrue();
        assertThatThrownBy(() -> cases.update(created.id(), changed, created.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void evaluatorsAndAnonymousCallersAreDenied() {
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> cases.list(CaseFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        TestLogin.logout();
        assertThatThrownBy(() -> cases.count(CaseFilter.none())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void facilitatorMayReadButNotCreate() {
        TestLogin.login(users, "samtalsledare");
        assertThat(cases.list(CaseFilter.none(), 0, 5)).isNotEmpty();
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        assertThatThrownBy(() -> cases.create(newCase(south, 7, LocalDate.of(2025, 10, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
