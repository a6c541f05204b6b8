package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.uppfoljning.absence.AbsenceFigures;

/**
 * Monthly absence per case from hours, in exact decimal arithmetic. Attendance = 100 - 100 x unauthorised /
 * offered percent, rounded half up to {@value #SCALE} decimals before anything is compared or ranked, so two
 * changes that are equal in hours are equal in every test. Months with no offered time are left out. A case's
 * START is its first month with data and its END its last. Problematic absence is judged by
 * {@link AbsenceFigures#reachesThreshold}, the one definition the absence screen uses too.
 */
final class AttendanceData {

    /** Decimals kept of an attendance percentage (0.0001 percentage points). */
    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One month of one case: the hours and the attendance percentage derived from them.
     *
     * @param wholePercentReached unauthorised x 100 / offered rounded down to a whole percent (offered > 0)
     */
    record Month(BigDecimal offered, BigDecimal unauthorised, BigDecimal attendancePercent, int wholePercentReached) {

        Month(BigDecimal offered, BigDecimal unauthorised, BigDecimal attendancePercent) {
            this(offered, unauthorised, attendancePercent,
                    unauthorised.multiply(HUNDRED).divide(offered, 0, RoundingMode.FLOOR).intValueExact());
        }

        /**
         * Unauthorised absence reached {@code thresholdPercent} of the hours offered (exact): the same answer as
         * {@link AbsenceFigures#reachesThreshold} for a whole-number threshold, since t <= x exactly when
         * t <= floor(x), with one division per month instead of two multiplications per month and threshold.
         */
        boolean reaches(int thresholdPercent) {
            return thresholdPercent <= wholePercentReached;
        }
    }

    final Map<Long, TreeMap<YearMonth, Month>> byCase = new HashMap<>();
    /** Every case's month, per month. */
    final TreeMap<YearMonth, List<Month>> byMonth = new TreeMap<>();

    AttendanceData(ReportContext ctx) {
        for (AbsenceRow a : ctx.input.absence()) {
            if (!ctx.casesById.containsKey(a.caseId()) || !(a.hoursOffered() > 0)) {
                continue;
            }
            BigDecimal offered = BigDecimal.valueOf(a.hoursOffered());
            BigDecimal unauthorised = BigDecimal.valueOf(a.unauthorisedHours()).min(offered);
            BigDecimal attendance = HUNDRED.subtract(unauthorised.multiply(HUNDRED)
                    .divide(offered, SCALE, RoundingMode.HALF_UP));
            byCase.computeIfAbsent(a.caseId(), k -> new TreeMap<>()).put(a.month(),
                    new Month(offered, unauthorised, attendance)); // a repeated month: the last row wins
        }
        byCase.values().forEach(months -> months.forEach(
                (m, v) -> byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(v)));
    }

    /** A case with at least two months of data: attendance in percent at its first and last month. */
    record Pair(long caseId, BigDecimal start, BigDecimal end) {

        /** END - START in percentage points, exact. */
        BigDecimal change() {
            return end.subtract(start);
        }
    }

    List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        byCase.forEach((id, months) -> {
            if (months.size() >= 2) {
                pairs.add(new Pair(id, months.firstEntry().getValue().attendancePercent(),
                        months.lastEntry().getValue().attendancePercent()));
            }
        });
        pairs.sort(Comparator.comparingLong(Pair::caseId));
        return pairs;
    }
}
