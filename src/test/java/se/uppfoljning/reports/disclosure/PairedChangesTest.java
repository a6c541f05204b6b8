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
        assertThat(PairedChanges.signsPublishable(start, upByTwo, 5)).isTrue();
    }

    @Test
    void measuredValuesNeedUpDownAndUnchangedToBeZeroOrAtLeastN() {
        double[] start = {30.8, 20, 10, 12.5, 40, 33};
        double[] end = {23.8, 10, 5, 2.5, 41, 30};
        assertThat(PairedChanges.signsPublishable(start, end, 5)).as("one went up").isFalse();
        double[] allDown = {23.8, 10, 5, 2.5, 39, 30};
        assertThat(PairedChanges.signsPublishable(start, allDown, 5)).isTrue();
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
