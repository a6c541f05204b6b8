package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.BusinessException;

class CaseRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 8, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    private static CaseData valid() {
        return new CaseData(1L, 2L, 7, Gender.GIRL, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null, null,
                new BigDecimal("25000"));
    }

    private static CaseData with(Integer grade, LocalDate start, LocalDate end, CaseStatus status, DropoutReason reason,
                                 BigDecimal cost) {
        return new CaseData(1L, 2L, grade, Gender.BOY, start, end, status, reason, null, null, cost);
    }

    @Test
    void acceptsAValidCase() {
        assertThatCode(() -> CaseRules.check(valid(), START, END)).doesNotThrowAnyException();
    }

    @Test
    void rejectsGradeOutsideFourToNine() {
        assertField(with(12, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null), "grade", "cases.error.grade-range");
        assertField(with(3, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null), "grade", "cases.error.grade-range");
    }

    @Test
    void rejectsEndBeforeStart() {
        assertField(with(7, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 31), CaseStatus.ACTIVE, null, null),
                "endDate", "cases.error.end-before-start");
    }

    @Test
    void rejectsEmptyRequiredFields() {
        assertField(new CaseData(null, 2L, 7, Gender.GIRL, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null, null, null),
                "projectId", "base.error.required");
        assertField(with(null, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, null), "grade", "base.error.required");
        assertField(with(7, null, null, CaseStatus.ACTIVE, null, null), "startDate", "base.error.required");
    }

    @Test
    void requiresDropoutReasonAndEndDateForUnplannedDropout() {
        assertField(with(7, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 1), CaseStatus.DROPPED_OUT, null, null),
                "dropoutReason", "cases.error.dropout-reason-required");
        assertField(with(7, LocalDate.of(2025, 9, 1), null, CaseStatus.COMPLETED, null, null), "endDate", "cases.error.end-required");
    }

    @Test
    void rejectsStartOutsideProjectPeriodAndNegativeCost() {
        assertField(with(7, LocalDate.of(2024, 1, 1), null, CaseStatus.ACTIVE, null, null), "startDate",
                "cases.error.start-outside-project");
        assertField(with(7, LocalDate.of(2025, 9, 1), null, CaseStatus.ACTIVE, null, new BigDecimal("-1")),
                "interventionCost", "cases.error.cost-range");
    }

    private static void assertField(CaseData data, String field, String key) {
        assertThatThrownBy(() -> CaseRules.check(data, START, END))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
