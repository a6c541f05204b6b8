package se.uppfoljning.reports;

import se.uppfoljning.enquiries.Wave;

/** One parent invitation and how far it got. */
public record InvitationRow(long caseId, Wave wave, Status status) {

    public enum Status {
        INVITED, OPENED, IN_PROGRESS, SUBMITTED, EXPIRED, REVOKED
    }
}
