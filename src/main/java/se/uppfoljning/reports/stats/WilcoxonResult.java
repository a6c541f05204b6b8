package se.uppfoljning.reports.stats;

/**
 * Result of a paired Wilcoxon signed-rank test of END against START.
 *
 * @param pairs all pairs, including those with no change
 * @param nonZero pairs with a change; the test and the effect size use only these (Wilcoxon's method)
 * @param medianChange median of END minus START over all pairs
 * @param w the sum of the ranks of the positive changes (W+)
 * @param p two-sided p-value; {@code NaN} when no pair changed
 * @param z normal-approximation Z of W+ with tie correction and without continuity correction, also when the
 *          p-value is exact; 0 when no pair changed
 * @param r effect size |Z| / sqrt(nonZero)
 */
public record WilcoxonResult(int pairs, int nonZero, double medianChange, double w, double p, double z, double r,
                             Variant variant) {

    /** How the p-value was computed. */
    public enum Variant {
        /** Exact null distribution: no ties among the absolute changes and fewer than 50 non-zero changes. */
        EXACT,
        /** Normal approximation with tie correction and continuity correction. */
        NORMAL_APPROXIMATION,
        /** Every pair had the same value at START and END: there is nothing to test. */
        NO_CHANGE
    }
}
