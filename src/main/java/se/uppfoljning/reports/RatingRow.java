package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One staff rating of one item for a case at a timepoint.
 *
 * @param timepoint {@code START}, {@code M3}, {@code M6}, ..., {@code END}; the report orders START first, END last
 *                  and the others by their number (or date)
 */
public record RatingRow(long caseId, String timepoint, LocalDate date, String analysisKey, int value) {

    public RatingRow {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(analysisKey, "analysisKey");
    }
}
