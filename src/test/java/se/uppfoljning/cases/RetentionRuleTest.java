package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    @Test
    void keepsDataUntilTheDeadlineAndDeletesFromTheDayAfter() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        assertThat(RetentionRule.deadline(end, 36)).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(RetentionRule.expired(end, 36, LocalDate.of(2030, 6, 29))).isFalse();
        assertThat(RetentionRule.expired(end, 36, LocalDate.of(2030, 6, 30))).isFalse();
        assertThat(RetentionRule.expired(end, 36, LocalDate.of(2030, 7, 1))).isTrue();
    }

    @Test
    void monthArithmeticClampsToTheLastDayOfShortMonths() {
        assertThat(RetentionRule.deadline(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(RetentionRule.deadline(LocalDate.of(2028, 1, 31), 1)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RetentionRule.expired(LocalDate.of(2028, 1, 31), 1, LocalDate.of(2028, 3, 1))).isTrue();
    }

    @Test
    void aRunningProjectIsNeverExpired() {
        assertThat(RetentionRule.expired(LocalDate.of(2027, 6, 30), 1, LocalDate.of(2026, 11, 24))).isFalse();
    }
}
