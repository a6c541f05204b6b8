package se.uppfoljning.reports.disclosure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether the statistics of a paired test (Wilcoxon W, p and r) may be printed next to the number of pairs (issue
 * #12). They are functions of how many pairs changed by how much: W is the sum of the mid-ranks of the increases,
 * r and p follow from W, the number of changes and the sizes of the groups of equal absolute changes. A reader who
 * knows the number of pairs can enumerate every way of splitting the pairs into groups of changes that prints the
 * same W, p, r and median, and keep what all of them share; {@code ReportSetAttackerTest} does exactly that and pins
 * e.g. "3 pupils went down one step" from a printed W. The statistics are therefore printed only when no such group
 * is small: when the truth has no count from 1 to N-1, no inversion can reveal one. Changes are END - START,
 * computed exactly in decimal (as {@code PairedWilcoxon} does). Stateless.
 */
public final class PairedChanges {

    private PairedChanges() {
    }

    /**
     * For items on a scale (LIKERT, RATING), whose changes take a few values: every group of pairs with the same
     * change (unchanged included), and the numbers of pairs that went up and down, are 0 or at least
     * {@code minCellSize}.
     *
     * @param start START values, one per pair
     * @param end END values of the same pairs, in the same order
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static boolean groupsPublishable(double[] start, double[] end, int minCellSize) {
        Map<BigDecimal, Integer> groups = new HashMap<>();
        for (BigDecimal change : changes(start, end)) {
            groups.merge(change, 1, Integer::sum);
        }
        return groups.values().stream().allMatch(c -> c >= minCellSize) && signsPublishable(start, end, minCellSize);
    }

    /**
     * For measured values (absence, numbers), whose changes are rarely equal: the numbers of pairs that went up,
     * went down and stayed the same are each 0 or at least {@code minCellSize} (a W of 1 says that exactly one pair
     * went up, the one with the smallest change).
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static boolean signsPublishable(double[] start, double[] end, int minCellSize) {
        int[] bySign = new int[3];
        for (BigDecimal change : changes(start, end)) {
            bySign[change.signum() + 1]++;
        }
        for (int count : bySign) {
            if (count > 0 && count < minCellSize) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal[] changes(double[] start, double[] end) {
        if (start.length != end.length) {
            throw new IllegalArgumentException("Need as many START values as END values");
        }
        BigDecimal[] out = new BigDecimal[start.length];
        for (int i = 0; i < start.length; i++) {
            out[i] = BigDecimal.valueOf(end[i]).subtract(BigDecimal.valueOf(start[i])).stripTrailingZeros();
        }
        return out;
    }
}
