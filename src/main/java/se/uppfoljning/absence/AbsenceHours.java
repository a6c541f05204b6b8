package se.uppfoljning.absence;

import java.time.YearMonth;

/**
 * One case's hours for one month, as stored, for reports that compute their own shares: whole numbers, so a report
 * reading 100,000s of months makes no decimal or date object per month and its sums are exact.
 *
 * @param yearMonth    the month as {@code yyyymm}, e.g. 202509 for September 2025
 * @param offered      teaching hours offered in hundredths of an hour (the stored two decimals), 0..25,000
 * @param unauthorised hours of unauthorised absence in hundredths of an hour
 * @param authorised   hours of authorised absence in hundredths of an hour
 */
public record AbsenceHours(long caseId, int yearMonth, int offered, int unauthorised, int authorised) {

    /** The month as a {@link YearMonth}. */
    public YearMonth month() {
        return YearMonth.of(yearMonth / 100, yearMonth % 100);
    }
}
