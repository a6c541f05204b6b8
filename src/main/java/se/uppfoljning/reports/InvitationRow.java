package se.uppfoljning.reports;

import se.uppfoljning.enquiries.Wave;

/**
 * One parent invitation and how far it got.
 *
 * @param mode how a submitted answer arrived; null unless {@code status} is {@link Status#SUBMITTED}
 */
public record InvitationRow(long caseId, Wave wave, Status status, Mode mode) {

    public enum Status {
        INVITED, OPENED, IN_PROGRESS, SUBMITTED, EXPIRED, REVOKED
    }

    /** How an answer arrived: on the web, a paper form entered by staff, a telephone interview by staff. */
    public enum Mode {
        WEB, PAPER, TELEPHONE
    }

    /** An invitation whose answer, if submitted, came on the web. */
    public InvitationRow(long caseId, Wave wave, Status status) {
        this(caseId, wave, status, status == Status.SUBMITTED ? Mode.WEB : null);
    }
}
