package se.uppfoljning.reports;

/** One parent invitation and how far it got. */
public record InvitationRow(long caseId, EnquiryWave wave, Status status) {

    public enum Status {
        INVITED, OPENED, IN_PROGRESS, SUBMITTED, EXPIRED, REVOKED
    }
}
