package se.uppfoljning.surveys;

/** One submitted answer value, as reports and exports read it. */
public record AnswerRecord(long responseId, long caseId, String wave, String templateId, int templateVersion,
                           String questionId, String analysisKey, String value) {
}
