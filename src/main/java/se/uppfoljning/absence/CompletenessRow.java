package se.uppfoljning.absence;

import java.time.YearMonth;
import java.util.List;

/**
 * How far one school has reported one month (issue #16).
 *
 * @param activeCases cases of the school whose period covers the month
 * @param reportedCases those of them with figures stored for the month
 * @param missingCodes case codes of the others, sorted
 * @param missingSince the earliest month of the oldest unbroken gap (no figures) that reaches this month among the
 *                     missing cases; null when nothing is missing
 */
public record CompletenessRow(long schoolId, String schoolName, YearMonth month, int activeCases, int reportedCases,
                              List<String> missingCodes, YearMonth missingSince) {

    public CompletenessRow {
        missingCodes = List.copyOf(missingCodes);
    }

    public int missingCount() {
        return missingCodes.size();
    }
}
