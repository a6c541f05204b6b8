package se.uppfoljning.absence;

import java.time.YearMonth;
import java.util.List;

/**
 * The months stored for one case.
 *
 * @param firstMonth the month the case started; earlier months are refused
 * @param lastMonth the month the case ended, or null while it is open
 * @param currentMonth the month it is now in Stockholm; later months are refused
 * @param thresholds the thresholds every month is flagged against, ascending (10, 15 and the project's)
 */
public record CaseAbsence(long caseId, String caseCode, long projectId, YearMonth firstMonth,
                          YearMonth lastMonth, YearMonth currentMonth, int projectThresholdPercent, List<Integer> thresholds,
                          List<AbsenceMonthItem> months) {

    public CaseAbsence {
        thresholds = List.copyOf(thresholds);
        months = List.copyOf(months);
    }
}
