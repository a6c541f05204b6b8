package se.uppfoljning.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.uppfoljning.absence.AbsenceFigures;

/**
 * Monthly absence per case from hours, in exact whole-number arithmetic: hours in hundredths (as stored), attendance
 * in units of {@value #UNIT_PERCENT}^-1 percent. Attendance = 100 - 100 x unauthorised / offered percent, rounded
 * half up to {@value #SCALE} decimals before anything is compared or ranked, so two changes that are equal in hours
 * are equal in every test. Months with no offered time are left out. A case's START is its first month with data
 * and its END its last. Problematic absence is judged by {@link AbsenceFigures#reachesThreshold}, the one definition
 * the absence screen uses too.
 */
final class AttendanceData {

    /** Decimals kept of an attendance percentage (0.0001 percentage points). */
    static final int SCALE = 4;
    /** Units of an attendance figure per percentage point (10^{@value #SCALE}). */
    static final long UNIT_PERCENT = 10_000;
    /** 100 percent in attendance units. */
    static final long FULL = 100 * UNIT_PERCENT;

    /**
     * One month of one case: the hours and the attendance percentage derived from them.
     *
     * @param offered             hours offered in hundredths, > 0
     * @param unauthorised        unauthorised absence in hundredths, at most {@code offered}
     * @param attendance          attendance in units of 1/{@value #UNIT_PERCENT} percent, 0..{@value #FULL}
     * @param wholePercentReached unauthorised x 100 / offered rounded down to a whole percent (offered > 0)
     */
    record Month(long offered, long unauthorised, long attendance, int wholePercentReached) {

        /** The month of these hours (hundredths, offered > 0, unauthorised capped at offered). */
        static Month of(long offered, long unauthorised) {
            long capped = Math.min(unauthorised, offered);
            // 100 x capped / offered percent in units, rounded half up: floor((2 x num + den) / (2 x den)), num >= 0
            long absent = (2 * capped * FULL + offered) / (2 * offered);
            return new Month(offered, capped, FULL - absent, Math.toIntExact(capped * 100 / offered));
        }

        /** Attendance in percent (the nearest double to the exact figure). */
        double attendancePercent() {
            return attendance / (double) UNIT_PERCENT;
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
            if (!ctx.casesById.containsKey(a.caseId()) || a.offered() <= 0) {
                continue;
            }
            byCase.computeIfAbsent(a.caseId(), k -> new TreeMap<>()).put(a.month(),
                    Month.of(a.offered(), a.unauthorised())); // a repeated month: the last row wins
        }
        byCase.values().forEach(months -> months.forEach(
                (m, v) -> byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(v)));
    }

    /** A case with at least two months of data: attendance at its first and last month, in attendance units. */
    record Pair(long caseId, long start, long end) {

        /** Attendance at START in percent (the nearest double to the exact figure). */
        double startPercent() {
            return start / (double) UNIT_PERCENT;
        }

        /** Attendance at END in percent (the nearest double to the exact figure). */
        double endPercent() {
            return end / (double) UNIT_PERCENT;
        }

        /** END - START in percentage points (the nearest double to the exact difference). */
        double change() {
            return (end - start) / (double) UNIT_PERCENT;
        }
    }

    List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        byCase.forEach((id, months) -> {
            if (months.size() >= 2) {
                pairs.add(new Pair(id, months.firstEntry().getValue().attendance(),
                        months.lastEntry().getValue().attendance()));
            }
        });
        pairs.sort(Comparator.comparingLong(Pair::caseId));
        return pairs;
    }
}
