package se.uppfoljning.reports.stats;

import java.util.Arrays;
import java.util.Collection;

/** Medians and means of plain numbers. Empty input gives {@code NaN}; callers decide whether to show it. */
public final class Descriptive {

    private Descriptive() {
    }

    /** The median; for an even count the mean of the two middle values. The array is not modified. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    public static double median(Collection<? extends Number> values) {
        return median(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public static double mean(Collection<? extends Number> values) {
        return mean(values.stream().mapToDouble(Number::doubleValue).toArray());
    }
}
