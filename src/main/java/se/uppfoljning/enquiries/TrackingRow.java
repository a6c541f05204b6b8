package se.uppfoljning.enquiries;

/**
 * One case in the coordinator's tracking list.
 *
 * @param start the most advanced status of the case's START invitations, null if none
 * @param end likewise for END
 */
public record TrackingRow(long caseId, String caseCode, String schoolName, InvitationStatus start,
                          InvitationStatus end, PairedStatus paired) {

    public boolean needsReminder(Wave wave) {
        InvitationStatus s = wave == Wave.START ? start : end;
        return s != null && s != InvitationStatus.SUBMITTED && s != InvitationStatus.REVOKED;
    }
}
