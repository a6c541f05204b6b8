package se.uppfoljning.absence;

import java.math.BigDecimal;

/** The limits of one month's hours, shared by the form and the CSV import. */
final class AbsenceRules {

    private AbsenceRules() {
    }

    /** NEGATIVE or TOO_MANY_DECIMALS, or null when the hours are acceptable on their own. */
    static Rejection hoursProblem(BigDecimal hours) {
        if (hours.signum() < 0) {
            return Rejection.NEGATIVE;
        }
        if (hours.stripTrailingZeros().scale() > AbsenceData.SCALE) {
            return Rejection.TOO_MANY_DECIMALS;
        }
        return null;
    }

    static boolean absenceExceedsOffered(BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised) {
        return unauthorised.add(authorised).compareTo(offered) > 0;
    }

    static boolean offeredTooHigh(BigDecimal offered) {
        return offered.compareTo(AbsenceData.MAX_OFFERED) > 0;
    }
}
