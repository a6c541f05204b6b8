package se.uppfoljning.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class PairedWilcoxonTest {

    /**
     * Hollander and Wolfe (1973), Nonparametric Statistical Methods, p. 29f: Hamilton depression scale factor of
     * nine patients at the first (x) and second (y) visit after starting a tranquilizer. The same data is the
     * example in R's {@code ?wilcox.test}, whose published result is V = 40, one-sided p-value = 0.01953 (so
     * two-sided 0.03906 = 20/512).
     */
    @Test
    void matchesTheHollanderWolfeTextbookExample() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        // END - START = y - x is the opposite sign of the book's x - y: W+ becomes 45 - 40 = 5.
        WilcoxonResult r = PairedWilcoxon.test(x, y);
        assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.EXACT);
        assertThat(r.pairs()).isEqualTo(9);
        assertThat(r.nonZero()).isEqualTo(9);
        assertThat(r.w()).isEqualTo(5.0);
        assertThat(r.p()).isCloseTo(0.03906, within(0.00001));
        // and in the book's direction
        WilcoxonResult reversed = PairedWilcoxon.test(y, x);
        assertThat(reversed.w()).isEqualTo(40.0);
        assertThat(reversed.p()).isCloseTo(2 * 0.01953, within(0.00002));
    }

    @Test
    void exactPValueEqualsBruteForceEnumerationOfAllSignAssignments() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(16);
            double[] start = new double[n];
            double[] end = new double[n];
            // distinct absolute changes (no ties): 1..n shuffled, random signs, plus a few zero pairs
            int[] magnitudes = shuffled(n, random);
            for (int i = 0; i < n; i++) {
                start[i] = 10 + random.nextInt(5);
                end[i] = start[i] + (random.nextBoolean() ? magnitudes[i] : -magnitudes[i]) * 0.5;
            }
            double[] withZeros = Arrays.copyOf(start, n + 2);
            double[] endWithZeros = Arrays.copyOf(end, n + 2);
            withZeros[n] = 3;
            endWithZeros[n] = 3;
            withZeros[n + 1] = 7;
            endWithZeros[n + 1] = 7;

            WilcoxonResult r = PairedWilcoxon.test(withZeros, endWithZeros);
            assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.EXACT);
            assertThat(r.pairs()).isEqualTo(n + 2);
            assertThat(r.nonZero()).isEqualTo(n);
            double wPlus = bruteWPlus(start, end);
            assertThat(r.w()).isEqualTo(wPlus);
            assertThat(r.p()).as("n=%d", n).isCloseTo(bruteForceTwoSidedP(n, wPlus), within(1e-12));
        }
    }

    @Test
    void usesTheNormalApproximationWithTieCorrectionWhenChangesAreTied() {
        // Likert answers: many tied changes of 1 and 2, and zero changes that must be dropped
        double[] start = {2, 3, 1, 2, 4, 3, 2, 2, 1, 3, 2, 4, 3, 1, 2};
        double[] end = {3, 4, 3, 2, 4, 4, 3, 1, 2, 5, 3, 3, 4, 3, 4};
        WilcoxonResult r = PairedWilcoxon.test(start, end);
        assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.NORMAL_APPROXIMATION);
        assertThat(r.pairs()).isEqualTo(15);
        assertThat(r.nonZero()).isEqualTo(13);
        assertThat(r.medianChange()).isEqualTo(1.0);

        // Independent calculation: rank the 13 non-zero |changes| with average ranks.
        // |d| = 1 occurs 9 times (ranks 1..9, average 5), |d| = 2 occurs 4 times (ranks 10..13, average 11.5).
        // Negative changes: 2->1, 4->3 (both |d| = 1) -> W- = 10, W+ = 91 - 10 = 81.
        assertThat(r.w()).isEqualTo(81.0);
        double n = 13;
        double mean = n * (n + 1) / 4; // 45.5
        double tie = (9 * 9 * 9 - 9) + (4 * 4 * 4 - 4);
        double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - tie / 48);
        NormalDistribution phi = NormalDistribution.of(0, 1);
        double zCorrected = (Math.abs(81 - mean) - 0.5) / sd;
        assertThat(r.p()).isCloseTo(2 * phi.survivalProbability(zCorrected), within(1e-12));
        double z = (81 - mean) / sd;
        assertThat(r.z()).isCloseTo(z, within(1e-12));
        assertThat(r.r()).isCloseTo(Math.abs(z) / Math.sqrt(13), within(1e-12));
    }

    @Test
    void usesTheNormalApproximationForFiftyOrMoreChanges() {
        int n = 60;
        double[] start = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = 0;
            end[i] = (i % 3 == 0 ? -1 : 1) * (i + 1) * 0.01;
        }
        WilcoxonResult r = PairedWilcoxon.test(start, end);
        assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.NORMAL_APPROXIMATION);
        double mean = n * (n + 1) / 4.0;
        double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24.0);
        double zc = (Math.abs(r.w() - mean) - 0.5) / sd;
        assertThat(r.p()).isCloseTo(2 * NormalDistribution.of(0, 1).survivalProbability(zc), within(1e-12));
        assertThat(r.w()).isEqualTo(bruteWPlus(start, end));
    }

    @Test
    void computesZAndEffectSizeEvenWhenThePValueIsExact() {
        double[] start = {1, 1, 1, 1, 1, 1};
        double[] end = {2.1, 3.2, 4.3, 5.4, 6.5, 0.4};
        WilcoxonResult r = PairedWilcoxon.test(start, end);
        assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.EXACT);
        // |d| = 1.1, 2.2, 3.3, 4.4, 5.5, 0.6 -> ranks 2..6 positive, 1 negative: W+ = 20
        assertThat(r.w()).isEqualTo(20.0);
        double z = (20 - 6 * 7 / 4.0) / Math.sqrt(6 * 7 * 13 / 24.0);
        assertThat(r.z()).isCloseTo(z, within(1e-12));
        assertThat(r.r()).isCloseTo(Math.abs(z) / Math.sqrt(6), within(1e-12));
        assertThat(r.p()).isCloseTo(bruteForceTwoSidedP(6, 20), within(1e-12)); // 4/64 = 0.0625
        assertThat(r.p()).isCloseTo(0.0625, within(1e-12));
    }

    @Test
    void reportsNoChangeWhenEveryPairIsEqual() {
        WilcoxonResult r = PairedWilcoxon.test(new double[] {3, 4, 5}, new double[] {3, 4, 5});
        assertThat(r.variant()).isEqualTo(WilcoxonResult.Variant.NO_CHANGE);
        assertThat(r.nonZero()).isZero();
        assertThat(r.p()).isNaN();
        assertThat(r.medianChange()).isZero();
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** W+ by plain ranking of the non-zero |changes| (the tests that call this have no ties). */
    private static double bruteWPlus(double[] start, double[] end) {
        double[] d = new double[start.length];
        int k = 0;
        for (int i = 0; i < start.length; i++) {
            if (end[i] != start[i]) {
                d[k++] = end[i] - start[i];
            }
        }
        double[] changes = Arrays.copyOf(d, k);
        double w = 0;
        for (double c : changes) {
            if (c > 0) {
                int rank = 1;
                for (double o : changes) {
                    if (Math.abs(o) < Math.abs(c)) {
                        rank++;
                    }
                }
                w += rank;
            }
        }
        return w;
    }

    /** Two-sided exact p by enumerating all 2^n sign assignments of the ranks 1..n. */
    private static double bruteForceTwoSidedP(int n, double observedWPlus) {
        double mean = n * (n + 1) / 4.0;
        double observedDistance = Math.abs(observedWPlus - mean);
        long extreme = 0;
        long total = 1L << n;
        for (long mask = 0; mask < total; mask++) {
            int w = 0;
            for (int rank = 1; rank <= n; rank++) {
                if ((mask & (1L << (rank - 1))) != 0) {
                    w += rank;
                }
            }
            if (Math.abs(w - mean) >= observedDistance - 1e-9) {
                extreme++;
            }
        }
        return Math.min(1.0, (double) extreme / total);
    }
}
