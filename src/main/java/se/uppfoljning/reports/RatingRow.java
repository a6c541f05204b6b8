package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One staff rating of one item for a case at a timepoint.
 *
 * @param timepoint {@code START}, {@code M3}, {@code M6}, ..., {@code END}; the report orders START first, END last
 *                  and the others by their number (or date)
 * @param attributes what the rating says besides its scores, by analysis key (e.g. {@code rater-role}); exported as
 *                   columns, never scored
 */
public record RatingRow(long caseId, String timepoint, LocalDate date, String analysisKey, int value,
                        Map<String, String> attributes) {

    public RatingRow {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(analysisKey, "analysisKey");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A score without attributes. */
    public RatingRow(long caseId, String timepoint, LocalDate date, String analysisKey, int value) {
        this(caseId, timepoint, date, analysisKey, value, Map.of());
    }
}
