package se.uppfoljning.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class McNemarTest {

    @Test
    void exactPValueEqualsTheHandCalculatedBinomialTail() {
        // 3 yes->no, 9 no->yes, plus concordant pairs that do not count
        boolean[] start = new boolean[20];
        boolean[] end = new boolean[20];
        int i = 0;
        for (int k = 0; k < 3; k++, i++) {
            start[i] = true;
            end[i] = false;
        }
        for (int k = 0; k < 9; k++, i++) {
            start[i] = false;
            end[i] = true;
        }
        for (; i < 20; i++) {
            start[i] = i % 2 == 0;
            end[i] = i % 2 == 0;
        }
        McNemarResult r = McNemar.test(start, end);
        assertThat(r.pairs()).isEqualTo(20);
        assertThat(r.yesToNo()).isEqualTo(3);
        assertThat(r.noToYes()).isEqualTo(9);
        // By hand: 2 * P(X <= 3), X ~ Bin(12, 1/2) = 2 * (1 + 12 + 66 + 220) / 4096 = 598 / 4096
        assertThat(r.p()).isCloseTo(598.0 / 4096, within(1e-12));
    }

    @Test
    void agreesWithABinomialTailComputedFromBinomialCoefficients() {
        for (int b = 0; b <= 15; b++) {
            for (int c = 0; c <= 15; c++) {
                McNemarResult r = McNemar.fromCounts(40, b, c);
                assertThat(r.p()).as("b=%d c=%d", b, c).isCloseTo(handTail(b, c), within(1e-12));
            }
        }
    }

    @Test
    void noDiscordantPairsMeansNoEvidence() {
        assertThat(McNemar.fromCounts(12, 0, 0).p()).isEqualTo(1.0);
    }

    private static double handTail(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(b, c);
        double sum = 0;
        double coefficient = 1; // C(n, 0)
        for (int j = 0; j <= k; j++) {
            sum += coefficient;
            coefficient = coefficient * (n - j) / (j + 1);
        }
        return Math.min(1.0, 2 * sum / Math.pow(2, n));
    }
}
