package se.uppfoljning.absence;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One case's hours for one month with the derived shares, for reports. Percentages have one decimal and
 * are null when no teaching was offered that month.
 */
public record MonthlyAbsenceFigures(long caseId, YearMonth month, BigDecimal hoursOffered, BigDecimal unauthorised,
                                    BigDecimal authorised, BigDecimal attendancePercent,
                                    BigDecimal unauthorisedPercent, BigDecimal absencePercent) {
}
