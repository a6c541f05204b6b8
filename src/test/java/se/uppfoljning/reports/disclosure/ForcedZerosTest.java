package se.uppfoljning.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForcedZerosTest {

    @Test
    void findsZerosThatNonNegativityPins() {
        // rows 1 and 2 plus column 0 leave the four hidden zeros summing to 0 (see CellSuppressionTest)
        LinkedCounts counts = new LinkedCounts();
        counts.addTwoWay(new long[][] {{8, 1, 2}, {8, 0, 0}, {3, 0, 0}});
        boolean[] hidden = new boolean[counts.size()];
        for (int cell : new int[] {1, 2, 4, 5, 6, 8, 9, 10, 13, 14}) {
            hidden[cell] = true;
        }
        assertThat(ForcedZeros.find(Rref.of(counts.relations(), hidden), values(counts))).containsExactlyInAnyOrder(5, 6, 9, 10);
    }

    private static long[] values(LinkedCounts counts) {
        long[] v = new long[counts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = counts.value(i);
        }
        return v;
    }
}
