package se.uppfoljning.reports.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
     * change (unchanged included) is 0 or at least {@code minCellSize}; then so are the numbers up and down.
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
        return groups.values().stream().allMatch(c -> c >= minCellSize);
    }

    /**
     * For measured values (absence, numbers), whose changes are mostly distinct: W must not give away a small
     * number of pairs that went up or down. With the mid-ranks of the absolute changes, j increases can make any W
     * between the sum of the j smallest and the sum of the j largest ranks; if the printed W fits only the true
     * number of increases k, and k or the decreases are 1..N-1, it is given away (a W of 1 says that exactly one
     * pair went up, the one with the smallest change). A reader who does not know the ties has at least these
     * candidates, so the check is on the safe side. The unchanged pairs are checked by the caller.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static boolean signsPublishable(double[] start, double[] end, int minCellSize) {
        List<BigDecimal> nonZero = new ArrayList<>();
        for (BigDecimal change : changes(start, end)) {
            if (change.signum() != 0) {
                nonZero.add(change);
            }
        }
        int n = nonZero.size();
        nonZero.sort(Comparator.comparing(BigDecimal::abs));
        double[] ranks = new double[n];
        double w = 0;
        int up = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && nonZero.get(j + 1).abs().compareTo(nonZero.get(i).abs()) == 0) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[k] = (i + j + 2) / 2.0;
                if (nonZero.get(k).signum() > 0) {
                    w += ranks[k];
                    up++;
                }
            }
            i = j + 1;
        }
        boolean small = up > 0 && up < minCellSize || n - up > 0 && n - up < minCellSize;
        if (!small) {
            return true;
        }
        for (int j = 0; j <= n; j++) {
            double least = 0;
            double most = 0;
            for (int k = 0; k < j; k++) {
                least += ranks[k];
                most += ranks[n - 1 - k];
            }
            if (j != up && least <= w && w <= most) {
                return true; // W fits another number of increases too
            }
        }
        return false;
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
