package se.uppfoljning.enquiries;

/** One invitation's status, for response rates in reports. */
public record InvitationReportRow(long caseId, Wave wave, InvitationStatus status) {
}
