package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.absence.AbsenceData;
import se.uppfoljning.absence.AbsenceHours;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.enquiries.InvitationReportRow;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.ratings.RatingScore;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.ratings.Timepoint;
import se.uppfoljning.surveys.AnswerRecord;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;

/**
 * The report's reads by selection (issue #11 item 7) put the caller's data scope into their queries: a Söder case's
 * rows reach an evaluator of the whole programme and one narrowed to Söder's district, and never an evaluator of
 * another project or of another district of the same project. Each method returns only rows of the cases
 * {@link CaseSelectionService#select} gives the same caller, and the same rows as the reads by case id.
 */
@IntegrationTest
class ScopedCaseReadsIntegrationTest {

    private static final Answers RATING = new Answers(Map.of("rater-role", List.of("school-staff"),
            "attendance", List.of("3"), "wellbeing", List.of("3"), "school-work", List.of("3"),
            "family-cooperation", List.of("3")));
    private static final CaseSelection SCHOOL_YEAR = new CaseSelection(Set.of(), Set.of(), Set.of(),
            LocalDate.of(2025, 8, 1), LocalDate.of(2026, 6, 30));

    @Autowired
    CaseService cases;
    @Autowired
    CaseSelectionService caseSelection;
    @Autowired
    InvitationService invitations;
    @Autowired
    RatingService ratings;
    @Autowired
    AbsenceService absence;
    @Autowired
    ResponseService responses;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;

    private ProjectListItem south;
    private SchoolItem southSchool;
    private CaseDetails southCase;

