package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import se.uppfoljning.absence.AbsenceFigures;

class AttendanceDataTest {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The report's threshold check gives the absence screen's answer for every quarter hour and threshold. */
    @Test
    void aMonthReachesAThresholdExactlyWhenTheAbsenceScreenSaysSo() {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (BigDecimal offered = QUARTER; offered.compareTo(new BigDecimal("30")) <= 0; offered = offered.add(QUARTER)) {
            for (BigDecimal unauthorised = BigDecimal.ZERO; unauthorised.compareTo(offered) <= 0;
                 unauthorised = unauthorised.add(QUARTER)) {
                AttendanceData.Month month = AttendanceData.Month.of(hundredths(offered), hundredths(unauthorised));
                for (int threshold = 0; threshold <= 101; threshold++) {
                    if (month.reaches(threshold) != AbsenceFigures.reachesThreshold(offered, unauthorised, threshold)) {
                        wrong.add(unauthorised + " of " + offered + " at " + threshold + " %");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Attendance in whole units is the decimal 100 - 100 x unauthorised / offered rounded half up to 4 decimals, for
     * every hundredth of an hour up to 3 hours offered and some large months, and its double is the decimal's.
     */
    @Test
    void attendanceIsTheDecimalFigureRoundedHalfUp() {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (long offered = 1; offered <= 300; offered++) {
            for (long unauthorised = 0; unauthorised <= offered + 3; unauthorised++) {
                check(offered, unauthorised, wrong);
            }
        }
        for (long offered = 24_900; offered <= 25_000; offered++) {
            for (long unauthorised = 0; unauthorised <= offered; unauthorised += 97) {
                check(offered, unauthorised, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(long offered, long unauthorised, java.util.List<String> wrong) {
        BigDecimal o = BigDecimal.valueOf(offered, 2);
        BigDecimal u = BigDecimal.valueOf(unauthorised, 2).min(o);
        BigDecimal expected = HUNDRED.subtract(u.multiply(HUNDRED).divide(o, AttendanceData.SCALE, RoundingMode.HALF_UP));
        AttendanceData.Month month = AttendanceData.Month.of(offered, unauthorised);
        if (BigDecimal.valueOf(month.attendance(), AttendanceData.SCALE).compareTo(expected) != 0
                || month.attendancePercent() != expected.doubleValue()) {
            wrong.add(unauthorised + " of " + offered + ": " + month.attendance() + " for " + expected);
        }
    }

    /**
     * Sums of hours and of attendance changes are exact: 10,000 months of 0.1 hours each are 1,000.00 hours, not
     * 1,000.0000000001 as adding doubles gives, and the changes of many pairs add up to the decimal sum.
     */
    @Test
    void sumsOfHoursAndChangesAreExact() {
        long hours = 0;
        double asDoubles = 0;
        for (int i = 0; i < 10_000; i++) {
            AbsenceRow row = AbsenceRow.ofHours(i, java.time.YearMonth.of(2025, 9), 0.1, 0.1, 0);
            hours += row.offered();
            asDoubles += row.hoursOffered();
        }
        assertThat(hours).isEqualTo(100_000); // 1,000.00 hours in hundredths
        assertThat(asDoubles).isNotEqualTo(1000.0); // what the unit is for

        java.util.Random random = new java.util.Random(11);
        long units = 0;
        BigDecimal decimal = BigDecimal.ZERO;
        for (int i = 0; i < 10_000; i++) {
            long offered = 1 + random.nextInt(25_000);
            AttendanceData.Pair pair = new AttendanceData.Pair(i,
                    AttendanceData.Month.of(offered, random.nextInt((int) offered + 1)).attendance(),
                    AttendanceData.Month.of(offered, random.nextInt((int) offered + 1)).attendance());
            units += pair.end() - pair.start();
            decimal = decimal.add(BigDecimal.valueOf(pair.end(), AttendanceData.SCALE)
                    .subtract(BigDecimal.valueOf(pair.start(), AttendanceData.SCALE)));
            assertThat(pair.change()).isEqualTo(BigDecimal.valueOf(pair.end() - pair.start(), AttendanceData.SCALE)
                    .doubleValue());
        }
        assertThat(BigDecimal.valueOf(units, AttendanceData.SCALE)).isEqualByComparingTo(decimal);
    }

    @Test
    void hoursWithMoreThanTwoDecimalsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AbsenceRow.ofHours(1, java.time.YearMonth.of(2025, 9),
                10.125, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long hundredths(BigDecimal hours) {
        return hours.movePointRight(2).longValueExact();
    }
}
