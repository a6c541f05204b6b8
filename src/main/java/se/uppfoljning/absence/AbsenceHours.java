package se.uppfoljning.absence;

import java.time.YearMonth;

/**
 * One case's hours for one month, as stored (one decimal), for reports that compute their own shares.
 *
 * @param hoursOffered teaching hours offered, 0..250
 * @param unauthorised hours of unauthorised absence
 * @param authorised hours of authorised absence
 */
public record AbsenceHours(long caseId, YearMonth month, double hoursOffered, double unauthorised, double authorised) {
}
