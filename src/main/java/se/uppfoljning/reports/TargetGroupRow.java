package se.uppfoljning.reports;

/**
 * The number of pupils at a school that the project aims to reach in a school year.
 *
 * @param schoolYear e.g. {@code 2025/26}
 */
public record TargetGroupRow(String school, String schoolYear, int size) {

    public TargetGroupRow {
        if (size < 0) {
            throw new IllegalArgumentException("Target group size cannot be negative");
        }
    }
}
