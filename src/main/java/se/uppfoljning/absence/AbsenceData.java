package se.uppfoljning.absence;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What is entered for one case and month: hours of teaching offered and hours of unauthorised and
 * authorised absence, each with at most two decimals (quarter hours).
 */
public record AbsenceData(YearMonth month, BigDecimal hoursOffered, BigDecimal unauthorised, BigDecimal authorised) {

    /** More than 250 hours of teaching in one month is not plausible (about 12 hours a school day). */
    public static final BigDecimal MAX_OFFERED = new BigDecimal("250");
    /** Hours are stored as DECIMAL(6,2): quarter hours such as 10,25 must fit (V0640). */
    public static final int SCALE = 2;
}
