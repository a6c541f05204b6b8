package se.uppfoljning.ratings;

import java.time.LocalDate;
import java.util.Map;

/**
 * One rating in a case's history.
 *
 * @param scores analysis key to value (e.g. staff-attendance to "5"); "dont-know" stays as text
 */
public record RatingItem(long id, long caseId, Timepoint timepoint, LocalDate ratedOn, String templateId,
                         int templateVersion, Map<String, String> scores, String updatedBy, int version) {
}
