package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.StaffData;
import se.uppfoljning.security.StaffService;

@IntegrationTest
class CaseServiceIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffService staff;

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
        assertThat(cases.list(CaseFilter.none(), 0, 10_000)).extracting(CaseDetails::id).doesNotContain(created.id());
        assertThat(cases.list(new CaseFilter(south.id(), null, null, null), 0, 100)).isEmpty();
        assertUnknown(created);
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

    @Test
    void districtCoordinatorFindsAndCountsOnlyTheCasesOfSchoolsInTheDistrict() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        SchoolItem inDistrict = south.schools().getFirst();
        SchoolItem elsewhere = south.schools().stream().filter(s -> s.districtId() != inDistrict.districtId())
                .findFirst().orElseThrow();
        CaseDetails mine = cases.create(caseAt(south, inDistrict));
        CaseDetails other = cases.create(caseAt(south, elsewhere));

        loginAsNew(Roles.COORDINATOR, Set.of(new StaffData.ScopeEntry(south.id(), inDistrict.districtId())), null);
        List<CaseDetails> listed = cases.list(CaseFilter.none(), 0, 100_000);
        assertThat(listed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.projectId()).isEqualTo(south.id());
            assertThat(c.districtId()).isEqualTo(inDistrict.districtId());
        });
        assertThat(listed).extracting(CaseDetails::id).contains(mine.id()).doesNotContain(other.id());
        assertThat(cases.count(CaseFilter.none())).isEqualTo(listed.size());
        assertThat(cases.get(mine.id()).caseCode()).isEqualTo(mine.caseCode());
        assertThat(cases.getByCode(mine.caseCode()).id()).isEqualTo(mine.id());
        assertUnknown(other);
    }

    @Test
    void everyScopeReadsACaseByIdExactlyWhenItsListHoldsIt() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = project(DemoProperties.PROJECT_SOUTH);
        SchoolItem school = south.schools().getFirst();
        cases.create(caseAt(south, school));
        TestLogin.login(users, "admin-demo");
        List<Long> every = cases.list(CaseFilter.none(), 0, 100_000).stream().map(CaseDetails::id).toList();

        List<String> callers = new ArrayList<>(List.of("admin-demo", "samordnare", "samordnare.nv", "samtalsledare"));
        callers.add(newStaff(Roles.COORDINATOR, Set.of(new StaffData.ScopeEntry(south.id(), school.districtId())),
                null));
        callers.add(newStaff(Roles.SCHOOL_REPORTER, Set.of(), school.id()));
        for (String caller : callers) {
            TestLogin.login(users, caller);
            Set<Long> listed = cases.list(CaseFilter.none(), 0, 100_000).stream().map(CaseDetails::id)
                    .collect(Collectors.toSet());
            assertThat(listed).as("%s lists some cases", caller).isNotEmpty();
            for (long id : every) {
                assertThat(readable(id)).as("%s reads case %d", caller, id).isEqualTo(listed.contains(id));
            }
        }
    }

    private boolean readable(long id) {
        try {
            return cases.get(id).id() == id;
        } catch (BusinessException e) {
            assertThat(e).hasMessage("cases.error.not-found");
            return false;
        }
    }

    private static CaseData caseAt(ProjectListItem p, SchoolItem school) {
        return new CaseData(p.id(), school.id(), 7, Gender.BOY, LocalDate.of(2025, 10, 1), null, CaseStatus.ACTIVE,
                null, null, null, null);
    }

    /** A new staff account (made by the administrator); returns its user name. */
    private String newStaff(String role, Set<StaffData.ScopeEntry> scopes, Long schoolId) {
        TestLogin.login(users, "admin-demo");
        String name = "scope." + UUID.randomUUID().toString().substring(0, 8);
        staff.create(new StaffData(name, Set.of(role), false, scopes, schoolId), "tillfalligt-losen-1");
        return name;
    }

    private void loginAsNew(String role, Set<StaffData.ScopeEntry> scopes, Long schoolId) {
        TestLogin.login(users, newStaff(role, scopes, schoolId));
    }

    /** The caller reads, changes and deletes {@code c} as if it did not exist. */
    private void assertUnknown(CaseDetails c) {
        assertThatThrownBy(() -> cases.get(c.id())).isInstanceOf(BusinessException.class)
                .hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> cases.getByCode(c.caseCode())).hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> cases.update(c.id(), c.data(), c.version())).hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> cases.delete(c.id())).hasMessage("cases.error.not-found");
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
