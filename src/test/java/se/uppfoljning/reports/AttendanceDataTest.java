package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.uppfoljning.absence.AbsenceFigures;

class AttendanceDataTest {

    /** The report's threshold check gives the absence screen's answer for every quarter hour and threshold. */
    @Test
    void aMonthReachesAThresholdExactlyWhenTheAbsenceScreenSaysSo() {
        BigDecimal quarter = new BigDecimal("0.25");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (BigDecimal offered = quarter; offered.compareTo(new BigDecimal("30")) <= 0; offered = offered.add(quarter)) {
            for (BigDecimal unauthorised = BigDecimal.ZERO; unauthorised.compareTo(offered) <= 0;
                 unauthorised = unauthorised.add(quarter)) {
                AttendanceData.Month month = new AttendanceData.Month(offered, unauthorised, BigDecimal.ZERO);
                for (int threshold = 0; threshold <= 101; threshold++) {
                    if (month.reaches(threshold) != AbsenceFigures.reachesThreshold(offered, unauthorised, threshold)) {
                        wrong.add(unauthorised + " of " + offered + " at " + threshold + " %");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
