package se.uppfoljning.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairedChangesTest {

    @Test
    void aScaleItemNeedsEveryGroupOfEqualChangesToBeZeroOrAtLeastN() {
        double[] start = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        double[] up = {4, 4, 4, 4, 4, 3, 3, 3, 3, 3};
        assertThat(PairedChanges.groupsPublishable(start, up, 5)).isTrue();
        double[] upByTwo = {4, 4, 4, 4, 5, 3, 3, 3, 3, 3}; // one pupil up two steps: a group of 1
        assertThat(PairedChanges.groupsPublishable(start, upByTwo, 5)).isFalse();
    }

    @Test
    void measuredValuesMustNotGiveASmallNumberUpOrDownAwayThroughW() {
        double[] start = {0, 0, 0, 0, 0, 0};
        // one increase, the smallest change: W = 1 fits no other number of increases
        assertThat(PairedChanges.signsPublishable(start, new double[] {1, -2, -3, -4, -5, -6}, 5)).isFalse();
        // one increase, the fourth smallest: W = 4 also fits two increases (1 + 3)
        assertThat(PairedChanges.signsPublishable(start, new double[] {-1, -2, -3, 4, -5, -6}, 5)).isTrue();
        // #12.5's data: +10 x3, -10 x2, +5; W = 13 fits only 4 increases, so 2 decreases would be given away
        assertThat(PairedChanges.signsPublishable(new double[] {30.8, 65.1, 35.7, 16.8, 42.0, 30.8},
                new double[] {40.8, 75.1, 45.7, 6.8, 32.0, 35.8}, 5)).isFalse();
        assertThat(PairedChanges.signsPublishable(start, new double[] {-1, -2, -3, -4, -5, -6}, 5)).isTrue();
    }

    @Test
    void changesAreExactInDecimal() {
        // 0.3 - 0.1 and 0.2 are the same change, although not as doubles
        assertThat(PairedChanges.groupsPublishable(new double[] {0.1, 0, 0, 0, 0}, new double[] {0.3, 0.2, 0.2, 0.2,
                0.2}, 5)).isTrue();
        assertThatThrownBy(() -> PairedChanges.signsPublishable(new double[1], new double[2], 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
