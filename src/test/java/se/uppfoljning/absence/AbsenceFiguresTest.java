package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AbsenceFiguresTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void computesAttendanceAndUnauthorisedShare() {
        assertThat(AbsenceFigures.attendancePercent(bd("80"), bd("6"), bd("2"))).isEqualByComparingTo("90.0");
        assertThat(AbsenceFigures.unauthorisedPercent(bd("80"), bd("6"))).isEqualByComparingTo("7.5");
        assertThat(AbsenceFigures.absencePercent(bd("80"), bd("6"), bd("2"))).isEqualByComparingTo("10.0");
    }

    @Test
    void roundsShownPercentagesHalfUpToOneDecimal() {
        assertThat(AbsenceFigures.absencePercent(bd("30"), bd("1"), bd("0"))).isEqualByComparingTo("3.3");
        assertThat(AbsenceFigures.attendancePercent(bd("30"), bd("1"), bd("0"))).isEqualByComparingTo("96.7");
        assertThat(AbsenceFigures.unauthorisedPercent(bd("16"), bd("1"))).isEqualByComparingTo("6.3");
    }

    @Test
    void monthWithoutTeachingHasNoSharesAndNoFlags() {
        assertThat(AbsenceFigures.attendancePercent(bd("0"), bd("0"), bd("0"))).isNull();
        assertThat(AbsenceFigures.unauthorisedPercent(bd("0"), bd("0"))).isNull();
        assertThat(AbsenceFigures.flags(bd("0"), bd("0"), bd("0"), 20)).noneMatch(ThresholdFlag::reached);
    }

    @Test
    void flagsTenFifteenTwentyAndTheProjectThresholdOnUnauthorisedAbsenceOnly() {
        var flags = AbsenceFigures.flags(bd("100"), bd("16"), bd("6"), 25);
        assertThat(flags).containsExactly(new ThresholdFlag(10, true, false), new ThresholdFlag(15, true, false),
                new ThresholdFlag(20, false, false), new ThresholdFlag(25, false, true));
        // 9 unauthorised + 6 authorised hours is 15 % total absence but only 9 % problematic absence (#12.8)
        assertThat(AbsenceFigures.flags(bd("100"), bd("9"), bd("6"), 20)).noneMatch(ThresholdFlag::reached);
    }

    @Test
    void thresholdIsReachedExactlyAtTheLimitNotByRounding() {
        assertThat(AbsenceFigures.flags(bd("100"), bd("20"), bd("0"), 20).get(2).reached()).isTrue();
        // 19.96 % would round to 20.0 % but is below the limit
        assertThat(AbsenceFigures.flags(bd("250"), bd("49.9"), bd("0"), 20).get(2).reached()).isFalse();
        assertThat(AbsenceFigures.absencePercent(bd("250"), bd("49.9"), bd("0"))).isEqualByComparingTo("20.0");
    }

    @Test
    void projectThresholdEqualToAFixedOneIsShownOnce() {
        assertThat(AbsenceFigures.thresholds(15)).containsExactly(10, 15, 20);
        assertThat(AbsenceFigures.flags(bd("100"), bd("15"), bd("0"), 15)).containsExactly(
                new ThresholdFlag(10, true, false), new ThresholdFlag(15, true, true), new ThresholdFlag(20, false, false));
        assertThat(AbsenceFigures.thresholds(5)).containsExactly(5, 10, 15, 20);
    }
}
