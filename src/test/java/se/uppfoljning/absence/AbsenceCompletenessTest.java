package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;

class AbsenceCompletenessTest {

    private static CaseDetails c(long id, long school, LocalDate start, LocalDate end) {
        return new CaseDetails(id, "CODE-" + id, 1, "P", school, "Skola " + school, 1, "D",
                new CaseData(1L, school, 6, Gender.GIRL, start, end, CaseStatus.ACTIVE, null, null, null, null), 0);
    }

    @Test
    void countsOnlyMonthsWithinEachCasesPeriodAndFindsTheStartOfTheGap() {
        var open = c(1, 10, LocalDate.of(2025, 8, 20), null);
        var ended = c(2, 10, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 15));
        var otherSchool = c(3, 20, LocalDate.of(2025, 11, 1), null);
        Map<Long, Set<YearMonth>> reported = Map.of(1L, Set.of(YearMonth.of(2025, 9)),
                2L, Set.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10)));

        List<CompletenessRow> rows = AbsenceCompleteness.rows(List.of(open, ended, otherSchool), reported,
                YearMonth.of(2025, 9), YearMonth.of(2025, 12));

        assertThat(rows).extracting(r -> r.schoolId() + " " + r.month() + " " + r.activeCases() + "/"
                + r.reportedCases() + " " + r.missingCodes() + " " + r.missingSince()).containsExactly(
                "10 2025-09 2/2 [] null",
                "10 2025-10 2/1 [CODE-1] 2025-10",
                "10 2025-11 1/0 [CODE-1] 2025-10",
                "10 2025-12 1/0 [CODE-1] 2025-10",
                "20 2025-11 1/0 [CODE-3] 2025-11",
                "20 2025-12 1/0 [CODE-3] 2025-11");
    }

    @Test
    void aGapStartingBeforeTheRangeIsReportedFromItsRealStart() {
        var open = c(1, 10, LocalDate.of(2025, 1, 1), null);
        List<CompletenessRow> rows = AbsenceCompleteness.rows(List.of(open), Map.of(), YearMonth.of(2025, 6),
                YearMonth.of(2025, 6));
        assertThat(rows).singleElement().extracting(CompletenessRow::missingSince).isEqualTo(YearMonth.of(2025, 1));
    }
}
