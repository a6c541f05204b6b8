package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;

@IntegrationTest
class AbsenceServiceIntegrationTest {

    private static final String HEADER = "ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n";

    @Autowired
    AbsenceService absence;
    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    /** A fresh Söder case starting in September 2025, created as the Söder coordinator. */
    private CaseDetails newSouthCase() {
        TestLogin.login(users, "samordnare");
        ProjectListItem south = reference.projects().stream()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        return cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 7, Gender.GIRL,
                LocalDate.of(2025, 9, 15), null, CaseStatus.ACTIVE, null, null, null, null));
    }

    private static AbsenceData month(int year, int month, String offered, String unauthorised, String authorised) {
        return new AbsenceData(YearMonth.of(year, month), new BigDecimal(offered), new BigDecimal(unauthorised),
                new BigDecimal(authorised));
    }

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesMonthsWithAttendanceAndProjectThresholdFlags() {
        CaseDetails c = newSouthCase();
        absence.create(c.id(), month(2025, 10, "80", "12", "6"));
        absence.create(c.id(), month(2025, 9, "40", "0", "2"));
        CaseAbsence result = absence.months(c.id());
        assertThat(result.months()).extracting(m -> m.figures().month())
                .containsExactly(YearMonth.of(2025, 9), YearMonth.of(2025, 10));
        AbsenceMonthItem october = result.months().get(1);
        assertThat(october.figures().attendancePercent()).isEqualByComparingTo("77.5");
        assertThat(october.figures().unauthorisedPercent()).isEqualByComparingTo("15.0");
        // problematic absence counts unauthorised hours only: 12 of 80 = 15 % (#12.8)
        assertThat(october.flags()).extracting(ThresholdFlag::reached).containsExactly(true, true, false);
        assertThat(result.thresholds()).containsExactly(10, 15, 20);
        assertThat(result.firstMonth()).isEqualTo(YearMonth.of(2025, 9));
    }

    @Test
    void refusesMonthsOutsideTheCaseAndImpossibleHours() {
        CaseDetails c = newSouthCase();
        assertRefused(() -> absence.create(c.id(), month(2025, 8, "80", "0", "0")), "month",
                "absence.error.month-outside-case");
        assertRefused(() -> absence.create(c.id(), month(2025, 11, "80", "50", "31")), "unauthorised",
                "absence.error.absence-exceeds-offered");
        assertRefused(() -> absence.create(c.id(), month(2025, 11, "251", "0", "0")), "hoursOffered",
                "absence.error.offered-too-high");
        assertRefused(() -> absence.create(c.id(), month(2025, 11, "80", "-1", "0")), "unauthorised",
                "absence.error.negative");
        absence.create(c.id(), month(2025, 11, "80", "0", "0"));
        assertRefused(() -> absence.create(c.id(), month(2025, 11, "70", "0", "0")), "month",
                "absence.error.month-exists");
    }

    @Test
    void refusesAStaleVersion() {
        CaseDetails c = newSouthCase();
        AbsenceMonthItem first = absence.create(c.id(), month(2025, 12, "60", "3", "0"));
        AbsenceMonthItem second = absence.update(first.id(), month(2025, 12, "60", "4", "0"), first.version());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> absence.update(first.id(), month(2025, 12, "60", "5", "0"), first.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> absence.delete(first.id(), first.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        absence.delete(second.id(), second.version());
        assertThat(absence.months(c.id()).months()).isEmpty();
    }

    @Test
    void coordinatorOfAnotherProjectCanNeitherReadNorWriteTheMonths() {
        CaseDetails c = newSouthCase();
        AbsenceMonthItem stored = absence.create(c.id(), month(2026, 1, "80", "0", "0"));
        TestLogin.login(users, "samordnare.nv");
        assertThatThrownBy(() -> absence.months(c.id())).isInstanceOf(BusinessException.class)
                .hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> absence.create(c.id(), month(2026, 2, "80", "0", "0")))
                .isInstanceOf(BusinessException.class).hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> absence.update(stored.id(), month(2026, 1, "80", "9", "0"), stored.version()))
                .isInstanceOf(BusinessException.class).hasMessage("absence.error.not-found");
        assertThatThrownBy(() -> absence.delete(stored.id(), stored.version()))
                .isInstanceOf(BusinessException.class).hasMessage("absence.error.not-found");
        ImportPreview preview = absence.previewImport(csv(c.caseCode() + ";2026-02;80;0;0\n"));
        assertThat(preview.rows().getFirst().reasons()).extracting(ImportReason::kind)
                .containsExactly(Rejection.UNKNOWN_CASE);
        assertThatThrownBy(() -> absence.importCsv(csv(c.caseCode() + ";2026-02;80;0;0\n"), ImportMode.VALID_ROWS_ONLY))
                .isInstanceOf(BusinessException.class).hasMessage("absence.import.error.nothing-valid");
        TestLogin.login(users, "samordnare");
        assertThat(absence.months(c.id()).months()).extracting(m -> m.figures().unauthorised())
                .containsExactly(new BigDecimal("0.00"));
    }

    @Test
    void facilitatorsAndEvaluatorsMayNotEnterAbsence() {
        CaseDetails c = newSouthCase();
        TestLogin.login(users, "samtalsledare");
        assertThatThrownBy(() -> absence.months(c.id())).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> absence.previewImport(csv(c.caseCode() + ";2026-02;80;0;0\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsRejected() {
        CaseDetails c = newSouthCase();
        byte[] file = csv(c.caseCode() + ";2026-01;80;2;0\n" + c.caseCode() + ";2026-02;80;90;0\n");
        assertThatThrownBy(() -> absence.importCsv(file, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(BusinessException.class).hasMessage("absence.import.error.rejected-rows");
        assertThat(absence.months(c.id()).months()).isEmpty();

        ImportResult result = absence.importCsv(file, ImportMode.VALID_ROWS_ONLY);
        assertThat(result).isEqualTo(new ImportResult(1, 0, 1));
        assertThat(absence.months(c.id()).months()).extracting(m -> m.figures().month())
                .containsExactly(YearMonth.of(2026, 1));
    }

    @Test
    void importReplacesStoredMonthsAndCreatesNewOnes() {
        CaseDetails c = newSouthCase();
        absence.create(c.id(), month(2026, 1, "80", "2", "0"));
        byte[] file = csv(c.caseCode() + ";2026-01;80;8;0\n" + c.caseCode() + ";2026-02;76,5;0;1,5\n");
        ImportPreview preview = absence.previewImport(file);
        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.UPDATE, RowStatus.NEW);
        assertThat(absence.importCsv(file, ImportMode.ALL_OR_NOTHING)).isEqualTo(new ImportResult(1, 1, 0));
        List<AbsenceMonthItem> stored = absence.months(c.id()).months();
        assertThat(stored).extracting(m -> m.figures().unauthorised())
                .containsExactly(new BigDecimal("8.00"), new BigDecimal("0.00"));
        assertThat(stored.get(1).figures().hoursOffered()).isEqualByComparingTo("76.5");
    }

    @Test
    void evaluatorsReadFiguresOfGivenCasesForReports() {
        CaseDetails c = newSouthCase();
        absence.create(c.id(), month(2026, 3, "50", "5", "5"));
        TestLogin.login(users, "utvarderare");
        List<MonthlyAbsenceFigures> figures = absence.figuresOfCases(List.of(c.id()));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.caseId()).isEqualTo(c.id());
            assertThat(f.attendancePercent()).isEqualByComparingTo("80.0");
        });
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> absence.figuresOfCases(List.of(c.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingTheCaseDeletesItsMonths() {
        CaseDetails c = newSouthCase();
        absence.create(c.id(), month(2026, 4, "50", "5", "5"));
        cases.delete(c.id());
        TestLogin.login(users, "admin-demo");
        assertThat(absence.figuresOfCases(List.of(c.id()))).isEmpty();
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class).satisfies(e -> {
            assertThat(((BusinessException) e).field()).isEqualTo(field);
            assertThat(((BusinessException) e).messageKey()).isEqualTo(key);
        });
    }

    @Test
    void refusesMonthsAfterTheCurrentOneAndStoresQuarterHours() {
        CaseDetails c = newSouthCase();
        YearMonth now = YearMonth.now(clock);
        YearMonth next = now.plusMonths(1);
        assertRefused(() -> absence.create(c.id(), new AbsenceData(next, new BigDecimal("80"), BigDecimal.ZERO,
                BigDecimal.ZERO)), "month", "absence.error.month-in-future");
        assertThat(absence.months(c.id()).currentMonth()).isEqualTo(now);
        ImportPreview preview = absence.previewImport(csv(c.caseCode() + ";" + next + ";80;0;0\n"));
        assertThat(preview.rows().getFirst().reasons()).extracting(ImportReason::kind)
                .containsExactly(Rejection.MONTH_IN_FUTURE);

        AbsenceMonthItem stored = absence.create(c.id(), new AbsenceData(now, new BigDecimal("10.25"),
                new BigDecimal("0.75"), BigDecimal.ZERO));
        assertThat(stored.figures().hoursOffered()).isEqualByComparingTo("10.25");
        assertThat(absence.months(c.id()).months().getFirst().figures().unauthorised()).isEqualByComparingTo("0.75");
        assertRefused(() -> absence.create(c.id(), new AbsenceData(now.minusMonths(1), new BigDecimal("10.125"),
                BigDecimal.ZERO, BigDecimal.ZERO)), "hoursOffered", "absence.error.decimals");
    }
}
