package se.uppfoljning.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        assertThat(ForcedZeros.find(counts.relations(), hidden, values(counts))).containsExactlyInAnyOrder(5, 6, 9, 10);
    }

    @Test
    void longAndBigIntegerSimplexAgree() {
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(4);
            int cols = 1 + random.nextInt(4);
            long[][] table = new long[rows][cols];
            for (long[] row : table) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(6);
                }
            }
            LinkedCounts counts = new LinkedCounts();
            counts.addTwoWay(table);
            boolean[] hidden = new boolean[counts.size()];
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = random.nextDouble() < 0.5;
            }
            long[] values = values(counts);
            List<Integer> cells = new ArrayList<>();
            int[] column = new int[hidden.length];
            for (int i = 0; i < hidden.length; i++) {
                column[i] = hidden[i] ? cells.size() : -1;
                if (hidden[i]) {
                    cells.add(i);
                }
            }
            List<long[]> system = ForcedZeros.relationRows(counts.relations(), hidden, column, cells.size());
            if (system.isEmpty()) {
                continue;
            }
            for (int k : cells) {
                if (values[k] != 0) {
                    continue;
                }
                int[] fast = LongSimplex.feasibleDirection(system, cells, values, column[k]);
                Rational[] exact = ForcedZeros.feasibleDirection(system, cells, values, column[k]);
                assertThat(fast == null).as("round %d cell %d", round, k).isEqualTo(exact == null);
                if (fast != null) {
                    assertThat(fast[column[k]]).isPositive();
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    private static long[] values(LinkedCounts counts) {
        long[] v = new long[counts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = counts.value(i);
        }
        return v;
    }
}
