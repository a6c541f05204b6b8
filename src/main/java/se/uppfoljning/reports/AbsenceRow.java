package se.uppfoljning.reports;

import java.time.YearMonth;

/**
 * Absence of one case in one month, in whole hundredths of an hour (the two decimals the absence feature stores), so
 * that sums and shares of them are exact.
 *
 * @param offered      teaching time offered, in hundredths of an hour
 * @param unauthorised unauthorised absence, in hundredths of an hour
 * @param authorised   authorised absence, in hundredths of an hour
 */
public record AbsenceRow(long caseId, YearMonth month, long offered, long unauthorised, long authorised) {

    public AbsenceRow {
        if (offered < 0 || unauthorised < 0 || authorised < 0) {
            throw new IllegalArgumentException("Hours cannot be negative");
        }
    }

    /**
     * A row from hours with at most two decimals (e.g. 12.25).
     *
     * @throws IllegalArgumentException if an hour figure has more decimals or is negative
     */
    public static AbsenceRow ofHours(long caseId, YearMonth month, double hoursOffered, double unauthorisedHours,
                                     double authorisedHours) {
        return new AbsenceRow(caseId, month, hundredths(hoursOffered), hundredths(unauthorisedHours),
                hundredths(authorisedHours));
    }

    private static long hundredths(double hours) {
        long h = Math.round(hours * 100);
        if (Math.abs(hours * 100 - h) > 1e-6) {
            throw new IllegalArgumentException("Hours have at most two decimals: " + hours);
        }
        return h;
    }

    /** Teaching time offered in hours (the nearest double to the stored decimal). */
    public double hoursOffered() {
        return offered / 100.0;
    }

    /** Unauthorised absence in hours (the nearest double to the stored decimal). */
    public double unauthorisedHours() {
        return unauthorised / 100.0;
    }

    /** Authorised absence in hours (the nearest double to the stored decimal). */
    public double authorisedHours() {
        return authorised / 100.0;
    }
}
