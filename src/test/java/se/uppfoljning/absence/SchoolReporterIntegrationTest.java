package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.security.StaffData;
import se.uppfoljning.security.StaffService;

/** Issue #16, item 2: a school reporter reports its own school's absence and nothing else. */
@IntegrationTest
class SchoolReporterIntegrationTest {

    private static final String HEADER = "ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n";
    private static final String PASSWORD = "tillfalligt-losen-1";

    @Autowired
    AbsenceService absence;
    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    private CaseDetails newCase(SchoolItem school, LocalDate start) {
        TestLogin.login(users, "samordnare");
        return cases.create(new CaseData(south().id(), school.id(), 6, Gender.GIRL, start, null, CaseStatus.ACTIVE,
                null, null, null, null));
    }

    /** A new school reporter account for this school; returns its user name. */
    private String newReporter(long schoolId) {
        TestLogin.login(users, "admin-demo");
        String name = "skola." + UUID.randomUUID().toString().substring(0, 8);
        staff.create(new StaffData(name, Set.of(Roles.SCHOOL_REPORTER), false, Set.of(), schoolId), PASSWORD);
        return name;
    }

    private List<SchoolItem> southSchools() {
        TestLogin.login(users, "samordnare");
        List<SchoolItem> schools = south().schools();
        assertThat(schools).hasSizeGreaterThanOrEqualTo(2);
        return schools;
    }

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsEachRowOfAnotherSchoolsCaseWithItsReasonAndImportsTheOwn() {
        List<SchoolItem> schools = southSchools();
        CaseDetails own = newCase(schools.get(0), LocalDate.of(2025, 9, 1));
        CaseDetails other = newCase(schools.get(1), LocalDate.of(2025, 9, 1));
        TestLogin.login(users, newReporter(schools.get(0).id()));

        byte[] file = csv(own.caseCode() + ";2025-10;80;4;0\n"
                + other.caseCode() + ";2025-10;80;4;0\n"
                + other.caseCode() + ";2025-11;80;4;0\n"
                + own.caseCode() + ";2025-11;70;0;0\n");
        ImportPreview preview = absence.previewImport(file);
        assertThat(preview.rows()).extracting(PreviewRow::status)
                .containsExactly(RowStatus.NEW, RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.NEW);
        assertThat(preview.rows().get(1).reasons()).extracting(ImportReason::kind)
                .containsExactly(Rejection.CASE_OF_OTHER_SCHOOL);
        assertThat(preview.rows().get(2).reasons().getFirst().args()).containsExactly(other.caseCode());

        assertThatThrownBy(() -> absence.importCsv(file, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(BusinessException.class);
        ImportResult result = absence.importCsv(file, ImportMode.VALID_ROWS_ONLY);
        assertThat(result).isEqualTo(new ImportResult(2, 0, 2));
        assertThat(absence.months(own.id()).months()).hasSize(2);

        TestLogin.login(users, "samordnare");
        assertThat(absence.months(other.id()).months()).isEmpty();
    }

    @Test
    void aCodeThatExistsNowhereStaysUnknownForTheReporter() {
        List<SchoolItem> schools = southSchools();
        TestLogin.login(users, newReporter(schools.get(0).id()));
        ImportPreview preview = absence.previewImport(csv("ABCD-EFGH;2025-10;80;4;0\n"));
        assertThat(preview.rows().getFirst().reasons()).extracting(ImportReason::kind)
                .doesNotContain(Rejection.CASE_OF_OTHER_SCHOOL);
    }

    @Test
    void reporterSeesOnlyItsOwnSchoolsCasesAndMonths() {
        List<SchoolItem> schools = southSchools();
        CaseDetails own = newCase(schools.get(0), LocalDate.of(2025, 9, 1));
        CaseDetails other = newCase(schools.get(1), LocalDate.of(2025, 9, 1));
        absence.create(other.id(), new AbsenceData(YearMonth.of(2025, 10), new java.math.BigDecimal("80"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
        TestLogin.login(users, newReporter(schools.get(0).id()));

        assertThat(cases.list(CaseFilter.none(), 0, 10_000)).extracting(CaseDetails::schoolId)
                .containsOnly(schools.get(0).id());
        assertThat(absence.months(own.id()).months()).isEmpty();
        assertThatThrownBy(() -> absence.months(other.id())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> cases.getByCode(other.caseCode())).isInstanceOf(BusinessException.class);
        // Other tests add projects with this school to the shared database: each one shows this school only.
        assertThat(reference.projects()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.schools()).extracting(SchoolItem::id).containsExactly(schools.get(0).id()));
    }

    @Test
    void reporterIsRefusedEverythingBeyondReporting() {
        List<SchoolItem> schools = southSchools();
        CaseDetails own = newCase(schools.get(0), LocalDate.of(2025, 9, 1));
        TestLogin.login(users, newReporter(schools.get(0).id()));
        assertThatThrownBy(() -> absence.completeness(YearMonth.of(2025, 9), YearMonth.of(2025, 12)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> absence.figuresOfCases(List.of(own.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.create(CaseData.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.delete(own.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.visibleIds(List.of(own.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminMustGiveAReporterExactlyOneSchoolAndNoOtherRole() {
        long school = southSchools().get(0).id();
        TestLogin.login(users, "admin-demo");
        assertField("schoolId", () -> staff.create(new StaffData("skola.utan", Set.of(Roles.SCHOOL_REPORTER), false,
                Set.of(), null), PASSWORD));
        assertField("roles", () -> staff.create(new StaffData("skola.mix", Set.of(Roles.SCHOOL_REPORTER,
                Roles.COORDINATOR), false, Set.of(), school), PASSWORD));
        assertField("schoolId", () -> staff.create(new StaffData("skola.okand", Set.of(Roles.SCHOOL_REPORTER), false,
                Set.of(), 987_654_321L), PASSWORD));
        assertField("roles", () -> staff.create(new StaffData("samordnare.skola", Set.of(Roles.COORDINATOR), true,
                Set.of(), school), PASSWORD));
    }

    @Test
    void completenessCountsActiveCasesPerSchoolAndMonthAndSaysSinceWhenFiguresAreMissing() {
        List<SchoolItem> schools = southSchools();
        CaseDetails reported = newCase(schools.get(0), LocalDate.of(2025, 9, 10));
        CaseDetails missing = newCase(schools.get(0), LocalDate.of(2025, 9, 1));
        absence.importCsv(csv(reported.caseCode() + ";2025-09;80;0;0\n" + reported.caseCode() + ";2025-10;80;0;0\n"
                + reported.caseCode() + ";2025-11;80;0;0\n" + missing.caseCode() + ";2025-09;80;0;0\n"),
                ImportMode.ALL_OR_NOTHING);

        List<CompletenessRow> rows = absence.completeness(YearMonth.of(2025, 10), YearMonth.of(2025, 11));
        CompletenessRow november = rows.stream().filter(r -> r.schoolId() == schools.get(0).id()
                && r.month().equals(YearMonth.of(2025, 11))).findFirst().orElseThrow();
        assertThat(november.missingCodes()).contains(missing.caseCode()).doesNotContain(reported.caseCode());
        assertThat(november.activeCases()).isEqualTo(november.reportedCases() + november.missingCount());
        assertThat(november.missingSince()).isBeforeOrEqualTo(YearMonth.of(2025, 10));

        assertThatThrownBy(() -> absence.completeness(YearMonth.of(2025, 12), YearMonth.of(2025, 10)))
                .isInstanceOf(BusinessException.class);
    }

    private static void assertField(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