    @BeforeEach
    void southData() {
        TestLogin.login(users, "samordnare");
        south = project(DemoProperties.PROJECT_SOUTH);
        southSchool = south.schools().getFirst();
        southCase = cases.create(new CaseData(south.id(), southSchool.id(), 7, Gender.GIRL,
                LocalDate.of(2025, 9, 15), null, CaseStatus.ACTIVE, null, null, null, null));
        invitations.create(List.of(southCase.id()), Wave.START, "sv", false);
        absence.create(southCase.id(), new AbsenceData(YearMonth.of(2025, 10), new BigDecimal("80"),
                new BigDecimal("4.5"), new BigDecimal("2")));
        ratings.record(southCase.id(), Timepoint.START, LocalDate.of(2025, 9, 20), RATING);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theWholeProgrammesEvaluatorGetsTheCasesRowsAsTheReadsByIdGiveThem() {
        TestLogin.login(users, "utvarderare");
        Reads reads = reads(SCHOOL_YEAR);
        assertThat(reads.absence()).filteredOn(h -> h.caseId() == southCase.id()).singleElement()
                .satisfies(h -> {
                    assertThat(h.month()).isEqualTo(YearMonth.of(2025, 10));
                    assertThat(h.yearMonth()).isEqualTo(202510);
                    assertThat(h.offered()).isEqualTo(8000); // hundredths of an hour
                    assertThat(h.unauthorised()).isEqualTo(450);
                    assertThat(h.authorised()).isEqualTo(200);
                });
        assertThat(reads.invitations()).filteredOn(r -> r.caseId() == southCase.id())
                .containsExactlyElementsOf(invitations.reportRows(List.of(southCase.id())));
        assertThat(reads.answers()).filteredOn(a -> a.caseId() == southCase.id())
                .containsExactlyElementsOf(responses.submittedAnswers(ResponsePurpose.RATING, List.of(southCase.id())));
        assertThat(reads.scores()).filteredOn(s -> s.caseId() == southCase.id())
                .containsExactlyInAnyOrderElementsOf(ratings.scores(List.of(southCase.id())))
                .isNotEmpty();
        assertOnlySelected(reads, SCHOOL_YEAR);

        CaseSelection ownSchool = new CaseSelection(Set.of(), Set.of(), Set.of(southSchool.id()),
                SCHOOL_YEAR.from(), SCHOOL_YEAR.to());
        assertThat(reads(ownSchool).answers()).extracting(AnswerRecord::caseId).contains(southCase.id());
        assertOnlySelected(reads(ownSchool), ownSchool);
    }

    @Test
    void anEvaluatorOfTheCasesDistrictGetsItsRows() {
        evaluator(new StaffData.ScopeEntry(south.id(), southSchool.districtId()));
        Reads reads = reads(SCHOOL_YEAR);
        assertThat(reads.caseIdsPerRead()).allSatisfy(ids -> assertThat(ids).contains(southCase.id()));
        assertOnlySelected(reads, SCHOOL_YEAR);
    }

    @Test
    void anEvaluatorOfAnotherDistrictOrProjectGetsNoneOfTheCasesRows() {
        TestLogin.login(users, "admin-demo");
        long otherDistrict = staff.districtOptions().stream().map(ProjectDirectory.Option::id)
                .filter(d -> d != southSchool.districtId()).findFirst().orElseThrow();
        long northwest = project(DemoProperties.PROJECT_NORTHWEST).id();
        for (StaffData.ScopeEntry scope : List.of(new StaffData.ScopeEntry(south.id(), otherDistrict),
                new StaffData.ScopeEntry(northwest, null))) {
            evaluator(scope);
            Reads reads = reads(SCHOOL_YEAR);
            assertThat(reads.caseIdsPerRead()).allSatisfy(ids -> assertThat(ids).doesNotContain(southCase.id()));
            assertOnlySelected(reads, SCHOOL_YEAR);
        }
    }

    @Test
    void aSelectionOutsideTheCasesPeriodOrSchoolLeavesItOut() {
        TestLogin.login(users, "admin-demo");
        long northwest = project(DemoProperties.PROJECT_NORTHWEST).id();
        TestLogin.login(users, "utvarderare");
        CaseSelection before = new CaseSelection(Set.of(), Set.of(), Set.of(), LocalDate.of(2024, 8, 1),
                LocalDate.of(2025, 6, 30));
        CaseSelection otherProject = new CaseSelection(Set.of(northwest),
                Set.of(), Set.of(), SCHOOL_YEAR.from(), SCHOOL_YEAR.to());
        for (CaseSelection selection : List.of(before, otherProject)) {
            Reads reads = reads(selection);
            assertThat(reads.caseIdsPerRead()).allSatisfy(ids -> assertThat(ids).doesNotContain(southCase.id()));
            assertOnlySelected(reads, selection);
        }
    }

    @Test
    void staffWhoReadNoReportsAreRefused() {
        for (String user : List.of("samordnare", "samtalsledare")) {
            TestLogin.login(users, user);
            assertThatThrownBy(() -> caseSelection.scoped(SCHOOL_YEAR)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> responses.submittedAnswers(ResponsePurpose.ENQUIRY, SCHOOL_YEAR))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> absence.hoursOfSelection(SCHOOL_YEAR, YearMonth.of(2025, 8), YearMonth.of(2026, 6)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.reportRows(SCHOOL_YEAR)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ratings.scores(SCHOOL_YEAR)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private record Reads(List<AbsenceHours> absence, List<InvitationReportRow> invitations,
                         List<AnswerRecord> answers, List<RatingScore> scores) {

        /** The case ids of each read's rows. */
        List<List<Long>> caseIdsPerRead() {
            return List.of(absence.stream().map(AbsenceHours::caseId).toList(),
                    invitations.stream().map(InvitationReportRow::caseId).toList(),
                    answers.stream().map(AnswerRecord::caseId).toList(),
                    scores.stream().map(RatingScore::caseId).toList());
        }
    }

    private Reads reads(CaseSelection selection) {
        return new Reads(absence.hoursOfSelection(selection, YearMonth.from(selection.from()),
                YearMonth.from(selection.to())), invitations.reportRows(selection),
                responses.submittedAnswers(ResponsePurpose.RATING, selection), ratings.scores(selection));
    }

    /** Every row belongs to a case that {@link CaseSelectionService#select} gives the same caller. */
    private void assertOnlySelected(Reads reads, CaseSelection selection) {
        Set<Long> selected = Set.copyOf(caseSelection.select(selection).stream().map(CaseDetails::id).toList());
        assertCases(reads.absence(), AbsenceHours::caseId, selected);
        assertCases(reads.invitations(), InvitationReportRow::caseId, selected);
        assertCases(reads.answers(), AnswerRecord::caseId, selected);
        assertCases(reads.scores(), RatingScore::caseId, selected);
    }

    private static <T> void assertCases(List<T> rows, ToLongFunction<T> caseId, Set<Long> selected) {
        assertThat(rows).allSatisfy(r -> assertThat(selected).contains(caseId.applyAsLong(r)));
    }

    private void evaluator(StaffData.ScopeEntry scope) {
        TestLogin.login(users, "admin-demo");
        String name = "eval.scope." + UUID.randomUUID().toString().substring(0, 8);
        staff.create(new StaffData(name, Set.of(Roles.EVALUATOR), false, Set.of(scope)), "tillfalligt-losen-1");
        TestLogin.login(users, name);
    }

    private ProjectListItem project(String name) {
        return reference.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
