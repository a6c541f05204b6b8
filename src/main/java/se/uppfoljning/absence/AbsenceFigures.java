package se.uppfoljning.absence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * Attendance and absence shares of one month, and the problematic-absence flags. Plain arithmetic on
 * {@link BigDecimal}: the flags compare exact values, only the shown percentages are rounded (half up, one
 * decimal). A month without teaching offered has no shares and reaches no threshold.
 */
public final class AbsenceFigures {

    /**
     * Thresholds shown for every project, next to the project's own. Problematic absence is defined once, here:
     * unauthorised absence hours / hours offered at or above a threshold (issue #12.8; the report, its export
     * dictionary and the absence screen all use {@link #reachesThreshold}).
     */
    public static final List<Integer> FIXED_THRESHOLDS = List.of(10, 15, 20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AbsenceFigures() {
    }

    /** 100 × (1 − (unauthorised + authorised) / offered), or null when nothing was offered. */
    public static BigDecimal attendancePercent(BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised) {
        BigDecimal absence = absencePercent(offered, unauthorised, authorised);
        return absence == null ? null : HUNDRED.subtract(absence);
    }

    /** 100 × unauthorised / offered, or null when nothing was offered. */
    public static BigDecimal unauthorisedPercent(BigDecimal offered, BigDecimal unauthorised) {
        return percent(unauthorised, offered);
    }

    /** 100 × (unauthorised + authorised) / offered, or null when nothing was offered. */
    public static BigDecimal absencePercent(BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised) {
        return percent(unauthorised.add(authorised), offered);
    }

    /** 10, 15, 20 and the project's threshold, ascending, without duplicates. */
    public static List<Integer> thresholds(int projectThresholdPercent) {
        TreeSet<Integer> all = new TreeSet<>(FIXED_THRESHOLDS);
        all.add(projectThresholdPercent);
        return List.copyOf(all);
    }

    /**
     * One flag per threshold: reached when unauthorised absence is at least that share of the hours offered
     * (authorised absence does not count towards problematic absence).
     */
    public static List<ThresholdFlag> flags(BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised,
                                            int projectThresholdPercent) {
        return thresholds(projectThresholdPercent).stream()
                .map(t -> new ThresholdFlag(t, reachesThreshold(offered, unauthorised, t),
                        t == projectThresholdPercent))
                .toList();
    }

    /**
     * Problematic absence: unauthorised hours / hours offered >= threshold / 100, compared exactly as
     * unauthorised x 100 >= threshold x offered. A month without hours offered reaches no threshold.
     */
    public static boolean reachesThreshold(BigDecimal offered, BigDecimal unauthorised, int thresholdPercent) {
        return reached(unauthorised, offered, thresholdPercent);
    }

    public static MonthlyAbsenceFigures figures(long caseId, YearMonth month, BigDecimal offered,
                                                BigDecimal unauthorised, BigDecimal authorised) {
        return new MonthlyAbsenceFigures(caseId, month, offered, unauthorised, authorised,
                attendancePercent(offered, unauthorised, authorised), unauthorisedPercent(offered, unauthorised),
                absencePercent(offered, unauthorised, authorised));
    }

    /** absence / offered ≥ threshold / 100, compared exactly as absence × 100 ≥ threshold × offered. */
    static boolean reached(BigDecimal absence, BigDecimal offered, int thresholdPercent) {
        if (offered.signum() <= 0) {
            return false;
        }
        return absence.multiply(HUNDRED).compareTo(offered.multiply(BigDecimal.valueOf(thresholdPercent))) >= 0;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
