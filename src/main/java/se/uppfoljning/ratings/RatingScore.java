package se.uppfoljning.ratings;

import java.time.LocalDate;
import java.util.Map;

/**
 * One numeric score of a scale item for reports: case, time point, date, analysis key and value.
 *
 * @param attributes the rating's answers that are not scores but describe it, by analysis key: single-choice and
 *                   yes/no items such as {@code rater-role -> school-staff}; free text is never included
 */
public record RatingScore(long caseId, Timepoint timepoint, LocalDate ratedOn, String analysisKey, int value,
                          Map<String, String> attributes) {

    public RatingScore {
        attributes = Map.copyOf(attributes);
    }
}
