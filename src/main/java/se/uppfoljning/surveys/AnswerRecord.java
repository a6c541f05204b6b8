package se.uppfoljning.surveys;

import java.time.Instant;

/**
 * One submitted answer value, as reports and exports read it.
 *
 * @param submittedAt when the response was submitted; reports keep only answers submitted in their period
 */
public record AnswerRecord(long responseId, long caseId, String wave, String templateId, int templateVersion,
                           String questionId, String analysisKey, String value, Instant submittedAt) {
}
