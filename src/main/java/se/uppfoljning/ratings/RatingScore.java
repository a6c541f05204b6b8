package se.uppfoljning.ratings;

import java.time.LocalDate;

/** One numeric score for reports: case, time point, date, analysis key and value. */
public record RatingScore(long caseId, Timepoint timepoint, LocalDate ratedOn, String analysisKey, int value) {
}
