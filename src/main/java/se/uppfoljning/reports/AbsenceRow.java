package se.uppfoljning.reports;

import java.time.YearMonth;

/** Absence of one case in one month, in hours. */
public record AbsenceRow(long caseId, YearMonth month, double hoursOffered, double unauthorisedHours,
                         double authorisedHours) {

    public AbsenceRow {
        if (hoursOffered < 0 || unauthorisedHours < 0 || authorisedHours < 0) {
            throw new IllegalArgumentException("Hours cannot be negative");
        }
    }

    /** Unauthorised absence as a share of offered time, 0..1; NaN when no time was offered. */
    public double unauthorisedShare() {
        return hoursOffered > 0 ? Math.min(1.0, unauthorisedHours / hoursOffered) : Double.NaN;
    }
}
