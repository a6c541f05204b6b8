package se.uppfoljning.enquiries;

/**
 * One invitation's status, for response rates in reports.
 *
 * @param mode how the answer arrived; null unless {@code status} is {@link InvitationStatus#SUBMITTED}
 */
public record InvitationReportRow(long caseId, Wave wave, InvitationStatus status, AnswerMode mode) {
}
