package se.uppfoljning.reports.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Wilcoxon signed-rank test on paired START/END values, Wilcoxon's original method: pairs with no change are
 * dropped before ranking (commons-statistics would otherwise keep them in the ranking, Pratt's method). The exact
 * p-value is used when there are no ties among the absolute changes and fewer than {@value #EXACT_LIMIT}
 * changes; otherwise the normal approximation with tie correction and continuity correction. The variant is
 * chosen here, explicitly, so the report can say which one was used.
 */
public final class PairedWilcoxon {

    /** Exact p-values for up to this many non-zero changes (exclusive), as commons-statistics' own AUTO mode. */
    public static final int EXACT_LIMIT = 50;

    private static final WilcoxonSignedRankTest EXACT = WilcoxonSignedRankTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.EXACT);
    private static final WilcoxonSignedRankTest NORMAL = WilcoxonSignedRankTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.ASYMPTOTIC);

    private PairedWilcoxon() {
    }

    /**
     * Tests END against START for the same cases, in the same order.
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static WilcoxonResult test(double[] start, double[] end) {
        if (start.length != end.length || start.length == 0) {
            throw new IllegalArgumentException("Need the same, non-zero number of START and END values");
        }
        double[] all = new double[start.length];
        int nonZero = 0;
        for (int i = 0; i < start.length; i++) {
            all[i] = BigDecimal.valueOf(end[i]).subtract(BigDecimal.valueOf(start[i])).doubleValue();
            if (all[i] != 0) {
                nonZero++;
            }
        }
        double median = Descriptive.median(all);
        if (nonZero == 0) {
            return new WilcoxonResult(all.length, 0, median, 0, Double.NaN, 0, 0, WilcoxonResult.Variant.NO_CHANGE);
        }
        double[] changes = new double[nonZero];
        int k = 0;
        for (double d : all) {
            if (d != 0) {
                changes[k++] = d;
            }
        }
        double[] absSorted = new double[nonZero];
        for (int i = 0; i < nonZero; i++) {
            absSorted[i] = Math.abs(changes[i]);
        }
        Arrays.sort(absSorted);
        double tieSum = 0; // sum of t^3 - t over groups of tied absolute changes
        boolean ties = false;
        for (int i = 0; i < nonZero; ) {
            int j = i;
            while (j + 1 < nonZero && absSorted[j + 1] == absSorted[i]) {
                j++;
            }
            double t = j - i + 1;
            if (t > 1) {
                ties = true;
                tieSum += t * t * t - t;
            }
            i = j + 1;
        }
        boolean exact = !ties && nonZero < EXACT_LIMIT;
        WilcoxonSignedRankTest.Result result = (exact ? EXACT : NORMAL).test(changes);
        double w = result.getStatistic();
        double n = nonZero;
        double mean = n * (n + 1) / 4;
        double variance = n * (n + 1) * (2 * n + 1) / 24 - tieSum / 48;
        double z = variance > 0 ? (w - mean) / Math.sqrt(variance) : 0;
        return new WilcoxonResult(all.length, nonZero, median, w, result.getPValue(), z, Math.abs(z) / Math.sqrt(n),
                exact ? WilcoxonResult.Variant.EXACT : WilcoxonResult.Variant.NORMAL_APPROXIMATION);
    }
}
